# Las palabras de la línea de órdenes, en español. Las órdenes y opciones no se traducen.

cli-usage =
    Uso:
      tether                                   abrir Tether
      tether notify test [--require-interaction]
                                               mostrar una notificación de prueba
      tether sound list                        listar los sonidos (incluidos, luego los de cada espacio de trabajo)
      tether sound play <id> [--volume 0-100]  reproducir un sonido (volumen 100 si no se indica)
      tether update check                      decir si hay un Tether más nuevo
      tether update install                    descargarlo, verificarlo e instalarlo (reiniciar después)
      tether --hidden                          abrir Tether en la bandeja, sin ventana
      tether --help                            este texto

    Códigos de salida: 0 hecho (o al día), 1 otro fallo, 2 uso incorrecto, 3 sin servicio de
    notificaciones, 4 notificaciones desactivadas para Tether, 5 el «no molestar» del escritorio
    está activo, 6 el servicio de notificaciones no respondió, 7 sin dispositivo de audio, 8 no
    existe ese sonido, 9 el archivo de sonido no se puede reproducir, 10 hay una actualización,
    11 no se pudieron buscar actualizaciones, 12 la actualización no está firmada con la clave de
    Tether, 13 esta copia no puede instalar actualizaciones (no se instaló desde un paquete de
    Tether), 14 el administrador desactivó las actualizaciones, 15 la instalación falló,
    16 la descarga falló.
    Entorno: TETHER_DATA_DIR (dónde guarda Tether sus datos), TETHER_LOG (filtro del registro),
    TETHER_DISABLE_UPDATES=1 (sin búsqueda de actualizaciones; también update.json junto a la
    aplicación o en /etc/tether con {"{"}"enabled": false{"}"}).
cli-bad-volume = el volumen es un número entero de 0 a 100, no «{ $volume }»
cli-unknown-command = orden desconocida «{ $command }»
cli-cannot-start = no se puede iniciar: { $reason }
cli-notification-shown = Se mostró una notificación de prueba.
cli-notification-shown-sticky = Se mostró una notificación de prueba; se queda hasta que la cierres.
cli-sound-custom = (propio del espacio de trabajo)
cli-sound-played = Se reprodujo «{ $sound }» con volumen { $volume }.
cli-up-to-date = Tether { $version } está al día.
cli-update-available = Tether { $version } está disponible (tienes { $current }).
cli-update-available-size = Tether { $version } está disponible (tienes { $current }, { $size }).
cli-update-not-applied = Ya se intentó instalar esta versión y no se aplicó; las búsquedas automáticas ya no la ofrecen.
cli-update-skipped = Elegiste omitir esta versión; las búsquedas automáticas no la ofrecen.
cli-update-admin = Instalarla requiere permisos de administrador: el escritorio puede pedir una contraseña.
cli-update-installed = Tether { $version } está instalado. Reinicia Tether para usarlo.
cli-downloading = descargando: { $received } de { $total } bytes ({ $percent })
cli-downloading-unknown = descargando: { $received } bytes
