# Les mots de Tether hors de la fenêtre : zone de notification et ligne de commande.

## Première ligne et infobulle de la zone de notification

tray-nothing = Rien de non lu
tray-mentions-in = { $count ->
        [one] { $count } mention non lue
       *[other] { $count } mentions non lues
    } dans { $workspace }
tray-mentions-across = { $count ->
        [one] { $count } mention non lue
       *[other] { $count } mentions non lues
    } dans { $workspaces } espaces de travail
tray-unread-in = { $count ->
        [one] { $count } message non lu
       *[other] { $count } messages non lus
    } dans { $workspace }
tray-unread-across = { $count ->
        [one] { $count } message non lu
       *[other] { $count } messages non lus
    } dans { $workspaces } espaces de travail
tray-dot-in = Messages non lus dans { $workspace }
tray-dot-across = Messages non lus dans { $workspaces } espaces de travail
tray-sign-in-to = Reconnectez-vous à { $workspace }
tray-sign-in-across = Reconnectez-vous à { $workspaces } espaces de travail
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether : { $summary }

## La ligne d’un espace de travail dans le menu

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (dernier état connu ; reconnexion)
tray-detail-sign-in = reconnectez-vous
tray-detail-mentions = { $mentions ->
        [one] { $mentions } mention
       *[other] { $mentions } mentions
    }, { $unread } non lus
tray-detail-unread = { $unread } non lus
tray-detail-dot = messages non lus
tray-detail-nothing = rien de non lu

## Les entrées du menu

tray-open = Ouvrir Tether
tray-quit = Quitter Tether
tray-notifications-on = Notifications activées
tray-muted = Notifications en sourdine
tray-muted-until = Notifications en sourdine jusqu’à { $time }
tray-muted-until-day = Notifications en sourdine jusqu’à { $day } { $time }
tray-mute-hour = Mettre les notifications en sourdine pendant 1 heure
tray-mute-tomorrow = Mettre les notifications en sourdine jusqu’à demain
tray-back-on = Réactiver les notifications
tray-start-hidden = Démarrer masqué à l’ouverture de session

## Jours de la semaine

weekday = { $day ->
        [mon] lundi
        [tue] mardi
        [wed] mercredi
        [thu] jeudi
        [fri] vendredi
        [sat] samedi
       *[sun] dimanche
    }

## Les notifications de bureau de Tether lui-même

notify-test-title = Tether : notification de test
notify-test-body = Voici à quoi ressembleront les notifications de { $workspace }. Cliquez dessus pour ouvrir l’espace de travail dans votre navigateur.
notify-test-body-tether = Voici à quoi ressembleront les notifications de Tether.
notify-tray-title = Tether tourne toujours
notify-tray-body = Il continue de surveiller vos espaces de travail depuis la zone de notification. Pour quitter, choisissez « { $quit } » dans son menu.
notify-unnamed-contact = Un contact
