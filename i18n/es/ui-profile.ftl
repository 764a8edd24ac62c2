# La página Perfil, en español.

profile-title = Perfil
profile-loading = Cargando tu perfil…
profile-shown-as-saved = Se muestra tu perfil tal como se guardó el { $date }.
profile-offline = Sin conexión — no se puede acceder a { $workspace }.
profile-trust = Confiar en este certificado
profile-connecting = Conectando…
profile-nickname = Apodo
profile-bio = Biografía
profile-email = Correo electrónico
profile-roles = Roles
profile-verified = Verificado
profile-not-verified = Sin verificar
profile-up-to-date = Al día con el servidor.
profile-saved-on = Guardado el { $date }.

## Cambios hechos sin conexión, a la espera del servidor

pending-waiting = Pendiente de envío: { $fields }.
pending-refused = Tu cambio sin conexión de «{ $field }» a «{ $value }» no se aceptó. { $reason }
pending-conflict = «{ $field }» se cambió en el servidor a «{ $server }» mientras lo cambiabas aquí a «{ $value }». ¿Cuál se queda?
pending-keep-server = Quedarse con el del servidor
pending-keep-mine = Quedarse con el mío
pending-try-mine = Volver a enviar el mío

## Los nombres de los campos

field-name = Nombre
field-username = Nombre de usuario
field-nickname = Apodo
field-bio = Biografía
field-status = Estado
field-status-text = Mensaje de estado
field-email = Correo electrónico

## Editar el perfil

profile-locked = El espacio de trabajo no permite cambiar esto.
profile-old-server = El Rocket.Chat de este espacio de trabajo es anterior a la 6.4: cámbialo en su cliente web.
profile-sso = Tu cuenta inicia sesión mediante un proveedor de identidad (inicio de sesión único o LDAP): cámbialo allí.
profile-username-available = { $username } está disponible.
profile-username-taken = { $username } ya está en uso. Elige otro.
profile-username-invalid = { $username } no puede ser un nombre de usuario aquí.
profile-presence = Los demás te ven { $presence ->
        [online] en línea
        [away] ausente
        [busy] ocupado
       *[offline] desconectado
    } ahora.
profile-presence-no-app = Los demás te ven desconectado ahora (ninguna de tus aplicaciones está conectada).
profile-not-verified-yet = Aún sin verificar.
profile-verification-sent = Enviamos un nuevo correo de verificación a { $address }.
profile-sending = Enviando…
profile-resend-verification = Reenviar el correo de verificación
profile-custom-fields = Más sobre ti
profile-custom-required = { $field } (obligatorio)
profile-custom-needs-server = Los campos personalizados necesitan el servidor: vuelve a conectarte para cambiarlos.
profile-new-password = Contraseña nueva
profile-confirm-password = Confirmar la contraseña nueva
profile-password-rules = Reglas de la contraseña
profile-rule-met = (cumplida)
profile-rule-not-met = (aún sin cumplir)
profile-passwords-differ = Las dos contraseñas no coinciden.
profile-passwords-differ-error = Las dos contraseñas nuevas no coinciden. Escribe la misma dos veces.
profile-needs-server = El nombre de usuario, el correo y la contraseña se cambian con el servidor: vuelve a conectarte.
profile-queued = Guardado en este equipo. Tether lo envía cuando se pueda volver a acceder al espacio de trabajo, incluso tras reiniciar.
profile-save = Guardar cambios
profile-save-label = Guardar tu perfil

## Lo que el servidor no aceptó al guardar

not-kept-field = { $field ->
        [name] nombre
        [username] nombre de usuario
        [nickname] apodo
        [bio] biografía
        [status] estado
        [status_text] mensaje de estado
       *[email] correo electrónico
    }
# $kept es not-kept-empty o not-kept-as.
not-kept-empty = vacío
not-kept-as = como «{ $value }»
not-kept-cleared = El servidor mantuvo tu { $field } { $kept }: este espacio de trabajo no vacía ese campo ({ $field }). Para cambiarlo, escribe uno nuevo.
not-kept-other = El servidor mantuvo tu { $field } { $kept } en lugar de «{ $wanted }».

## Reglas de la contraseña

rule-min-length = { $count ->
        [one] Al menos 1 carácter
       *[other] Al menos { $count } caracteres
    }
rule-max-length = { $count ->
        [one] Como máximo 1 carácter
       *[other] Como máximo { $count } caracteres
    }
rule-no-repeating = { $count ->
        [one] Ningún carácter dos veces seguidas
       *[other] Ningún carácter más de { $count } veces seguidas
    }
rule-lowercase = Una minúscula (a–z)
rule-uppercase = Una mayúscula (A–Z)
rule-number = Un número (0–9)
rule-special = Un símbolo, como ! ? # o -

## Otras sesiones

sessions-title = Otras sesiones
sessions-done = Todos los demás lugares cerraron sesión. Este dispositivo sigue conectado.
sessions-confirm = ¿Cerrar la sesión de todos los demás navegadores, aplicaciones y dispositivos conectados como @{ $username }? Este dispositivo sigue conectado.
sessions-busy = Cerrando sesión…
sessions-sign-out = Cerrar sus sesiones
sessions-open = Cerrar sesión en otros lugares

## El avatar

avatar-label = Avatar
avatar-uploading = Subiendo…
avatar-upload = Subir una imagen
avatar-from-web = Usar una imagen de la web
avatar-reset-done = Tu avatar vuelve a mostrar tus iniciales.
avatar-resetting = Restableciendo…
avatar-reset = Usar mis iniciales
avatar-saved = Tu nuevo avatar está guardado.
avatar-address = Dirección de la imagen (PNG, JPEG o WebP)
avatar-use = Usar esta imagen
avatar-locked = El espacio de trabajo no permite cambiar los avatares.
avatar-needs-server = Cambiar el avatar necesita el servidor: vuelve a conectarte.
avatar-limit = PNG, JPEG, GIF o WebP, hasta { $size }.
avatar-wrong-type = Elige una imagen PNG, JPEG, GIF o WebP.
avatar-too-big = Esa imagen ocupa { $size }; el espacio de trabajo acepta como máximo { $limit }. Elige una más pequeña.

## Eliminar la cuenta

delete-title = Eliminar mi cuenta
delete-summary = Elimina para siempre tu cuenta @{ $username } en { $workspace }. No se puede deshacer.
delete-needs-server = Eliminar tu cuenta necesita el servidor: vuelve a conectarte primero.
delete-password = Tu contraseña
delete-type-username = Escribe tu nombre de usuario, { $username }, para confirmar
delete-only-owner = Eres el único propietario de algunas salas.
delete-rooms-removed = Estas salas se eliminarán, porque nadie más está en ellas:
delete-rooms-new-owner = Estas salas tendrán a otro miembro como nuevo propietario:
delete-busy = Eliminando…
delete-agree = Aceptar y eliminar mi cuenta
