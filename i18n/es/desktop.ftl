# Las palabras de Tether fuera de la ventana: la bandeja y la línea de órdenes.

## Primera línea y descripción emergente de la bandeja

tray-nothing = Nada sin leer
tray-mentions-in = { $count ->
        [one] { $count } mención sin leer
       *[other] { $count } menciones sin leer
    } en { $workspace }
tray-mentions-across = { $count ->
        [one] { $count } mención sin leer
       *[other] { $count } menciones sin leer
    } en { $workspaces } espacios de trabajo
tray-unread-in = { $count ->
        [one] { $count } mensaje sin leer
       *[other] { $count } mensajes sin leer
    } en { $workspace }
tray-unread-across = { $count ->
        [one] { $count } mensaje sin leer
       *[other] { $count } mensajes sin leer
    } en { $workspaces } espacios de trabajo
tray-dot-in = Mensajes sin leer en { $workspace }
tray-dot-across = Mensajes sin leer en { $workspaces } espacios de trabajo
tray-sign-in-to = Vuelve a iniciar sesión en { $workspace }
tray-sign-in-across = Vuelve a iniciar sesión en { $workspaces } espacios de trabajo
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether: { $summary }

## La línea de un espacio de trabajo en el menú

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (último dato conocido; reconectando)
tray-detail-sign-in = vuelve a iniciar sesión
tray-detail-mentions = { $mentions ->
        [one] { $mentions } mención
       *[other] { $mentions } menciones
    }, { $unread } sin leer
tray-detail-unread = { $unread } sin leer
tray-detail-dot = mensajes sin leer
tray-detail-nothing = nada sin leer

## Las entradas del menú

tray-open = Abrir Tether
tray-quit = Salir de Tether
tray-notifications-on = Notificaciones activadas
tray-muted = Notificaciones silenciadas
tray-muted-until = Notificaciones silenciadas hasta las { $time }
tray-muted-until-day = Notificaciones silenciadas hasta el { $day } a las { $time }
tray-mute-hour = Silenciar las notificaciones 1 hora
tray-mute-tomorrow = Silenciar las notificaciones hasta mañana
tray-back-on = Volver a activar las notificaciones
tray-start-hidden = Iniciar oculto al iniciar sesión

## Días de la semana

weekday = { $day ->
        [mon] lunes
        [tue] martes
        [wed] miércoles
        [thu] jueves
        [fri] viernes
        [sat] sábado
       *[sun] domingo
    }

## Las notificaciones de escritorio del propio Tether

notify-test-title = Tether: notificación de prueba
notify-test-body = Así se verán las notificaciones de { $workspace }. Haz clic para abrir el espacio de trabajo en tu navegador.
notify-test-body-tether = Así se verán las notificaciones de Tether.
notify-tray-title = Tether sigue en marcha
notify-tray-body = Sigue vigilando tus espacios de trabajo desde la bandeja. Para salir, elige «{ $quit }» en el menú de la bandeja.
notify-unnamed-contact = Un contacto
