# Las páginas Seguridad y Tokens de acceso personal, y la petición del segundo factor, en español.

## La petición del segundo factor

second-factor-password = Confirma con tu contraseña actual
second-factor-email = Escribe el código que el espacio de trabajo te envió por correo
second-factor-totp = Escribe el código de tu aplicación de autenticación (o un código de respaldo)
second-factor-backup = Escribe uno de tus códigos de respaldo de 8 caracteres. Cada uno sirve una vez.
second-factor-prompt = { $action }: { $prompt }
second-factor-resent = Un código nuevo va camino de tu correo. Los códigos anteriores ya no sirven.
second-factor-emailed = Enviamos un código de 6 dígitos a la dirección de { $account }.
second-factor-emailed-account = Enviamos un código de 6 dígitos a la dirección de tu cuenta.
second-factor-email-received = Escribe el código del correo que ya recibiste.
second-factor-expires = Caduca a las { $time }.
second-factor-use-app = Usar la aplicación de autenticación
second-factor-use-backup = Usar un código de respaldo
second-factor-resend = Volver a enviar el código
second-factor-checking = Comprobando…
second-factor-confirm = Confirmar

## Seguridad

security-title = Seguridad
security-loading = Cargando…
security-two-factor = Autenticación en dos pasos
security-two-factor-off = Este espacio de trabajo tiene desactivada la autenticación en dos pasos.
security-totp = Aplicación de autenticación
security-totp-on = Activada. { $left ->
        [one] Queda 1 de 12 códigos de respaldo.
       *[other] Quedan { $left } de 12 códigos de respaldo.
    }
security-totp-code = Código de la aplicación (o un código de respaldo)
security-totp-regenerate = Nuevos códigos de respaldo
security-turn-off = Desactivar
security-turn-on = Activar
security-totp-qr = Código QR para añadir esta cuenta a una aplicación de autenticación
security-totp-scan = Escanea el código con tu aplicación de autenticación o escribe en ella esta clave ({ $account }):
security-totp-enter = Luego escribe el código de 6 dígitos que muestra
security-totp-verify = Verificar y activar
security-totp-off = Desactivada. Los inicios de sesión pedirán un código de una aplicación como Google Authenticator, 2FAS o KeePassXC.
security-totp-turn-on = Activar la aplicación de autenticación
security-backup-title = Tus códigos de respaldo, mostrados solo esta vez.
security-backup-help = Cada uno sirve una vez, en lugar de un código de la aplicación, si pierdes el teléfono. Guárdalos en un lugar seguro.
security-copied = Copiado
security-copy-all = Copiar todo
security-save-file = Guardar en un archivo
security-kept = Ya los guardé
security-saved-to = Guardado en { $path }
security-email = Códigos por correo
security-email-on = Activado: los inicios de sesión sin la aplicación reciben un código en { $email }.
security-email-unverified = El espacio de trabajo solo envía códigos a una dirección verificada, y { $email } aún no está verificada. Usa «Reenviar el correo de verificación» en la página Perfil, abre el enlace de ese correo y vuelve aquí.
security-email-unverified-unknown = El espacio de trabajo solo envía códigos a una dirección verificada, y tu correo aún no está verificado. Usa «Reenviar el correo de verificación» en la página Perfil, abre el enlace de ese correo y vuelve aquí.
security-email-off = Desactivado. Activarlo cierra la sesión de tus otros dispositivos.
security-email-turn-on = Activar los códigos por correo
security-email-turn-off = Desactivar los códigos por correo
security-devices = Dispositivos
security-device = Dispositivo
security-system = Sistema
security-address = Dirección
security-signed-in = Inicio de sesión
security-this-device = (este dispositivo)
security-sign-out = Cerrar sesión
security-devices-unavailable = Este espacio de trabajo no lista dispositivos (función Premium). Aun así puedes cerrar la sesión en todos los demás lugares.
security-sign-out-others = Cerrar todas las demás sesiones
security-others-done = Todas las demás sesiones están cerradas; esta sigue abierta.
security-e2e = Cifrado de extremo a extremo
security-e2e-help = La contraseña de cifrado abre tus salas cifradas en dispositivos nuevos. Cambiarla aquí vuelve a cifrar tu clave en este equipo; el servidor nunca ve ninguna de las dos contraseñas.
security-e2e-current = Contraseña de cifrado actual
security-e2e-new = Contraseña de cifrado nueva
security-e2e-confirm = Confirmar la contraseña de cifrado nueva
security-e2e-differ = Las dos contraseñas de cifrado nuevas no coinciden. Escribe la misma dos veces.
security-e2e-change = Cambiar la contraseña de cifrado
security-e2e-changed = Contraseña de cifrado cambiada.
security-e2e-no-keys = Aún no hay clave de cifrado: el primer cliente que abra una sala cifrada creará una.
security-reset-title = Restablecer la clave de cifrado
security-reset-help = Elimina tu clave: pierdes el acceso a los mensajes cifrados hasta que los miembros de esas salas vuelvan a estar en línea. Cierra tu sesión en todas partes, también aquí.
security-reset-confirm = ¿Restablecer la clave y cerrar la sesión en todos los dispositivos, incluido este?
security-reset-go = Restablecer y cerrar sesión
security-reset-open = Restablecer la clave…

## Tokens de acceso personal

tokens-title = Tokens de acceso personal
tokens-not-allowed = Este espacio de trabajo no permite que tu cuenta tenga tokens de acceso personal (el permiso «create-personal-access-tokens»).
tokens-help = Un token permite que un script o una herramienta actúe en tu nombre mediante la API REST del espacio de trabajo. Tether muestra un token nuevo una vez y nunca lo guarda.
tokens-copy-now = Copia ahora el token «{ $name }»: no se volverá a mostrar.
tokens-token = Token
tokens-user-id = Tu id de usuario
tokens-copy = Copiar el token
tokens-done = Listo
tokens-name = Nombre
tokens-name-example = Por ejemplo: script de despliegue
tokens-require-2fa = Exigir autenticación en dos pasos al usar el token
tokens-add = Añadir token
tokens-create = Crear «{ $name }»
tokens-delete-action = Eliminar «{ $name }»
tokens-regenerate-action = Regenerar «{ $name }»
tokens-ask-delete = ¿Eliminar el token «{ $name }»?
tokens-ask-regenerate = ¿Regenerar el token «{ $name }»?
tokens-delete-warning = Los scripts e integraciones que lo usan dejan de funcionar al instante. No se puede deshacer.
tokens-regenerate-warning = El token actual deja de funcionar al instante: los scripts e integraciones que lo usan necesitan el nuevo.
tokens-signs-out = El propio Tether inició sesión en { $workspace } con este token: esto cierra la sesión de Tether aquí.
tokens-delete = Eliminar el token
tokens-regenerate = Regenerar el token
tokens-delete-sign-out = Eliminar el token y cerrar sesión
tokens-regenerate-sign-out = Regenerar el token y cerrar sesión
tokens-empty = Aún no hay tokens.
tokens-created = Creado
tokens-ends-with = Termina en
tokens-two-factor = Dos pasos
tokens-used-by-tether = (Tether inicia sesión con él)
tokens-ignored = Omitida
tokens-required = Obligatoria
tokens-regenerate-short = Regenerar
tokens-delete-short = Eliminar
