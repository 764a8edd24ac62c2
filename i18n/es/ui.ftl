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

## Actualizaciones (Acerca de)

update-title = Actualizaciones
update-installed = Tether se actualizó a { $version }.
update-not-applied = La actualización a { $version } no se aplicó: Tether sigue en { $running }. No se volverá a ofrecer automáticamente; «Buscar actualizaciones» la sigue mostrando.
update-skipped = omitida
update-failed-before = La instalación de esta versión ya falló antes.
update-not-installable = Esta copia de Tether no se instaló desde un paquete de Tether, así que no se reemplaza a sí misma.
update-get-from = Consigue Tether { $version } en { $page }.
update-get-elsewhere = Consíguela donde conseguiste esta copia, o en los paquetes de tu distribución.
update-progress = Progreso de la descarga
update-password-note = Tu sistema puede pedir una contraseña de administrador para instalarla.
update-install = Instalar y reiniciar
update-download = Descargar
update-skip = Omitir esta versión
update-check = Buscar actualizaciones
update-settings = Ajustes
update-automatic = Buscar actualizaciones automáticamente (al iniciar y cada pocas horas)
update-channel = Canal de versiones
update-stable = Versiones estables
update-beta = También versiones beta (antes, menos probadas)
update-deb = Instalado desde el paquete .deb de Tether
update-rpm = Instalado desde el paquete .rpm de Tether
update-appimage = AppImage ({ $path })
update-windows = Instalado con el instalador de Windows de Tether
update-mac = Tether.app
update-not-managed = No instalado desde un paquete de Tether ({ $path })
update-not-checked = Aún sin comprobar.
update-checking = Buscando actualizaciones…
update-passed-over = No se ofrece ninguna actualización (comprobado el { $checked }): { $version } se omitió o no se instaló antes. «Buscar actualizaciones» la muestra.
update-up-to-date = Tether { $version } está al día (comprobado el { $checked }).
update-available = Tether { $version } está disponible.
update-downloading = Descargando…
update-downloading-percent = Descargando… { $percent }
update-ready = Tether { $version } está descargado y verificado.
update-installing = Instalando Tether { $version }…

## Quitar un espacio de trabajo

remove-title = ¿Quitar { $workspace }?
remove-signed-in = Tether cierra la sesión de @{ $username } en { $address }, borra la sesión guardada de tu llavero y todo lo que guarda de este espacio de trabajo en este equipo, incluidos los cambios aún no enviados. Tu cuenta en el servidor no cambia.
remove-signed-out = Tether borra la sesión guardada de tu llavero y todo lo que guarda de este espacio de trabajo en este equipo, incluidos los cambios aún no enviados. Tu cuenta en el servidor no cambia.
remove-busy = Quitando…
remove-confirm = Quitar
