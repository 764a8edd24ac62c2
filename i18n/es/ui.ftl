# La ventana de Tether, en español.

## El marco de la ventana

shell-add-workspace-back = ← Añadir un espacio de trabajo
shell-about-link = Acerca de Tether
nav-account = Cuenta
nav-profile = Perfil
nav-preferences = Preferencias
nav-security = Seguridad
nav-tokens = Tokens de acceso personal
nav-notifications = Notificaciones
nav-access-token = Token de acceso
nav-administration = Administración
nav-users = Usuarios
nav-tether = Tether
nav-about = Acerca de

## El modo «no molestar» de Tether

quiet-title = Notificaciones
quiet-on = Activadas
quiet-muted-until = Silenciadas hasta las { $time }
quiet-turn-on = Volver a activar
quiet-mute-hour = Silenciar 1 hora
quiet-mute-tomorrow = Silenciar hasta mañana

## El selector de espacios de trabajo

switcher-none = Ningún espacio de trabajo
switcher-not-signed-in = Sin sesión iniciada
switcher-chatwoot = Chatwoot
switcher-add = Añadir espacio de trabajo
switcher-sign-out = Cerrar sesión en { $workspace }
switcher-remove = Quitar { $workspace }…
switcher-unread =
    { $mentions ->
        [one] { $mentions } mención
       *[other] { $mentions } menciones
    }, { $unread ->
        [one] { $unread } sin leer
       *[other] { $unread } sin leer
    }
switcher-unread-dot = Mensajes sin leer
switcher-stale = { $counts } (último dato conocido; reconectando)

## La conexión de un espacio de trabajo

connection-online = En línea
connection-connecting = Conectando…
connection-offline = Sin conexión
connection-certificate-untrusted = Certificado no fiable
connection-signed-out = Sesión cerrada
connection-not-signed-in = Sin sesión iniciada

## Acerca de

about-title = Acerca de Tether
about-summary = Gestiona tus cuentas de chat desde una aplicación de escritorio pequeña y rápida.
about-licence = Software libre bajo la licencia MIT o la Apache 2.0, a tu elección.
about-shortcuts = Atajos de teclado
about-help = Ayuda e informes de errores
about-open-logs = Abrir la carpeta de registros
about-copy-diagnostics = Copiar el diagnóstico
about-diagnostics-copied = Copiado. Solo menciona versiones y servicios del escritorio: ni direcciones, ni nombres de usuario, ni tokens.

## Atajos de teclado (las teclas no se traducen)

shortcut-workspace = Mostrar del primer al noveno espacio de trabajo
shortcut-preferences = Abrir las preferencias (en Chatwoot: los ajustes de notificación)
shortcut-close = Cerrar la ventana (Tether sigue en la bandeja si la hay)
shortcut-escape = Cerrar un diálogo o un menú; el foco vuelve a donde estaba
shortcut-tab = Pasar de un control a otro

## Añadir un espacio de trabajo

add-title = Añadir un espacio de trabajo
add-hint = Escribe la dirección de tu espacio de trabajo de Rocket.Chat o Chatwoot, como en el navegador.
add-address = Dirección del espacio de trabajo
add-certificate-changed = El certificado ha cambiado
add-certificate-untrusted = Certificado no fiable
add-fingerprint = Huella SHA-256 de { $host }
add-trust = Confiar en este certificado
add-connecting = Conectando…
add-connect = Conectar

## Iniciar sesión

signin-title = Iniciar sesión en { $workspace }
signin-two-factor = Autenticación en dos pasos
signin-back = Volver
signin-method = Método de inicio de sesión
signin-email = Correo electrónico
signin-username-or-email = Usuario o correo electrónico
signin-password = Contraseña
signin-token = Token de acceso
signin-chatwoot-token-hint = Para cuentas con inicio de sesión único: copia el token de acceso de Chatwoot (Ajustes del perfil › Token de acceso) y pégalo aquí.
signin-rocketchat-token-hint = Para cuentas con inicio de sesión único, o espacios sin inicio de sesión con contraseña: crea un token de acceso personal en el cliente web (Cuenta › Tokens de acceso personal) y pégalo aquí con el ID de usuario que aparece al lado.
signin-user-id = ID de usuario
signin-personal-token = Token de acceso personal
signin-busy = Iniciando sesión…
signin-submit = Iniciar sesión

## Palabras que comparten varias páginas

common-cancel = Cancelar
common-saving = Guardando…
common-saved = Guardado.
common-try-again = Reintentar
common-trying = Reintentando…
common-none = —
status-online = En línea
status-away = Ausente
status-busy = Ocupado
status-offline = Desconectado
