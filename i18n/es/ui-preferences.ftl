# La página Preferencias, en español. Los nombres de las preferencias siguen el catálogo de core.

prefs-title = Preferencias
prefs-offline = No se puede acceder a { $workspace }. Tus cambios se guardan en este equipo y se envían en cuanto vuelva.
prefs-conflicts = { $count ->
        [one] Una preferencia también se cambió en otro lugar: elige qué valor se queda.
       *[other] { $count } preferencias también se cambiaron en otro lugar: elige qué valores se quedan.
    }
prefs-refused = { $count ->
        [one] El servidor rechazó un cambio: míralo abajo.
       *[other] El servidor rechazó { $count } cambios: míralos abajo.
    }
prefs-pending = { $count ->
        [one] Un cambio espera para enviarse.
       *[other] { $count } cambios esperan para enviarse.
    }
prefs-all-saved = Todos los cambios están guardados en el servidor.
prefs-not-read = Aún no se leyó del servidor: se muestran los valores del espacio de trabajo.
prefs-loading = Cargando tus preferencias…
prefs-not-set = Sin definir
prefs-play = Reproducir
prefs-play-sound = Reproducir { $sound }
prefs-words-placeholder = palabra, otra frase
prefs-waiting = Pendiente de envío
prefs-workspace-default = Valor del espacio de trabajo
prefs-changed-by-you = Cambiado por ti
prefs-reset = Restablecer el valor predeterminado ({ $value })
prefs-conflict = Se cambió en otro dispositivo a { $theirs } mientras elegías { $mine } aquí. ¿Cuál se queda?
prefs-take-theirs = Tomar el otro
prefs-keep-mine = Quedarme con el mío
prefs-refused-value = El servidor rechazó «{ $value }»: { $reason }
prefs-drop = Descartar este cambio
prefs-test-title = Probar las notificaciones de escritorio
prefs-test-help = Muestra ahora una notificación en este equipo, para saber que verás los mensajes nuevos.
prefs-test-showing = Mostrando…
prefs-test-send = Enviar una notificación de prueba
prefs-test-shown = Se mostró una notificación de prueba. ¿No la ves? Revisa los ajustes de notificaciones de tu escritorio.

## Un valor en palabras

value-not-set = sin definir
value-on = Activado
value-off = Desactivado
value-no-words = ninguna palabra
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] hora
           *[other] horas
        }
        [seconds] { $value ->
            [one] segundo
           *[other] segundos
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] horas
        [seconds] segundos
       *[other] { $unit }
    }

## Mis datos

data-title = Mis datos
data-help = Tus datos se preparan en una cola; recibirás por correo un enlace al archivo. Una solicitud de cada tipo cada 24 horas.
data-requesting = Solicitando…
data-download = Descargar mis datos (HTML)
data-export = Exportar mis datos (JSON)
data-requested = { $full ->
        [yes] Solicitado: se está preparando tu exportación completa ({ $status }).
       *[no] Solicitado: se están preparando tus datos ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] Hay una solicitud antes.
       *[other] Hay { $ahead } solicitudes antes.
    } Recibirás un correo con el enlace.
data-already = Ya lo pediste el { $asked } (estado: { $status }). Puedes volver a pedirlo después del { $next }.
data-ready = Está listo: mira el enlace en tu correo.
data-unknown-time = un momento desconocido

## Los grupos, en el orden de Rocket.Chat

group-localization = Idioma y región
group-user_presence = Presencia
group-notifications = Notificaciones
group-messages = Mensajes
group-highlights = Resaltados
group-sound = Sonido
group-appearance = Apariencia
group-sidebar = Barra lateral
group-omnichannel = Omnicanal

## Las preferencias

