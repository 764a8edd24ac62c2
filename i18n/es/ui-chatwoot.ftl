# Las páginas de un espacio de trabajo Chatwoot, en español.

agent-stale = Se muestra lo último que leyó Tether: { $error }
agent-loading = Cargando…

## Ajustes del perfil

agent-profile-title = Ajustes del perfil
agent-availability = Disponibilidad
agent-account = Cuenta
agent-account-option = { $account } ({ $role })
agent-online = En línea
agent-busy = Ocupado
agent-offline = Desconectado
agent-auto-offline = Desconectarme automáticamente cuando no haya iniciado sesión en ningún lugar
agent-profile = Perfil
agent-full-name = Tu nombre completo
agent-display-name = Nombre visible
agent-display-name-help = El nombre que ven los clientes y los demás agentes; tu nombre completo si está vacío.
agent-email = Tu dirección de correo
agent-profile-saved = Tu perfil se actualizó correctamente
agent-email-unconfirmed = Chatwoot envió un enlace de confirmación a { $wanted }. Tu dirección de correo sigue siendo { $kept } hasta que lo abras.
agent-offline-profile = Sin conexión: tu nombre y tu nombre visible se guardan en este equipo y se envían cuando vuelva el servidor; un correo nuevo necesita el servidor.
agent-updating = Actualizando…
agent-update-profile = Actualizar el perfil
agent-password = Contraseña
agent-current-password = Contraseña actual
agent-new-password = Contraseña nueva
agent-password-rules = Reglas de la contraseña
agent-rule-met = (cumplida)
agent-rule-not-met = (aún sin cumplir)
agent-confirm-password = Confirmar la contraseña nueva
agent-passwords-differ = Las dos contraseñas no coinciden.
agent-password-changed = Tu contraseña se cambió.
agent-password-needs-server = Cambiar la contraseña necesita el servidor: vuelve a conectarte primero.
agent-changing = Cambiando…
agent-change-password = Cambiar la contraseña
agent-rule-length = De 6 a 128 caracteres
agent-rule-uppercase = Al menos 1 mayúscula (A–Z)
agent-rule-lowercase = Al menos 1 minúscula (a–z)
agent-rule-digit = Al menos 1 número (0–9)
agent-rule-special = Al menos 1 carácter especial (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## La imagen de perfil

agent-image = Imagen de perfil
agent-image-too-big = Esa imagen ocupa { $size }; Chatwoot acepta imágenes de perfil de hasta { $limit }.
agent-image-saved = Tu imagen de perfil está guardada.
agent-image-removed = Tu imagen de perfil se quitó.
agent-saving = Guardando…
agent-upload = Subir una imagen
agent-remove = Quitar
agent-image-needs-server = La imagen de perfil necesita el servidor: vuelve a conectarte para cambiarla.

## Cambios a la espera del servidor

agent-pending-conflict = «{ $field }» se cambió en el servidor a { $server } mientras lo cambiabas a { $mine }.
agent-pending-refused = «{ $field }» no se aceptó: { $reason }
agent-pending-waiting = { $field }: guardado en este equipo, se envía cuando se pueda acceder al servidor.
agent-keep-mine = Quedarme con el mío
agent-use-server = Usar el del servidor
agent-discard = Descartar mi cambio
agent-field-name = Nombre completo
agent-field-display-name = Nombre visible
agent-field-audio = Notificaciones de sonido
agent-field-flags = Notificaciones por correo y push
agent-field-availability = Disponibilidad
agent-field-auto-offline = Desconectarme automáticamente
agent-value-empty = (vacío)
agent-value-text = «{ $value }»
agent-value-on = activado
agent-value-off = desactivado
agent-value-other = otros ajustes

## Notificaciones

agent-notifications-title = Notificaciones
agent-notifications-offline = Sin conexión: tus cambios se guardan en este equipo y se envían cuando vuelva el servidor.
agent-audio = Notificaciones de sonido
agent-audio-for = Reproducir un sonido para
agent-audio-none = Nada
agent-audio-assigned = Conversaciones asignadas a mí
agent-audio-all = Todas las conversaciones
agent-audio-custom = Elegido en Chatwoot: { $scopes }.
agent-audio-mine = mis conversaciones asignadas
agent-audio-unassigned = conversaciones nuevas que necesitan atención
agent-audio-others = conversaciones asignadas a otros
agent-tone = Tono de alerta
agent-tone-ding = Ding
agent-tone-bell = Campana
agent-tone-chime = Campanilla
agent-tone-magic = Magia
agent-tone-ping = Ping
agent-volume = Volumen
agent-play = Reproducir
agent-only-inactive = Reproducir solo cuando la ventana de Tether no esté activa
agent-repeat = Avisar cada 30 s mientras mis conversaciones asignadas tengan mensajes sin leer
agent-email-notifications = Notificaciones por correo
agent-push-notifications = Notificaciones push
agent-flag-event = { $event ->
        [conversation_creation] se crea una conversación nueva
        [conversation_assignment] se me asigna una conversación
        [conversation_mention] te mencionan en una conversación
        [assigned_conversation_new_message] llega un mensaje nuevo a una conversación asignada
        [participating_conversation_new_message] llega un mensaje nuevo a una conversación en la que participas
        [sla_missed_first_response] una conversación incumple su SLA de primera respuesta
        [sla_missed_next_response] una conversación incumple su SLA de siguiente respuesta
        [sla_missed_resolution] una conversación incumple su SLA de resolución
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] Enviar notificaciones push cuando { $when }
       *[email] Enviar notificaciones por correo cuando { $when }
    }

