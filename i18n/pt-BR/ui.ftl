# A janela do Tether, em português do Brasil.

## A moldura da janela

shell-add-workspace-back = ← Adicionar um espaço de trabalho
shell-about-link = Sobre o Tether
nav-account = Conta
nav-profile = Perfil
nav-preferences = Preferências
nav-security = Segurança
nav-tokens = Tokens de acesso pessoal
nav-notifications = Notificações
nav-access-token = Token de acesso
nav-administration = Administração
nav-users = Usuários
nav-tether = Tether
nav-about = Sobre

## O "não perturbe" do próprio Tether

quiet-title = Notificações
quiet-on = Ativadas
quiet-muted-until = Silenciado até { $time }
quiet-turn-on = Reativar
quiet-mute-hour = Silenciar por 1 hora
quiet-mute-tomorrow = Silenciar até amanhã

## O seletor de espaços de trabalho

switcher-none = Nenhum espaço de trabalho
switcher-not-signed-in = Não conectado
switcher-chatwoot = Chatwoot
switcher-add = Adicionar espaço de trabalho
switcher-sign-out = Sair de { $workspace }
switcher-remove = Remover { $workspace }…
switcher-unread =
    { $mentions ->
        [one] { $mentions } menção
       *[other] { $mentions } menções
    }, { $unread ->
        [one] { $unread } não lida
       *[other] { $unread } não lidas
    }
switcher-unread-dot = Mensagens não lidas
switcher-stale = { $counts } (último valor conhecido; reconectando)

## A conexão de um espaço de trabalho

connection-online = On-line
connection-connecting = Conectando…
connection-offline = Off-line
connection-certificate-untrusted = Certificado não confiável
connection-signed-out = Desconectado
connection-not-signed-in = Não conectado

## Sobre

about-title = Sobre o Tether
about-summary = Gerencie suas contas de chat em um aplicativo de desktop pequeno e rápido.
about-licence = Software livre sob a licença MIT ou a Apache 2.0, à sua escolha.
about-shortcuts = Atalhos de teclado
about-help = Ajuda e relatórios de erros
about-open-logs = Abrir a pasta de registros
about-copy-diagnostics = Copiar diagnóstico
about-diagnostics-copied = Copiado. Ele cita apenas versões e serviços da área de trabalho: nenhum endereço, nome de usuário ou token.

## Atalhos de teclado (as teclas não são traduzidas)

shortcut-workspace = Mostrar do primeiro ao nono espaço de trabalho
shortcut-preferences = Abrir as preferências (no Chatwoot: as configurações de notificação)
shortcut-close = Fechar a janela (o Tether continua na bandeja, se houver uma)
shortcut-escape = Fechar um diálogo ou menu; o foco volta para onde estava
shortcut-tab = Passar de um controle a outro

## Adicionar um espaço de trabalho

add-title = Adicionar um espaço de trabalho
add-hint = Digite o endereço do seu espaço de trabalho do Rocket.Chat ou Chatwoot, como no navegador.
add-address = Endereço do espaço de trabalho
add-certificate-changed = O certificado mudou
add-certificate-untrusted = Certificado não confiável
add-fingerprint = Impressão digital SHA-256 de { $host }
add-trust = Confiar neste certificado
add-connecting = Conectando…
add-connect = Conectar

## Entrar

signin-title = Entrar em { $workspace }
signin-two-factor = Autenticação de dois fatores
signin-back = Voltar
signin-method = Forma de entrar
signin-email = E-mail
signin-username-or-email = Nome de usuário ou e-mail
signin-password = Senha
signin-token = Token de acesso
signin-chatwoot-token-hint = Para contas com login único: copie o token de acesso no Chatwoot (Configurações do perfil › Token de acesso) e cole aqui.
signin-rocketchat-token-hint = Para contas com login único, ou espaços sem login por senha: crie um token de acesso pessoal no cliente web (Conta › Tokens de acesso pessoal) e cole aqui com o ID de usuário mostrado ao lado.
signin-user-id = ID de usuário
signin-personal-token = Token de acesso pessoal
signin-busy = Entrando…
signin-submit = Entrar

## Palavras que várias páginas compartilham

common-cancel = Cancelar
common-saving = Salvando…
common-saved = Salvo.
common-try-again = Tentar novamente
common-trying = Tentando…
common-none = —
status-online = Online
status-away = Ausente
status-busy = Ocupado
status-offline = Offline
