# A página Perfil, em português do Brasil.

profile-title = Perfil
profile-loading = Carregando seu perfil…
profile-shown-as-saved = Mostrando seu perfil como salvo em { $date }.
profile-offline = Offline — não é possível acessar { $workspace }.
profile-trust = Confiar neste certificado
profile-connecting = Conectando…
profile-nickname = Apelido
profile-bio = Bio
profile-email = E-mail
profile-roles = Funções
profile-verified = Verificado
profile-not-verified = Não verificado
profile-up-to-date = Em dia com o servidor.
profile-saved-on = Salvo em { $date }.

## Alterações feitas offline, aguardando o servidor

pending-waiting = Aguardando envio: { $fields }.
pending-refused = Sua alteração offline de “{ $field }” para “{ $value }” não foi aceita. { $reason }
pending-conflict = “{ $field }” foi alterado no servidor para “{ $server }” enquanto você o alterava aqui para “{ $value }”. Qual fica?
pending-keep-server = Manter o do servidor
pending-keep-mine = Manter o meu
pending-try-mine = Enviar o meu de novo

## Os nomes dos campos

field-name = Nome
field-username = Nome de usuário
field-nickname = Apelido
field-bio = Bio
field-status = Status
field-status-text = Mensagem de status
field-email = E-mail

## Editar o perfil

profile-locked = O workspace não permite alterar isto.
profile-old-server = O Rocket.Chat deste workspace é anterior à 6.4: altere isto no cliente web.
profile-sso = Sua conta entra por um provedor de identidade (login único ou LDAP): altere isto lá.
profile-username-available = { $username } está disponível.
profile-username-taken = { $username } já está em uso. Escolha outro.
profile-username-invalid = { $username } não pode ser um nome de usuário aqui.
profile-presence = Os outros veem você { $presence ->
        [online] online
        [away] ausente
        [busy] ocupado
       *[offline] offline
    } agora.
profile-presence-no-app = Os outros veem você offline agora (nenhum app seu está conectado).
profile-not-verified-yet = Ainda não verificado.
profile-verification-sent = Enviamos um novo e-mail de verificação para { $address }.
profile-sending = Enviando…
profile-resend-verification = Reenviar o e-mail de verificação
profile-custom-fields = Mais sobre você
profile-custom-required = { $field } (obrigatório)
profile-custom-needs-server = Os campos personalizados precisam do servidor: reconecte para alterá-los.
profile-new-password = Nova senha
profile-confirm-password = Confirmar a nova senha
profile-password-rules = Regras da senha
profile-rule-met = (atendida)
profile-rule-not-met = (ainda não atendida)
profile-passwords-differ = As duas senhas são diferentes.
profile-passwords-differ-error = As duas novas senhas são diferentes. Digite a mesma senha duas vezes.
profile-needs-server = Nome de usuário, e-mail e senha só mudam com o servidor: reconecte.
profile-queued = Salvo neste computador. O Tether envia quando o workspace puder ser acessado de novo, mesmo depois de reiniciar.
profile-save = Salvar alterações
profile-save-label = Salvar seu perfil

## O que o servidor não aceitou ao salvar

not-kept-field = { $field ->
        [name] o nome
        [username] o nome de usuário
        [nickname] o apelido
        [bio] a bio
        [status] o status
        [status_text] a mensagem de status
       *[email] o endereço de e-mail
    }
# $kept é not-kept-empty ou not-kept-as.
not-kept-empty = vazio
not-kept-as = como “{ $value }”
not-kept-cleared = O servidor manteve { $field } { $kept }: este workspace não apaga esse campo. Para alterá-lo, digite um novo valor.
not-kept-other = O servidor manteve { $field } { $kept } em vez de “{ $wanted }”.

## Regras da senha

rule-min-length = { $count ->
        [one] Pelo menos 1 caractere
       *[other] Pelo menos { $count } caracteres
    }
rule-max-length = { $count ->
        [one] No máximo 1 caractere
       *[other] No máximo { $count } caracteres
    }
rule-no-repeating = { $count ->
        [one] Nenhum caractere duas vezes seguidas
       *[other] Nenhum caractere mais de { $count } vezes seguidas
    }
rule-lowercase = Uma letra minúscula (a–z)
rule-uppercase = Uma letra maiúscula (A–Z)
rule-number = Um número (0–9)
rule-special = Um símbolo, como ! ? # ou -

## Outras sessões

sessions-title = Outras sessões
sessions-done = Todos os outros lugares saíram. Este dispositivo continua conectado.
sessions-confirm = Sair de todos os outros navegadores, apps e dispositivos conectados como @{ $username }? Este dispositivo continua conectado.
sessions-busy = Saindo…
sessions-sign-out = Sair deles
sessions-open = Sair de outros locais conectados

## O avatar

avatar-label = Avatar
avatar-uploading = Enviando…
avatar-upload = Enviar uma imagem
avatar-from-web = Usar uma imagem da web
avatar-reset-done = Seu avatar voltou a mostrar suas iniciais.
avatar-resetting = Redefinindo…
avatar-reset = Usar minhas iniciais
avatar-saved = Seu novo avatar foi salvo.
avatar-address = Endereço da imagem (PNG, JPEG ou WebP)
avatar-use = Usar esta imagem
avatar-locked = O workspace não permite alterar avatares.
avatar-needs-server = Alterar o avatar precisa do servidor: reconecte.
avatar-limit = PNG, JPEG, GIF ou WebP, até { $size }.
avatar-wrong-type = Escolha uma imagem PNG, JPEG, GIF ou WebP.
avatar-too-big = Essa imagem tem { $size }; o workspace aceita no máximo { $limit }. Escolha uma menor.

## Excluir a conta

delete-title = Excluir minha conta
delete-summary = Exclui de vez sua conta @{ $username } em { $workspace }. Não é possível desfazer.
delete-needs-server = Excluir sua conta precisa do servidor: reconecte primeiro.
delete-password = Sua senha
delete-type-username = Digite seu nome de usuário, { $username }, para confirmar
delete-only-owner = Você é o único dono de algumas salas.
delete-rooms-removed = Estas salas serão removidas, já que ninguém mais está nelas:
delete-rooms-new-owner = Estas salas terão outro membro como novo dono:
delete-busy = Excluindo…
delete-agree = Concordar e excluir minha conta
