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

## Atualizações (Sobre)

update-title = Atualizações
update-installed = O Tether foi atualizado para { $version }.
update-not-applied = A atualização para { $version } não funcionou: o Tether ainda está em { $running }. Ela não será oferecida de novo automaticamente; “Procurar atualizações” ainda a mostra.
update-skipped = ignorada
update-failed-before = A instalação desta versão já falhou antes.
update-not-installable = Esta cópia do Tether não foi instalada de um pacote do Tether, então ela não se substitui sozinha.
update-get-from = Baixe o Tether { $version } em { $page }.
update-get-elsewhere = Baixe-a onde você obteve esta cópia, ou nos pacotes da sua distribuição.
update-progress = Progresso do download
update-password-note = Seu sistema pode pedir uma senha de administrador para instalá-la.
update-install = Instalar e reiniciar
update-download = Baixar
update-skip = Ignorar esta versão
update-check = Procurar atualizações
update-settings = Configurações
update-automatic = Procurar atualizações automaticamente (ao iniciar e a cada poucas horas)
update-channel = Canal de versões
update-stable = Versões estáveis
update-beta = Também versões beta (antes, menos testadas)
update-deb = Instalado pelo pacote .deb do Tether
update-rpm = Instalado pelo pacote .rpm do Tether
update-appimage = AppImage ({ $path })
update-windows = Instalado com o instalador do Tether para Windows
update-mac = Tether.app
update-not-managed = Não instalado por um pacote do Tether ({ $path })
update-not-checked = Ainda não verificado.
update-checking = Procurando atualizações…
update-passed-over = Nenhuma atualização oferecida (verificado em { $checked }): { $version } foi ignorada ou não instalou antes. “Procurar atualizações” a mostra.
update-up-to-date = O Tether { $version } está atualizado (verificado em { $checked }).
update-available = O Tether { $version } está disponível.
update-downloading = Baixando…
update-downloading-percent = Baixando… { $percent }
update-ready = O Tether { $version } foi baixado e verificado.
update-installing = Instalando o Tether { $version }…

## Remover um workspace

remove-title = Remover { $workspace }?
remove-signed-in = O Tether desconecta @{ $username } de { $address }, apaga a sessão salva do seu chaveiro e tudo o que guarda deste workspace neste computador, inclusive alterações ainda não enviadas. Sua conta no servidor não muda.
remove-signed-out = O Tether apaga a sessão salva do seu chaveiro e tudo o que guarda deste workspace neste computador, inclusive alterações ainda não enviadas. Sua conta no servidor não muda.
remove-busy = Removendo…
remove-confirm = Remover
