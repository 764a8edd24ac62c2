# As palavras do Tether fora da janela: a bandeja e a linha de comando.

## Primeira linha e dica da bandeja

tray-nothing = Nada não lido
tray-mentions-in = { $count ->
        [one] { $count } menção não lida
       *[other] { $count } menções não lidas
    } em { $workspace }
tray-mentions-across = { $count ->
        [one] { $count } menção não lida
       *[other] { $count } menções não lidas
    } em { $workspaces } espaços de trabalho
tray-unread-in = { $count ->
        [one] { $count } mensagem não lida
       *[other] { $count } mensagens não lidas
    } em { $workspace }
tray-unread-across = { $count ->
        [one] { $count } mensagem não lida
       *[other] { $count } mensagens não lidas
    } em { $workspaces } espaços de trabalho
tray-dot-in = Mensagens não lidas em { $workspace }
tray-dot-across = Mensagens não lidas em { $workspaces } espaços de trabalho
tray-sign-in-to = Entre novamente em { $workspace }
tray-sign-in-across = Entre novamente em { $workspaces } espaços de trabalho
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether: { $summary }

## A linha de um espaço de trabalho no menu

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (último valor conhecido; reconectando)
tray-detail-sign-in = entre novamente
tray-detail-mentions = { $mentions ->
        [one] { $mentions } menção
       *[other] { $mentions } menções
    }, { $unread } não lidas
tray-detail-unread = { $unread } não lidas
tray-detail-dot = mensagens não lidas
tray-detail-nothing = nada não lido

## As entradas do menu

tray-open = Abrir o Tether
tray-quit = Sair do Tether
tray-notifications-on = Notificações ativadas
tray-muted = Notificações silenciadas
tray-muted-until = Notificações silenciadas até { $time }
tray-muted-until-day = Notificações silenciadas até { $day } { $time }
tray-mute-hour = Silenciar notificações por 1 hora
tray-mute-tomorrow = Silenciar notificações até amanhã
tray-back-on = Reativar as notificações
tray-start-hidden = Iniciar oculto ao entrar na sessão

## Dias da semana

weekday = { $day ->
        [mon] segunda-feira
        [tue] terça-feira
        [wed] quarta-feira
        [thu] quinta-feira
        [fri] sexta-feira
        [sat] sábado
       *[sun] domingo
    }

## As notificações da área de trabalho do próprio Tether

notify-test-title = Tether: notificação de teste
notify-test-body = É assim que as notificações de { $workspace } vão aparecer. Clique para abrir o workspace no navegador.
notify-test-body-tether = É assim que as notificações do Tether vão aparecer.
notify-tray-title = O Tether continua rodando
notify-tray-body = Ele continua acompanhando seus workspaces pela bandeja. Para sair, escolha “{ $quit }” no menu da bandeja.
notify-unnamed-contact = Um contato
