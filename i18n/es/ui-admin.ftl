# Administración › Usuarios, en español.

admin-title = Usuarios
admin-seats-title = Puestos en uso / puestos de la licencia
admin-seats-meter = Puestos en uso
admin-seats = { $active }/{ $max } puestos · { $available } libres
admin-seats-unlimited = Puestos ilimitados ({ $active } en uso)
admin-invite = Invitar
admin-new-user = Usuario nuevo
admin-seats-exceeded = Todos los puestos de la licencia están ocupados: los usuarios nuevos, las invitaciones y las activaciones quedan bloqueados hasta que se liberen puestos o se compren más.
admin-cached = No se puede acceder a { $workspace }: esta lista se leyó { $when }. Las acciones necesitan el servidor.
admin-tabs = Usuarios por estado
admin-tab-all = Todos
admin-tab-pending = Pendientes
admin-tab-active = Activos
admin-tab-deactivated = Desactivados
admin-search = Buscar usuarios
admin-search-label = Buscar por nombre, nombre de usuario o correo
admin-all-roles = Todos los roles
admin-roles-chosen = Roles ({ $count })
admin-total = { $count ->
        [one] { $count } usuario
       *[other] { $count } usuarios
    }
admin-now-active = { $name } está activo.
admin-welcome-sent = Se envió el correo de bienvenida a { $email }.
admin-never = Nunca

## La tabla

admin-table = Usuarios
admin-column-name = Nombre
admin-column-username = Nombre de usuario
admin-column-email = Correo
admin-column-pending = Acción pendiente
admin-column-registration = Estado del registro
admin-column-roles = Roles
admin-loading = Cargando…
admin-resend-welcome = Reenviar el correo de bienvenida
admin-seats-taken = Todos los puestos están ocupados
admin-activate = Activar
admin-first-login = Primer inicio de sesión del usuario
admin-activation = Activación
registration-deactivated = Desactivado
registration-federated = Federado
registration-pending = Pendiente
registration-active = Activo

## Información del usuario

admin-info-title = Información del usuario
admin-info-close = Cerrar la información del usuario
admin-close = Cerrar
admin-roles = Roles
admin-email = Correo
admin-email-not-verified = { $email } (sin verificar)
admin-local-time = Hora local
admin-unknown = Desconocida
admin-last-login = Último inicio de sesión
admin-created = Creado el
admin-status-text = Mensaje de estado
admin-nickname = Apodo
admin-bio = Biografía
admin-dm = Mensaje directo
admin-edit = Editar
admin-actions-offline = Las acciones necesitan el servidor, al que no se puede acceder ahora.

## Acciones sobre un usuario

admin-more = Más acciones
admin-remove-admin = Quitar admin
admin-make-admin = Hacer admin
admin-reset-e2e = Restablecer la clave E2E
admin-reset-totp = Restablecer TOTP
admin-deactivate = Desactivar
admin-delete = Eliminar
admin-erasure-delete = También se eliminan todos sus mensajes.
admin-erasure-unlink = Sus mensajes se quedan, como de un usuario eliminado.
admin-erasure-keep = Sus mensajes se quedan, con su nombre.
admin-ask-remove-admin = ¿Quitar a { $name } como admin?
admin-ask-remove-admin-text = Pierde al instante el acceso a la administración del espacio de trabajo.
admin-ask-make-admin = ¿Hacer admin a { $name }?
admin-ask-make-admin-text = Los admins tienen acceso completo a los ajustes y la administración del espacio de trabajo.
admin-ask-reset-totp = ¿Restablecer la autenticación en dos pasos (TOTP) de { $name }?
admin-ask-reset-totp-text = Si usa una aplicación de autenticación, deja de funcionar para esta cuenta y se cierra su sesión en todas partes. Puede volver a configurarla desde su perfil.
admin-ask-reset-e2e = ¿Restablecer la clave de cifrado de extremo a extremo de { $name }?
admin-ask-reset-e2e-text = Se cierra su sesión en todas partes. Al volver a iniciar sesión se crea una clave nueva; sus salas cifradas se abren de nuevo cuando otro miembro esté en línea.
admin-reset-key = Restablecer la clave
admin-ask-deactivate = ¿Desactivar a { $name }?
admin-ask-deactivate-text = Se cierra su sesión en todas partes y no puede iniciar sesión hasta que se active de nuevo. Se conservan su cuenta, salas y mensajes.
admin-ask-activate = ¿Activar a { $name }?
admin-ask-activate-text = Puede volver a iniciar sesión al instante.
admin-ask-delete = ¿Eliminar a { $name }?
admin-ask-delete-text = Se elimina su cuenta y se cierra su sesión. { $erasure } No se puede deshacer.
admin-no-longer-admin = { $name } ya no es admin.
admin-now-admin = { $name } ahora es admin.
admin-totp-reset = Se restableció la autenticación en dos pasos de { $name }; se cerró su sesión.
admin-e2e-reset = Se restableció la clave de cifrado de { $name }; se cerró su sesión.
admin-deactivated = { $name } está desactivado y se cerró su sesión.
admin-deleted = Se eliminó a { $name }.
admin-last-owner = { $name } es el último propietario de algunas salas.
admin-rooms-change-owner = Estas salas tendrán a otro miembro como propietario:
admin-rooms-removed = Estas salas no tienen otro miembro y se eliminan:
admin-delete-anyway = Eliminar de todos modos
admin-deactivate-anyway = Desactivar de todos modos

## Añadir y editar un usuario

admin-save-user = Guardar usuario
admin-add-user = Añadir usuario
admin-saved = Se guardó a { $name }.
admin-created-user = Se creó a { $name }.
admin-picture-saved = La imagen nueva está guardada.
admin-picture-url-saved = La imagen de esa dirección está guardada.
admin-picture-reset = El avatar vuelve a mostrar las iniciales.
admin-edit-title = Editar a { $name }
admin-picture = Foto de perfil
admin-upload = Subir una imagen
admin-avatar-url = Usar una dirección como avatar
admin-use-url = Usar la dirección
admin-reset-initials = Volver a las iniciales
admin-mark-verified = Marcar el correo como verificado
admin-name = Nombre
admin-username = Nombre de usuario
admin-password = Contraseña
admin-keep-password = Mantener la contraseña actual
admin-random-password = Generar y enviar por correo
admin-random-password-no-smtp = Generar y enviar por correo (necesita los ajustes de correo del espacio de trabajo)
admin-manual-password = Definirla a mano
admin-confirm-password = Confirmar la contraseña
admin-passwords-differ = Las contraseñas no coinciden.
admin-give-password = Tú le das esta contraseña al usuario.
admin-require-change = Exigir el cambio de contraseña
admin-send-welcome = Enviar correo de bienvenida
admin-send-welcome-no-smtp = Enviar correo de bienvenida (necesita los ajustes de correo del espacio de trabajo)

## Invitar usuarios

admin-invite-title = Invitar usuarios
admin-invite-no-smtp = Las invitaciones se envían por correo, y el correo (SMTP) de este espacio de trabajo no está configurado. Un admin puede configurarlo en Espacio de trabajo › Ajustes › Correo.
admin-invite-emails = Direcciones de correo
admin-invite-help = Separa las direcciones con comas, puntos y comas o espacios.
admin-invite-sent = Invitación enviada a { $emails }.
admin-invite-send = Enviar
