# A página Preferências, em português do Brasil. Os nomes das preferências seguem o catálogo do core.

prefs-title = Preferências
prefs-offline = Não é possível acessar { $workspace }. Suas alterações ficam neste computador e são enviadas assim que ele voltar.
prefs-conflicts = { $count ->
        [one] Uma preferência também foi alterada em outro lugar: escolha qual valor fica.
       *[other] { $count } preferências também foram alteradas em outro lugar: escolha quais valores ficam.
    }
prefs-refused = { $count ->
        [one] O servidor recusou uma alteração: veja abaixo.
       *[other] O servidor recusou { $count } alterações: veja abaixo.
    }
prefs-pending = { $count ->
        [one] Uma alteração aguarda envio.
       *[other] { $count } alterações aguardam envio.
    }
prefs-all-saved = Todas as alterações foram salvas no servidor.
prefs-not-read = Ainda não lido do servidor: mostrando os padrões do workspace.
prefs-loading = Carregando suas preferências…
prefs-not-set = Não definido
prefs-play = Tocar
prefs-play-sound = Tocar { $sound }
prefs-words-placeholder = palavra, outra frase
prefs-waiting = Aguardando envio
prefs-workspace-default = Padrão do workspace
prefs-changed-by-you = Alterado por você
prefs-reset = Voltar ao padrão ({ $value })
prefs-conflict = Alterado em outro dispositivo para { $theirs } enquanto você escolhia { $mine } aqui. Qual fica?
prefs-take-theirs = Ficar com o outro
prefs-keep-mine = Manter o meu
prefs-refused-value = O servidor recusou “{ $value }”: { $reason }
prefs-drop = Descartar esta alteração
prefs-test-title = Testar notificações da área de trabalho
prefs-test-help = Mostra agora uma notificação neste computador, para você saber que as novas mensagens serão vistas.
prefs-test-showing = Mostrando…
prefs-test-send = Enviar uma notificação de teste
prefs-test-shown = Uma notificação de teste foi mostrada. Não está vendo? Verifique as configurações de notificação da sua área de trabalho.

## Um valor em palavras

value-not-set = não definido
value-on = Ligado
value-off = Desligado
value-no-words = nenhuma palavra
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] hora
           *[other] horas
        }
        [seconds] { $value ->
            [one] segundo
           *[other] segundos
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] horas
        [seconds] segundos
       *[other] { $unit }
    }

## Meus dados

data-title = Meus dados
data-help = Seus dados são preparados em uma fila; um link para o arquivo é enviado por e-mail. Um pedido de cada tipo a cada 24 horas.
data-requesting = Pedindo…
data-download = Baixar meus dados (HTML)
data-export = Exportar meus dados (JSON)
data-requested = { $full ->
        [yes] Pedido feito: sua exportação completa está sendo preparada ({ $status }).
       *[no] Pedido feito: seus dados estão sendo preparados ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] Há um pedido antes dele.
       *[other] Há { $ahead } pedidos antes dele.
    } Você receberá um e-mail com o link.
data-already = Você já pediu em { $asked } (status: { $status }). Pode pedir de novo depois de { $next }.
data-ready = Está pronto: veja o link no seu e-mail.
data-unknown-time = um momento desconhecido

## Os grupos, na ordem do Rocket.Chat

group-localization = Idioma e região
group-user_presence = Presença
group-notifications = Notificações
group-messages = Mensagens
group-highlights = Destaques
group-sound = Som
group-appearance = Aparência
group-sidebar = Barra lateral
group-omnichannel = Omnichannel

## As preferências

