# Les mots de la ligne de commande, en français. Les commandes et options ne sont pas traduites.

cli-usage =
    Utilisation :
      tether                                   ouvrir Tether
      tether notify test [--require-interaction]
                                               afficher une notification de test
      tether sound list                        lister les sons (intégrés, puis ceux de chaque espace de travail)
      tether sound play <id> [--volume 0-100]  jouer un son (volume 100 par défaut)
      tether update check                      dire si une version plus récente de Tether existe
      tether update install                    la télécharger, la vérifier et l’installer (redémarrer ensuite)
      tether --hidden                          ouvrir Tether dans la zone de notification, sans fenêtre
      tether --help                            ce texte

    Codes de sortie : 0 fait (ou à jour), 1 autre échec, 2 mauvaise utilisation, 3 pas de service
    de notification, 4 notifications désactivées pour Tether, 5 le « ne pas déranger » du bureau
    est actif, 6 le service de notification n’a pas répondu, 7 pas de périphérique audio, 8 son
    inconnu, 9 le fichier son ne peut pas être joué, 10 une mise à jour est disponible, 11 la
    recherche de mises à jour a échoué, 12 la mise à jour n’est pas signée par la clé de Tether,
    13 cette copie ne peut pas installer de mises à jour (pas installée depuis un paquet Tether),
    14 les mises à jour sont désactivées par l’administrateur, 15 l’installation a échoué,
    16 le téléchargement a échoué.
    Environnement : TETHER_DATA_DIR (où Tether garde ses données), TETHER_LOG (filtre du journal),
    TETHER_DISABLE_UPDATES=1 (pas de recherche de mises à jour ; de même update.json à côté de
    l’application ou dans /etc/tether avec {"{"}"enabled": false{"}"}).
cli-bad-volume = le volume est un nombre entier de 0 à 100, pas « { $volume } »
cli-unknown-command = commande inconnue « { $command } »
cli-cannot-start = démarrage impossible : { $reason }
cli-notification-shown = Une notification de test a été affichée.
cli-notification-shown-sticky = Une notification de test a été affichée ; elle reste jusqu’à ce que vous la fermiez.
cli-sound-custom = (propre à l’espace de travail)
cli-sound-played = « { $sound } » joué au volume { $volume }.
cli-up-to-date = Tether { $version } est à jour.
cli-update-available = Tether { $version } est disponible (vous avez { $current }).
cli-update-available-size = Tether { $version } est disponible (vous avez { $current }, { $size }).
cli-update-not-applied = L’installation de cette version a déjà été tentée sans succès ; les recherches automatiques ne la proposent plus.
cli-update-skipped = Vous avez choisi d’ignorer cette version ; les recherches automatiques ne la proposent pas.
cli-update-admin = L’installer demande des droits d’administrateur : le bureau peut demander un mot de passe.
cli-update-installed = Tether { $version } est installé. Redémarrez Tether pour l’utiliser.
cli-downloading = téléchargement : { $received } octets sur { $total } ({ $percent })
cli-downloading-unknown = téléchargement : { $received } octets
