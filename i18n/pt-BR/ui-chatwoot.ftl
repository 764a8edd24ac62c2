# As páginas de um workspace Chatwoot, em português do Brasil.

agent-stale = Mostrando o que o Tether leu por último: { $error }
agent-loading = Carregando…

## Configurações do perfil

agent-profile-title = Configurações do perfil
agent-availability = Disponibilidade
agent-account = Conta
agent-account-option = { $account } ({ $role })
agent-online = Online
agent-busy = Ocupado
agent-offline = Offline
agent-auto-offline = Ficar offline automaticamente quando eu não estiver conectado em nenhum lugar
agent-profile = Perfil
agent-full-name = Seu nome completo
agent-display-name = Nome de exibição
agent-display-name-help = O nome que clientes e outros agentes veem; seu nome completo quando vazio.
agent-email = Seu endereço de e-mail
agent-profile-saved = Seu perfil foi atualizado com sucesso
agent-email-unconfirmed = O Chatwoot enviou um link de confirmação para { $wanted }. Seu endereço de e-mail continua { $kept } até você abri-lo.
agent-offline-profile = Offline: seu nome e nome de exibição ficam neste computador e são enviados quando o servidor voltar; um novo e-mail precisa do servidor.
agent-updating = Atualizando…
agent-update-profile = Atualizar o perfil
agent-password = Senha
agent-current-password = Senha atual
agent-new-password = Nova senha
agent-password-rules = Regras da senha
agent-rule-met = (atendida)
agent-rule-not-met = (ainda não atendida)
agent-confirm-password = Confirmar a nova senha
agent-passwords-differ = As duas senhas são diferentes.
agent-password-changed = Sua senha foi alterada.
agent-password-needs-server = Alterar a senha precisa do servidor: reconecte primeiro.
agent-changing = Alterando…
agent-change-password = Alterar a senha
agent-rule-length = De 6 a 128 caracteres
agent-rule-uppercase = Pelo menos 1 letra maiúscula (A–Z)
agent-rule-lowercase = Pelo menos 1 letra minúscula (a–z)
agent-rule-digit = Pelo menos 1 número (0–9)
agent-rule-special = Pelo menos 1 caractere especial (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## A imagem do perfil

agent-image = Imagem do perfil
agent-image-too-big = Essa imagem tem { $size }; o Chatwoot aceita imagens de perfil de até { $limit }.
agent-image-saved = Sua imagem de perfil foi salva.
agent-image-removed = Sua imagem de perfil foi removida.
agent-saving = Salvando…
agent-upload = Enviar uma imagem
agent-remove = Remover
agent-image-needs-server = A imagem do perfil precisa do servidor: reconecte para alterá-la.

## Alterações aguardando o servidor

agent-pending-conflict = “{ $field }” foi alterado no servidor para { $server } enquanto você o alterava para { $mine }.
agent-pending-refused = “{ $field }” não foi aceito: { $reason }
agent-pending-waiting = { $field }: salvo neste computador, enviado quando o servidor puder ser acessado.
agent-keep-mine = Manter o meu
agent-use-server = Usar o do servidor
agent-discard = Descartar minha alteração
agent-field-name = Nome completo
agent-field-display-name = Nome de exibição
agent-field-audio = Notificações sonoras
agent-field-flags = Notificações por e-mail e push
agent-field-availability = Disponibilidade
agent-field-auto-offline = Ficar offline automaticamente
agent-value-empty = (vazio)
agent-value-text = “{ $value }”
agent-value-on = ligado
agent-value-off = desligado
agent-value-other = outras configurações

## Notificações

agent-notifications-title = Notificações
agent-notifications-offline = Offline: suas alterações ficam neste computador e são enviadas quando o servidor voltar.
agent-audio = Notificações sonoras
agent-audio-for = Tocar um som para
agent-audio-none = Nada
agent-audio-assigned = Conversas atribuídas a mim
agent-audio-all = Todas as conversas
agent-audio-custom = Escolhido no Chatwoot: { $scopes }.
agent-audio-mine = minhas conversas atribuídas
agent-audio-unassigned = novas conversas que precisam de atenção
agent-audio-others = conversas atribuídas a outros
agent-tone = Tom de alerta
agent-tone-ding = Ding
agent-tone-bell = Sino
agent-tone-chime = Carrilhão
agent-tone-magic = Mágica
agent-tone-ping = Ping
agent-volume = Volume
agent-play = Tocar
agent-only-inactive = Tocar só quando a janela do Tether não estiver ativa
agent-repeat = Alertar a cada 30 s enquanto conversas atribuídas a mim tiverem mensagens não lidas
agent-email-notifications = Notificações por e-mail
agent-push-notifications = Notificações push
agent-flag-event = { $event ->
        [conversation_creation] uma nova conversa é criada
        [conversation_assignment] uma conversa é atribuída a mim
        [conversation_mention] você é mencionado em uma conversa
        [assigned_conversation_new_message] chega uma nova mensagem em uma conversa atribuída
        [participating_conversation_new_message] chega uma nova mensagem em uma conversa da qual você participa
        [sla_missed_first_response] uma conversa perde o SLA de primeira resposta
        [sla_missed_next_response] uma conversa perde o SLA de próxima resposta
        [sla_missed_resolution] uma conversa perde o SLA de resolução
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] Enviar notificações push quando { $when }
       *[email] Enviar notificações por e-mail quando { $when }
    }