pref-language-workspace = El idioma del espacio de trabajo
pref-language = Idioma
pref-language-help = El idioma de la interfaz de Rocket.Chat.
pref-clockMode = Reloj
pref-clockMode-help = Cómo se muestran las horas.
pref-clockMode-0 = El del idioma
pref-clockMode-1 = 12 horas
pref-clockMode-2 = 24 horas
pref-utcOffset = Diferencia horaria
pref-utcOffset-help = Tu diferencia con UTC en horas, para las horas de los correos.
pref-enableAutoAway = Ausencia automática
pref-enableAutoAway-help = Tu estado pasa a ausente tras el tiempo de inactividad de abajo.
pref-idleTimeLimit = Tiempo de inactividad
pref-idleTimeLimit-help = Segundos sin actividad antes de aparecer ausente (al menos 60).
pref-desktopNotificationRequireInteraction = Exigir una acción para cerrar las notificaciones de escritorio
pref-desktopNotificationRequireInteraction-help = Las notificaciones se quedan hasta que actúas sobre ellas.
pref-desktopNotifications = Mostrar notificaciones de escritorio para
pref-desktopNotifications-help = Qué mensajes muestran una notificación de escritorio.
pref-desktopNotifications-all = Todos los mensajes
pref-desktopNotifications-mentions = Menciones
pref-desktopNotifications-nothing = Nada
pref-pushNotifications = Enviar notificaciones push para
pref-pushNotifications-help = Qué mensajes envían una notificación push a tu teléfono.
pref-pushNotifications-all = Todos los mensajes
pref-pushNotifications-mentions = Menciones
pref-pushNotifications-nothing = Nada
pref-emailNotificationMode = Notificaciones por correo sin conexión
pref-emailNotificationMode-help = Qué mensajes te llegan por correo mientras estás desconectado (tu correo debe estar verificado).
pref-emailNotificationMode-mentions = Cada mención o mensaje directo
pref-emailNotificationMode-nothing = Desactivado
pref-receiveLoginDetectionEmail = Recibir correos de inicio de sesión detectado
pref-receiveLoginDetectionEmail-help = Un correo cada vez que alguien inicia sesión en tu cuenta (espacios Premium).
pref-notifyCalendarEvents = Notificar eventos del calendario
pref-notifyCalendarEvents-help = Notificaciones de los eventos de tu calendario.
pref-enableMobileRinging = Timbre en el móvil
pref-enableMobileRinging-help = Las llamadas suenan en tu teléfono.
pref-desktopNotificationVoiceCalls = Notificaciones de llamadas de voz
pref-desktopNotificationVoiceCalls-help = Notificaciones de escritorio para las llamadas de voz entrantes.
pref-unreadAlert = Aviso de no leídos en la bandeja
pref-unreadAlert-help = El icono de la bandeja se resalta cuando tienes mensajes sin leer.
pref-showThreadsInMainChannel = Mostrar siempre las respuestas de hilos en el canal principal
pref-showThreadsInMainChannel-help = Las respuestas de hilos también aparecen en la sala, elija lo que elija el remitente.
pref-alsoSendThreadToChannel = Enviar también los mensajes de hilos al canal
pref-alsoSendThreadToChannel-help = Cómo empieza la casilla «Enviar también al canal» al responder en un hilo.
pref-alsoSendThreadToChannel-default = Marcada en la primera respuesta, desmarcada en las demás
pref-alsoSendThreadToChannel-always = Marcada por defecto
pref-alsoSendThreadToChannel-never = Desmarcada por defecto
pref-useEmojis = Usar emojis
pref-useEmojis-help = Mostrar el selector de emojis y los emojis.
pref-convertAsciiEmoji = Convertir ASCII en emoji
pref-convertAsciiEmoji-help = Escribir :) muestra 🙂.
pref-autoImageLoad = Cargar imágenes automáticamente
pref-autoImageLoad-help = Las imágenes se cargan sin hacer clic.
pref-saveMobileBandwidth = Ahorrar datos móviles
pref-saveMobileBandwidth-help = Usar menos datos en conexiones móviles.
pref-collapseMediaByDefault = Contraer los medios incrustados por defecto
pref-collapseMediaByDefault-help = Las imágenes y vídeos de los mensajes empiezan contraídos.
pref-hideFlexTab = Ocultar la barra contextual al hacer clic fuera
pref-hideFlexTab-help = El panel lateral de la sala se cierra al hacer clic en otro lugar.
pref-displayAvatars = Mostrar avatares
pref-displayAvatars-help = Mostrar las fotos de las personas junto a sus mensajes.
pref-hideUsernames = Ocultar nombres de usuario
pref-hideUsernames-help = Mostrar solo nombres, no @nombres de usuario, en los mensajes.
pref-hideRoles = Ocultar roles
pref-hideRoles-help = No mostrar etiquetas de rol junto a los nombres.
pref-mentionsWithSymbol = Mostrar las menciones con el símbolo @
pref-mentionsWithSymbol-help = Las menciones conservan su @ al mostrarse.
pref-sendOnEnter = Comportamiento de la tecla Intro
pref-sendOnEnter-help = Lo que hace la tecla Intro en el cuadro de mensaje.
pref-sendOnEnter-normal = Modo normal (enviar con Intro)
pref-sendOnEnter-alternative = Modo alternativo (enviar con Intro + Ctrl/Alt/Mayús/Cmd)
pref-sendOnEnter-desktop = Modo escritorio (enviar con Intro solo en un ordenador)
pref-highlights = Palabras resaltadas
pref-highlights-help = Palabras o frases, separadas por comas, que te avisan cuando alguien las escribe.
pref-newRoomNotification = Notificación de sala nueva
pref-newRoomNotification-help = El sonido cuando te añaden a una sala.
pref-newMessageNotification = Notificación de mensaje nuevo
pref-newMessageNotification-help = El sonido de cada mensaje nuevo.
pref-muteFocusedConversations = Silenciar las conversaciones abiertas
pref-muteFocusedConversations-help = Sin sonido para la sala que estás mirando.
pref-masterVolume = Volumen general
pref-masterVolume-help = El volumen de todos los sonidos.
pref-notificationsSoundVolume = Volumen de las notificaciones
pref-notificationsSoundVolume-help = El volumen de los sonidos de notificación, dentro del volumen general.
pref-voipRingerVolume = Volumen del timbre de llamadas
pref-voipRingerVolume-help = El volumen del timbre de las llamadas entrantes.
pref-themeAppearence = Tema
pref-themeAppearence-help = Colores claros, oscuros o de alto contraste.
pref-themeAppearence-auto = Como el sistema
pref-themeAppearence-light = Claro
pref-themeAppearence-dark = Oscuro
pref-themeAppearence-high-contrast = Alto contraste
pref-fontSize = Tamaño de letra
pref-fontSize-help = El tamaño del texto en el cliente web.
pref-fontSize-14px = Pequeño
pref-fontSize-100pct = Predeterminado
pref-fontSize-18px = Mediano
pref-fontSize-20px = Grande
pref-fontSize-24px = Muy grande
pref-sidebarShowFavorites = Agrupar favoritos
pref-sidebarShowFavorites-help = Las salas favoritas tienen su propia sección.
pref-sidebarShowUnread = Agrupar salas no leídas
pref-sidebarShowUnread-help = Las salas con mensajes sin leer tienen su propia sección.
pref-sidebarGroupByType = Agrupar por tipo
pref-sidebarGroupByType-help = Canales, equipos y mensajes directos en secciones separadas.
pref-sidebarSortby = Ordenar salas por
pref-sidebarSortby-help = El orden de la lista de salas.
pref-sidebarSortby-activity = Actividad
pref-sidebarSortby-alphabetical = Nombre
pref-sidebarViewMode = Vista de la lista de salas
pref-sidebarViewMode-help = Cuánto muestra cada sala de la lista.
pref-sidebarViewMode-extended = Extendida
pref-sidebarViewMode-medium = Media
pref-sidebarViewMode-condensed = Compacta
pref-sidebarDisplayAvatar = Mostrar avatares en la lista de salas
pref-sidebarDisplayAvatar-help = Imágenes junto a los nombres de las salas.
pref-omnichannelTranscriptEmail = Enviar siempre la transcripción por correo
pref-omnichannelTranscriptEmail-help = La transcripción de cada conversación cerrada te llega por correo.
pref-omnichannelTranscriptPDF = Exportar siempre la transcripción en PDF
pref-omnichannelTranscriptPDF-help = La transcripción de cada conversación cerrada se guarda en PDF (Premium).
pref-omnichannelHideConversationAfterClosing = Ocultar las conversaciones al cerrarlas
pref-omnichannelHideConversationAfterClosing-help = Una conversación cerrada sale de tu lista.

## Los sonidos incluidos en Rocket.Chat

sound-chime = Campanilla
sound-door = Puerta
sound-beep = Pitido
sound-chelle = Chelle
sound-ding = Ding
sound-droplet = Gota
sound-highbell = Campana aguda
sound-seasons = Estaciones
sound-telephone = Teléfono
sound-outbound-call-ringing = Llamada saliente sonando
sound-call-ended = Llamada finalizada
sound-dialtone = Tono de marcado
sound-ringtone = Tono de llamada
sound-none = Sin sonido
