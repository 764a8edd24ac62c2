# As páginas Segurança e Tokens de acesso pessoal, e o pedido do segundo fator, em português do Brasil.

## O pedido do segundo fator

second-factor-password = Confirme com sua senha atual
second-factor-email = Digite o código que o workspace enviou para seu e-mail
second-factor-totp = Digite o código do seu app autenticador (ou um código de backup)
second-factor-backup = Digite um dos seus códigos de backup de 8 caracteres. Cada um funciona uma vez.
second-factor-prompt = { $action }: { $prompt }
second-factor-resent = Um novo código está a caminho do seu e-mail. Os códigos anteriores não funcionam mais.
second-factor-emailed = Enviamos um código de 6 dígitos para o endereço de { $account }.
second-factor-emailed-account = Enviamos um código de 6 dígitos para o endereço da sua conta.
second-factor-email-received = Digite o código do e-mail que você já recebeu.
second-factor-expires = Ele expira às { $time }.
second-factor-use-app = Usar o app autenticador
second-factor-use-backup = Usar um código de backup
second-factor-resend = Enviar o código de novo
second-factor-checking = Verificando…
second-factor-confirm = Confirmar

## Segurança

security-title = Segurança
security-loading = Carregando…
security-two-factor = Autenticação de dois fatores
security-two-factor-off = Este workspace está com a autenticação de dois fatores desligada.
security-totp = App autenticador
security-totp-on = Ligado. { $left ->
        [one] Resta { $left } de 12 códigos de backup.
       *[other] Restam { $left } de 12 códigos de backup.
    }
security-totp-code = Código do app (ou um código de backup)
security-totp-regenerate = Novos códigos de backup
security-turn-off = Desligar
security-turn-on = Ligar
security-totp-qr = Código QR para adicionar esta conta a um app autenticador
security-totp-scan = Escaneie o código com seu app autenticador ou digite esta chave nele ({ $account }):
security-totp-enter = Depois digite o código de 6 dígitos que ele mostra
security-totp-verify = Verificar e ligar
security-totp-off = Desligado. Os logins pedirão um código de um app como Google Authenticator, 2FAS ou KeePassXC.
security-totp-turn-on = Ligar o app autenticador
security-backup-title = Seus códigos de backup, mostrados só desta vez.
security-backup-help = Cada um funciona uma vez, no lugar de um código do app, se você perder o celular. Guarde-os em um lugar seguro.
security-copied = Copiado
security-copy-all = Copiar tudo
security-save-file = Salvar em um arquivo
security-kept = Já guardei
security-saved-to = Salvo em { $path }
security-email = Códigos por e-mail
security-email-on = Ligado: logins sem o app autenticador recebem um código em { $email }.
security-email-unverified = O workspace só envia códigos para um endereço verificado, e { $email } ainda não foi verificado. Use “Reenviar o e-mail de verificação” na página Perfil, abra o link desse e-mail e volte aqui.
security-email-unverified-unknown = O workspace só envia códigos para um endereço verificado, e seu e-mail ainda não foi verificado. Use “Reenviar o e-mail de verificação” na página Perfil, abra o link desse e-mail e volte aqui.
security-email-off = Desligado. Ligar desconecta seus outros dispositivos.
security-email-turn-on = Ligar os códigos por e-mail
security-email-turn-off = Desligar os códigos por e-mail
security-devices = Dispositivos
security-device = Dispositivo
security-system = Sistema
security-address = Endereço
security-signed-in = Conectado em
security-this-device = (este dispositivo)
security-sign-out = Sair
security-devices-unavailable = Este workspace não lista dispositivos (um recurso Premium). Você ainda pode sair de todos os outros lugares.
security-sign-out-others = Sair de todas as outras sessões
security-others-done = Todas as outras sessões foram encerradas; esta continua.
security-e2e = Criptografia de ponta a ponta
security-e2e-help = A senha de criptografia abre suas salas criptografadas em novos dispositivos. Alterá-la aqui criptografa sua chave de novo neste computador; o servidor nunca vê nenhuma das duas senhas.
security-e2e-current = Senha de criptografia atual
security-e2e-new = Nova senha de criptografia
security-e2e-confirm = Confirmar a nova senha de criptografia
security-e2e-differ = As duas novas senhas de criptografia são diferentes. Digite a mesma duas vezes.
security-e2e-change = Alterar a senha de criptografia
security-e2e-changed = Senha de criptografia alterada.
security-e2e-no-keys = Ainda não há chave de criptografia: o primeiro cliente que abrir uma sala criptografada cria uma.
security-reset-title = Redefinir a chave de criptografia
security-reset-help = Remove sua chave: você perde o acesso às mensagens criptografadas até que membros dessas salas estejam online de novo. Isso desconecta você de todos os lugares, inclusive aqui.
security-reset-confirm = Redefinir a chave e sair de todos os dispositivos, inclusive deste?
security-reset-go = Redefinir e sair
security-reset-open = Redefinir a chave…

## Tokens de acesso pessoal

tokens-title = Tokens de acesso pessoal
tokens-not-allowed = Este workspace não permite que sua conta tenha tokens de acesso pessoal (a permissão “create-personal-access-tokens”).
tokens-help = Um token permite que um script ou ferramenta aja como você pela API REST do workspace. O Tether mostra um token novo uma vez e nunca o guarda.
tokens-copy-now = Copie o token “{ $name }” agora: ele não será mostrado de novo.
tokens-token = Token
tokens-user-id = Seu id de usuário
tokens-copy = Copiar o token
tokens-done = Concluído
tokens-name = Nome
tokens-name-example = Por exemplo: script de deploy
tokens-require-2fa = Exigir autenticação de dois fatores quando o token for usado
tokens-add = Adicionar token
tokens-create = Criar “{ $name }”
tokens-delete-action = Excluir “{ $name }”
tokens-regenerate-action = Gerar de novo “{ $name }”
tokens-ask-delete = Excluir o token “{ $name }”?
tokens-ask-regenerate = Gerar de novo o token “{ $name }”?
tokens-delete-warning = Scripts e integrações que o usam param de funcionar na hora. Não é possível desfazer.
tokens-regenerate-warning = O token atual para de funcionar na hora: scripts e integrações que o usam precisam do novo.
tokens-signs-out = O próprio Tether está conectado a { $workspace } com este token: isso desconecta o Tether aqui.
tokens-delete = Excluir o token
tokens-regenerate = Gerar o token de novo
tokens-delete-sign-out = Excluir o token e sair
tokens-regenerate-sign-out = Gerar o token de novo e sair
tokens-empty = Nenhum token ainda.
tokens-created = Criado em
tokens-ends-with = Termina com
tokens-two-factor = Dois fatores
tokens-used-by-tether = (o Tether entra com ele)
tokens-ignored = Ignorada
tokens-required = Exigida
tokens-regenerate-short = Gerar de novo
tokens-delete-short = Excluir