## Segurança

agent-security-title = Segurança
agent-two-factor = Autenticação de dois fatores
agent-two-factor-needs-session = O Tether entrou neste workspace com seu token de acesso. O Chatwoot só permite alterar o login de dois fatores em uma sessão aberta com e-mail e senha: saia e entre desse jeito para alterá-lo.
agent-two-factor-on-codes = O login de dois fatores está ligado.
agent-backup-help = Guarde estes códigos de backup em um lugar seguro: cada um faz você entrar uma vez se perder o celular. Eles só são mostrados agora.
agent-copied = Copiado
agent-copy-codes = Copiar os códigos
agent-done = Concluído
agent-scan = Escaneie este código com seu app autenticador, ou digite a chave, e depois digite o código de 6 dígitos que ele mostra.
agent-qr = Chave do autenticador para { $account }
agent-code = Código do app
agent-turn-on = Ligar
agent-turn-off = Desligar
agent-two-factor-on = Ligado: o login pede um código do seu app autenticador.
agent-two-factor-off = Desligado. Com o login de dois fatores, o login também pede um código de um app autenticador.
agent-devices = Dispositivos conectados
agent-unknown-device = Dispositivo desconhecido
agent-this-tether = (este Tether)
agent-last-active = ativo pela última vez em { $when }
agent-sign-out = Sair
agent-security-none = Este servidor Chatwoot não oferece login de dois fatores nem uma lista de dispositivos conectados.

## Token de acesso

agent-token-title = Token de acesso
agent-token-help = Este token serve para criar integrações com a API do Chatwoot. Mantenha-o em segredo: ele age como você.
agent-hide = Ocultar
agent-show = Mostrar
agent-copy = Copiar
agent-reset-title = Redefinir o token de acesso?
agent-reset-text = O token atual para de funcionar na hora: integrações e scripts que o usam param até você lhes dar o novo.
agent-reset-text-tether = O token atual para de funcionar na hora: integrações e scripts que o usam param até você lhes dar o novo. O Tether entrou com ele e passa para o novo sozinho.
agent-reset-token = Redefinir o token
agent-resetting = Redefinindo…
agent-reset-done = Um novo token foi criado. O antigo não funciona mais.
agent-token-needs-server = O token de acesso precisa do servidor: reconecte para vê-lo, copiá-lo ou redefini-lo.