## Seguridad

agent-security-title = Seguridad
agent-two-factor = Autenticación en dos pasos
agent-two-factor-needs-session = Tether inició sesión en este espacio de trabajo con tu token de acceso. Chatwoot solo permite cambiar el inicio de sesión en dos pasos desde una sesión iniciada con correo y contraseña: cierra la sesión e inicia así para cambiarlo.
agent-two-factor-on-codes = El inicio de sesión en dos pasos está activado.
agent-backup-help = Guarda estos códigos de respaldo en un lugar seguro: cada uno te da acceso una vez si pierdes el teléfono. Solo se muestran ahora.
agent-copied = Copiado
agent-copy-codes = Copiar los códigos
agent-done = Listo
agent-scan = Escanea este código con tu aplicación de autenticación, o escribe la clave, y luego escribe el código de 6 dígitos que muestra.
agent-qr = Clave de autenticación para { $account }
agent-code = Código de la aplicación
agent-turn-on = Activar
agent-turn-off = Desactivar
agent-two-factor-on = Activada: al iniciar sesión se pide un código de tu aplicación de autenticación.
agent-two-factor-off = Desactivada. Con el inicio de sesión en dos pasos, también se pide un código de una aplicación de autenticación.
agent-devices = Dispositivos con sesión iniciada
agent-unknown-device = Dispositivo desconocido
agent-this-tether = (este Tether)
agent-last-active = activo por última vez el { $when }
agent-sign-out = Cerrar sesión
agent-security-none = Este servidor de Chatwoot no ofrece inicio de sesión en dos pasos ni lista de dispositivos con sesión iniciada.

## Token de acceso

agent-token-title = Token de acceso
agent-token-help = Este token sirve para crear integraciones con la API de Chatwoot. Mantenlo en secreto: actúa en tu nombre.
agent-hide = Ocultar
agent-show = Mostrar
agent-copy = Copiar
agent-reset-title = ¿Restablecer el token de acceso?
agent-reset-text = El token actual deja de funcionar al instante: las integraciones y scripts que lo usan se detienen hasta que les des el nuevo.
agent-reset-text-tether = El token actual deja de funcionar al instante: las integraciones y scripts que lo usan se detienen hasta que les des el nuevo. Tether inició sesión con él y pasa al nuevo por sí solo.
agent-reset-token = Restablecer el token
agent-resetting = Restableciendo…
agent-reset-done = Se creó un token nuevo. El anterior ya no funciona.
agent-token-needs-server = El token de acceso necesita el servidor: vuelve a conectarte para verlo, copiarlo o restablecerlo.