pref-language-workspace = O idioma do workspace
pref-language = Idioma
pref-language-help = O idioma da interface do Rocket.Chat.
pref-clockMode = Relógio
pref-clockMode-help = Como os horários são mostrados.
pref-clockMode-0 = O padrão do idioma
pref-clockMode-1 = 12 horas
pref-clockMode-2 = 24 horas
pref-utcOffset = Diferença de fuso horário
pref-utcOffset-help = Sua diferença em relação ao UTC em horas, usada nos horários dos e-mails.
pref-enableAutoAway = Ausência automática
pref-enableAutoAway-help = Seu status muda para ausente após o tempo de inatividade abaixo.
pref-idleTimeLimit = Tempo de inatividade
pref-idleTimeLimit-help = Segundos sem atividade antes de você aparecer ausente (pelo menos 60).
pref-desktopNotificationRequireInteraction = Exigir interação para fechar notificações da área de trabalho
pref-desktopNotificationRequireInteraction-help = As notificações ficam até você agir sobre elas.
pref-desktopNotifications = Mostrar notificações da área de trabalho para
pref-desktopNotifications-help = Quais mensagens mostram uma notificação da área de trabalho.
pref-desktopNotifications-all = Todas as mensagens
pref-desktopNotifications-mentions = Menções
pref-desktopNotifications-nothing = Nada
pref-pushNotifications = Enviar notificações push para
pref-pushNotifications-help = Quais mensagens enviam uma notificação push para o seu celular.
pref-pushNotifications-all = Todas as mensagens
pref-pushNotifications-mentions = Menções
pref-pushNotifications-nothing = Nada
pref-emailNotificationMode = Notificações por e-mail quando offline
pref-emailNotificationMode-help = Quais mensagens são enviadas por e-mail enquanto você está offline (seu e-mail precisa estar verificado).
pref-emailNotificationMode-mentions = Cada menção ou mensagem direta
pref-emailNotificationMode-nothing = Desativado
pref-receiveLoginDetectionEmail = Receber e-mails de login detectado
pref-receiveLoginDetectionEmail-help = Um e-mail sempre que alguém entra na sua conta (workspaces Premium).
pref-notifyCalendarEvents = Notificar eventos da agenda
pref-notifyCalendarEvents-help = Notificações dos eventos da sua agenda.
pref-enableMobileRinging = Toque no celular
pref-enableMobileRinging-help = As chamadas tocam no seu celular.
pref-desktopNotificationVoiceCalls = Notificações de chamadas de voz
pref-desktopNotificationVoiceCalls-help = Notificações da área de trabalho para chamadas de voz recebidas.
pref-unreadAlert = Alerta de não lidas na bandeja
pref-unreadAlert-help = O ícone da bandeja se destaca quando você tem mensagens não lidas.
pref-showThreadsInMainChannel = Sempre mostrar respostas de tópicos no canal principal
pref-showThreadsInMainChannel-help = As respostas de tópicos também aparecem na sala, seja qual for a escolha de quem enviou.
pref-alsoSendThreadToChannel = Também enviar mensagens de tópicos ao canal
pref-alsoSendThreadToChannel-help = Como a caixa “Também enviar ao canal” começa quando você responde em um tópico.
pref-alsoSendThreadToChannel-default = Marcada na primeira resposta, desmarcada nas demais
pref-alsoSendThreadToChannel-always = Marcada por padrão
pref-alsoSendThreadToChannel-never = Desmarcada por padrão
pref-useEmojis = Usar emojis
pref-useEmojis-help = Mostrar o seletor de emojis e os emojis.
pref-convertAsciiEmoji = Converter ASCII em emoji
pref-convertAsciiEmoji-help = Digitar :) mostra 🙂.
pref-autoImageLoad = Carregar imagens automaticamente
pref-autoImageLoad-help = As imagens carregam sem clique.
pref-saveMobileBandwidth = Economizar dados móveis
pref-saveMobileBandwidth-help = Usar menos dados em conexões móveis.
pref-collapseMediaByDefault = Recolher mídias incorporadas por padrão
pref-collapseMediaByDefault-help = Imagens e vídeos nas mensagens começam recolhidos.
pref-hideFlexTab = Ocultar a barra contextual ao clicar fora dela
pref-hideFlexTab-help = O painel lateral da sala fecha quando você clica em outro lugar.
pref-displayAvatars = Mostrar avatares
pref-displayAvatars-help = Mostrar as fotos das pessoas ao lado das mensagens.
pref-hideUsernames = Ocultar nomes de usuário
pref-hideUsernames-help = Mostrar só nomes, sem @nomes de usuário, nas mensagens.
pref-hideRoles = Ocultar funções
pref-hideRoles-help = Não mostrar etiquetas de função ao lado dos nomes.
pref-mentionsWithSymbol = Mostrar menções com o símbolo @
pref-mentionsWithSymbol-help = As menções mantêm o @ ao serem mostradas.
pref-sendOnEnter = Comportamento da tecla Enter
pref-sendOnEnter-help = O que a tecla Enter faz na caixa de mensagem.
pref-sendOnEnter-normal = Modo normal (enviar com Enter)
pref-sendOnEnter-alternative = Modo alternativo (enviar com Enter + Ctrl/Alt/Shift/Cmd)
pref-sendOnEnter-desktop = Modo desktop (enviar com Enter só em um computador)
pref-highlights = Palavras destacadas
pref-highlights-help = Palavras ou frases, separadas por vírgulas, que notificam você quando alguém as escreve.
pref-newRoomNotification = Notificação de nova sala
pref-newRoomNotification-help = O som quando você é adicionado a uma sala.
pref-newMessageNotification = Notificação de nova mensagem
pref-newMessageNotification-help = O som de cada nova mensagem.
pref-muteFocusedConversations = Silenciar conversas em foco
pref-muteFocusedConversations-help = Sem som para a sala que você está vendo.
pref-masterVolume = Volume geral
pref-masterVolume-help = O volume de todos os sons.
pref-notificationsSoundVolume = Volume das notificações
pref-notificationsSoundVolume-help = O volume dos sons de notificação, dentro do volume geral.
pref-voipRingerVolume = Volume do toque de chamadas
pref-voipRingerVolume-help = O volume do toque das chamadas recebidas.
pref-themeAppearence = Tema
pref-themeAppearence-help = Cores claras, escuras ou de alto contraste.
pref-themeAppearence-auto = Igual ao sistema
pref-themeAppearence-light = Claro
pref-themeAppearence-dark = Escuro
pref-themeAppearence-high-contrast = Alto contraste
pref-fontSize = Tamanho da fonte
pref-fontSize-help = O tamanho do texto no cliente web.
pref-fontSize-14px = Pequeno
pref-fontSize-100pct = Padrão
pref-fontSize-18px = Médio
pref-fontSize-20px = Grande
pref-fontSize-24px = Muito grande
pref-sidebarShowFavorites = Agrupar favoritos
pref-sidebarShowFavorites-help = As salas favoritas ganham uma seção própria.
pref-sidebarShowUnread = Agrupar salas não lidas
pref-sidebarShowUnread-help = As salas com mensagens não lidas ganham uma seção própria.
pref-sidebarGroupByType = Agrupar por tipo
pref-sidebarGroupByType-help = Canais, times e mensagens diretas em seções separadas.
pref-sidebarSortby = Ordenar salas por
pref-sidebarSortby-help = A ordem da lista de salas.
pref-sidebarSortby-activity = Atividade
pref-sidebarSortby-alphabetical = Nome
pref-sidebarViewMode = Exibição da lista de salas
pref-sidebarViewMode-help = Quanto cada sala da lista mostra.
pref-sidebarViewMode-extended = Estendida
pref-sidebarViewMode-medium = Média
pref-sidebarViewMode-condensed = Compacta
pref-sidebarDisplayAvatar = Mostrar avatares na lista de salas
pref-sidebarDisplayAvatar-help = Imagens ao lado dos nomes das salas.
pref-omnichannelTranscriptEmail = Sempre enviar a transcrição por e-mail
pref-omnichannelTranscriptEmail-help = A transcrição de cada conversa encerrada é enviada para o seu e-mail.
pref-omnichannelTranscriptPDF = Sempre exportar a transcrição em PDF
pref-omnichannelTranscriptPDF-help = A transcrição de cada conversa encerrada é salva em PDF (Premium).
pref-omnichannelHideConversationAfterClosing = Ocultar conversas após encerrar
pref-omnichannelHideConversationAfterClosing-help = Uma conversa encerrada sai da sua lista.

## Os sons embutidos do Rocket.Chat

sound-chime = Carrilhão
sound-door = Porta
sound-beep = Bipe
sound-chelle = Chelle
sound-ding = Ding
sound-droplet = Gota
sound-highbell = Sino agudo
sound-seasons = Estações
sound-telephone = Telefone
sound-outbound-call-ringing = Chamada saindo
sound-call-ended = Chamada encerrada
sound-dialtone = Tom de discagem
sound-ringtone = Toque
sound-none = Sem som
