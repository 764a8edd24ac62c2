# Administração › Usuários, em português do Brasil.

admin-title = Usuários
admin-seats-title = Assentos em uso / assentos da licença
admin-seats-meter = Assentos em uso
admin-seats = { $active }/{ $max } assentos · { $available } disponíveis
admin-seats-unlimited = Assentos ilimitados ({ $active } em uso)
admin-invite = Convidar
admin-new-user = Novo usuário
admin-seats-exceeded = Todos os assentos da licença estão ocupados: novos usuários, convites e ativações ficam bloqueados até que assentos sejam liberados ou mais sejam comprados.
admin-cached = Não é possível acessar { $workspace }: esta lista foi lida { $when }. As ações precisam do servidor.
admin-tabs = Usuários por status
admin-tab-all = Todos
admin-tab-pending = Pendentes
admin-tab-active = Ativos
admin-tab-deactivated = Desativados
admin-search = Buscar usuários
admin-search-label = Buscar por nome, nome de usuário ou e-mail
admin-all-roles = Todas as funções
admin-roles-chosen = Funções ({ $count })
admin-total = { $count ->
        [one] { $count } usuário
       *[other] { $count } usuários
    }
admin-now-active = { $name } está ativo.
admin-welcome-sent = O e-mail de boas-vindas foi enviado para { $email }.
admin-never = Nunca

## A tabela

admin-table = Usuários
admin-column-name = Nome
admin-column-username = Nome de usuário
admin-column-email = E-mail
admin-column-pending = Ação pendente
admin-column-registration = Status do cadastro
admin-column-roles = Funções
admin-loading = Carregando…
admin-resend-welcome = Reenviar o e-mail de boas-vindas
admin-seats-taken = Todos os assentos estão ocupados
admin-activate = Ativar
admin-first-login = Primeiro login do usuário
admin-activation = Ativação
registration-deactivated = Desativado
registration-federated = Federado
registration-pending = Pendente
registration-active = Ativo

## Informações do usuário

admin-info-title = Informações do usuário
admin-info-close = Fechar as informações do usuário
admin-close = Fechar
admin-roles = Funções
admin-email = E-mail
admin-email-not-verified = { $email } (não verificado)
admin-local-time = Hora local
admin-unknown = Desconhecida
admin-last-login = Último login
admin-created = Criado em
admin-status-text = Mensagem de status
admin-nickname = Apelido
admin-bio = Bio
admin-dm = Mensagem direta
admin-edit = Editar
admin-actions-offline = As ações precisam do servidor, que não pode ser acessado agora.

## Ações sobre um usuário

admin-more = Mais ações
admin-remove-admin = Remover admin
admin-make-admin = Tornar admin
admin-reset-e2e = Redefinir a chave E2E
admin-reset-totp = Redefinir TOTP
admin-deactivate = Desativar
admin-delete = Excluir
admin-erasure-delete = Todas as mensagens dele também são excluídas.
admin-erasure-unlink = As mensagens dele ficam, como de um usuário removido.
admin-erasure-keep = As mensagens dele ficam, com o nome dele.
admin-ask-remove-admin = Remover { $name } como admin?
admin-ask-remove-admin-text = Perde na hora o acesso à administração do workspace.
admin-ask-make-admin = Tornar { $name } admin?
admin-ask-make-admin-text = Admins têm acesso total às configurações e à administração do workspace.
admin-ask-reset-totp = Redefinir a autenticação de dois fatores (TOTP) de { $name }?
admin-ask-reset-totp-text = Se usar um app autenticador, ele para de funcionar para esta conta, e a pessoa é desconectada de todos os lugares. Ela pode configurá-lo de novo no perfil.
admin-ask-reset-e2e = Redefinir a chave de criptografia de ponta a ponta de { $name }?
admin-ask-reset-e2e-text = A pessoa é desconectada de todos os lugares. Uma nova chave é criada no próximo login; as salas criptografadas abrem de novo quando outro membro estiver online.
admin-reset-key = Redefinir a chave
admin-ask-deactivate = Desativar { $name }?
admin-ask-deactivate-text = A pessoa é desconectada de todos os lugares e não pode entrar até ser ativada de novo. Conta, salas e mensagens são mantidas.
admin-ask-activate = Ativar { $name }?
admin-ask-activate-text = A pessoa pode entrar de novo na hora.
admin-ask-delete = Excluir { $name }?
admin-ask-delete-text = A conta é removida e a pessoa é desconectada. { $erasure } Não é possível desfazer.
admin-no-longer-admin = { $name } não é mais admin.
admin-now-admin = { $name } agora é admin.
admin-totp-reset = A autenticação de dois fatores de { $name } foi redefinida; a pessoa foi desconectada.
admin-e2e-reset = A chave de criptografia de { $name } foi redefinida; a pessoa foi desconectada.
admin-deactivated = { $name } está desativado e foi desconectado.
admin-deleted = { $name } foi excluído.
admin-last-owner = { $name } é o último dono de algumas salas.
admin-rooms-change-owner = Estas salas terão outro membro como dono:
admin-rooms-removed = Estas salas não têm outro membro e serão removidas:
admin-delete-anyway = Excluir mesmo assim
admin-deactivate-anyway = Desativar mesmo assim

## Adicionar e editar um usuário

admin-save-user = Salvar usuário
admin-add-user = Adicionar usuário
admin-saved = { $name } foi salvo.
admin-created-user = { $name } foi criado.
admin-picture-saved = A nova imagem foi salva.
admin-picture-url-saved = A imagem desse endereço foi salva.
admin-picture-reset = O avatar voltou às iniciais.
admin-edit-title = Editar { $name }
admin-picture = Foto do perfil
admin-upload = Enviar uma imagem
admin-avatar-url = Usar um endereço como avatar
admin-use-url = Usar o endereço
admin-reset-initials = Voltar às iniciais
admin-mark-verified = Marcar o e-mail como verificado
admin-name = Nome
admin-username = Nome de usuário
admin-password = Senha
admin-keep-password = Manter a senha atual
admin-random-password = Gerar e enviar por e-mail
admin-random-password-no-smtp = Gerar e enviar por e-mail (precisa das configurações de e-mail do workspace)
admin-manual-password = Definir manualmente
admin-confirm-password = Confirmar a senha
admin-passwords-differ = As senhas não coincidem.
admin-give-password = Você mesmo passa esta senha ao usuário.
admin-require-change = Exigir troca de senha
admin-send-welcome = Enviar e-mail de boas-vindas
admin-send-welcome-no-smtp = Enviar e-mail de boas-vindas (precisa das configurações de e-mail do workspace)

## Convidar usuários

admin-invite-title = Convidar usuários
admin-invite-no-smtp = Os convites são enviados por e-mail, e o e-mail (SMTP) deste workspace não está configurado. Um admin pode configurá-lo em Workspace › Configurações › E-mail.
admin-invite-emails = Endereços de e-mail
admin-invite-help = Separe os endereços com vírgulas, ponto e vírgula ou espaços.
admin-invite-sent = Convite enviado para { $emails }.
admin-invite-send = Enviar
