<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Everything, including staff accounts, settings, the audit log and the master key.</source>
        <translation>Todo, incluidas las cuentas del personal, la configuración, el registro de auditoría y la clave maestra.</translation>
    </message>
    <message>
        <source>Participant and governance records and reports; no staff accounts or settings.</source>
        <translation>Registros e informes de participantes y de gobernanza; no las cuentas del personal ni la configuración.</translation>
    </message>
    <message>
        <source>Participant records and reports; reads governance records.</source>
        <translation>Registros e informes de participantes; consulta los registros de gobernanza.</translation>
    </message>
    <message>
        <source>Governance records and reports with totals only; never a participant&apos;s record.</source>
        <translation>Registros de gobernanza e informes solo con totales; nunca el registro de un participante.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>The new person signs in with this user name and the temporary password, then chooses their own.</source>
        <translation>La persona inicia sesión con este nombre de usuario y la contraseña temporal, y luego elige la suya.</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Change the person&apos;s name or role. To change a password, use Reset password.</source>
        <translation>Cambie el nombre o el rol de la persona. Para cambiar una contraseña, use Restablecer contraseña.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Suggest a temporary password</source>
        <translation>Sugerir una contraseña temporal</translation>
    </message>
    <message>
        <source>Give this password to the person yourself. They choose their own password when they first sign in.</source>
        <translation>Entregue usted mismo esta contraseña a la persona. Ella elegirá su propia contraseña al iniciar sesión por primera vez.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Keychain unlock</source>
        <translation>Desbloqueo con el llavero</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Must choose a password</source>
        <translation>Debe elegir una contraseña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>on (1 computer)</source>
        <translation>activado (1 computadora)</translation>
    </message>
    <message>
        <source>on ({count} computers)</source>
        <translation>activado ({count} computadoras)</translation>
    </message>
</context>
<context>
    <name>ActionsPart</name>
    <message>
        <source>{status} — overdue</source>
        <translation>{status} — vencida</translation>
    </message>
    <message>
        <source>{status} at this meeting</source>
        <translation>{status} en esta reunión</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>Ta&amp;reas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Carried from {day}</source>
        <translation>Arrastrada desde el {day}</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Esta reunión</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Editar tarea…</translation>
    </message>
    <message>
        <source>Record this status for the selected action at this meeting</source>
        <translation>Registrar este estado para la tarea seleccionada en esta reunión</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>This action was decided at an earlier meeting; here you can record its status.</source>
        <translation>Esta tarea se decidió en una reunión anterior; aquí puede registrar su estado.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar tarea</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>This site is on the shared server {server}. Backups, encryption of the stored data and the database&apos;s own keys are looked after on the server by whoever runs it, so this page has no Backups or Security tab. Accounts added here are the server&apos;s accounts: each person signs in from any computer with their own password.</source>
        <translation>Este sitio está en el servidor compartido {server}. De las copias de seguridad, el cifrado de los datos guardados y las claves de la base de datos se ocupa en el servidor quien lo administra; por eso esta página no tiene las pestañas Copias de seguridad ni Seguridad. Las cuentas que se agregan aquí son cuentas del servidor: cada persona inicia sesión desde cualquier computadora con su propia contraseña.</translation>
    </message>
    <message>
        <source>LEAD Desktop</source>
        <translation>LEAD Desktop</translation>
    </message>
    <message>
        <source>Added {username}. Give them the temporary password yourself.</source>
        <translation>Se agregó a {username}. Entréguele usted mismo la contraseña temporal.</translation>
    </message>
    <message>
        <source>Saved the changes to {username}.</source>
        <translation>Se guardaron los cambios de {username}.</translation>
    </message>
    <message>
        <source>{username} must choose a new password at their next sign-in.</source>
        <translation>{username} debe elegir una contraseña nueva la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Deactivate the account {username} ({name})? They can no longer sign in, on any computer. The records they made stay.</source>
        <translation>¿Desactivar la cuenta {username} ({name})? Ya no podrá iniciar sesión en ninguna computadora. Los registros que creó se conservan.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>{username} is deactivated.</source>
        <translation>{username} está desactivada.</translation>
    </message>
    <message>
        <source>Entries: {count}, newest first</source>
        <translation>Entradas: {count}, las más recientes primero</translation>
    </message>
    <message>
        <source>The audit chain is intact. Entries checked: {count}; none was changed or removed.</source>
        <translation>La cadena de auditoría está intacta. Entradas revisadas: {count}; ninguna fue modificada ni eliminada.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {seq} ({reason}). The log was changed outside LEAD Desktop. Keep this computer as it is and tell your project manager.</source>
        <translation>La cadena de auditoría está rota en la entrada {seq} ({reason}). El registro se modificó fuera de LEAD Desktop. Deje esta computadora tal como está e informe a su gerente de proyecto.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>No hay nada que guardar: no se cambió ninguna configuración.</translation>
    </message>
    <message>
        <source>Some settings were not saved; see the messages above.</source>
        <translation>Algunas configuraciones no se guardaron; vea los mensajes de arriba.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The settings now show the values saved by someone else.</source>
        <translation>La configuración muestra ahora los valores que guardó otra persona.</translation>
    </message>
    <message>
        <source>Change the master key</source>
        <translation>Cambiar la clave maestra</translation>
    </message>
    <message>
        <source>Change the site&apos;s master key now?

The current recovery key and every printed Recovery Kit stop working at once. Backups made before today still need the old key. You must store the new recovery key before you close this page.</source>
        <translation>¿Cambiar ahora la clave maestra del sitio?

La clave de recuperación actual y todos los Kits de recuperación impresos dejan de funcionar de inmediato. Las copias de seguridad hechas antes de hoy seguirán necesitando la clave anterior. Debe guardar la nueva clave de recuperación antes de cerrar esta página.</translation>
    </message>
    <message>
        <source>Change the master &amp;key</source>
        <translation>Cambiar la clave &amp;maestra</translation>
    </message>
    <message>
        <source>The master key was changed. This is the new recovery key; the old one no longer works.</source>
        <translation>Se cambió la clave maestra. Esta es la nueva clave de recuperación; la anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Administration tabs</source>
        <translation>Pestañas de administración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation>Editar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Reset the selected account&apos;s password</source>
        <translation>Restablecer la contraseña de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation>Desac&amp;tivar…</translation>
    </message>
    <message>
        <source>Deactivate the selected account</source>
        <translation>Desactivar la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Show deacti&amp;vated accounts</source>
        <translation>Mostrar cuentas desacti&amp;vadas</translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation>Mostrar cuentas desactivadas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Check audit chain</source>
        <translation>C&amp;omprobar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Check audit chain</source>
        <translation>Comprobar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Configuración del sitio</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this site. Every change is written to the audit log.</source>
        <translation>Esta configuración se aplica a todas las personas que usan este sitio. Cada cambio queda escrito en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Site logo</source>
        <translation>Logotipo del sitio</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Printed on the fact sheet. A PNG or JPEG image of at most 1 MB, kept inside the encrypted site file.</source>
        <translation>Se imprime en la hoja informativa. Una imagen PNG o JPEG de 1 MB como máximo, guardada dentro del archivo cifrado del sitio.</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Hacer copia a&amp;hora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify the selected backup</source>
        <translation>Verificar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open restore from file…</source>
        <translation>Restaurar &amp;desde un archivo…</translation>
    </message>
    <message>
        <source>Open restore from file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Vo&amp;lver a cargar</translation>
    </message>
    <message>
        <source>Reload the list of backups</source>
        <translation>Volver a cargar la lista de copias de seguridad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Change the site&apos;s master key</source>
        <translation>Cambiar la clave maestra del sitio</translation>
    </message>
    <message>
        <source>This re-encrypts the whole site file under a new key. The current recovery key — and every Recovery Kit printed so far — stops working at once, and backups made before today still need the old key. Do this only when the recovery key may have been seen by someone who should not have it, and print the new Recovery Kit straight away.</source>
        <translation>Esto vuelve a cifrar todo el archivo del sitio con una clave nueva. La clave de recuperación actual —y todos los Kits de recuperación impresos hasta ahora— dejan de funcionar de inmediato, y las copias de seguridad hechas antes de hoy seguirán necesitando la clave anterior. Hágalo solo si alguien que no debía pudo haber visto la clave de recuperación, e imprima enseguida el nuevo Kit de recuperación.</translation>
    </message>
    <message>
        <source>Change the master &amp;key…</source>
        <translation>Cambiar la clave &amp;maestra…</translation>
    </message>
    <message>
        <source>I have stored the new key — h&amp;ide it</source>
        <translation>Ya guardé la nueva clave: &amp;ocultarla</translation>
    </message>
    <message>
        <source>I have stored the new key; hide it</source>
        <translation>Ya guardé la nueva clave; ocultarla</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>la clave de recuperación</translation>
    </message>
    <message>
        <source>Unsaved drafts kept in this site (only the person who typed one can open it): {people}.</source>
        <translation>Borradores sin guardar que conserva este sitio (solo quien escribió cada uno puede abrirlo): {people}.</translation>
    </message>
</context>
<context>
    <name>AgendaPart</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>&amp;Nuevo punto…</translation>
    </message>
    <message>
        <source>Ag&amp;enda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>Edit item and note&amp;s…</source>
        <translation>Editar p&amp;unto y notas…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>&amp;Quitar punto…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Governance minutes only: never name participants here — case conferencing has its own confidential tab.</source>
        <translation>Solo actas de gobernanza: nunca nombre aquí a participantes; la conferencia de casos tiene su propia pestaña confidencial.</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agregar punto del orden del día</translation>
    </message>
    <message>
        <source>Agenda item and notes</source>
        <translation>Punto del orden del día y notas</translation>
    </message>
    <message>
        <source>Remove “{title}” from the agenda? Its decisions and actions stay.</source>
        <translation>¿Quitar “{title}” del orden del día? Sus decisiones y tareas se conservan.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar punto</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Making up {count} people for the demo site…</source>
        <translation>Inventando {count} personas para el sitio de demostración…</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Sitio de demostración</translation>
    </message>
    <message>
        <source>The demo site could not be made.</source>
        <translation>No se pudo crear el sitio de demostración.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>The password remembered in this computer&apos;s keychain is no longer right, so it was removed from the keychain. Type your password.</source>
        <translation>La contraseña guardada en el llavero de esta computadora ya no es correcta, así que se quitó del llavero. Escriba su contraseña.</translation>
    </message>
</context>
<context>
    <name>ApproveMinutesDialog</name>
    <message>
        <source>Approve previous minutes</source>
        <translation>Aprobar el acta anterior</translation>
    </message>
    <message>
        <source>The members approve the circulated minutes of an earlier meeting. The approval is recorded on this meeting; the approved minutes can then only be amended.</source>
        <translation>Los miembros aprueban el acta ya circulada de una reunión anterior. La aprobación queda registrada en esta reunión; a partir de entonces el acta aprobada solo puede enmendarse.</translation>
    </message>
    <message>
        <source>Circulated minutes</source>
        <translation>Actas circuladas</translation>
    </message>
    <message>
        <source>Minutes of {when}</source>
        <translation>Acta del {when}</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AttendancePart</name>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>{status}: {names}</source>
        <translation>{status}: {names}</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Asi&amp;stencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Decides for agency</source>
        <translation>Decide por la agencia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>Ause&amp;nte</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>&amp;Justificado</translation>
    </message>
    <message>
        <source>A&amp;lternate attended</source>
        <translation>Asistió el sup&amp;lente</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Quitar marca</translation>
    </message>
    <message>
        <source>Add g&amp;uest…</source>
        <translation>Agregar in&amp;vitado…</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Quitar invitado</translation>
    </message>
    <message>
        <source>Select one or more people (Ctrl+A for everyone), then mark them.</source>
        <translation>Seleccione una o más personas (Ctrl+A para todas) y luego márquelas.</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>Agregar invitado</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>Guardada a mano</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Este sitio</translation>
    </message>
    <message>
        <source>Another site</source>
        <translation>Otro sitio</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Automatic backups go to the backups folder beside the site ({folder}).</source>
        <translation>Las copias de seguridad automáticas se guardan en la carpeta de copias junto al sitio ({folder}).</translation>
    </message>
    <message>
        <source>Automatic backups go to {folder}.</source>
        <translation>Las copias de seguridad automáticas se guardan en {folder}.</translation>
    </message>
    <message>
        <source>The newest {count} are kept.</source>
        <translation>Se conservan las {count} más recientes.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <source>Last automatic backup: {time}.</source>
        <translation>Última copia de seguridad automática: {time}.</translation>
    </message>
    <message>
        <source>The last attempt, {time}, failed: check the backup folder.</source>
        <translation>El último intento, {time}, falló: revise la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is being made; try again in a moment.</source>
        <translation>Se está haciendo una copia de seguridad; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>That did not work because of a fault in LEAD Desktop.</source>
        <translation>No funcionó debido a una falla de LEAD Desktop.</translation>
    </message>
    <message>
        <source>Backing up the site…</source>
        <translation>Haciendo la copia de seguridad del sitio…</translation>
    </message>
    <message>
        <source>Backup saved as {name}.</source>
        <translation>Copia de seguridad guardada como {name}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Revisando la copia de seguridad…</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>The backup made {time} is sound: its checksums match, it opens with this site&apos;s key, its pages and structure pass SQLCipher&apos;s checks, and its audit log of {entries} entries is unbroken. It holds {accounts} staff accounts.</source>
        <translation>La copia de seguridad hecha el {time} está en buen estado: sus sumas de verificación coinciden, se abre con la clave de este sitio, sus páginas y su estructura pasan las comprobaciones de SQLCipher y su registro de auditoría de {entries} entradas está intacto. Contiene {accounts} cuentas del personal.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>LEAD Desktop backups (*.leadbackup);;All files (*)</source>
        <translation>Copias de seguridad de LEAD Desktop (*.leadbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore the site from a backup</source>
        <translation>Restaurar el sitio desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything in this site with the backup made {time}?

Everything entered since then — records, accounts, password changes, settings — is replaced. A copy of the site as it is now is saved first, in the backups folder beside the site.

Everyone signs in again afterwards, with the passwords that were in use when the backup was made.</source>
        <translation>¿Reemplazar todo lo que hay en este sitio con la copia de seguridad hecha el {time}?

Todo lo ingresado desde entonces —registros, cuentas, cambios de contraseña, configuración— se reemplaza. Antes se guarda una copia del sitio tal como está ahora, en la carpeta de copias de seguridad junto al sitio.

Después, todas las personas vuelven a iniciar sesión con las contraseñas que se usaban cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>I understand that the changes made since {time} will be replaced.</source>
        <translation>Entiendo que los cambios hechos desde el {time} se reemplazarán.</translation>
    </message>
    <message>
        <source>&amp;Restore and sign out</source>
        <translation>&amp;Restaurar y cerrar sesión</translation>
    </message>
</context>
<context>
    <name>BackupsPart</name>
    <message>
        <source>LEAD Desktop</source>
        <translation>LEAD Desktop</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Terminando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backing up the site before closing…</source>
        <translation>Haciendo la copia de seguridad del sitio antes de cerrar…</translation>
    </message>
    <message>
        <source>Backing up the site…</source>
        <translation>Haciendo la copia de seguridad del sitio…</translation>
    </message>
    <message>
        <source>Automatic backup saved.</source>
        <translation>Copia de seguridad automática guardada.</translation>
    </message>
    <message>
        <source>The automatic backup failed because of a fault in LEAD Desktop.</source>
        <translation>La copia de seguridad automática falló debido a una falla de LEAD Desktop.</translation>
    </message>
    <message>
        <source>The automatic backup of {time} failed.</source>
        <translation>Falló la copia de seguridad automática del {time}.</translation>
    </message>
    <message>
        <source>Check that the backup folder ({folder}) is there: plug in the USB drive or connect the network share, or choose another folder in Administration, Site settings. Then use Back up now (Administration, Backups).</source>
        <translation>Compruebe que la carpeta de copias de seguridad ({folder}) esté disponible: conecte la unidad USB o la carpeta compartida de la red, o elija otra carpeta en Administración, Configuración del sitio. Luego use Hacer copia de seguridad ahora (Administración, Copias de seguridad).</translation>
    </message>
    <message>
        <source>Restoring the site from the backup…</source>
        <translation>Restaurando el sitio desde la copia de seguridad…</translation>
    </message>
    <message>
        <source>The site was restored from the backup made {time}. Sign in with the password you had then. A copy of the site as it was before the restore is in {folder}.</source>
        <translation>El sitio se restauró desde la copia de seguridad hecha el {time}. Inicie sesión con la contraseña que tenía entonces. En {folder} hay una copia del sitio tal como estaba antes de la restauración.</translation>
    </message>
    <message>
        <source>The restore was stopped; the site is as it was before it. Sign in again. {reason}</source>
        <translation>La restauración se detuvo; el sitio quedó como estaba antes. Vuelva a iniciar sesión. {reason}</translation>
    </message>
    <message>
        <source>The restore failed because of a fault in LEAD Desktop; the site was not changed.</source>
        <translation>La restauración falló debido a una falla de LEAD Desktop; el sitio no se modificó.</translation>
    </message>
    <message>
        <source>Back up site</source>
        <translation>Hacer copia de seguridad del sitio</translation>
    </message>
    <message>
        <source>LEAD Desktop backups (*.leadbackup);;All files (*)</source>
        <translation>Copias de seguridad de LEAD Desktop (*.leadbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup saved to {path}. Keep a copy away from this computer.</source>
        <translation>Copia de seguridad guardada en {path}. Guarde una copia lejos de esta computadora.</translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Enter a comparison population for the equity panel — for example local arrests or bookings by race and ethnicity — one row per period. The program report uses the row that overlaps its period most. Dates as YYYY-MM-DD; counts as whole numbers.</source>
        <translation>Ingrese una población de comparación para el panel de equidad —por ejemplo, los arrestos o fichajes locales por raza y etnia—, una fila por período. El informe del programa usa la fila que más se superpone con su período. Fechas como AAAA-MM-DD; cantidades como números enteros.</translation>
    </message>
    <message>
        <source>Equity baselines</source>
        <translation>Referencias de equidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Add baseli&amp;ne</source>
        <translation>Agre&amp;gar referencia</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save baselines</source>
        <translation>Guardar re&amp;ferencias</translation>
    </message>
    <message>
        <source>Row {row}: enter the first and last day as YYYY-MM-DD.</source>
        <translation>Fila {row}: ingrese el primer y el último día como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Row {row}: counts are whole numbers of zero or more.</source>
        <translation>Fila {row}: las cantidades son números enteros de cero o más.</translation>
    </message>
    <message>
        <source>Baselines saved.</source>
        <translation>Referencias guardadas.</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <source>Bodies</source>
        <translation>Órganos</translation>
    </message>
    <message>
        <source>&amp;New body…</source>
        <translation>&amp;Nuevo órgano…</translation>
    </message>
    <message>
        <source>Edit bod&amp;y…</source>
        <translation>Editar ór&amp;gano…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Term status</source>
        <translation>Estado del mandato</translation>
    </message>
    <message>
        <source>Decides for agency</source>
        <translation>Decide por la agencia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Confidentiality agreement</source>
        <translation>Acuerdo de confidencialidad</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Agregar &amp;miembro…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Editar miembro…</translation>
    </message>
    <message>
        <source>End &amp;term…</source>
        <translation>&amp;Terminar mandato…</translation>
    </message>
    <message>
        <source>End the selected member&apos;s term today; past minutes keep them.</source>
        <translation>Terminar hoy el mandato del miembro seleccionado; las actas pasadas lo conservan.</translation>
    </message>
    <message>
        <source>Open seat</source>
        <translation>Puesto abierto</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add &amp;seat…</source>
        <translation>Agregar pue&amp;sto…</translation>
    </message>
    <message>
        <source>Edit seat…</source>
        <translation>Editar puesto…</translation>
    </message>
    <message>
        <source>Remove seat…</source>
        <translation>Quitar puesto…</translation>
    </message>
    <message>
        <source>The seats the charter provides. Member agencies with a seat count for the one-voice-per-agency rule even while their seat is empty; an open seat can be filled by anyone.</source>
        <translation>Los puestos que prevé el acta constitutiva. Las agencias miembro con un puesto cuentan para la regla de una voz por agencia aunque su puesto esté vacío; un puesto abierto puede ocuparlo cualquiera.</translation>
    </message>
    <message>
        <source>{role} for {member}</source>
        <translation>{role} de {member}</translation>
    </message>
    <message>
        <source>Signed {day}</source>
        <translation>Firmado el {day}</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>{name} (in development)</source>
        <translation>{name} (en formación)</translation>
    </message>
    <message>
        <source>Decides by consensus, one voice per member agency</source>
        <translation>Decide por consenso, una voz por agencia miembro</translation>
    </message>
    <message>
        <source> (at least {count} agencies)</source>
        <translation> (al menos {count} agencias)</translation>
    </message>
    <message>
        <source>Quorum: {count} voting members.</source>
        <translation>Quórum: {count} miembros con voto.</translation>
    </message>
    <message>
        <source>Quorum: {percent} % of the voting members.</source>
        <translation>Quórum: {percent} % de los miembros con voto.</translation>
    </message>
    <message>
        <source>No body yet</source>
        <translation>Todavía no hay ningún órgano</translation>
    </message>
    <message>
        <source>Add the Policy Coordinating Group, the Operational Work Groups and the Community Leadership Team with “New body…”.</source>
        <translation>Agregue el Grupo de Coordinación de Políticas (PCG), los Grupos de Trabajo Operativo (OWG) y el Equipo de Liderazgo Comunitario (CLT) con “Nuevo órgano…”.</translation>
    </message>
    <message>
        <source>{name} — in development</source>
        <translation>{name} — en formación</translation>
    </message>
    <message>
        <source>Meets: {when}.</source>
        <translation>Se reúne: {when}.</translation>
    </message>
    <message>
        <source>No seats are set for this body, so none can be empty.</source>
        <translation>Este órgano no tiene puestos definidos, así que ninguno puede estar vacío.</translation>
    </message>
    <message>
        <source>{organization} ({count})</source>
        <translation>{organization} ({count})</translation>
    </message>
    <message>
        <source>open seats ({count})</source>
        <translation>puestos abiertos ({count})</translation>
    </message>
    <message>
        <source>1 empty seat: </source>
        <translation>1 puesto vacío: </translation>
    </message>
    <message>
        <source>{n} empty seats: </source>
        <translation>{n} puestos vacíos: </translation>
    </message>
    <message>
        <source>Every seat is filled.</source>
        <translation>Todos los puestos están ocupados.</translation>
    </message>
    <message>
        <source>{name} ({days} days)</source>
        <translation>{name} ({days} días)</translation>
    </message>
    <message>
        <source>1 term ends within 60 days: </source>
        <translation>1 mandato termina en los próximos 60 días: </translation>
    </message>
    <message>
        <source>{n} terms end within 60 days: </source>
        <translation>{n} mandatos terminan en los próximos 60 días: </translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Nuevo órgano</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Editar órgano</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>End {name}&apos;s term on {body} today? Past minutes keep them.</source>
        <translation>¿Terminar hoy el mandato de {name} en {body}? Las actas pasadas lo conservan.</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>Terminar mandato</translation>
    </message>
    <message>
        <source>Add seat</source>
        <translation>Agregar puesto</translation>
    </message>
    <message>
        <source>Edit seat</source>
        <translation>Editar puesto</translation>
    </message>
    <message>
        <source>Remove this seat from the body&apos;s charter?</source>
        <translation>¿Quitar este puesto del acta constitutiva del órgano?</translation>
    </message>
    <message>
        <source>Remove seat</source>
        <translation>Quitar puesto</translation>
    </message>
</context>
<context>
    <name>CaseConferenceSection</name>
    <message>
        <source>Confidential. These notes name participants: they are kept apart from the governance minutes, and are shared only as far as each participant&apos;s releases allow.</source>
        <translation>Confidencial. Estas notas nombran a participantes: se guardan aparte de las actas de gobernanza y solo se comparten en la medida en que lo permitan las autorizaciones de cada participante.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>LEAD number</source>
        <translation>Número LEAD</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Participants discussed</source>
        <translation>Participantes tratados</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Agregar &amp;participante…</translation>
    </message>
    <message>
        <source>Edit &amp;notes…</source>
        <translation>Editar &amp;notas…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Notes as shared with the attendee</source>
        <translation>Notas tal como se comparten con el asistente</translation>
    </message>
    <message>
        <source>Notes as shared &amp;with:</source>
        <translation>Notas tal como se co&amp;mparten con:</translation>
    </message>
    <message>
        <source>Nobody is on the case-conference list yet.</source>
        <translation>Todavía no hay nadie en la lista de la conferencia de casos.</translation>
    </message>
    <message>
        <source>{name} ({number}) has no release in force: {who}.</source>
        <translation>{name} ({number}) no tiene ninguna autorización vigente: {who}.</translation>
    </message>
    <message>
        <source>{name} ({number}): no release covers {who}.</source>
        <translation>{name} ({number}): ninguna autorización cubre a {who}.</translation>
    </message>
    <message>
        <source>Check before sharing — these attendees&apos; organizations are not covered, so the participant&apos;s name is redacted in anything shared with them:</source>
        <translation>Revise antes de compartir: las organizaciones de estos asistentes no están cubiertas, así que el nombre del participante se oculta en todo lo que se comparta con ellos:</translation>
    </message>
    <message>
        <source>Every attendee&apos;s organization is covered by a release for each participant on the list.</source>
        <translation>La organización de cada asistente está cubierta por una autorización de cada participante de la lista.</translation>
    </message>
    <message>
        <source>{body} — {when}</source>
        <translation>{body} — {when}</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>[participant — no release]</source>
        <translation>[participante — sin autorización]</translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>Seguimiento: {text}</translation>
    </message>
    <message>
        <source>Take {name} off the case-conference list?</source>
        <translation>¿Quitar a {name} de la lista de la conferencia de casos?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>CaseItemDialog</name>
    <message>
        <source>Case conferencing: edit notes</source>
        <translation>Conferencia de casos: editar notas</translation>
    </message>
    <message>
        <source>Case conferencing: add participant</source>
        <translation>Conferencia de casos: agregar participante</translation>
    </message>
    <message>
        <source>Search name, alias or LEAD number</source>
        <translation>Buscar nombre, alias o número LEAD</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes que coinciden</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>Choose the participant to discuss.</source>
        <translation>Elija el participante que se va a tratar.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryPart</name>
    <message>
        <source>LEAD number, e.g. NOLA-000042</source>
        <translation>Número LEAD, p. ej., NOLA-000042</translation>
    </message>
    <message>
        <source>Participant&apos;s LEAD number</source>
        <translation>Número LEAD del participante</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Include substance-use information</source>
        <translation>Incluir información sobre consumo de sustancias</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Reason for sharing without a covering consent</source>
        <translation>Motivo para compartir sin un consentimiento que lo cubra</translation>
    </message>
    <message>
        <source>Chec&amp;k consent</source>
        <translation>C&amp;omprobar consentimiento</translation>
    </message>
    <message>
        <source>Par&amp;ticipant:</source>
        <translation>Pa&amp;rticipante:</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>Des&amp;tinatario:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Fina&amp;lidad:</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentimiento:</translation>
    </message>
    <message>
        <source>Reason &amp;without consent:</source>
        <translation>Motivo &amp;sin consentimiento:</translation>
    </message>
    <message>
        <source>Check the consent before exporting.</source>
        <translation>Compruebe el consentimiento antes de exportar.</translation>
    </message>
    <message>
        <source>No consent — record a reason</source>
        <translation>Sin consentimiento — registrar un motivo</translation>
    </message>
    <message>
        <source>Includes substance-use information: {answer}.</source>
        <translation>Incluye información sobre consumo de sustancias: {answer}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The 42 CFR 2.32 notice will be printed on it.</source>
        <translation>Se imprimirá el aviso de 42 CFR 2.32.</translation>
    </message>
    <message>
        <source>Warning: no consent in force names {recipient}{sud}. Record why it is shared anyway; the reason goes into the disclosure log.</source>
        <translation>Advertencia: ningún consentimiento vigente nombra a {recipient}{sud}. Registre por qué se comparte de todos modos; el motivo queda en el registro de divulgaciones.</translation>
    </message>
    <message>
        <source> and covers substance-use information</source>
        <translation> ni cubre la información sobre consumo de sustancias</translation>
    </message>
    <message>
        <source>A consent in force covers this recipient.</source>
        <translation>Un consentimiento vigente cubre a este destinatario.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password was set by an administrator. Choose your own password now; only you should know it.</source>
        <translation>Su contraseña la asignó un administrador. Elija ahora su propia contraseña; solo usted debe conocerla.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Choose a new password. Your other sign-in ways keep working.</source>
        <translation>Elija una contraseña nueva. Sus otras formas de iniciar sesión siguen funcionando.</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence you can remember works well.</source>
        <translation>Al menos 10 caracteres. Una frase corta que pueda recordar funciona bien.</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la contraseña nueva:</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
</context>
<context>
    <name>ChartsPart</name>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Charts of the period shown below.</source>
        <translation>Gráficos del período, abajo.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Edit the screening checklist</source>
        <translation>Editar la lista de verificación de elegibilidad</translation>
    </message>
    <message>
        <source>Saving makes version {version}. Referrals already screened keep the version they were screened under; new screenings use the new one. Tick the pathways each exclusion applies to.</source>
        <translation>Al guardar se crea la versión {version}. Las remisiones ya evaluadas conservan la versión con la que se evaluaron; las evaluaciones nuevas usan la nueva. Marque las vías a las que se aplica cada exclusión.</translation>
    </message>
    <message>
        <source>Excluded when</source>
        <translation>Se excluye cuando</translation>
    </message>
    <message>
        <source>Arrest diversion</source>
        <translation>Desvío en lugar de arresto</translation>
    </message>
    <message>
        <source>Social contact</source>
        <translation>Contacto social</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>&amp;Add a yes/no criterion</source>
        <translation>&amp;Agregar un criterio de sí/no</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Why it changed:</source>
        <translation>&amp;Por qué cambió:</translation>
    </message>
    <message>
        <source>e.g. PCG decision of 12 March: Santa Fe&apos;s 6 g limit</source>
        <translation>p. ej., decisión del PCG del 12 de marzo: límite de 6 g de Santa Fe</translation>
    </message>
    <message>
        <source>&amp;Save as version {version}</source>
        <translation>&amp;Guardar como versión {version}</translation>
    </message>
    <message>
        <source>Applies to {pathway}</source>
        <translation>Se aplica a {pathway}</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
</context>
<context>
    <name>ChecklistPart</name>
    <message>
        <source>Checklist versions</source>
        <translation>Versiones de la lista de verificación</translation>
    </message>
    <message>
        <source>Criteria of the selected version</source>
        <translation>Criterios de la versión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit checklist…</source>
        <translation>&amp;Editar lista de verificación…</translation>
    </message>
    <message>
        <source>Editing saves a new version; each referral keeps the version it was screened under.</source>
        <translation>Al editar se guarda una versión nueva; cada remisión conserva la versión con la que se evaluó.</translation>
    </message>
    <message>
        <source>Only administrators and the project manager can change the checklist (for the PCG).</source>
        <translation>Solo los administradores y el gerente de proyecto pueden cambiar la lista de verificación (en nombre del PCG).</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Excluded from LEAD when…</source>
        <translation>Excluido de LEAD cuando…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Otra persona cambió este registro</translation>
    </message>
    <message>
        <source>{count} field(s) differ; they are marked “changed”. Keep my version saves what you typed over theirs; Use their version puts the saved version in the form; Cancel goes back to your editing.</source>
        <translation>{count} campo(s) son distintos; están marcados como «cambiado». Conservar mi versión guarda lo que usted escribió en lugar de la otra versión; Usar su versión pone la versión guardada en el formulario; Cancelar vuelve a su edición.</translation>
    </message>
    <message>
        <source>Every field here reads the same in both versions: the other change was to something this form does not show (such as the screening answers). Keep my version saves yours over it.</source>
        <translation>Todos los campos dicen lo mismo en las dos versiones: el otro cambio fue en algo que este formulario no muestra (por ejemplo, las respuestas de la evaluación). Conservar mi versión guarda la suya encima.</translation>
    </message>
    <message>
        <source>Your version and the saved version, field by field</source>
        <translation>Su versión y la versión guardada, campo por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>{field} — changed</source>
        <translation>{field} — cambiado</translation>
    </message>
    <message>
        <source>The two versions differ here</source>
        <translation>Las dos versiones son distintas aquí</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
    <message>
        <source>Save what you typed, replacing the version saved by someone else</source>
        <translation>Guardar lo que usted escribió, en lugar de la versión que guardó otra persona</translation>
    </message>
    <message>
        <source>&amp;Use their version</source>
        <translation>&amp;Usar su versión</translation>
    </message>
    <message>
        <source>Put the saved version in the form; what you typed is dropped</source>
        <translation>Poner la versión guardada en el formulario; lo que usted escribió se descarta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go back to your editing; nothing is saved or dropped</source>
        <translation>Volver a su edición; no se guarda ni se descarta nada</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Store a scan of the signed form inside the encrypted site database</source>
        <translation>Guardar un escaneo del formulario firmado dentro de la base de datos cifrada del sitio</translation>
    </message>
    <message>
        <source>A&amp;ttach scan…</source>
        <translation>Ad&amp;juntar escaneo…</translation>
    </message>
    <message>
        <source>Save a co&amp;py…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Export the selected scan to a file of your choice</source>
        <translation>Exportar el escaneo seleccionado a un archivo que usted elija</translation>
    </message>
    <message>
        <source>Signed form scans</source>
        <translation>Escaneos del formulario firmado</translation>
    </message>
    <message>
        <source>No scan attached to this consent.</source>
        <translation>Este consentimiento no tiene ningún escaneo adjunto.</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <source>Select a consent to see its scans.</source>
        <translation>Seleccione un consentimiento para ver sus escaneos.</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Adjuntar el formulario firmado</translation>
    </message>
    <message>
        <source>Signed form (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Formulario firmado (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>That file could not be read. Check that it still exists and try again.</source>
        <translation>No se pudo leer ese archivo. Compruebe que todavía exista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Guardar una copia del escaneo</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>No se pudo guardar la copia allí. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Puede volver a intentarlo en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>LEAD Desktop ran into a problem it did not expect.

What you saved before this is safe: every change is written to the site file when you make it. Close LEAD Desktop and start it again. If this keeps happening, tell whoever supports your site what you were doing, and give them the program log</source>
        <translation>LEAD Desktop encontró un problema inesperado.

Lo que guardó antes de esto está a salvo: cada cambio se escribe en el archivo del sitio en el momento en que lo hace. Cierre LEAD Desktop y vuelva a abrirlo. Si esto se repite, cuéntele a quien da soporte a su sitio lo que estaba haciendo y entréguele el registro del programa</translation>
    </message>
    <message>
        <source> from the folder {folder}</source>
        <translation> de la carpeta {folder}</translation>
    </message>
    <message>
        <source>. The log holds no names, notes or passwords.</source>
        <translation>. El registro no contiene nombres, notas ni contraseñas.</translation>
    </message>
    <message>
        <source>LEAD Desktop — unexpected problem</source>
        <translation>LEAD Desktop — problema inesperado</translation>
    </message>
    <message>
        <source>&amp;Close LEAD Desktop</source>
        <translation>&amp;Cerrar LEAD Desktop</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>DataQualityView</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Records of the site&apos;s history and what they lack</source>
        <translation>Registros del historial del sitio y lo que les falta</translation>
    </message>
    <message>
        <source>Read the &amp;list again</source>
        <translation>Leer la lista de n&amp;uevo</translation>
    </message>
    <message>
        <source>No history imported yet: the day the site started using LEAD Desktop is not set.</source>
        <translation>Todavía no se importó ningún historial: no está fijado el día en que el sitio empezó a usar LEAD Desktop.</translation>
    </message>
    <message>
        <source>Nothing is missing from the {participants} participants and {referrals} referrals of the site&apos;s history.</source>
        <translation>No falta nada en los {participants} participantes y las {referrals} remisiones del historial del sitio.</translation>
    </message>
    <message>
        <source>The site&apos;s history before {day} holds {participants} participants and {referrals} referrals; {count} of these records lack something — {counts}. None of it keeps a record out of the reports.</source>
        <translation>El historial del sitio antes del {day} tiene {participants} participantes y {referrals} remisiones; a {count} de estos registros les falta algo — {counts}. Nada de esto deja un registro fuera de los informes.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>MM/DD/YYYY h:mm am</source>
        <translation>MM/DD/AAAA h:mm am</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>For example 12/08/2026 9:00 am, 12/08/2026 noon or 2026-12-08 21:00.</source>
        <translation>Por ejemplo 12/08/2026 9:00 am, 12/08/2026 noon o 2026-12-08 21:00.</translation>
    </message>
    <message>
        <source>For example 12/08/2026 or 2026-12-08.</source>
        <translation>Por ejemplo 12/08/2026 o 2026-12-08.</translation>
    </message>
</context>
<context>
    <name>DecisionsPart</name>
    <message>
        <source>Vote {yes}–{no}</source>
        <translation>Votación {yes}–{no}</translation>
    </message>
    <message>
        <source>, {count} abstaining</source>
        <translation>, {count} abstenciones</translation>
    </message>
    <message>
        <source>Eligibility criteria: {version}</source>
        <translation>Criterios de elegibilidad: {version}</translation>
    </message>
    <message>
        <source>Intake deadline: {days} days</source>
        <translation>Plazo de admisión: {days} días</translation>
    </message>
    <message>
        <source>Decisi&amp;ons</source>
        <translation>D&amp;ecisiones</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Moved / seconded</source>
        <translation>Propuesto / secundado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Nueva decisión…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Editar decisión…</translation>
    </message>
    <message>
        <source>&amp;Remove decision…</source>
        <translation>&amp;Quitar decisión…</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Agregar decisión</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Editar decisión</translation>
    </message>
    <message>
        <source>Remove this decision from the minutes?</source>
        <translation>¿Quitar esta decisión del acta?</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Quitar decisión</translation>
    </message>
</context>
<context>
    <name>DevicesBox</name>
    <message>
        <source>Laptops with an offline copy</source>
        <translation>Computadoras portátiles con una copia sin conexión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Re&amp;voke this laptop&apos;s copy…</source>
        <translation>Re&amp;vocar la copia de esta computadora portátil…</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>Revoke this laptop&apos;s copy</source>
        <translation>Revocar la copia de esta computadora portátil</translation>
    </message>
    <message>
        <source>Revoke the copy of {name}&apos;s work on the computer {computer}? The server will refuse its sync from now on, and the copy removes itself the next time it signs in while connected. Changes still waiting on that laptop are not sent.</source>
        <translation>¿Revocar la copia del trabajo de {name} en la computadora {computer}? Desde ahora el servidor rechazará su sincronización, y la copia se elimina sola la próxima vez que inicie sesión con conexión. Los cambios que todavía esperan en esa computadora portátil no se envían.</translation>
    </message>
    <message>
        <source>The copy on {computer} is revoked.</source>
        <translation>La copia en {computer} está revocada.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record disclosure</source>
        <translation>Registrar divulgación</translation>
    </message>
    <message>
        <source>Not covered by an active consent. Choose the consent it was shared under, or record why it was shared without one (for example a medical emergency or a court order).</source>
        <translation>No está cubierto por un consentimiento activo. Elija el consentimiento con el que se compartió, o registre por qué se compartió sin uno (por ejemplo, una emergencia médica o una orden judicial).</translation>
    </message>
    <message>
        <source>This person has no active consent. A disclosure without one needs the reason it was made (for example a medical emergency or a court order).</source>
        <translation>Esta persona no tiene ningún consentimiento activo. Una divulgación sin consentimiento necesita el motivo por el que se hizo (por ejemplo, una emergencia médica o una orden judicial).</translation>
    </message>
    <message>
        <source>Record why this was shared without an active consent.</source>
        <translation>Registre por qué se compartió sin un consentimiento activo.</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>Edit disclosure</source>
        <translation>Editar divulgación</translation>
    </message>
</context>
<context>
    <name>DraftsPart</name>
    <message>
        <source>A draft could not be kept: {reason}</source>
        <translation>No se pudo conservar un borrador: {reason}</translation>
    </message>
    <message>
        <source>This draft cannot be opened: its record is no longer there, or your role no longer opens it. You can discard it.</source>
        <translation>No se puede abrir este borrador: su registro ya no existe o su rol ya no permite abrirlo. Puede descartarlo.</translation>
    </message>
    <message>
        <source>&amp;Sign out and keep drafts</source>
        <translation>&amp;Cerrar sesión y conservar los borradores</translation>
    </message>
    <message>
        <source>&amp;Quit and keep drafts</source>
        <translation>&amp;Salir y conservar los borradores</translation>
    </message>
    <message>
        <source>Some forms hold typed input that is not saved yet.</source>
        <translation>Algunos formularios tienen texto escrito que todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>It is kept as a draft and offered the next time you sign in.</source>
        <translation>Se conserva como borrador y se le ofrecerá la próxima vez que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll in LEAD</source>
        <translation>Inscribir en LEAD</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>&amp;Link to selected participant</source>
        <translation>&amp;Vincular al participante seleccionado</translation>
    </message>
    <message>
        <source>&amp;Create new participant</source>
        <translation>&amp;Crear participante nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Enroll {name} (born {dob}), referred {when} — screening: {result}. A new participant is made from the referral&apos;s name, aliases, date of birth, race and ethnicity, sex and case manager.</source>
        <translation>Inscribir a {name} (nacimiento: {dob}), remitido el {when} — evaluación: {result}. El participante nuevo se crea con el nombre, los alias, la fecha de nacimiento, la raza y etnia, el sexo y el administrador de casos de la remisión.</translation>
    </message>
    <message>
        <source>Already enrolled as {number}.</source>
        <translation>Ya está inscrito como {number}.</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>&amp;Abrir participante</translation>
    </message>
    <message>
        <source>This person may already have a participant record. Link the referral to the right record, or create a new participant if none of these is them.</source>
        <translation>Es posible que esta persona ya tenga un registro de participante. Vincule la remisión al registro correcto, o cree un participante nuevo si ninguno de estos es esa persona.</translation>
    </message>
    <message>
        <source>No existing participant looks like this person.</source>
        <translation>Ningún participante existente se parece a esta persona.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Data exchange</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Im&amp;portar una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import participants, contacts or referrals from CSV or Excel (Ctrl+I)</source>
        <translation>Importar participantes, contactos o remisiones desde CSV o Excel (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bring a site&apos;s earlier spreadsheets in: participants first, then their contacts and referrals. Every row is checked and explained before anything is saved; either every row goes in or none does (or only the valid ones, with a file of the others). People who may already be on file are shown for review, and importing the same file again adds nothing.</source>
        <translation>Traiga las hojas de cálculo anteriores del sitio: primero los participantes, luego sus contactos y remisiones. Cada fila se revisa y se explica antes de guardar nada; entran todas las filas o ninguna (o solo las válidas, con un archivo de las demás). Las personas que quizás ya estén registradas se muestran para revisarlas, e importar el mismo archivo otra vez no agrega nada.</translation>
    </message>
    <message>
        <source>Import a &amp;site&apos;s history…</source>
        <translation>Importar el historial de un &amp;sitio…</translation>
    </message>
    <message>
        <source>The people, referrals and contacts the site kept before LEAD Desktop, imported together (Ctrl+Shift+I)</source>
        <translation>Las personas, remisiones y contactos que el sitio registró antes de LEAD Desktop, importados juntos (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>A new site&apos;s first step: the spreadsheets it kept before LEAD Desktop — everyone referred (enrolled or not), their referrals and their contacts, joined by the site&apos;s own client ID — checked and imported as one. Referrals from before the site used the program come in without today&apos;s intake rules, and Reports lists what they lack. For project managers and administrators.</source>
        <translation>El primer paso de un sitio nuevo: las hojas de cálculo que llevaba antes de LEAD Desktop — todas las personas remitidas (inscritas o no), sus remisiones y sus contactos, unidas por el ID de cliente propio del sitio — revisadas e importadas de una vez. Las remisiones de antes de que el sitio usara el programa entran sin las reglas de admisión actuales, e Informes muestra lo que les falta. Para gerentes de proyecto y administradores.</translation>
    </message>
    <message>
        <source>Import from an H&amp;MIS…</source>
        <translation>Importar desde un H&amp;MIS…</translation>
    </message>
    <message>
        <source>Import one project&apos;s clients from an HMIS CSV export, a folder or .zip (Ctrl+Shift+H)</source>
        <translation>Importar los clientes de un proyecto desde una exportación CSV de HMIS, una carpeta o un .zip (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Bring people over from the Continuum of Care&apos;s HMIS: the clients, enrollments and exits of one project of an HMIS CSV export (FY2026 or FY2024) become participants, or update the ones already linked to the HMIS. The same checks, all or nothing, and importing the same export again adds nothing.</source>
        <translation>Traiga personas desde el HMIS del Continuum of Care: los clientes, inscripciones y egresos de un proyecto de una exportación CSV de HMIS (FY2026 o FY2024) pasan a ser participantes, o actualizan a los que ya están vinculados al HMIS. Las mismas revisiones, todo o nada, e importar de nuevo la misma exportación no agrega nada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a list, a de-identified analysis file or HMIS CSV files (Ctrl+E)</source>
        <translation>Exportar una lista, un archivo de análisis sin datos identificatorios o archivos CSV de HMIS (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lists open in any spreadsheet and import back unchanged. The de-identified file has no names, contact details or notes, ages in bands and pseudonyms that stay the same for the same export key. The HMIS export is a complete HMIS CSV FY2026 export of the participants whose consent names the HMIS / Continuum of Care. Every export is recorded in the audit log.</source>
        <translation>Las listas se abren en cualquier hoja de cálculo y se vuelven a importar sin cambios. El archivo sin datos identificatorios no tiene nombres, datos de contacto ni notas; tiene edades por rangos y seudónimos que se mantienen iguales con la misma clave de exportación. La exportación de HMIS es una exportación HMIS CSV FY2026 completa de los participantes cuyo consentimiento nombra al HMIS / Continuum of Care. Cada exportación queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import a site&apos;s history</source>
        <translation>Importar el historial de un sitio</translation>
    </message>
    <message>
        <source>Import from an HMIS</source>
        <translation>Importar desde un HMIS</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Your role sees reports and governance only; importing and exporting participant records is for case managers and administrators.</source>
        <translation>Su rol solo ve informes y gobernanza; importar y exportar registros de participantes corresponde a los administradores de casos y a los administradores.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Headers and answers in words (untick for field names and codes)</source>
        <translation>Encabezados y respuestas en palabras (desmarque para usar nombres de campo y códigos)</translation>
    </message>
    <message>
        <source>Export key</source>
        <translation>Clave de exportación</translation>
    </message>
    <message>
        <source>Export key again</source>
        <translation>Repita la clave de exportación</translation>
    </message>
    <message>
        <source>The same key gives every participant the same pseudonym in every export, so an evaluator can link this year&apos;s file to last year&apos;s. Keep it with the project&apos;s records; it is not stored here.</source>
        <translation>La misma clave da a cada participante el mismo seudónimo en cada exportación, para que un evaluador pueda vincular el archivo de este año con el del año pasado. Guárdela con los registros del proyecto; aquí no se almacena.</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Export &amp;key:</source>
        <translation>Cla&amp;ve de exportación:</translation>
    </message>
    <message>
        <source>Key a&amp;gain:</source>
        <translation>Repita la c&amp;lave:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your role does not allow exporting participant records.</source>
        <translation>Su rol no permite exportar registros de participantes.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>The two export keys are not the same.</source>
        <translation>Las dos claves de exportación no coinciden.</translation>
    </message>
    <message>
        <source>Say why participants without an HMIS consent are exported, or untick the box.</source>
        <translation>Diga por qué se exportan participantes sin consentimiento para el HMIS, o desmarque la casilla.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Wrote {files} to {path}.</source>
        <translation>Se escribieron {files} en {path}.</translation>
    </message>
    <message>
        <source>{name} ({rows} rows)</source>
        <translation>{name} ({rows} filas)</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}.</source>
        <translation>Se escribieron {rows} filas en {path}.</translation>
    </message>
    <message>
        <source>Keep it as safe as the records themselves.</source>
        <translation>Guárdelo con el mismo cuidado que los propios registros.</translation>
    </message>
    <message>
        <source>{count} participants exported, each in their disclosure log.</source>
        <translation>{count} participantes exportados, cada uno en su registro de divulgaciones.</translation>
    </message>
    <message>
        <source>{count} left out: no consent in force names the HMIS.</source>
        <translation>{count} quedaron fuera: ningún consentimiento vigente nombra al HMIS.</translation>
    </message>
    <message>
        <source>Substance use information held back for {count} (no Part 2 consent names the HMIS).</source>
        <translation>Se retuvo la información sobre uso de sustancias de {count} (ningún consentimiento de la Parte 2 nombra al HMIS).</translation>
    </message>
    <message>
        <source>{count} answers of rental with ongoing subsidy have no subsidy type: add it to the exit or the housing history.</source>
        <translation>{count} respuestas de alquiler con subsidio continuo no tienen tipo de subsidio: agréguelo al egreso o al historial de vivienda.</translation>
    </message>
    <message>
        <source>Something went wrong; it has been written to the log. No file was written.</source>
        <translation>Algo salió mal; quedó anotado en el registro del programa. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>FactSheetEditor</name>
    <message>
        <source>These texts print on the site&apos;s fact sheet. A blank line starts a new paragraph; a line starting with “- ” becomes a bullet. Empty a field to go back to the default text; a text without one (how to refer, contact) is left out of the fact sheet until it is written.</source>
        <translation>Estos textos se imprimen en la hoja informativa del sitio. Una línea en blanco inicia un párrafo nuevo; una línea que empieza con “- ” se convierte en una viñeta. Vacíe un campo para volver al texto predeterminado; un texto que no tiene uno (cómo remitir, contacto) queda fuera de la hoja informativa hasta que se escriba.</translation>
    </message>
    <message>
        <source>Not written yet: left out of the fact sheet.</source>
        <translation>Aún sin escribir: queda fuera de la hoja informativa.</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Save texts</source>
        <translation>&amp;Guardar textos</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Fact-sheet texts saved.</source>
        <translation>Textos de la hoja informativa guardados.</translation>
    </message>
    <message>
        <source>Defaults restored here; save to keep them.</source>
        <translation>Se restauraron aquí los valores predeterminados; guarde para conservarlos.</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logotipo guardado.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logotipo quitado.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s logo</source>
        <translation>Elegir el logotipo del sitio</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Made-up people only, in a folder of its own, to look around first. To unlock it later, sign in as {username} with the password “{password}”.</source>
        <translation>Solo personas inventadas, en una carpeta aparte, para recorrer el programa primero. Para desbloquearlo más tarde, inicie sesión como {username} con la contraseña “{password}”.</translation>
    </message>
    <message>
        <source>&amp;Create site</source>
        <translation>&amp;Crear sitio</translation>
    </message>
    <message>
        <source>&amp;Open the site</source>
        <translation>&amp;Abrir el sitio</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Set up LEAD Desktop</source>
        <translation>Configurar LEAD Desktop</translation>
    </message>
    <message>
        <source>Welcome to LEAD Desktop</source>
        <translation>Le damos la bienvenida a LEAD Desktop</translation>
    </message>
    <message>
        <source>Three short steps set up your site on this computer.</source>
        <translation>Tres pasos breves configuran su sitio en esta computadora.</translation>
    </message>
    <message>
        <source>LEAD Desktop keeps your site&apos;s records — participants, referrals, governance bodies and meetings — in one encrypted site file on this computer. Nobody can read that file without signing in.

The next pages name your site, create the first administrator account and give you a recovery key: the one way into the site if every password is ever lost.</source>
        <translation>LEAD Desktop guarda los registros de su sitio —participantes, remisiones, órganos de gobernanza y reuniones— en un único archivo cifrado del sitio en esta computadora. Nadie puede leer ese archivo sin iniciar sesión.

En las páginas siguientes se da nombre a su sitio, se crea la primera cuenta de administrador y se le entrega una clave de recuperación: la única forma de entrar al sitio si alguna vez se pierden todas las contraseñas.</translation>
    </message>
    <message>
        <source>The site file will be kept in this folder:</source>
        <translation>El archivo del sitio se guardará en esta carpeta:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open &amp;demo site</source>
        <translation>Abrir sitio de &amp;demostración</translation>
    </message>
    <message>
        <source>Open demo site</source>
        <translation>Abrir sitio de demostración</translation>
    </message>
    <message>
        <source>Use a &amp;shared server…</source>
        <translation>Usar un servidor &amp;compartido…</translation>
    </message>
    <message>
        <source>Use a shared server</source>
        <translation>Usar un servidor compartido</translation>
    </message>
    <message>
        <source>Your site already keeps its records on a server for several computers? Sign in to it instead of setting up a site here.</source>
        <translation>¿Su sitio ya guarda sus registros en un servidor para varias computadoras? Inicie sesión en él en lugar de crear un sitio aquí.</translation>
    </message>
    <message>
        <source>Your site</source>
        <translation>Su sitio</translation>
    </message>
    <message>
        <source>The site&apos;s name appears on reports and in the window&apos;s status bar.</source>
        <translation>El nombre del sitio aparece en los informes y en la barra de estado de la ventana.</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>&amp;Nombre del sitio:</translation>
    </message>
    <message>
        <source>e.g. Riverside County LEAD</source>
        <translation>p. ej., LEAD del Condado de Riverside</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <source>LEAD number &amp;prefix:</source>
        <translation>&amp;Prefijo del número LEAD:</translation>
    </message>
    <message>
        <source>optional, e.g. NOLA</source>
        <translation>opcional, p. ej., NOLA</translation>
    </message>
    <message>
        <source>LEAD number prefix (optional)</source>
        <translation>Prefijo del número LEAD (opcional)</translation>
    </message>
    <message>
        <source>Letters before each participant&apos;s number, as in NOLA-000042. Left empty, it is made from the site&apos;s name.</source>
        <translation>Letras que van antes del número de cada participante, como en NOLA-000042. Si se deja vacío, se forma a partir del nombre del sitio.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Cuenta de administrador</translation>
    </message>
    <message>
        <source>The administrator adds staff accounts and looks after the site. You can add more administrators later.</source>
        <translation>El administrador agrega las cuentas del personal y se ocupa del sitio. Puede agregar más administradores después.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>p. ej., jperez</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence you can remember works well.</source>
        <translation>Al menos 10 caracteres. Una frase corta que pueda recordar funciona bien.</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Your site is ready. Store this key now: LEAD Desktop shows it only this once.</source>
        <translation>Su sitio está listo. Guarde esta clave ahora: LEAD Desktop la muestra solo esta vez.</translation>
    </message>
    <message>
        <source>I &amp;have stored the recovery key safely</source>
        <translation>Ya &amp;guardé la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>I have stored the recovery key safely</source>
        <translation>Ya guardé la clave de recuperación en un lugar seguro</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>{count} of {maximum} characters: {over} too many</source>
        <translation>{count} de {maximum} caracteres: {over} de más</translation>
    </message>
    <message>
        <source>{count} of {maximum} characters</source>
        <translation>{count} de {maximum} caracteres</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Term ends today</source>
        <translation>El mandato termina hoy</translation>
    </message>
    <message>
        <source>Term ends tomorrow</source>
        <translation>El mandato termina mañana</translation>
    </message>
    <message>
        <source>Term ends in {n} days</source>
        <translation>El mandato termina en {n} días</translation>
    </message>
    <message>
        <source>Starts {day}</source>
        <translation>Comienza el {day}</translation>
    </message>
    <message>
        <source>Ended {day}</source>
        <translation>Terminó el {day}</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>&amp;Bodies and rosters</source>
        <translation>Ó&amp;rganos y listas de miembros</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>{name} on {body} (ends {day})</source>
        <translation>{name} en {body} (termina el {day})</translation>
    </message>
    <message>
        <source>1 term ends within 60 days: </source>
        <translation>1 mandato termina en los próximos 60 días: </translation>
    </message>
    <message>
        <source>{n} terms end within 60 days: </source>
        <translation>{n} mandatos terminan en los próximos 60 días: </translation>
    </message>
    <message>
        <source>; and {n} more</source>
        <translation>; y {n} más</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>1. People</source>
        <translation>1. Personas</translation>
    </message>
    <message>
        <source>2. Referrals</source>
        <translation>2. Remisiones</translation>
    </message>
    <message>
        <source>3. Contacts (optional)</source>
        <translation>3. Contactos (opcional)</translation>
    </message>
    <message>
        <source>4. Check and import</source>
        <translation>4. Revisar e importar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Possible matches to review</source>
        <translation>Posibles coincidencias para revisar</translation>
    </message>
    <message>
        <source>Rows that will be imported</source>
        <translation>Filas que se importarán</translation>
    </message>
    <message>
        <source>Rows already there or repeated</source>
        <translation>Filas ya registradas o repetidas</translation>
    </message>
    <message>
        <source>Import a site&apos;s history</source>
        <translation>Importar el historial de un sitio</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Asignaciones guardadas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Start with the people file: everyone the site referred.</source>
        <translation>Empiece por el archivo de personas: todas las personas que el sitio remitió.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop: an import stopped half-way leaves nothing imported (Esc)</source>
        <translation>Detener: una importación detenida a medias no deja nada importado (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Asignación guardada:</translation>
    </message>
    <message>
        <source>&amp;Dates in the files are written:</source>
        <translation>Las &amp;fechas de los archivos se escriben:</translation>
    </message>
    <message>
        <source>The people, referrals and contacts the site kept before LEAD Desktop, joined by the site&apos;s own client ID and imported together: everything or nothing. Importing them again adds only what is new.</source>
        <translation>Las personas, remisiones y contactos que el sitio registró antes de LEAD Desktop, unidos por el ID de cliente propio del sitio e importados juntos: todo o nada. Importarlos otra vez solo agrega lo nuevo.</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Revisar e importar</translation>
    </message>
    <message>
        <source>The site started using LEAD Desktop &amp;on:</source>
        <translation>El sitio empezó a usar LEAD Desktop el &amp;día:</translation>
    </message>
    <message>
        <source>Referrals dated before this day come in marked “recorded before LEAD Desktop”: they count in every report, but today&apos;s intake rules (officer, offense, hand-off, screening) are not asked of them. The import keeps this day as a site setting.</source>
        <translation>Las remisiones con fecha anterior a este día entran marcadas como «registradas antes de LEAD Desktop»: cuentan en todos los informes, pero no se les piden las reglas de admisión actuales (agente, delito, traspaso, evaluación). La importación guarda este día como configuración del sitio.</translation>
    </message>
    <message>
        <source>Chec&amp;k all rows</source>
        <translation>&amp;Revisar todas las filas</translation>
    </message>
    <message>
        <source>Check every row of the three files without importing anything</source>
        <translation>Revisar cada fila de los tres archivos sin importar nada</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se revisó.</translation>
    </message>
    <message>
        <source>File whose rows are shown</source>
        <translation>Archivo cuyas filas se muestran</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Filas que se muestran</translation>
    </message>
    <message>
        <source>Rows of the file and what the check found</source>
        <translation>Filas del archivo y lo que encontró la revisión</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only when every row of the three files is right</source>
        <translation>&amp;Todo o nada: importar solo cuando todas las filas de los tres archivos estén bien</translation>
    </message>
    <message>
        <source>Only the &amp;valid rows; write the others, with the reasons, one file per input, to the folder:</source>
        <translation>Solo las filas &amp;válidas; escribir las demás, con los motivos, un archivo por cada archivo, en la carpeta:</translation>
    </message>
    <message>
        <source>Folder for the rejected rows</source>
        <translation>Carpeta para las filas rechazadas</translation>
    </message>
    <message>
        <source>beside each file (NAME-rejected.csv)</source>
        <translation>junto a cada archivo (NOMBRE-rejected.csv)</translation>
    </message>
    <message>
        <source>Name, e.g. “Our spreadsheets 2024”</source>
        <translation>Nombre, p. ej. «Nuestras hojas de cálculo 2024»</translation>
    </message>
    <message>
        <source>Name of the mapping to save</source>
        <translation>Nombre de la asignación que se va a guardar</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Guardar asignación</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>Import everything, then undo it: shows what would happen</source>
        <translation>Importar todo y luego deshacerlo: muestra lo que pasaría</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Ro&amp;ws of:</source>
        <translation>Fi&amp;las de:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Check all rows, look at what the check found, then import.</source>
        <translation>Revise todas las filas, mire lo que encontró la revisión y luego importe.</translation>
    </message>
    <message>
        <source>Choose the people and referrals files first (steps 1 and 2).</source>
        <translation>Elija primero los archivos de personas y de remisiones (pasos 1 y 2).</translation>
    </message>
    <message>
        <source>Choose the {sheet} file</source>
        <translation>Elegir el archivo de {sheet}</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Check which column fills which field, then go on to the next file.</source>
        <translation>Compruebe qué columna llena cada campo y luego pase al archivo siguiente.</translation>
    </message>
    <message>
        <source>(none: matched by the column names)</source>
        <translation>(ninguna: según los nombres de las columnas)</translation>
    </message>
    <message>
        <source>Saved the mapping “{name}”. Choose it next time files come from the same place.</source>
        <translation>Se guardó la asignación «{name}». Elíjala la próxima vez que lleguen archivos del mismo lugar.</translation>
    </message>
    <message>
        <source>{count} possible matches ticked as someone else: check again to see what follows.</source>
        <translation>{count} posibles coincidencias marcadas como otra persona: revise de nuevo para ver lo que sigue.</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>Revisando {count} filas…</translation>
    </message>
    <message>
        <source>Contacts: no file chosen (step 3), so none are imported.</source>
        <translation>Contactos: no se eligió archivo (paso 3), así que no se importa ninguno.</translation>
    </message>
    <message>
        <source>{count} created</source>
        <translation>{count} creadas</translation>
    </message>
    <message>
        <source>{count} to import</source>
        <translation>{count} por importar</translation>
    </message>
    <message>
        <source>{count} referral subjects (not enrolled)</source>
        <translation>{count} personas remitidas (no inscritas)</translation>
    </message>
    <message>
        <source>{count} already there</source>
        <translation>{count} ya registradas</translation>
    </message>
    <message>
        <source>1 repeat</source>
        <translation>1 repetida</translation>
    </message>
    <message>
        <source>{n} repeats</source>
        <translation>{n} repetidas</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} rechazadas</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {parts}</source>
        <translation>{file}: {rows} filas — {parts}</translation>
    </message>
    <message>
        <source>{count} rows need attention: see “Rows with problems”. Correct them in the files and read them again, or import only the valid rows.</source>
        <translation>{count} filas necesitan atención: vea «Filas con problemas». Corríjalas en los archivos y léalos de nuevo, o importe solo las filas válidas.</translation>
    </message>
    <message>
        <source>Every row can be imported as it is.</source>
        <translation>Todas las filas se pueden importar tal como están.</translation>
    </message>
    <message>
        <source>Trying the import…</source>
        <translation>Probando la importación…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Dry run: the import would be refused, {count} rows need attention. Nothing was changed.</source>
        <translation>Prueba: la importación se rechazaría, {count} filas necesitan atención. No se cambió nada.</translation>
    </message>
    <message>
        <source>Dry run: this is what the import would do. Nothing was changed.</source>
        <translation>Prueba: esto es lo que haría la importación. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows need attention. Correct them, or choose “Only the valid rows”.</source>
        <translation>No se importó nada: {count} filas necesitan atención. Corríjalas o elija «Solo las filas válidas».</translation>
    </message>
    <message>
        <source>Imported the history.</source>
        <translation>Se importó el historial.</translation>
    </message>
    <message>
        <source>The rows that need attention are in: {files}.</source>
        <translation>Las filas que necesitan atención están en: {files}.</translation>
    </message>
    <message>
        <source>Everyone the site referred, enrolled or not: one row per person, with the site&apos;s own client ID. A Status column says who enrolled (“Active”, “Exited”, “Not enrolled”…); people who never enrolled come in as the subjects of their referrals. No enrollment date? It is taken from the person&apos;s referral.</source>
        <translation>Todas las personas que el sitio remitió, inscritas o no: una fila por persona, con el ID de cliente propio del sitio. Una columna de estado dice quién se inscribió («Activo», «Egresado», «No inscrito»…); las personas que nunca se inscribieron entran como las personas de sus remisiones. ¿No hay fecha de inscripción? Se toma de la remisión de la persona.</translation>
    </message>
    <message>
        <source>One row per referral, with the client ID of the person referred. Name, birth date, race and sex may come from the people file. Referrals from before the site used LEAD Desktop may lack the officer, offense or hand-off time.</source>
        <translation>Una fila por remisión, con el ID de cliente de la persona remitida. El nombre, la fecha de nacimiento, la raza y el sexo pueden venir del archivo de personas. A las remisiones de antes de que el sitio usara LEAD Desktop les puede faltar el agente, el delito o la hora del traspaso.</translation>
    </message>
    <message>
        <source>One row per contact, with the client ID of the participant. Leave this step empty if the site kept no contacts.</source>
        <translation>Una fila por contacto, con el ID de cliente del participante. Deje este paso vacío si el sitio no registró contactos.</translation>
    </message>
</context>
<context>
    <name>HmisExportPart</name>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Correct the project&apos;s HMIS details</source>
        <translation>Corregir los datos del proyecto en el HMIS</translation>
    </message>
    <message>
        <source>The project in the Continuum of Care&apos;s HMIS (asked once, then kept)</source>
        <translation>El proyecto en el HMIS del Continuum of Care (se pregunta una vez y se guarda)</translation>
    </message>
    <message>
        <source>Also e&amp;xport the participants without such a consent, because:</source>
        <translation>&amp;También exportar a los participantes sin ese consentimiento, porque:</translation>
    </message>
    <message>
        <source>Why participants without an HMIS consent are exported</source>
        <translation>Por qué se exportan participantes sin consentimiento para el HMIS</translation>
    </message>
    <message>
        <source>the reason goes into each one&apos;s disclosure log</source>
        <translation>el motivo queda en el registro de divulgaciones de cada uno</translation>
    </message>
    <message>
        <source>Written as the HMIS CSV FY2026 specification asks: every file&apos;s full header, blank or “data not collected” where LEAD Desktop holds no answer. Substance use information (a stay in a treatment facility, a referral to treatment) goes only under a 42 CFR Part 2 consent that names the HMIS. Every participant exported gets an entry in their disclosure log.</source>
        <translation>Se escribe como pide la especificación HMIS CSV FY2026: el encabezado completo de cada archivo, en blanco o «dato no recopilado» donde LEAD Desktop no tiene respuesta. La información sobre uso de sustancias (una estadía en un centro de tratamiento, una remisión a tratamiento) solo va con un consentimiento de 42 CFR Part 2 que nombre al HMIS. Cada participante exportado recibe una entrada en su registro de divulgaciones.</translation>
    </message>
    <message>
        <source>{covered} participants have a consent in force that names the HMIS / Continuum of Care and are exported.</source>
        <translation>{covered} participantes tienen un consentimiento vigente que nombra al HMIS / Continuum of Care y se exportan.</translation>
    </message>
    <message>
        <source>{count} have none and are left out.</source>
        <translation>{count} no lo tienen y quedan fuera.</translation>
    </message>
    <message>
        <source>The project&apos;s HMIS details are missing. An administrator gives them once, in this dialog, before the first HMIS export.</source>
        <translation>Faltan los datos del proyecto en el HMIS. Un administrador los indica una vez, en este diálogo, antes de la primera exportación de HMIS.</translation>
    </message>
    <message>
        <source>HMIS project {project} ({name}), {kind}, CoC {coc}.</source>
        <translation>Proyecto de HMIS {project} ({name}), {kind}, CoC {coc}.</translation>
    </message>
    <message>
        <source>First, the project&apos;s details as the Continuum of Care&apos;s HMIS knows them. They are kept for the next export.</source>
        <translation>Primero, los datos del proyecto tal como los conoce el HMIS del Continuum of Care. Se guardan para la próxima exportación.</translation>
    </message>
</context>
<context>
    <name>HmisImportDialog</name>
    <message>
        <source>Import from an HMIS</source>
        <translation>Importar desde un HMIS</translation>
    </message>
    <message>
        <source>The folder or .zip of an HMIS CSV export</source>
        <translation>La carpeta o el .zip de una exportación CSV de HMIS</translation>
    </message>
    <message>
        <source>HMIS CSV export to import</source>
        <translation>Exportación CSV de HMIS que se importará</translation>
    </message>
    <message>
        <source>Choose .&amp;zip…</source>
        <translation>Elegir .&amp;zip…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Project to import</source>
        <translation>Proyecto que se importará</translation>
    </message>
    <message>
        <source>Choose the export. Its clients, enrollments and exits of one project become participants; people already linked to the HMIS are updated.</source>
        <translation>Elija la exportación. Los clientes, inscripciones y egresos de un proyecto pasan a ser participantes; se actualiza a las personas ya vinculadas al HMIS.</translation>
    </message>
    <message>
        <source>1. The HMIS export</source>
        <translation>1. La exportación de HMIS</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Clients of the project and what the check found</source>
        <translation>Clientes del proyecto y lo que encontró la revisión</translation>
    </message>
    <message>
        <source>Chec&amp;k clients</source>
        <translation>&amp;Revisar clientes</translation>
    </message>
    <message>
        <source>Check every client without importing anything</source>
        <translation>Revisar a cada cliente sin importar nada</translation>
    </message>
    <message>
        <source>2. Check</source>
        <translation>2. Revisión</translation>
    </message>
    <message>
        <source>All or nothing: the import goes in only when every client can. Importing the same export again adds nothing. A blank or “data not collected” in the HMIS never replaces what LEAD Desktop knows.</source>
        <translation>Todo o nada: la importación entra solo cuando todos los clientes pueden entrar. Importar de nuevo la misma exportación no agrega nada. Un blanco o «dato no recopilado» en el HMIS nunca reemplaza lo que sabe LEAD Desktop.</translation>
    </message>
    <message>
        <source>Your role does not allow importing records.</source>
        <translation>Su rol no permite importar registros.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>{project}: {count} enrollments</source>
        <translation>{project}: {count} inscripciones</translation>
    </message>
    <message>
        <source>HMIS CSV FY{version}; projects with enrollments: {count}.</source>
        <translation>HMIS CSV FY{version}; proyectos con inscripciones: {count}.</translation>
    </message>
    <message>
        <source>Choose the project, then check its clients.</source>
        <translation>Elija el proyecto y luego revise sus clientes.</translation>
    </message>
    <message>
        <source>The export has no enrollments to import.</source>
        <translation>La exportación no tiene inscripciones para importar.</translation>
    </message>
    <message>
        <source>Choose the HMIS CSV export (.zip)</source>
        <translation>Elija la exportación CSV de HMIS (.zip)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of the HMIS CSV export</source>
        <translation>Elija la carpeta de la exportación CSV de HMIS</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} clientes</translation>
    </message>
    <message>
        <source>{count} reviewed and ticked to import anyway</source>
        <translation>{count} revisadas y marcadas para importarlas de todos modos</translation>
    </message>
    <message>
        <source>Checking the clients…</source>
        <translation>Revisando los clientes…</translation>
    </message>
    <message>
        <source>{count} clients have problems; nothing can be imported until they are corrected in the HMIS.</source>
        <translation>{count} clientes tienen problemas; no se puede importar nada hasta que se corrijan en el HMIS.</translation>
    </message>
    <message>
        <source>Every client can be imported.</source>
        <translation>Todos los clientes se pueden importar.</translation>
    </message>
    <message>
        <source>Trying the import…</source>
        <translation>Probando la importación…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} clients have problems.</source>
        <translation>No se importó nada: {count} clientes tienen problemas.</translation>
    </message>
    <message>
        <source>Dry run: {created} participants would be created and {updated} updated. Nothing was changed.</source>
        <translation>Prueba: se crearían {created} participantes y se actualizarían {updated}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {created} new participants and updated {updated}.</source>
        <translation>Se importaron {created} participantes nuevos y se actualizaron {updated}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se va a importar</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que se va a importar.</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. El archivo</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Contiene:</translation>
    </message>
    <message>
        <source>Rows of the file and what the check found</source>
        <translation>Filas del archivo y lo que encontró la revisión</translation>
    </message>
    <message>
        <source>Chec&amp;k rows</source>
        <translation>&amp;Revisar filas</translation>
    </message>
    <message>
        <source>Check every row without importing anything</source>
        <translation>Revisar cada fila sin importar nada</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Filas que se muestran</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Possible matches to review</source>
        <translation>Posibles coincidencias para revisar</translation>
    </message>
    <message>
        <source>Rows ready to import</source>
        <translation>Filas listas para importar</translation>
    </message>
    <message>
        <source>Rows already imported or on file</source>
        <translation>Filas ya importadas o ya registradas</translation>
    </message>
    <message>
        <source>3. Check</source>
        <translation>3. Revisión</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only when every row is right</source>
        <translation>&amp;Todo o nada: importar solo si todas las filas están bien</translation>
    </message>
    <message>
        <source>Only the &amp;valid rows; write the others, with the reasons, to:</source>
        <translation>Solo las filas &amp;válidas; escribir las demás, con los motivos, en:</translation>
    </message>
    <message>
        <source>File for the rejected rows</source>
        <translation>Archivo para las filas rechazadas</translation>
    </message>
    <message>
        <source>beside the imported file (NAME-rejected.csv)</source>
        <translation>junto al archivo importado (NOMBRE-rejected.csv)</translation>
    </message>
    <message>
        <source>4. Import</source>
        <translation>4. Importación</translation>
    </message>
    <message>
        <source>Your role does not allow importing records.</source>
        <translation>Su rol no permite importar registros.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se revisó.</translation>
    </message>
    <message>
        <source>Check the mapping, then check the rows.</source>
        <translation>Revise la asignación y luego revise las filas.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que se va a importar</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>{count} reviewed and ticked to import anyway</source>
        <translation>{count} revisadas y marcadas para importarlas de todos modos</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>Revisando {count} filas…</translation>
    </message>
    <message>
        <source>{count} rows have problems. Correct them in the file and read it again, or import only the valid rows.</source>
        <translation>{count} filas tienen problemas. Corríjalas en el archivo y vuelva a leerlo, o importe solo las filas válidas.</translation>
    </message>
    <message>
        <source>Every row can be imported as it is.</source>
        <translation>Todas las filas se pueden importar tal como están.</translation>
    </message>
    <message>
        <source>Trying the import…</source>
        <translation>Probando la importación…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Dry run: the import would be refused, {count} rows have problems. Nothing was changed.</source>
        <translation>Prueba: la importación se rechazaría, {count} filas tienen problemas. No se cambió nada.</translation>
    </message>
    <message>
        <source>Dry run: {count} records would be created. Nothing was changed.</source>
        <translation>Prueba: se crearían {count} registros. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have problems. Correct them, or choose “Only the valid rows”.</source>
        <translation>No se importó nada: {count} filas tienen problemas. Corríjalas, o elija “Solo las filas válidas”.</translation>
    </message>
    <message>
        <source>Imported {count} new records.</source>
        <translation>Se importaron {count} registros nuevos.</translation>
    </message>
    <message>
        <source>{count} rows were not imported: see the list.</source>
        <translation>{count} filas no se importaron: vea la lista.</translation>
    </message>
    <message>
        <source>The rows that need attention are in {file}.</source>
        <translation>Las filas que requieren atención están en {file}.</translation>
    </message>
</context>
<context>
    <name>ImportRunPart</name>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>Import everything, then undo it: shows what would happen</source>
        <translation>Importar todo y luego deshacerlo: muestra lo que pasaría</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop: an import stopped half-way leaves nothing imported (Esc)</source>
        <translation>Detener: una importación detenida a medias no deja nada importado (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>IntakeSummaryWidget</name>
    <message>
        <source>Intake deadlines</source>
        <translation>Plazos de admisión</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Vencidas: {count}</translation>
    </message>
    <message>
        <source>Due today: {count}</source>
        <translation>Vencen hoy: {count}</translation>
    </message>
    <message>
        <source>Due in the next 7 days: {count}</source>
        <translation>Vencen en los próximos 7 días: {count}</translation>
    </message>
    <message>
        <source>No intake is overdue or due this week.</source>
        <translation>Ninguna admisión está vencida ni vence esta semana.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>LEAD Desktop will use {language} from the next time it starts. Close it and open it again to switch now.</source>
        <translation>LEAD Desktop usará {language} a partir de la próxima vez que se inicie. Ciérrelo y vuelva a abrirlo para cambiar ahora.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;Sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — {username}</source>
        <translation>Bloqueado — {username}</translation>
    </message>
    <message>
        <source>You locked LEAD Desktop: no records show until you sign in again. Sign in to go back to where you were.</source>
        <translation>Usted bloqueó LEAD Desktop: no se muestra ningún registro hasta que vuelva a iniciar sesión. Inicie sesión para volver a donde estaba.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>LEAD Desktop locked itself so that no records show while nobody is at the computer. Sign in again to go back to where you were.</source>
        <translation>LEAD Desktop se bloqueó para que no se vean registros mientras no hay nadie en la computadora. Vuelva a iniciar sesión para regresar a donde estaba.</translation>
    </message>
    <message>
        <source>Sign &amp;out instead</source>
        <translation>Mejor cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Use &amp;keychain</source>
        <translation>Usar el &amp;llavero</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s keychain</source>
        <translation>Desbloquear con el llavero de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>LogoEditor</name>
    <message>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <source>A logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG de 1 MB como máximo.</translation>
    </message>
    <message>
        <source>Save the settings to keep this logo.</source>
        <translation>Guarde la configuración para conservar este logotipo.</translation>
    </message>
    <message>
        <source>Choose the site&apos;s logo</source>
        <translation>Elegir el logotipo del sitio</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save the settings to remove the logo.</source>
        <translation>Guarde la configuración para quitar el logotipo.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed-in person</source>
        <translation>Persona con sesión iniciada</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Aviso sobre la copia de seguridad</translation>
    </message>
    <message>
        <source>Automatic backup in progress</source>
        <translation>Copia de seguridad automática en curso</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Sitio: {site}</translation>
    </message>
    <message>
        <source>{site} — LEAD Desktop</source>
        <translation>{site} — LEAD Desktop</translation>
    </message>
    <message>
        <source>LEAD Desktop</source>
        <translation>LEAD Desktop</translation>
    </message>
    <message>
        <source>Site: {site} on the server {server}</source>
        <translation>Sitio: {site} en el servidor {server}</translation>
    </message>
    <message>
        <source>Everyone signed in to this server works on the same records; the lists show their changes within seconds.</source>
        <translation>Todas las personas conectadas a este servidor trabajan con los mismos registros; las listas muestran sus cambios en pocos segundos.</translation>
    </message>
    <message>
        <source>{site} on {server} — LEAD Desktop</source>
        <translation>{site} en {server} — LEAD Desktop</translation>
    </message>
    <message>
        <source>Site: {site} — an old copy: the site moved to the server {server}</source>
        <translation>Sitio: {site} — una copia antigua: el sitio se trasladó al servidor {server}</translation>
    </message>
    <message>
        <source>This site was moved to a shared server. Changes made in this copy on this computer do not reach the server or anyone working there. Sign in to the server instead.</source>
        <translation>Este sitio se trasladó a un servidor compartido. Los cambios hechos en esta copia, en esta computadora, no llegan al servidor ni a quienes trabajan en él. Inicie sesión en el servidor.</translation>
    </message>
    <message>
        <source>Sign in to change keychain unlock.</source>
        <translation>Inicie sesión para cambiar el desbloqueo con el llavero.</translation>
    </message>
    <message>
        <source>Keychain unlock needs a personal account; this session was opened with the recovery key.</source>
        <translation>El desbloqueo con el llavero necesita una cuenta personal; esta sesión se abrió con la clave de recuperación.</translation>
    </message>
    <message>
        <source>Not used on a shared server (tick “Remember my password” when you sign in instead).</source>
        <translation>No se usa en un servidor compartido (en su lugar, marque «Recordar mi contraseña» al iniciar sesión).</translation>
    </message>
    <message>
        <source>Your site&apos;s administrator has turned keychain unlock off.</source>
        <translation>El administrador de su sitio desactivó el desbloqueo con el llavero.</translation>
    </message>
    <message>
        <source>Keychain unlock: {reason}</source>
        <translation>Desbloqueo con el llavero: {reason}</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can now unlock LEAD Desktop for you.</source>
        <translation>Ahora el llavero de esta computadora puede desbloquear LEAD Desktop por usted.</translation>
    </message>
    <message>
        <source>Keychain unlock is off for your account on every computer.</source>
        <translation>El desbloqueo con el llavero está desactivado para su cuenta en todas las computadoras.</translation>
    </message>
    <message>
        <source>Keychain unlock</source>
        <translation>Desbloqueo con el llavero</translation>
    </message>
    <message>
        <source>About LEAD Desktop</source>
        <translation>Acerca de LEAD Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LEAD Desktop {version}&lt;/h3&gt;&lt;p&gt;LEAD (Law Enforcement Assisted Diversion) lets police officers refer people whose offenses come from drug use, mental illness or poverty to community-based case management instead of jail and prosecution. LEAD Desktop keeps a LEAD site&apos;s participants, referrals and governance work in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Free software under the GNU Affero General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LEAD Desktop {version}&lt;/h3&gt;&lt;p&gt;LEAD (Law Enforcement Assisted Diversion, desvío asistido por las fuerzas del orden) permite que los agentes de policía remitan a personas cuyos delitos se deben al consumo de drogas, a enfermedades mentales o a la pobreza a una administración de casos en la comunidad, en lugar de la cárcel y el procesamiento penal. LEAD Desktop guarda los participantes, las remisiones y el trabajo de gobernanza de un sitio LEAD en un único archivo cifrado en esta computadora.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Back up site…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Remisiones</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Gobernanza</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Reu&amp;niones</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Unlock with this computer&apos;s keychain</source>
        <translation>&amp;Desbloquear con el llavero de esta computadora</translation>
    </message>
    <message>
        <source>&amp;About LEAD Desktop</source>
        <translation>&amp;Acerca de LEAD Desktop</translation>
    </message>
</context>
<context>
    <name>MappingPart</name>
    <message>
        <source>Saved mappings</source>
        <translation>Asignaciones guardadas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Name, e.g. “Outreach sheet 2024”</source>
        <translation>Nombre, p. ej., “Hoja de alcance comunitario 2024”</translation>
    </message>
    <message>
        <source>Name of the mapping to save</source>
        <translation>Nombre de la asignación que se va a guardar</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Guardar asignación</translation>
    </message>
    <message>
        <source>2. Which column fills which field</source>
        <translation>2. Qué columna llena qué campo</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Asignación guardada:</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Las &amp;fechas se escriben:</translation>
    </message>
    <message>
        <source>(none: matched by the column names)</source>
        <translation>(ninguna: según los nombres de las columnas)</translation>
    </message>
    <message>
        <source>Saved the mapping “{name}”. Choose it next time a file comes from the same place.</source>
        <translation>Se guardó la asignación “{name}”. Elíjala la próxima vez que llegue un archivo del mismo origen.</translation>
    </message>
    <message>
        <source>Deleted the mapping “{name}”.</source>
        <translation>Se eliminó la asignación “{name}”.</translation>
    </message>
    <message>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>¿Eliminar la asignación guardada “{name}”?</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se revisó.</translation>
    </message>
    <message>
        <source>The saved mapping names columns this file lacks: {columns}.</source>
        <translation>La asignación guardada nombra columnas que este archivo no tiene: {columns}.</translation>
    </message>
    <message>
        <source>No column fills: {fields}. Every row will need it.</source>
        <translation>Ninguna columna llena: {fields}. Todas las filas lo necesitarán.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Case conferencing</source>
        <translation>Con&amp;ferencia de casos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Guardar deta&amp;lles</translation>
    </message>
    <message>
        <source>Remove meeting…</source>
        <translation>Quitar reunión…</translation>
    </message>
    <message>
        <source>Only a draft without decisions or actions.</source>
        <translation>Solo un borrador sin decisiones ni tareas.</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>No se eligió ninguna reunión</translation>
    </message>
    <message>
        <source>{body} — {when}</source>
        <translation>{body} — {when}</translation>
    </message>
    <message>
        <source>Minutes: {status}</source>
        <translation>Acta: {status}</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {when}. They can no longer be changed; corrections are recorded as amendments on the Minutes tab.</source>
        <translation>Esta acta se aprobó en la reunión del {when}. Ya no se puede modificar; las correcciones se registran como enmiendas en la pestaña Acta.</translation>
    </message>
    <message>
        <source>{count} carried forward from earlier meetings ({open} still open). Record their status here; closed ones are not carried to the next meeting.</source>
        <translation>{count} arrastradas de reuniones anteriores ({open} todavía abiertas). Registre aquí su estado; las cerradas no pasan a la reunión siguiente.</translation>
    </message>
    <message>
        <source>No open action items were carried forward to this meeting.</source>
        <translation>No se arrastró ninguna tarea abierta a esta reunión.</translation>
    </message>
    <message>
        <source>Remove this meeting? Only a draft entered by mistake should be removed.</source>
        <translation>¿Quitar esta reunión? Solo se debe quitar un borrador ingresado por error.</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Quitar reunión</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Ór&amp;gano:</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <source>Add a meeting of this body (Ctrl+N)</source>
        <translation>Agregar una reunión de este órgano (Ctrl+N)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Add the bodies on the Governance page first.</source>
        <translation>Primero agregue los órganos en la página Gobernanza.</translation>
    </message>
    <message>
        <source>No meetings of this body yet.</source>
        <translation>Este órgano todavía no tiene reuniones.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Fusionar con otro registro</translation>
    </message>
    <message>
        <source>Choose another record of {name} ({number}). Its contacts, consents and other history move to this record and its name becomes an alias here. You can undo the merge from the Merges tab.</source>
        <translation>Elija otro registro de {name} ({number}). Sus contactos, consentimientos y demás historial pasan a este registro, y su nombre queda aquí como alias. Puede deshacer la fusión desde la pestaña Fusiones.</translation>
    </message>
    <message>
        <source>Search name, alias or LEAD number</source>
        <translation>Buscar nombre, alias o número LEAD</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>Buscar el otro registro</translation>
    </message>
    <message>
        <source>Records to merge</source>
        <translation>Registros para fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge into this record</source>
        <translation>&amp;Fusionar en este registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No likely duplicates found. Search for the other record above.</source>
        <translation>No se encontraron posibles duplicados. Busque el otro registro arriba.</translation>
    </message>
    <message>
        <source>No other record matches “{text}”.</source>
        <translation>Ningún otro registro coincide con “{text}”.</translation>
    </message>
    <message>
        <source>Select the record to merge into this one.</source>
        <translation>Seleccione el registro que se fusionará en este.</translation>
    </message>
    <message>
        <source>Moves to this record: {moved}.</source>
        <translation>Pasa a este registro: {moved}.</translation>
    </message>
</context>
<context>
    <name>MergesTab</name>
    <message>
        <source>This record has not been merged with another.</source>
        <translation>Este registro no se ha fusionado con ningún otro.</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Fusionar con otro registro…</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Deshacer fusión…</translation>
    </message>
    <message>
        <source>(record removed)</source>
        <translation>(registro eliminado)</translation>
    </message>
    <message>
        <source>Undo this merge? The records that moved go back to {other}.</source>
        <translation>¿Deshacer esta fusión? Los registros que se movieron vuelven a {other}.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer fusión</translation>
    </message>
</context>
<context>
    <name>MinutesPart</name>
    <message>
        <source>&amp;Minutes</source>
        <translation>Ac&amp;ta</translation>
    </message>
    <message>
        <source>Circ&amp;ulate</source>
        <translation>Circu&amp;lar</translation>
    </message>
    <message>
        <source>Send the draft to the members; it can still be corrected until approved.</source>
        <translation>Enviar el borrador a los miembros; todavía se puede corregir hasta que se apruebe.</translation>
    </message>
    <message>
        <source>Approve &amp;previous minutes…</source>
        <translation>A&amp;probar el acta anterior…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <source>&amp;Record amendment…</source>
        <translation>Registrar en&amp;mienda…</translation>
    </message>
    <message>
        <source>Amendments to approved minutes</source>
        <translation>Enmiendas a actas aprobadas</translation>
    </message>
    <message>
        <source>No amendments recorded.</source>
        <translation>No hay enmiendas registradas.</translation>
    </message>
    <message>
        <source>Draft minutes. Circulate them to the members when they are ready; they are approved at a later meeting of this body.</source>
        <translation>Borrador del acta. Hágala circular entre los miembros cuando esté lista; se aprueba en una reunión posterior de este órgano.</translation>
    </message>
    <message>
        <source>Circulated to the members. They are approved at a later meeting of this body, with “Approve previous minutes…” there.</source>
        <translation>Circulada entre los miembros. Se aprueba en una reunión posterior de este órgano, con “Aprobar el acta anterior…” allí.</translation>
    </message>
    <message>
        <source>Approved. Lock them to mark them final; corrections are recorded as amendments.</source>
        <translation>Aprobada. Bloquéela para marcarla como definitiva; las correcciones se registran como enmiendas.</translation>
    </message>
    <message>
        <source>Approved and locked. Corrections are recorded as amendments.</source>
        <translation>Aprobada y bloqueada. Las correcciones se registran como enmiendas.</translation>
    </message>
    <message>
        <source>At this meeting the members approved the minutes of {dates}.</source>
        <translation>En esta reunión los miembros aprobaron el acta del {dates}.</translation>
    </message>
    <message>
        <source>These minutes were approved at the meeting of {when}.</source>
        <translation>Esta acta se aprobó en la reunión del {when}.</translation>
    </message>
    <message>
        <source>No earlier meeting of this body has circulated minutes waiting for approval.</source>
        <translation>Ninguna reunión anterior de este órgano tiene un acta circulada pendiente de aprobación.</translation>
    </message>
    <message>
        <source>Lock these approved minutes? They stay as they are; corrections become amendments.</source>
        <translation>¿Bloquear esta acta aprobada? Queda tal como está; las correcciones pasan a ser enmiendas.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Record amendment</source>
        <translation>Registrar enmienda</translation>
    </message>
</context>
<context>
    <name>OfflinePart</name>
    <message>
        <source>Working offline</source>
        <translation>Trabajando sin conexión</translation>
    </message>
    <message>
        <source>Work o&amp;ffline</source>
        <translation>Trabajar sin c&amp;onexión</translation>
    </message>
    <message>
        <source>Work on this laptop&apos;s copy without the server; your changes wait here and are sent when you untick this.</source>
        <translation>Trabajar en la copia de esta computadora portátil sin el servidor; sus cambios esperan aquí y se envían cuando desmarque esta opción.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Send the changes waiting on this laptop and bring its copy up to date</source>
        <translation>Enviar los cambios que esperan en esta computadora portátil y actualizar su copia</translation>
    </message>
    <message>
        <source>Changes &amp;waiting to be sent…</source>
        <translation>Ca&amp;mbios que esperan para enviarse…</translation>
    </message>
    <message>
        <source>Sign out and &amp;remove this laptop&apos;s copy…</source>
        <translation>Cerrar sesión y &amp;eliminar la copia de esta computadora portátil…</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting to be sent</source>
        <translation>Sin conexión — 1 cambio esperando para enviarse</translation>
    </message>
    <message>
        <source>Offline — {count} changes waiting to be sent</source>
        <translation>Sin conexión — {count} cambios esperando para enviarse</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 cambio esperando para enviarse</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent</source>
        <translation>{count} cambios esperando para enviarse</translation>
    </message>
    <message>
        <source>An administrator revoked this laptop&apos;s copy of your work, so it was removed from this computer. You are working on the server.</source>
        <translation>Un administrador revocó la copia de su trabajo en esta computadora portátil, así que se eliminó de esta computadora. Está trabajando en el servidor.</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working on this laptop&apos;s copy.</source>
        <translation>No se puede conectar con el servidor: está trabajando en la copia de esta computadora portátil.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>The server answers again: back online.</source>
        <translation>El servidor responde de nuevo: vuelve a trabajar con conexión.</translation>
    </message>
    <message>
        <source>The server refused {count} of the changes made offline; they wait on this laptop with the reason.</source>
        <translation>El servidor rechazó {count} de los cambios hechos sin conexión; esperan en esta computadora portátil con el motivo.</translation>
    </message>
    <message>
        <source>Sign out and remove the copy of your work from this laptop? Your unsaved drafts on this laptop go with it. The next sign-in here while connected makes a new copy.</source>
        <translation>¿Cerrar sesión y eliminar la copia de su trabajo de esta computadora portátil? Sus borradores sin guardar en esta computadora portátil se eliminan con ella. El próximo inicio de sesión aquí con conexión crea una copia nueva.</translation>
    </message>
    <message>
        <source>{count} change(s) made offline have not reached the server yet and would be lost. Choose Sync now first to send them.</source>
        <translation>{count} cambio(s) hechos sin conexión todavía no han llegado al servidor y se perderían. Elija Sincronizar ahora primero para enviarlos.</translation>
    </message>
    <message>
        <source>Remove this laptop&apos;s copy</source>
        <translation>Eliminar la copia de esta computadora portátil</translation>
    </message>
</context>
<context>
    <name>OptionsPart</name>
    <message>
        <source>Not written yet, so left out of the fact sheet: {names}. Write them on the Fact sheet texts tab.</source>
        <translation>Aún sin escribir, por eso quedan fuera de la hoja informativa: {names}. Escríbalos en la pestaña Textos de la hoja informativa.</translation>
    </message>
    <message>
        <source>Not written yet, so left out of the fact sheet: {names}. An administrator or project manager writes them on this page.</source>
        <translation>Aún sin escribir, por eso quedan fuera de la hoja informativa: {names}. Un administrador o el gerente de proyecto los escribe en esta página.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Public — counts under 11 shown as “&lt;11”</source>
        <translation>Público — las cantidades menores de 11 se muestran como “&lt;11”</translation>
    </message>
    <message>
        <source>Internal (for the PCG) — contains small counts</source>
        <translation>Interno (para el PCG) — contiene cantidades pequeñas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>Un día del período</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Ór&amp;gano:</translation>
    </message>
    <message>
        <source>Meet&amp;ing:</source>
        <translation>Reu&amp;nión:</translation>
    </message>
    <message>
        <source>One page for the public: what LEAD is, how referral works, goals, governance, figures, how to refer and whom to contact.</source>
        <translation>Una página para el público: qué es LEAD, cómo funcionan las remisiones, objetivos, gobernanza, cifras, cómo remitir y a quién contactar.</translation>
    </message>
    <message>
        <source>For the PCG and funders: referral funnel, hand-offs, intakes, enrollments, exits, engagement, caseloads, services, housing, who was served, the equity panel and monthly trends.</source>
        <translation>Para el PCG y los financiadores: embudo de remisiones, traspasos, admisiones, inscripciones, egresos, participación, cargas de casos, servicios, vivienda, a quiénes se atendió, el panel de equidad y las tendencias mensuales.</translation>
    </message>
    <message>
        <source>&amp;Day in the period:</source>
        <translation>&amp;Día del período:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Case-conference notes are never part of minutes or packets.</source>
        <translation>Las notas de la conferencia de casos nunca forman parte de las actas ni de los paquetes.</translation>
    </message>
    <message>
        <source>The agenda, the previous meeting&apos;s minutes, the open action items and a program snapshot (counts under 11 withheld).</source>
        <translation>El orden del día, el acta de la reunión anterior, las tareas abiertas y un resumen del programa (sin las cantidades menores de 11).</translation>
    </message>
    <message>
        <source>{body} — {when} ({status})</source>
        <translation>{body} — {when} ({status})</translation>
    </message>
    <message>
        <source>A governance body&apos;s members, terms and seats.</source>
        <translation>Los miembros, mandatos y puestos de un órgano de gobernanza.</translation>
    </message>
    <message>
        <source>Attendance, quorum, agenda, decisions and action items. Draft until approved.</source>
        <translation>Asistencia, quórum, orden del día, decisiones y tareas. Borrador hasta su aprobación.</translation>
    </message>
    <message>
        <source>Everything members need before the meeting.</source>
        <translation>Todo lo que los miembros necesitan antes de la reunión.</translation>
    </message>
    <message>
        <source>One participant&apos;s record, CONFIDENTIAL, for a named recipient. It is logged as a disclosure; substance-use information carries the 42 CFR 2.32 notice.</source>
        <translation>El registro de un participante, CONFIDENCIAL, para un destinatario con nombre. Queda anotado como divulgación; la información sobre consumo de sustancias lleva el aviso de 42 CFR 2.32.</translation>
    </message>
    <message>
        <source>What the records of the site&apos;s history lack — referrals recorded before LEAD Desktop without an officer, offense, hand-off or screening, enrollment dates worked out from a referral — for the project manager to fill in. It names people.</source>
        <translation>Lo que les falta a los registros del historial del sitio — remisiones registradas antes de LEAD Desktop sin agente, delito, traspaso o evaluación, fechas de inscripción deducidas de una remisión — para que el gerente de proyecto lo complete. Nombra a personas.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>One list for the whole program: every organization is on Governance → Organizations, and one that refers people is offered on the referral form too.</source>
        <translation>Una sola lista para todo el programa: cada organización está en Gobernanza → Organizaciones, y la que remite personas también se ofrece en el formulario de remisión.</translation>
    </message>
</context>
<context>
    <name>OrganizationsTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Refers people</source>
        <translation>Remite personas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>No organizations yet: add the partner agencies, providers and community groups. The police department and others that refer people are on the Referrals page too.</source>
        <translation>Aún no hay organizaciones: agregue las agencias asociadas, los proveedores y los grupos comunitarios. El departamento de policía y las demás que remiten personas también aparecen en la página Remisiones.</translation>
    </message>
    <message>
        <source>Delete the organization {name}?</source>
        <translation>¿Eliminar la organización {name}?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the participant&apos;s details (Ctrl+E)</source>
        <translation>Editar los datos del participante (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Participant details</source>
        <translation>Datos del participante</translation>
    </message>
</context>
<context>
    <name>PagesSection</name>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importar y exportar</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Possible matches already on file</source>
        <translation>Posibles coincidencias ya registradas</translation>
    </message>
    <message>
        <source>This person may already have a record. Open the matching record instead, or save a new person if none of these is them.</source>
        <translation>Es posible que esta persona ya tenga un registro. Abra el registro que coincide, o guarde una persona nueva si ninguno de estos es esa persona.</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Abrir el registro seleccionado</translation>
    </message>
    <message>
        <source>Save as a &amp;new person</source>
        <translation>Guardar como persona &amp;nueva</translation>
    </message>
    <message>
        <source>Check for duplicates and save (Ctrl+S)</source>
        <translation>Buscar duplicados y guardar (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>No contact in {days} days</source>
        <translation>Sin contacto en {days} días</translation>
    </message>
    <message>
        <source>Court date this week</source>
        <translation>Audiencia esta semana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation>Cualquier administrador de casos</translation>
    </message>
    <message>
        <source>Search name, alias or LEAD number</source>
        <translation>Buscar nombre, alias o número LEAD</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Search name, alias or LEAD number (Ctrl+F)</source>
        <translation>Buscar nombre, alias o número LEAD (Ctrl+F)</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Nuevo participante…</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation>Agregar un participante (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>Ad&amp;ministrador de casos:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation>Cargas de casos</translation>
    </message>
    <message>
        <source>Double-click a case manager to list their caseload.</source>
        <translation>Haga doble clic en un administrador de casos para ver su carga de casos.</translation>
    </message>
    <message>
        <source>Caseloads (average 20, maximum 25)</source>
        <translation>Cargas de casos (promedio 20, máximo 25)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Número de participantes</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <source>{count} over the maximum of {maximum}.</source>
        <translation>{count} por encima del máximo de {maximum}.</translation>
    </message>
    <message>
        <source>Nobody is over the maximum of {maximum}.</source>
        <translation>Nadie supera el máximo de {maximum}.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} participantes</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Todos los participantes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>No people yet: add the members of the bodies and their alternates.</source>
        <translation>Todavía no hay personas: agregue a los miembros de los órganos y a sus suplentes.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
</context>
<context>
    <name>ProfileWidget</name>
    <message>
        <source>Record &amp;contact…</source>
        <translation>Registrar c&amp;ontacto…</translation>
    </message>
    <message>
        <source>Record a contact (Ctrl+Shift+C)</source>
        <translation>Registrar un contacto (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Case summar&amp;y…</source>
        <translation>Res&amp;umen del caso…</translation>
    </message>
    <message>
        <source>A case summary PDF for a recipient, on the Reports page: the consents in force are checked first</source>
        <translation>Un resumen del caso en PDF para un destinatario, en la página Informes: primero se comprueban los consentimientos vigentes</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Fusiones</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show tab {number}</source>
        <translation>Mostrar la pestaña {number}</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>{date} — this week</source>
        <translation>{date} — esta semana</translation>
    </message>
    <message>
        <source>{date} — due</source>
        <translation>{date} — vencida</translation>
    </message>
    <message>
        <source>Unable to locate</source>
        <translation>No se pudo localizar</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>No contacts recorded yet. Use Record contact (Ctrl+Shift+C) after each one.</source>
        <translation>Todavía no hay contactos registrados. Use Registrar contacto (Ctrl+Shift+C) después de cada uno.</translation>
    </message>
    <message>
        <source>Add a&amp;ssessment…</source>
        <translation>Agregar &amp;evaluación…</translation>
    </message>
    <message>
        <source>Intake assessment</source>
        <translation>Evaluación de admisión</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Todavía no hay evaluación.</translation>
    </message>
    <message>
        <source>Add g&amp;oal…</source>
        <translation>Agregar me&amp;ta…</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Meta del plan</translation>
    </message>
    <message>
        <source>No plan goals yet. Goals are written with the participant, in their words.</source>
        <translation>Todavía no hay metas del plan. Las metas se escriben con el participante, con sus propias palabras.</translation>
    </message>
    <message>
        <source>Add &amp;service linkage…</source>
        <translation>Agregar &amp;vínculo con servicio…</translation>
    </message>
    <message>
        <source>Service linkage</source>
        <translation>Vínculo con servicio</translation>
    </message>
    <message>
        <source>No service linkages yet.</source>
        <translation>Todavía no hay vínculos con servicios.</translation>
    </message>
    <message>
        <source>Add hou&amp;sing status…</source>
        <translation>Agregar situación de &amp;vivienda…</translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <source>No housing status recorded.</source>
        <translation>No hay situación de vivienda registrada.</translation>
    </message>
    <message>
        <source>Add &amp;legal case…</source>
        <translation>Agregar caso &amp;legal…</translation>
    </message>
    <message>
        <source>Legal case</source>
        <translation>Caso legal</translation>
    </message>
    <message>
        <source>No legal cases recorded.</source>
        <translation>No hay casos legales registrados.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Metas del plan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Housing history</source>
        <translation>Historial de vivienda</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Case manager: {name}</source>
        <translation>Administrador de casos: {name}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>Último contacto: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This record was merged into another one; its history now lives there. &lt;a href=&quot;open&quot;&gt;Open that record&lt;/a&gt;, or undo the merge on the Merges tab.</source>
        <translation>Este registro se fusionó en otro; ahora su historial está allí. &lt;a href=&quot;open&quot;&gt;Abra ese registro&lt;/a&gt; o deshaga la fusión en la pestaña Fusiones.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The form now shows the version someone else saved. Change it and save, or close it with Cancel.</source>
        <translation>El formulario muestra ahora la versión que guardó otra persona. Cámbiela y guarde, o ciérrelo con Cancelar.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Full text of the selected record</source>
        <translation>Texto completo del registro seleccionado</translation>
    </message>
    <message>
        <source>Delete this record? It is kept in the audit trail but no longer shown.</source>
        <translation>¿Eliminar este registro? Se conserva en el registro de auditoría pero ya no se muestra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Open site</source>
        <translation>&amp;Abrir el sitio</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the 64 characters printed on the site&apos;s Recovery Kit; dashes and spaces do not matter. You will work as an administrator: reset the passwords that were lost, then sign out and sign in as yourself.</source>
        <translation>Escriba los 64 caracteres impresos en el Kit de recuperación del sitio; los guiones y los espacios no importan. Trabajará como administrador: restablezca las contraseñas perdidas y luego cierre la sesión e inicie sesión con su propia cuenta.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>{site} Recovery Kit.pdf</source>
        <translation>Kit de recuperación de {site}.pdf</translation>
    </message>
    <message>
        <source>Save Recovery Kit</source>
        <translation>Guardar el Kit de recuperación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This version cannot write the Recovery Kit PDF. Write the key down by hand instead.</source>
        <translation>Esta versión no puede crear el PDF del Kit de recuperación. Anote la clave a mano.</translation>
    </message>
    <message>
        <source>The Recovery Kit could not be written to {path}. Choose another folder.</source>
        <translation>No se pudo escribir el Kit de recuperación en {path}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, keep the paper locked away, then delete the file.</source>
        <translation>Se guardó en {path}. Imprímalo, guarde el papel bajo llave y luego elimine el archivo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>This key opens the site when every password is lost or the site&apos;s key file is gone. Anyone who has it can read every record. Keep it printed and locked away — not on this computer and not in email.</source>
        <translation>Esta clave abre el sitio cuando se pierden todas las contraseñas o falta el archivo de claves del sitio. Cualquier persona que la tenga puede leer todos los registros. Guárdela impresa y bajo llave, no en esta computadora ni en el correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Save Recovery Kit PDF…</source>
        <translation>&amp;Guardar el PDF del Kit de recuperación…</translation>
    </message>
    <message>
        <source>Save Recovery Kit PDF</source>
        <translation>Guardar el PDF del Kit de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Referral — {name}</source>
        <translation>Remisión — {name}</translation>
    </message>
    <message>
        <source>Add &amp;agency…</source>
        <translation>Agregar agen&amp;cia…</translation>
    </message>
    <message>
        <source>Add o&amp;fficer…</source>
        <translation>Agregar &amp;agente…</translation>
    </message>
    <message>
        <source>Answer “no” to every unanswered question</source>
        <translation>Responder “no” a las preguntas sin respuesta</translation>
    </message>
    <message>
        <source>Sets each question not answered yet to No, grams to 0 and violent history to none; answers already given stay. Check each answer before saving.</source>
        <translation>Pone No en cada pregunta aún sin respuesta, 0 en los gramos y ninguno en los antecedentes violentos; las respuestas ya dadas se mantienen. Revise cada respuesta antes de guardar.</translation>
    </message>
    <message>
        <source>Override the screening result (e.g. the prosecutor&apos;s decision)</source>
        <translation>Anular el resultado de la evaluación (p. ej., por decisión del fiscal)</translation>
    </message>
    <message>
        <source>Save the referral (Ctrl+S)</source>
        <translation>Guardar la remisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Eligibility screening (checklist version {version})</source>
        <translation>Evaluación de elegibilidad (lista de verificación, versión {version})</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>el {date}</translation>
    </message>
    <message>
        <source>participant {number}</source>
        <translation>participante {number}</translation>
    </message>
    <message>
        <source>intake completed {date}</source>
        <translation>admisión completada el {date}</translation>
    </message>
    <message>
        <source>prosecutor notified {date}</source>
        <translation>fiscal notificado el {date}</translation>
    </message>
    <message>
        <source>charges filed</source>
        <translation>cargos presentados</translation>
    </message>
    <message>
        <source>The hand-off cannot be before the referral.</source>
        <translation>El traspaso no puede ser anterior a la remisión.</translation>
    </message>
    <message>
        <source>Recorded before LEAD Desktop: today&apos;s intake rules and deadline do not apply</source>
        <translation>Registrada antes de LEAD Desktop: no se aplican las reglas ni el plazo de admisión actuales</translation>
    </message>
    <message>
        <source>Intake due {date} ({left})</source>
        <translation>Admisión vence el {date} ({left})</translation>
    </message>
    <message>
        <source>Intake due {days} days after the referral</source>
        <translation>La admisión vence {days} días después de la remisión</translation>
    </message>
    <message>
        <source>No legal intake deadline for this pathway</source>
        <translation>Esta vía no tiene plazo legal de admisión</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva remisión…</translation>
    </message>
    <message>
        <source>Record a referral (Ctrl+N)</source>
        <translation>Registrar una remisión (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open the selected referral: details, screening, override (Enter)</source>
        <translation>Abrir la remisión seleccionada: datos, evaluación, anulación (Intro)</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>In&amp;scribir…</translation>
    </message>
    <message>
        <source>&amp;Intake and prosecutor…</source>
        <translation>Admisión y &amp;fiscal…</translation>
    </message>
    <message>
        <source>Intake completed, prosecutor notified, charges filed</source>
        <translation>Admisión completada, fiscal notificado, cargos presentados</translation>
    </message>
    <message>
        <source>Record o&amp;utcome…</source>
        <translation>Registrar &amp;resultado…</translation>
    </message>
    <message>
        <source>Ineligible, declined or intake not completed</source>
        <translation>No elegible, rechazada o admisión no completada</translation>
    </message>
    <message>
        <source>Intake &amp;queue</source>
        <translation>Cola de ad&amp;misiones</translation>
    </message>
    <message>
        <source>All &amp;referrals</source>
        <translation>&amp;Todas las remisiones</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Orígenes</translation>
    </message>
    <message>
        <source>Screening &amp;checklist</source>
        <translation>&amp;Lista de verificación</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Nueva remisión…</translation>
    </message>
    <message>
        <source>Find referral</source>
        <translation>Buscar remisión</translation>
    </message>
    <message>
        <source>Enroll the selected referral: link or create the participant</source>
        <translation>Inscribir la remisión seleccionada: vincular o crear el participante</translation>
    </message>
    <message>
        <source>Pending intakes</source>
        <translation>Admisiones pendientes</translation>
    </message>
    <message>
        <source>No intakes are pending.</source>
        <translation>No hay admisiones pendientes.</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Any pathway</source>
        <translation>Cualquier vía</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Search name or alias</source>
        <translation>Buscar nombre o alias</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Buscar remisiones</translation>
    </message>
    <message>
        <source>&amp;Pathway:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>vencidas: {count}</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>vencen hoy: {count}</translation>
    </message>
    <message>
        <source>{count} due within {days} days</source>
        <translation>vencen en {days} días: {count}</translation>
    </message>
    <message>
        <source>1 intake pending</source>
        <translation>1 admisión pendiente</translation>
    </message>
    <message>
        <source>{count} intakes pending</source>
        <translation>{count} admisiones pendientes</translation>
    </message>
    <message>
        <source>Select a referral in the intake queue or the list first.</source>
        <translation>Primero seleccione una remisión en la cola de admisiones o en la lista.</translation>
    </message>
    <message>
        <source>{name} is enrolled ({number}); the outcome cannot change.</source>
        <translation>{name} está inscrito ({number}); el resultado no puede cambiar.</translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation>1 remisión</translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation>{count} remisiones</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Equity &amp;baselines</source>
        <translation>Referencias de e&amp;quidad</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Fact sheet te&amp;xts</source>
        <translation>Textos de la &amp;hoja informativa</translation>
    </message>
    <message>
        <source>Sho&amp;w charts</source>
        <translation>Mostrar &amp;gráficos</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>In&amp;forme:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Canceled. No file was written.</source>
        <translation>Cancelado. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Se guardó en {path}.</translation>
    </message>
    <message>
        <source>The disclosure is in the participant&apos;s disclosure log.</source>
        <translation>La divulgación está en el registro de divulgaciones del participante.</translation>
    </message>
    <message>
        <source>The report could not be made; the problem is in the log.</source>
        <translation>No se pudo crear el informe; el problema está en el registro del programa.</translation>
    </message>
    <message>
        <source>What LEAD is</source>
        <translation>Qué es LEAD</translation>
    </message>
    <message>
        <source>How referral works</source>
        <translation>Cómo funcionan las remisiones</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Cómo remitir</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Give {name} ({username}) a temporary password. They must choose their own password when they next sign in. Keychain unlock for this account is turned off until they turn it on again.</source>
        <translation>Dé a {name} ({username}) una contraseña temporal. Deberá elegir su propia contraseña la próxima vez que inicie sesión. El desbloqueo con el llavero de esta cuenta queda desactivado hasta que lo vuelva a activar.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Suggest a temporary password</source>
        <translation>Sugerir una contraseña temporal</translation>
    </message>
</context>
<context>
    <name>ScreeningWidget</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>grams, 0 for none</source>
        <translation>gramos, 0 si no hay</translation>
    </message>
    <message>
        <source>None on record</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Most recent on…</source>
        <translation>El más reciente el…</translation>
    </message>
    <message>
        <source>None verified</source>
        <translation>Ninguno verificado</translation>
    </message>
    <message>
        <source>Last verified on…</source>
        <translation>Verificado por última vez el…</translation>
    </message>
    <message>
        <source>age {age} on the referral date</source>
        <translation>{age} años en la fecha de remisión</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>excluye</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>sin exclusión</translation>
    </message>
    <message>
        <source>Result: check the answers below.</source>
        <translation>Resultado: revise las respuestas de abajo.</translation>
    </message>
    <message>
        <source>Result: eligible — no exclusion applies.</source>
        <translation>Resultado: elegible — no se aplica ninguna exclusión.</translation>
    </message>
    <message>
        <source>Result: ineligible — {reasons}.</source>
        <translation>Resultado: no elegible — {reasons}.</translation>
    </message>
    <message>
        <source>Result: not decided yet — 1 question is not answered.</source>
        <translation>Resultado: todavía sin decidir — 1 pregunta sin responder.</translation>
    </message>
    <message>
        <source>Result: not decided yet — {count} questions are not answered.</source>
        <translation>Resultado: todavía sin decidir — {count} preguntas sin responder.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose: {setting}</source>
        <translation>Elegir: {setting}</translation>
    </message>
    <message>
        <source>the backups folder beside the site</source>
        <translation>la carpeta de copias de seguridad junto al sitio</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Configuración del sitio</translation>
    </message>
</context>
<context>
    <name>SheetStep</name>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>File of {sheet}</source>
        <translation>Archivo de {sheet}</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió un archivo.</translation>
    </message>
    <message>
        <source>Two &amp;identical rows are two contacts: import both (otherwise the second is reported as a repeat)</source>
        <translation>Dos filas &amp;idénticas son dos contactos: importar ambas (si no, la segunda se informa como repetida)</translation>
    </message>
    <message>
        <source>Status words in the file and what each means:</source>
        <translation>Palabras de estado del archivo y lo que significa cada una:</translation>
    </message>
    <message>
        <source>Status words and what each means</source>
        <translation>Palabras de estado y lo que significa cada una</translation>
    </message>
    <message>
        <source>Status as written</source>
        <translation>Estado tal como está escrito</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>The saved mapping names columns this file lacks: {columns}.</source>
        <translation>La asignación guardada nombra columnas que este archivo no tiene: {columns}.</translation>
    </message>
    <message>
        <source>No column fills: {fields}. Every row will need it.</source>
        <translation>Ninguna columna llena: {fields}. Todas las filas lo necesitarán.</translation>
    </message>
    <message>
        <source>What “{word}” means</source>
        <translation>Qué significa «{word}»</translation>
    </message>
    <message>
        <source>(choose what it means)</source>
        <translation>(elija lo que significa)</translation>
    </message>
    <message>
        <source>Status words in the file and what each means. Choose a meaning for the {count} marked: rows with them cannot be imported until then.</source>
        <translation>Palabras de estado del archivo y lo que significa cada una. Elija un significado para las {count} marcadas: las filas que las tienen no se pueden importar hasta entonces.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Site folder: {folder}</source>
        <translation>Carpeta del sitio: {folder}</translation>
    </message>
    <message>
        <source>There is no site in {folder} yet. Set one up, or choose the shared server your site uses.</source>
        <translation>Todavía no hay ningún sitio en {folder}. Cree uno, o elija el servidor compartido que usa su sitio.</translation>
    </message>
    <message>
        <source>Keychain unlock: {reason}</source>
        <translation>Desbloqueo con el llavero: {reason}</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate and name (recommended)</source>
        <translation>Comprobar el certificado y el nombre del servidor (recomendado)</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, not its name</source>
        <translation>Comprobar el certificado del servidor, pero no su nombre</translation>
    </message>
    <message>
        <source>Encrypt only, without checking the server (least safe)</source>
        <translation>Solo cifrar, sin comprobar el servidor (lo menos seguro)</translation>
    </message>
    <message>
        <source>Remembering the password: {reason}</source>
        <translation>Recordar la contraseña: {reason}</translation>
    </message>
    <message>
        <source>The connection is encrypted, but LEAD Desktop cannot tell the real server from an impostor. Use this only while your IT volunteer sets up the certificate.</source>
        <translation>La conexión va cifrada, pero LEAD Desktop no puede distinguir el servidor verdadero de un impostor. Use esta opción solo mientras su voluntario de informática configura el certificado.</translation>
    </message>
    <message>
        <source>Choose the certificate file your IT volunteer gave you; LEAD Desktop then talks only to the server that certificate vouches for.</source>
        <translation>Elija el archivo de certificado que le dio su voluntario de informática; así LEAD Desktop solo se comunica con el servidor que ese certificado respalda.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Remembered in this computer&apos;s keychain</source>
        <translation>Guardada en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Please type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Type your user name first; the keychain then opens your account.</source>
        <translation>Primero escriba su nombre de usuario; luego el llavero abre su cuenta.</translation>
    </message>
    <message>
        <source>Sign in — LEAD Desktop</source>
        <translation>Iniciar sesión — LEAD Desktop</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The site is on:</source>
        <translation>El sitio está en:</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>Esta &amp;computadora</translation>
    </message>
    <message>
        <source>The site is on this computer</source>
        <translation>El sitio está en esta computadora</translation>
    </message>
    <message>
        <source>A shared ser&amp;ver</source>
        <translation>Un ser&amp;vidor compartido</translation>
    </message>
    <message>
        <source>The site is on a shared server</source>
        <translation>El sitio está en un servidor compartido</translation>
    </message>
    <message>
        <source>Set up a &amp;new site on this computer…</source>
        <translation>Crear un sitio &amp;nuevo en esta computadora…</translation>
    </message>
    <message>
        <source>Set up a new site on this computer</source>
        <translation>Crear un sitio nuevo en esta computadora</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Servidor compartido</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Nom&amp;bre del servidor:</translation>
    </message>
    <message>
        <source>e.g. lead-db.county.example.org</source>
        <translation>p. ej., lead-db.condado.example.org</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>e.g. lead_riverside</source>
        <translation>p. ej., lead_riverside</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Secure conn&amp;ection:</source>
        <translation>Cone&amp;xión segura:</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Archivo de cer&amp;tificado:</translation>
    </message>
    <message>
        <source>Optional: the .crt or .pem file your IT volunteer gave you</source>
        <translation>Opcional: el archivo .crt o .pem que le dio su voluntario de informática</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Elegir el archivo de certificado</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Re&amp;member my password in this computer&apos;s keychain</source>
        <translation>Recordar &amp;mi contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Remember my password in this computer&apos;s keychain</source>
        <translation>Recordar mi contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s &amp;keychain</source>
        <translation>Desbloquear con el &amp;llavero de esta computadora</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s keychain</source>
        <translation>Desbloquear con el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Usar la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SourcesPart</name>
    <message>
        <source>Referring organizations</source>
        <translation>Organizaciones que remiten</translation>
    </message>
    <message>
        <source>Referring officers</source>
        <translation>Agentes que remiten</translation>
    </message>
    <message>
        <source>Add agency…</source>
        <translation>Agregar agencia…</translation>
    </message>
    <message>
        <source>Edit agency…</source>
        <translation>Editar agencia…</translation>
    </message>
    <message>
        <source>Add officer…</source>
        <translation>Agregar agente…</translation>
    </message>
    <message>
        <source>Edit officer…</source>
        <translation>Editar agente…</translation>
    </message>
    <message>
        <source>Organizations that refer people</source>
        <translation>Organizaciones que remiten personas</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Refresh the lists (F5)</source>
        <translation>Actualizar las listas (F5)</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Fecha de audiencia</translation>
    </message>
    <message>
        <source>No court dates this week.</source>
        <translation>No hay audiencias esta semana.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No consents expire in the next 30 days.</source>
        <translation>Ningún consentimiento vence en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Everyone on your caseload has been seen recently.</source>
        <translation>Todas las personas a su cargo fueron vistas recientemente.</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>No open plan goals are due.</source>
        <translation>No vence ninguna meta abierta del plan.</translation>
    </message>
    <message>
        <source>never contacted since enrollment</source>
        <translation>sin contacto desde la inscripción</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>Court dates this week ({count})</source>
        <translation>Audiencias esta semana ({count})</translation>
    </message>
    <message>
        <source>Consents expiring within 30 days ({count})</source>
        <translation>Consentimientos que vencen en 30 días ({count})</translation>
    </message>
    <message>
        <source>Not contacted in {days} days ({{count}})</source>
        <translation>Sin contacto en {days} días ({{count}})</translation>
    </message>
    <message>
        <source>Open plan goals due ({count})</source>
        <translation>Metas abiertas del plan que vencen ({count})</translation>
    </message>
    <message>
        <source>{days} days without contact</source>
        <translation>{days} días sin contacto</translation>
    </message>
</context>
<context>
    <name>UnsavedWorkDialog</name>
    <message>
        <source>1 draft</source>
        <translation>1 borrador</translation>
    </message>
    <message>
        <source>{count} drafts</source>
        <translation>{count} borradores</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Trabajo sin guardar</translation>
    </message>
    <message>
        <source>Unsaved work from {date}: {drafts}</source>
        <translation>Trabajo sin guardar del {date}: {drafts}</translation>
    </message>
    <message>
        <source>LEAD Desktop closed before this was saved. Restore opens each draft in its form, where you can check it and save it; Discard throws it away. Decide later keeps them for your next sign-in.</source>
        <translation>LEAD Desktop se cerró antes de que esto se guardara. Restaurar abre cada borrador en su formulario, donde puede revisarlo y guardarlo; Descartar lo elimina. Decidir más tarde los conserva para su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Typed {when}</source>
        <translation>Escrito el {when}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore: {draft}</source>
        <translation>Restaurar: {draft}</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard: {draft}</source>
        <translation>Descartar: {draft}</translation>
    </message>
</context>
<context>
    <name>WaitingChanges</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Profile edited</source>
        <translation>Perfil editado</translation>
    </message>
    <message>
        <source>Record added to a profile</source>
        <translation>Registro agregado a un perfil</translation>
    </message>
    <message>
        <source>Profile record edited</source>
        <translation>Registro del perfil editado</translation>
    </message>
    <message>
        <source>Profile record deleted</source>
        <translation>Registro del perfil eliminado</translation>
    </message>
    <message>
        <source>Consent scan attached</source>
        <translation>Escaneo de consentimiento adjuntado</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva remisión</translation>
    </message>
    <message>
        <source>Referral edited</source>
        <translation>Remisión editada</translation>
    </message>
    <message>
        <source>Referral screened</source>
        <translation>Remisión evaluada</translation>
    </message>
    <message>
        <source>Referral override</source>
        <translation>Excepción de la remisión</translation>
    </message>
    <message>
        <source>Referral override removed</source>
        <translation>Excepción de la remisión quitada</translation>
    </message>
    <message>
        <source>Intake recorded</source>
        <translation>Admisión registrada</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Resultado de la remisión</translation>
    </message>
    <message>
        <source>Agency saved</source>
        <translation>Agencia guardada</translation>
    </message>
    <message>
        <source>Officer saved</source>
        <translation>Agente guardado</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contactos importados</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Changed on the server meanwhile: choose Sync now to compare</source>
        <translation>Cambiado en el servidor mientras tanto: elija Sincronizar ahora para comparar</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
</context>
<context>
    <name>WaitingChangesDialog</name>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Cambios que esperan para enviarse</translation>
    </message>
    <message>
        <source>These changes were made on this laptop and have not reached the server yet. They are sent in this order at the next sync; a change the server refused waits here with its reason, and later changes to the same record wait behind it.</source>
        <translation>Estos cambios se hicieron en esta computadora portátil y todavía no han llegado al servidor. Se envían en este orden en la próxima sincronización; un cambio que el servidor rechazó espera aquí con su motivo, y los cambios posteriores del mismo registro esperan detrás de él.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Try again at the next sync</source>
        <translation>&amp;Intentar de nuevo en la próxima sincronización</translation>
    </message>
    <message>
        <source>&amp;Drop this change…</source>
        <translation>&amp;Descartar este cambio…</translation>
    </message>
    <message>
        <source>It is sent again at the next sync.</source>
        <translation>Se envía de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Drop this change</source>
        <translation>Descartar este cambio</translation>
    </message>
    <message>
        <source>Drop this change made on this laptop? It is never sent; the server&apos;s version stays. Later changes that depend on it (such as contacts of a new participant) may then be refused too.</source>
        <translation>¿Descartar este cambio hecho en esta computadora portátil? Nunca se envía; la versión del servidor se mantiene. Los cambios posteriores que dependen de él (como los contactos de un participante nuevo) podrían ser rechazados también.</translation>
    </message>
    <message>
        <source>The change was dropped.</source>
        <translation>El cambio se descartó.</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <source>Discard this assessment?</source>
        <translation>¿Descartar esta evaluación?</translation>
    </message>
    <message>
        <source>Discard this plan goal?</source>
        <translation>¿Descartar esta meta del plan?</translation>
    </message>
    <message>
        <source>Discard this service linkage?</source>
        <translation>¿Descartar esta vinculación con servicios?</translation>
    </message>
    <message>
        <source>Discard this housing entry?</source>
        <translation>¿Descartar este dato de vivienda?</translation>
    </message>
    <message>
        <source>Discard this legal case?</source>
        <translation>¿Descartar este caso judicial?</translation>
    </message>
    <message>
        <source>Discard this consent?</source>
        <translation>¿Descartar este consentimiento?</translation>
    </message>
    <message>
        <source>Discard this disclosure?</source>
        <translation>¿Descartar esta divulgación?</translation>
    </message>
    <message>
        <source>Discard the changes to this person&apos;s details?</source>
        <translation>¿Descartar los cambios en los datos de esta persona?</translation>
    </message>
    <message>
        <source>Discard this referral?</source>
        <translation>¿Descartar esta remisión?</translation>
    </message>
    <message>
        <source>Discard these intake dates?</source>
        <translation>¿Descartar estas fechas de admisión?</translation>
    </message>
    <message>
        <source>Discard this outcome?</source>
        <translation>¿Descartar este resultado?</translation>
    </message>
    <message>
        <source>Discard this agency?</source>
        <translation>¿Descartar esta agencia?</translation>
    </message>
    <message>
        <source>Discard this officer?</source>
        <translation>¿Descartar este agente?</translation>
    </message>
    <message>
        <source>Discard this meeting?</source>
        <translation>¿Descartar esta reunión?</translation>
    </message>
    <message>
        <source>Discard this agenda item and its notes?</source>
        <translation>¿Descartar este punto del orden del día y sus notas?</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>¿Descartar esta decisión?</translation>
    </message>
    <message>
        <source>Discard this action item?</source>
        <translation>¿Descartar esta tarea?</translation>
    </message>
    <message>
        <source>Discard this amendment?</source>
        <translation>¿Descartar esta enmienda?</translation>
    </message>
    <message>
        <source>Discard this guest?</source>
        <translation>¿Descartar este invitado?</translation>
    </message>
    <message>
        <source>Discard these case-conference notes?</source>
        <translation>¿Descartar estas notas de la conferencia de casos?</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation>Lo que escribió no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>There is no LEAD Desktop site in the folder {folder}.</source>
        <translation>No hay ningún sitio de LEAD Desktop en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>A LEAD Desktop site already exists in the folder {folder}. Choose an empty folder.</source>
        <translation>Ya existe un sitio de LEAD Desktop en la carpeta {folder}. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>LEAD Desktop cannot write to the folder {folder}. Check its permissions or choose another folder.</source>
        <translation>LEAD Desktop no puede escribir en la carpeta {folder}. Revise sus permisos o elija otra carpeta.</translation>
    </message>
    <message>
        <source>This site is already open in another LEAD Desktop window or program on this computer. Close it there first.</source>
        <translation>Este sitio ya está abierto en otra ventana o programa de LEAD Desktop en esta computadora. Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>The password is not right. Check Caps Lock and try again.</source>
        <translation>La contraseña no es correcta. Revise Bloq Mayús y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no account named “{username}” on this site.</source>
        <translation>No hay ninguna cuenta llamada “{username}” en este sitio.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask your site&apos;s administrator for help.</source>
        <translation>Esta cuenta se desactivó. Pida ayuda al administrador de su sitio.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait {seconds} seconds before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espere {seconds} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery key does not open this site. Check the 64 characters on the Recovery Kit.</source>
        <translation>Esa clave de recuperación no abre este sitio. Revise los 64 caracteres del Kit de recuperación.</translation>
    </message>
    <message>
        <source>A recovery key is 64 characters, digits 0–9 and letters a–f. Check what you typed.</source>
        <translation>Una clave de recuperación tiene 64 caracteres: dígitos 0–9 y letras a–f. Revise lo que escribió.</translation>
    </message>
    <message>
        <source>The site&apos;s key file ({file}) is damaged. Restore it from a backup, or open the site with its recovery key.</source>
        <translation>El archivo de claves del sitio ({file}) está dañado. Restáurelo desde una copia de seguridad o abra el sitio con su clave de recuperación.</translation>
    </message>
    <message>
        <source>The site&apos;s database file is damaged ({detail}). Restore the site from a backup.</source>
        <translation>El archivo de la base de datos del sitio está dañado ({detail}). Restaure el sitio desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This site was last used with a newer version of LEAD Desktop. Install that version (or a newer one) to open it; nothing was changed.</source>
        <translation>Este sitio se usó por última vez con una versión más reciente de LEAD Desktop. Instale esa versión (o una más nueva) para abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>El disco está lleno. Libere espacio; no se guardó nada.</translation>
    </message>
    <message>
        <source>The file {file} is open in another program, so it could not be replaced. Close it there, or choose another file name, and try again; nothing was saved.</source>
        <translation>El archivo {file} está abierto en otro programa, así que no se pudo reemplazar. Ciérrelo allí, o elija otro nombre de archivo, y vuelva a intentarlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The file name {file} is too long for this computer. Choose a shorter name, or a folder nearer the top of the drive, and try again; nothing was saved.</source>
        <translation>El nombre de archivo {file} es demasiado largo para esta computadora. Elija un nombre más corto, o una carpeta más cerca de la raíz de la unidad, y vuelva a intentarlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The site&apos;s database is busy in another program. Try again in a moment.</source>
        <translation>La base de datos del sitio está ocupada por otro programa. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing was saved yet: compare your version with theirs and choose which one to keep.</source>
        <translation>Otra persona cambió este registro mientras usted lo editaba. Todavía no se guardó nada: compare su versión con la de esa persona y elija cuál conservar.</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so your change was not saved. What you typed is still there: save again to compare your version with theirs.</source>
        <translation>Otra persona guardó este registro en el mismo momento, así que su cambio no se guardó. Lo que escribió sigue ahí: vuelva a guardar para comparar su versión con la de esa persona.</translation>
    </message>
    <message>
        <source>The backup file {file} is not a LEAD Desktop backup or is damaged ({detail}).</source>
        <translation>El archivo {file} no es una copia de seguridad de LEAD Desktop o está dañado ({detail}).</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty. Restore into an empty folder.</source>
        <translation>La carpeta {folder} no está vacía. Restaure en una carpeta vacía.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>Su rol ({role}) no permite esto: {action}.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds no key for this account. Sign in with your password.</source>
        <translation>El llavero de esta computadora no tiene ninguna clave para esta cuenta. Inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>The upgrade of the site&apos;s database failed; the copy taken just before it was put back, so nothing was lost. Keep using the previous version of LEAD Desktop for now, and send the log file from the site&apos;s logs folder to whoever looks after your installation.</source>
        <translation>Falló la actualización de la base de datos del sitio; se repuso la copia hecha justo antes, así que no se perdió nada. Por ahora siga usando la versión anterior de LEAD Desktop y envíe el archivo de registro de la carpeta logs del sitio a quien se ocupa de su instalación.</translation>
    </message>
    <message>
        <source>The upgrade of the site&apos;s database failed, and the copy taken just before it could not be put back automatically. That copy is safe in the folder {folder}: restore it into an empty folder (lead-desktop-admin restore) and open the site from there with the previous version of LEAD Desktop.</source>
        <translation>Falló la actualización de la base de datos del sitio y la copia hecha justo antes no se pudo reponer automáticamente. Esa copia está a salvo en la carpeta {folder}: restáurela en una carpeta vacía (lead-desktop-admin restore) y abra el sitio desde allí con la versión anterior de LEAD Desktop.</translation>
    </message>
    <message>
        <source>The backup file {file} failed its checks ({detail}). Do not restore it; choose an older backup.</source>
        <translation>La copia de seguridad {file} no pasó las comprobaciones ({detail}). No la restaure; elija una copia más antigua.</translation>
    </message>
    <message>
        <source>The backup file {file} is of another LEAD Desktop site. Only a backup of this site can replace it; restore another site&apos;s backup into an empty folder instead.</source>
        <translation>La copia de seguridad {file} es de otro sitio de LEAD Desktop. Solo una copia de este sitio puede reemplazarlo; restaure la copia de otro sitio en una carpeta vacía.</translation>
    </message>
    <message>
        <source>The backup file {file} does not open with this site&apos;s current master key: it was made before the master key was changed. Restore it into an empty folder and open it with the recovery key of that time.</source>
        <translation>La copia de seguridad {file} no se abre con la clave maestra actual de este sitio: se hizo antes de cambiar la clave maestra. Restáurela en una carpeta vacía y ábrala con la clave de recuperación de ese momento.</translation>
    </message>
    <message>
        <source>The backup file {file} was made by a newer version of LEAD Desktop. Install that version to restore it.</source>
        <translation>La copia de seguridad {file} se hizo con una versión más reciente de LEAD Desktop. Instale esa versión para restaurarla.</translation>
    </message>
    <message>
        <source>The automatic backup could not be written to the backup folder {folder}. Check that the folder (or the USB drive or network share it is on) is there and has free space.</source>
        <translation>No se pudo escribir la copia de seguridad automática en la carpeta {folder}. Compruebe que la carpeta (o la unidad USB o la carpeta compartida de la red donde está) esté disponible y tenga espacio libre.</translation>
    </message>
    <message>
        <source>A logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG de 1 MB como máximo.</translation>
    </message>
    <message>
        <source>Someone saved version {version} of the checklist while you were editing it; nothing was saved. Your changes are still here. Press Save again to save them as version {next} on top of theirs, or Cancel and open the checklist again to see version {version} first.</source>
        <translation>Otra persona guardó la versión {version} de la lista de verificación mientras usted la editaba; no se guardó nada. Sus cambios siguen aquí. Pulse Guardar de nuevo para guardarlos como versión {next} sobre la de esa persona, o Cancelar y abra la lista otra vez para ver primero la versión {version}.</translation>
    </message>
    <message>
        <source>The server address is not complete or not right. Give the server&apos;s name, its port (usually 5432), the database name (lower-case letters, digits and _), a secure connection (verify-full or require) and, if your IT volunteer gave you one, the certificate file that exists on this computer.</source>
        <translation>La dirección del servidor está incompleta o no es correcta. Indique el nombre del servidor, su puerto (normalmente 5432), el nombre de la base de datos (letras minúsculas, números y _), una conexión segura (verify-full o require) y, si su voluntario de informática le dio uno, el archivo de certificado que está en esta computadora.</translation>
    </message>
    <message>
        <source>LEAD Desktop cannot reach the server {server}. Check the network connection and the server&apos;s name and port; if it still fails, ask your IT volunteer whether the server is running. Nothing was saved.</source>
        <translation>LEAD Desktop no puede comunicarse con el servidor {server}. Revise la conexión de red y el nombre y el puerto del servidor; si sigue fallando, pregunte a su voluntario de informática si el servidor está funcionando. No se guardó nada.</translation>
    </message>
    <message>
        <source>The server {server} could not prove it is the right server: its certificate does not match the certificate file or the server&apos;s name. Nothing was sent. Ask your IT volunteer for the right certificate file.</source>
        <translation>El servidor {server} no pudo demostrar que es el servidor correcto: su certificado no coincide con el archivo de certificado o con el nombre del servidor. No se envió nada. Pida a su voluntario de informática el archivo de certificado correcto.</translation>
    </message>
    <message>
        <source>The server refused this for your account. Nothing was changed. Ask an administrator to check your role.</source>
        <translation>El servidor no permitió esto a su cuenta. No se cambió nada. Pida a un administrador que revise su rol.</translation>
    </message>
    <message>
        <source>The database {server} does not hold a LEAD Desktop site yet, or needs an upgrade that only the server&apos;s database owner can run. Ask your IT volunteer.</source>
        <translation>La base de datos {server} todavía no contiene un sitio de LEAD Desktop, o necesita una actualización que solo puede hacer el propietario de la base de datos del servidor. Consulte a su voluntario de informática.</translation>
    </message>
    <message>
        <source>The database {server} sorts text by a language&apos;s rules, so lists would come out in another order than on a laptop. Ask your IT volunteer to create it again with: CREATE DATABASE … TEMPLATE template0 LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C&apos; (see the README, “Preparing the database”).</source>
        <translation>La base de datos {server} ordena el texto según las reglas de un idioma, así que las listas saldrían en otro orden que en una computadora portátil. Pida a su voluntario de informática que la cree de nuevo con: CREATE DATABASE … TEMPLATE template0 LC_COLLATE &apos;C&apos; LC_CTYPE &apos;C&apos; (vea el README, «Preparing the database»).</translation>
    </message>
    <message>
        <source>This PostgreSQL server already holds another LEAD site ({other}). On PostgreSQL 15 and older the owner role that creates staff accounts can give itself any other site&apos;s roles, so each LEAD site needs a PostgreSQL server (cluster) of its own there; several sites may share PostgreSQL 16 or newer.</source>
        <translation>Este servidor PostgreSQL ya tiene otro sitio LEAD ({other}). En PostgreSQL 15 y anteriores, el rol propietario que crea las cuentas del personal puede darse a sí mismo los roles de cualquier otro sitio, así que allí cada sitio LEAD necesita su propio servidor (clúster) PostgreSQL; varios sitios pueden compartir PostgreSQL 16 o posterior.</translation>
    </message>
    <message>
        <source>The numbers for viewers have not been prepared on this computer yet. Ask a project manager, case manager or administrator to sign in here once; then sign in again.</source>
        <translation>Las cifras para los observadores todavía no se han preparado en esta computadora. Pida a un gerente de proyecto, a un administrador de casos o a un administrador que inicie sesión aquí una vez; luego vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Some text holds an invisible control character (for example one pasted from another program) that the server cannot store. Retype that text and try again; nothing was saved.</source>
        <translation>Un texto contiene un carácter de control invisible (por ejemplo, pegado desde otro programa) que el servidor no puede guardar. Vuelva a escribir ese texto e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>This server account is not a staff account of the site. Ask an administrator to add you.</source>
        <translation>Esta cuenta del servidor no es una cuenta del personal del sitio. Pida a un administrador que lo agregue.</translation>
    </message>
    <message>
        <source>The copy on the server did not match the site on this computer (table {table}), so nothing was moved: the server&apos;s database was put back to empty and the site on this computer is unchanged. Try again; if it happens again, ask your IT volunteer to check the server.</source>
        <translation>La copia en el servidor no coincidió con el sitio de esta computadora (tabla {table}), así que no se trasladó nada: la base de datos del servidor volvió a quedar vacía y el sitio de esta computadora no cambió. Vuelva a intentarlo; si vuelve a ocurrir, pida a su voluntario de informática que revise el servidor.</translation>
    </message>
    <message>
        <source>The copy of the server&apos;s site did not match the server (table {table}), so no file was written. Try again; if it happens again, ask your IT volunteer to check the server.</source>
        <translation>La copia del sitio del servidor no coincidió con el servidor (tabla {table}), así que no se escribió ningún archivo. Vuelva a intentarlo; si vuelve a ocurrir, pida a su voluntario de informática que revise el servidor.</translation>
    </message>
    <message>
        <source>The server refused some of the records in table {table}, so nothing was moved: the server&apos;s database was put back to empty and the site on this computer is unchanged. Run “Check the site” on this computer, then ask your IT volunteer for help.</source>
        <translation>El servidor rechazó algunos registros de la tabla {table}, así que no se trasladó nada: la base de datos del servidor volvió a quedar vacía y el sitio de esta computadora no cambió. Ejecute «Comprobar el sitio» en esta computadora y luego pida ayuda a su voluntario de informática.</translation>
    </message>
    <message>
        <source>The server already has an account named {role}, left from another site or an earlier attempt, so nothing was moved. Ask your IT volunteer to remove that role on the server (DROP ROLE), or to prepare a database with another name.</source>
        <translation>El servidor ya tiene una cuenta llamada {role}, que quedó de otro sitio o de un intento anterior, así que no se trasladó nada. Pida a su voluntario de informática que quite ese rol en el servidor (DROP ROLE) o que prepare una base de datos con otro nombre.</translation>
    </message>
    <message>
        <source>These numbers have not been prepared on the server yet. Ask a project manager or case manager to open this report once; viewers then see the same numbers.</source>
        <translation>Estas cifras todavía no se han preparado en el servidor. Pida a un gerente de proyecto o a un administrador de casos que abra este informe una vez; después, los observadores verán las mismas cifras.</translation>
    </message>
    <message>
        <source>This needs the server: LEAD Desktop is working offline. It works again once the server is reached.</source>
        <translation>Esto necesita el servidor: LEAD Desktop está trabajando sin conexión. Vuelve a funcionar en cuanto se conecte con el servidor.</translation>
    </message>
    <message>
        <source>Accounts need the server: LEAD Desktop is working offline.</source>
        <translation>Las cuentas necesitan el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Site settings need the server: LEAD Desktop is working offline.</source>
        <translation>La configuración del sitio necesita el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Governance and meetings need the server: LEAD Desktop is working offline.</source>
        <translation>La gobernanza y las reuniones necesitan el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Imports need the server: LEAD Desktop is working offline.</source>
        <translation>Las importaciones necesitan el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>Reports need the server: LEAD Desktop is working offline.</source>
        <translation>Los informes necesitan el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>The audit log needs the server: LEAD Desktop is working offline.</source>
        <translation>El registro de auditoría necesita el servidor: LEAD Desktop está trabajando sin conexión.</translation>
    </message>
    <message>
        <source>An administrator revoked this laptop&apos;s copy of your work, so the server refused to sync it and the copy was removed from this computer. Sign in while connected to the server to keep working.</source>
        <translation>Un administrador revocó la copia de su trabajo en esta computadora portátil, así que el servidor se negó a sincronizarla y la copia se eliminó de esta computadora. Inicie sesión conectado al servidor para seguir trabajando.</translation>
    </message>
    <message>
        <source>The server does not know this laptop&apos;s copy for your account. Sign in while connected to the server.</source>
        <translation>El servidor no reconoce la copia de esta computadora portátil para su cuenta. Inicie sesión conectado al servidor.</translation>
    </message>
    <message>
        <source>This laptop&apos;s copy has not reached the server for {days} days (your site allows {limit}), so it does not open until it syncs. Connect to the server&apos;s network and sign in; nothing was lost.</source>
        <translation>La copia de esta computadora portátil no se ha conectado con el servidor en {days} días (su sitio permite {limit}), así que no se abre hasta que se sincronice. Conéctese a la red del servidor e inicie sesión; no se perdió nada.</translation>
    </message>
    <message>
        <source>LEAD Desktop cannot reach the server {server}, and this laptop holds no copy of your work to use offline. Sign in once while connected to the server; after that you can work here without it.</source>
        <translation>LEAD Desktop no puede conectarse con el servidor {server} y esta computadora portátil no tiene una copia de su trabajo para usar sin conexión. Inicie sesión una vez conectado al servidor; después podrá trabajar aquí sin él.</translation>
    </message>
    <message>
        <source>That is not a saved column mapping.</source>
        <translation>Esa no es una asignación de columnas guardada.</translation>
    </message>
    <message>
        <source>Choose what the file holds: participants, contacts or referrals.</source>
        <translation>Elija qué contiene el archivo: participantes, contactos o remisiones.</translation>
    </message>
    <message>
        <source>That is not a saved mapping of a site&apos;s history.</source>
        <translation>Eso no es una asignación guardada del historial de un sitio.</translation>
    </message>
    <message>
        <source>Choose how the file writes dates: month first or day first.</source>
        <translation>Elija cómo escribe las fechas el archivo: primero el mes o primero el día.</translation>
    </message>
    <message>
        <source>“{word}” must mean one of the statuses.</source>
        <translation>«{word}» debe significar uno de los estados.</translation>
    </message>
    <message>
        <source>The status “{word}” is not one the import knows. Choose what it means in the people step&apos;s status words (or in the mapping file&apos;s status_words).</source>
        <translation>El estado «{word}» no es uno que la importación conozca. Elija lo que significa en las palabras de estado del paso de personas (o en status_words del archivo de asignación).</translation>
    </message>
    <message>
        <source>No client ID: the sheets are joined by it.</source>
        <translation>No hay ID de cliente: las hojas se unen por él.</translation>
    </message>
    <message>
        <source>The client ID {id} is on row {row} of the people sheet too.</source>
        <translation>El ID de cliente {id} también está en la fila {row} de la hoja de personas.</translation>
    </message>
    <message>
        <source>No status, no enrollment date and no referral: it does not say whether this person enrolled.</source>
        <translation>Sin estado, sin fecha de inscripción y sin remisión: no dice si esta persona se inscribió.</translation>
    </message>
    <message>
        <source>Enrolled, but there is no enrollment date on the people sheet and no referral to take it from.</source>
        <translation>Inscrita, pero no hay fecha de inscripción en la hoja de personas ni una remisión de donde tomarla.</translation>
    </message>
    <message>
        <source>Enrollment date {date} from {source}.</source>
        <translation>Fecha de inscripción {date} tomada de {source}.</translation>
    </message>
    <message>
        <source>The referral says enrolled, but the people sheet says this person was not enrolled (row {row}).</source>
        <translation>La remisión dice inscrita, pero la hoja de personas dice que esta persona no se inscribió (fila {row}).</translation>
    </message>
    <message>
        <source>No one with the client ID {id} is on the people sheet or on file.</source>
        <translation>Nadie con el ID de cliente {id} está en la hoja de personas ni registrado.</translation>
    </message>
    <message>
        <source>The person with the client ID {id} (people sheet, row {row}) is not imported: see that row.</source>
        <translation>La persona con el ID de cliente {id} (hoja de personas, fila {row}) no se importa: vea esa fila.</translation>
    </message>
    <message>
        <source>The person with the client ID {id} (people sheet, row {row}) may already be on file: review that row first.</source>
        <translation>La persona con el ID de cliente {id} (hoja de personas, fila {row}) quizá ya esté registrada: revise primero esa fila.</translation>
    </message>
    <message>
        <source>The person with the client ID {id} was never enrolled (people sheet, row {row}): a contact needs a participant.</source>
        <translation>La persona con el ID de cliente {id} nunca se inscribió (hoja de personas, fila {row}): un contacto necesita un participante.</translation>
    </message>
    <message>
        <source>Not enrolled, and no referral of theirs is on the referrals sheet: there is nothing to record.</source>
        <translation>No inscrita, y ninguna remisión suya está en la hoja de remisiones: no hay nada que registrar.</translation>
    </message>
    <message>
        <source>Not enrolled: comes in as the subject of {count} referral(s).</source>
        <translation>No inscrita: entra como la persona de {count} remisión(es).</translation>
    </message>
    <message>
        <source>Recorded before LEAD Desktop (dated before {date}): today&apos;s intake rules do not apply.</source>
        <translation>Registrada antes de LEAD Desktop (con fecha anterior al {date}): no se aplican las reglas de admisión actuales.</translation>
    </message>
    <message>
        <source>“{name}” is not a field of this kind of record.</source>
        <translation>“{name}” no es un campo de este tipo de registro.</translation>
    </message>
    <message>
        <source>The columns “{first}” and “{second}” both fill {label}. Choose one.</source>
        <translation>Las columnas “{first}” y “{second}” llenan ambas {label}. Elija una.</translation>
    </message>
    <message>
        <source>{label}: the cell holds a spreadsheet formula, not a value. Save the sheet with values only (Paste Special → Values) and import it again.</source>
        <translation>{label}: la celda tiene una fórmula de hoja de cálculo, no un valor. Guarde la hoja solo con valores (Pegado especial → Valores) y vuelva a importarla.</translation>
    </message>
    <message>
        <source>{label}: the cell holds a formula whose result was never calculated. Open the file in your spreadsheet program, save it, and import it again.</source>
        <translation>{label}: la celda tiene una fórmula cuyo resultado nunca se calculó. Abra el archivo en su programa de hojas de cálculo, guárdelo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{label}: the cell shows a spreadsheet error ({value}).</source>
        <translation>{label}: la celda muestra un error de hoja de cálculo ({value}).</translation>
    </message>
    <message>
        <source>{label}: a year alone is not a date. For an approximate date write 01/01/{year} and mark the date as approximate.</source>
        <translation>{label}: un año solo no es una fecha. Para una fecha aproximada escriba 01/01/{year} y marque la fecha como aproximada.</translation>
    </message>
    <message>
        <source>The export key must have at least {minimum} characters. Use the same key for every export an evaluator should be able to link.</source>
        <translation>La clave de exportación debe tener al menos {minimum} caracteres. Use la misma clave en todas las exportaciones que un evaluador deba poder vincular.</translation>
    </message>
    <message>
        <source>This row repeats row {row}.</source>
        <translation>Esta fila repite la fila {row}.</translation>
    </message>
    <message>
        <source>Already imported: an earlier import created this record.</source>
        <translation>Ya importada: una importación anterior creó este registro.</translation>
    </message>
    <message>
        <source>{number} is already on file.</source>
        <translation>{number} ya está registrado.</translation>
    </message>
    <message>
        <source>May be {number}, already on file ({reasons}). Review it: not imported unless you confirm it is someone else.</source>
        <translation>Puede ser {number}, ya registrado ({reasons}). Revíselo: no se importa a menos que confirme que es otra persona.</translation>
    </message>
    <message>
        <source>May be the same person as row {row} ({reasons}). Review it: not imported unless you confirm it is someone else.</source>
        <translation>Puede ser la misma persona que la fila {row} ({reasons}). Revíselo: no se importa a menos que confirme que es otra persona.</translation>
    </message>
    <message>
        <source>No participant with the LEAD number {number} was found.</source>
        <translation>No se encontró ningún participante con el número LEAD {number}.</translation>
    </message>
    <message>
        <source>No participant with the external ID {id} was found.</source>
        <translation>No se encontró ningún participante con el ID externo {id}.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s LEAD number or external ID.</source>
        <translation>Indique el número LEAD o el ID externo del participante.</translation>
    </message>
    <message>
        <source>More than one participant has the reference {id}; use the LEAD number.</source>
        <translation>Más de un participante tiene la referencia {id}; use el número LEAD.</translation>
    </message>
    <message>
        <source>The LEAD number and the external ID name two different participants.</source>
        <translation>El número LEAD y el ID externo corresponden a dos participantes distintos.</translation>
    </message>
    <message>
        <source>No active staff account “{name}” on this site: {label} left empty.</source>
        <translation>No hay ninguna cuenta activa del personal “{name}” en este sitio: {label} queda vacío.</translation>
    </message>
    <message>
        <source>The referring agency “{name}” is not on file yet: it will be added.</source>
        <translation>La agencia que remite “{name}” todavía no está registrada: se agregará.</translation>
    </message>
    <message>
        <source>The officer “{name}” is not on file yet: they will be added.</source>
        <translation>El agente “{name}” todavía no está registrado: se agregará.</translation>
    </message>
    <message>
        <source>An enrolled referral needs the participant&apos;s LEAD number or external ID.</source>
        <translation>Una remisión inscrita necesita el número LEAD o el ID externo del participante.</translation>
    </message>
    <message>
        <source>No outcome date: the referral date was used.</source>
        <translation>Sin fecha de resultado: se usó la fecha de la remisión.</translation>
    </message>
    <message>
        <source>The outcome date cannot be before the referral.</source>
        <translation>La fecha del resultado no puede ser anterior a la remisión.</translation>
    </message>
    <message>
        <source>This contact is already on file for {number} (same date, time and type).</source>
        <translation>Este contacto ya está registrado para {number} (misma fecha, hora y tipo).</translation>
    </message>
    <message>
        <source>This referral is already on file (same person, pathway, date and time).</source>
        <translation>Esta remisión ya está registrada (misma persona, vía, fecha y hora).</translation>
    </message>
    <message>
        <source>The row has {count} more cells than there are columns; they were ignored.</source>
        <translation>La fila tiene {count} celdas más que columnas; se ignoraron.</translation>
    </message>
    <message>
        <source>The external ID can have at most {maximum} characters.</source>
        <translation>El ID externo puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields: {fields}.</source>
        <translation>Corrija los campos resaltados: {fields}.</translation>
    </message>
    <message>
        <source>{label}: please enter a date and time like 03/31/2025 2:30 pm or 2025-03-31 14:30.</source>
        <translation>{label}: ingrese una fecha y hora como 03/31/2025 2:30 pm o 2025-03-31 14:30.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>{label} can have at most {maximum} characters.</source>
        <translation>{label} puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>{label}: please enter a date like 2025-03-31 or 03/31/2025.</source>
        <translation>{label}: ingrese una fecha como 2025-03-31 o 03/31/2025.</translation>
    </message>
    <message>
        <source>{label}: the year must be 1900 or later.</source>
        <translation>{label}: el año debe ser 1900 o posterior.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not one of the choices.</source>
        <translation>{label}: “{value}” no es una de las opciones.</translation>
    </message>
    <message>
        <source>{label}: “doesn&apos;t know”, “prefers not to answer” and “not collected” stand alone.</source>
        <translation>{label}: “no sabe”, “prefiere no responder” y “no se recopiló” no se combinan con otras respuestas.</translation>
    </message>
    <message>
        <source>{label}: please answer yes or no.</source>
        <translation>{label}: responda sí o no.</translation>
    </message>
    <message>
        <source>{label}: please enter a whole number.</source>
        <translation>{label}: ingrese un número entero.</translation>
    </message>
    <message>
        <source>{label}: please enter a number from {minimum} to {maximum}.</source>
        <translation>{label}: ingrese un número de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>A quorum by number needs the number of members.</source>
        <translation>Un quórum por número necesita la cantidad de miembros.</translation>
    </message>
    <message>
        <source>A quorum by share needs the share in percent.</source>
        <translation>Un quórum por proporción necesita el porcentaje.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>El mandato no puede terminar antes de comenzar.</translation>
    </message>
    <message>
        <source>A vote needs the number for and against.</source>
        <translation>Una votación necesita los votos a favor y en contra.</translation>
    </message>
    <message>
        <source>A consensus decision has no vote counts; choose Vote.</source>
        <translation>Una decisión por consenso no tiene recuento de votos; elija Votación.</translation>
    </message>
    <message>
        <source>Link a decision to either a criteria version or an intake-deadline change, not both.</source>
        <translation>Vincule una decisión a una versión de los criterios o a un cambio del plazo de admisión, no a ambos.</translation>
    </message>
    <message>
        <source>An exited participant needs an exit date.</source>
        <translation>Un participante egresado necesita una fecha de egreso.</translation>
    </message>
    <message>
        <source>An exited participant needs an exit reason.</source>
        <translation>Un participante egresado necesita un motivo de egreso.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the enrollment date.</source>
        <translation>La fecha de egreso no puede ser anterior a la fecha de inscripción.</translation>
    </message>
    <message>
        <source>A subsidy type goes only with “Rental by client, with ongoing subsidy”: clear it or choose that answer.</source>
        <translation>Un tipo de subsidio solo va con «Alquiler por el cliente, con subsidio continuo»: bórrelo o elija esa respuesta.</translation>
    </message>
    <message>
        <source>Enter at least a first or a last name (a street name is fine).</source>
        <translation>Ingrese al menos un nombre o un apellido (sirve un apodo de la calle).</translation>
    </message>
    <message>
        <source>The target date cannot be before the date the goal was set.</source>
        <translation>La fecha objetivo no puede ser anterior a la fecha en que se fijó la meta.</translation>
    </message>
    <message>
        <source>A consent needs an expiry date or an expiry event (42 CFR 2.31).</source>
        <translation>Un consentimiento necesita una fecha de vencimiento o un hecho que lo haga vencer (42 CFR 2.31).</translation>
    </message>
    <message>
        <source>The expiry date cannot be before the date signed.</source>
        <translation>La fecha de vencimiento no puede ser anterior a la fecha de firma.</translation>
    </message>
    <message>
        <source>The revocation date cannot be before the date signed.</source>
        <translation>La fecha de revocación no puede ser anterior a la fecha de firma.</translation>
    </message>
    <message>
        <source>Name the representative who signed.</source>
        <translation>Indique el nombre del representante que firmó.</translation>
    </message>
    <message>
        <source>A checklist needs at least one criterion.</source>
        <translation>Una lista de verificación necesita al menos un criterio.</translation>
    </message>
    <message>
        <source>Every criterion needs a description.</source>
        <translation>Cada criterio necesita una descripción.</translation>
    </message>
    <message>
        <source>A criterion&apos;s description can have at most {maximum} characters.</source>
        <translation>La descripción de un criterio puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>Two criteria share the code “{code}”.</source>
        <translation>Dos criterios comparten el código “{code}”.</translation>
    </message>
    <message>
        <source>“{label}” must apply to at least one pathway.</source>
        <translation>“{label}” debe aplicarse al menos a una vía.</translation>
    </message>
    <message>
        <source>“{label}”: the limit must be a number from {minimum} to {maximum}.</source>
        <translation>“{label}”: el límite debe ser un número de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>{label}: please enter the grams as a number.</source>
        <translation>{label}: ingrese los gramos como un número.</translation>
    </message>
    <message>
        <source>{label}: please enter a date like 2025-03-31.</source>
        <translation>{label}: ingrese una fecha como 2025-03-31.</translation>
    </message>
    <message>
        <source>{label}: the date cannot be after the referral.</source>
        <translation>{label}: la fecha no puede ser posterior a la remisión.</translation>
    </message>
    <message>
        <source>The hand-off cannot be before the referral.</source>
        <translation>El traspaso no puede ser anterior a la remisión.</translation>
    </message>
    <message>
        <source>The date of birth cannot be after the referral.</source>
        <translation>La fecha de nacimiento no puede ser posterior a la remisión.</translation>
    </message>
    <message>
        <source>An officer&apos;s referral needs the referring agency.</source>
        <translation>La remisión de un agente necesita la agencia que remite.</translation>
    </message>
    <message>
        <source>A community referral needs the person or organization who referred.</source>
        <translation>Una remisión comunitaria necesita la persona u organización que remitió.</translation>
    </message>
    <message>
        <source>An arrest diversion needs the referring officer.</source>
        <translation>Un desvío en lugar de arresto necesita el agente que remite.</translation>
    </message>
    <message>
        <source>An arrest diversion needs the alleged offense(s).</source>
        <translation>Un desvío en lugar de arresto necesita el o los presuntos delitos.</translation>
    </message>
    <message>
        <source>Name who made the decision, e.g. “ADA Smith, prosecutor”.</source>
        <translation>Indique quién tomó la decisión, p. ej., “Fiscal adjunta Smith”.</translation>
    </message>
    <message>
        <source>Say why the screening result was overridden.</source>
        <translation>Indique por qué se anuló el resultado de la evaluación.</translation>
    </message>
    <message>
        <source>Enter the date the prosecutor was notified.</source>
        <translation>Ingrese la fecha en que se notificó al fiscal.</translation>
    </message>
    <message>
        <source>A filing date needs “charges filed: yes”.</source>
        <translation>Una fecha de presentación necesita “cargos presentados: sí”.</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras a–z, dígitos, punto, guion o guion bajo, y empieza con una letra o un dígito.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Una contraseña necesita al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>A password can have at most {maximum} characters.</source>
        <translation>Una contraseña puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Una contraseña no puede tener solo espacios.</translation>
    </message>
    <message>
        <source>Please enter the site&apos;s name.</source>
        <translation>Ingrese el nombre del sitio.</translation>
    </message>
    <message>
        <source>A site name can have at most {maximum} characters.</source>
        <translation>El nombre del sitio puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Ingrese el nombre de la persona.</translation>
    </message>
    <message>
        <source>A name can have at most {maximum} characters.</source>
        <translation>Un nombre puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>The user name “{username}” is already taken.</source>
        <translation>El nombre de usuario “{username}” ya está en uso.</translation>
    </message>
    <message>
        <source>This account is deactivated. Reactivate it first.</source>
        <translation>Esta cuenta está desactivada. Primero vuelva a activarla.</translation>
    </message>
    <message>
        <source>Sign in as a person to change a password.</source>
        <translation>Inicie sesión como una persona para cambiar una contraseña.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>A site needs at least one active administrator. Add another one first.</source>
        <translation>Un sitio necesita al menos un administrador activo. Primero agregue otro.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Sign in as a person to use the keychain.</source>
        <translation>Inicie sesión como una persona para usar el llavero.</translation>
    </message>
    <message>
        <source>A server site has no master key to change: the server&apos;s encrypted disk and its secure connection protect the data, and each person&apos;s server password opens it.</source>
        <translation>Un sitio en un servidor no tiene clave maestra que cambiar: el disco cifrado del servidor y su conexión segura protegen los datos, y cada persona los abre con su contraseña del servidor.</translation>
    </message>
    <message>
        <source>The import was canceled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <source>The server refused this import made offline: {rows} row(s) have problems there. Nothing of it was imported; check the file and import it again.</source>
        <translation>El servidor rechazó esta importación hecha sin conexión: {rows} fila(s) tienen problemas allí. No se importó nada; revise el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty. Choose a new or empty folder, or a .zip file name.</source>
        <translation>La carpeta {folder} no está vacía. Elija una carpeta nueva o vacía, o un nombre de archivo .zip.</translation>
    </message>
    <message>
        <source>{file} is not an HMIS CSV export LEAD Desktop can read.</source>
        <translation>{file} no es una exportación CSV de HMIS que LEAD Desktop pueda leer.</translation>
    </message>
    <message>
        <source>{file} is not an HMIS CSV export: it has no Export.csv.</source>
        <translation>{file} no es una exportación CSV de HMIS: no tiene Export.csv.</translation>
    </message>
    <message>
        <source>{file} is not a complete HMIS CSV export: it has no {name}.</source>
        <translation>{file} no es una exportación CSV de HMIS completa: no tiene {name}.</translation>
    </message>
    <message>
        <source>In {file}, the columns of {name} are not those of the FY2026 or FY2024 HMIS CSV specification.</source>
        <translation>En {file}, las columnas de {name} no son las de la especificación HMIS CSV FY2026 ni FY2024.</translation>
    </message>
    <message>
        <source>The files in {file} are of different versions of the HMIS CSV specification.</source>
        <translation>Los archivos de {file} son de versiones distintas de la especificación HMIS CSV.</translation>
    </message>
    <message>
        <source>In {file}, {name} is not UTF-8 text as the HMIS CSV specification asks.</source>
        <translation>En {file}, {name} no es texto UTF-8 como pide la especificación HMIS CSV.</translation>
    </message>
    <message>
        <source>In {file}, {name} is larger than 200 MB.</source>
        <translation>En {file}, {name} pesa más de 200 MB.</translation>
    </message>
    <message>
        <source>{file} is neither a folder nor a .zip file.</source>
        <translation>{file} no es una carpeta ni un archivo .zip.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Dé un nombre a la asignación.</translation>
    </message>
    <message>
        <source>A mapping name can have at most {maximum} characters.</source>
        <translation>El nombre de una asignación puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>There is no saved mapping named “{name}”.</source>
        <translation>No hay ninguna asignación guardada llamada “{name}”.</translation>
    </message>
    <message>
        <source>The referring agency “{name}” is marked inactive.</source>
        <translation>La agencia que remite “{name}” está marcada como inactiva.</translation>
    </message>
    <message>
        <source>The referring officer “{name}” is marked inactive.</source>
        <translation>El agente que remite “{name}” está marcado como inactivo.</translation>
    </message>
    <message>
        <source>The participant is linked only to an enrolled referral; the LEAD number was not used.</source>
        <translation>El participante solo se vincula a una remisión inscrita; no se usó el número LEAD.</translation>
    </message>
    <message>
        <source>The export was canceled. No file was written.</source>
        <translation>Se canceló la exportación. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Elija qué exportar.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>No se puede leer el archivo {file}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo {file}: {reason}</translation>
    </message>
    <message>
        <source>it does not exist or cannot be opened.</source>
        <translation>no existe o no se puede abrir.</translation>
    </message>
    <message>
        <source>it is larger than 200 MB. Split it into smaller files.</source>
        <translation>pesa más de 200 MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>it holds no rows.</source>
        <translation>no tiene filas.</translation>
    </message>
    <message>
        <source>it is not a CSV (text) file. Save it from your spreadsheet as CSV or .xlsx.</source>
        <translation>no es un archivo CSV (de texto). Guárdelo desde su hoja de cálculo como CSV o .xlsx.</translation>
    </message>
    <message>
        <source>it is an old Excel (.xls) file. Save it as .xlsx or CSV and import that.</source>
        <translation>es un archivo antiguo de Excel (.xls). Guárdelo como .xlsx o CSV e importe ese.</translation>
    </message>
    <message>
        <source>it is not an Excel .xlsx workbook, or it is damaged. Save it again as .xlsx or CSV.</source>
        <translation>no es un libro de Excel .xlsx o está dañado. Vuelva a guardarlo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>it has no sheet named “{sheet}”.</source>
        <translation>no tiene ninguna hoja llamada “{sheet}”.</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV ({detail}).</source>
        <translation>la línea {line} no es CSV válido ({detail}).</translation>
    </message>
    <message>
        <source>its text encoding could not be recognized. Save it as “CSV UTF-8”.</source>
        <translation>no se pudo reconocer su codificación de texto. Guárdelo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>That governance record no longer exists. It may have been removed.</source>
        <translation>Ese registro de gobernanza ya no existe. Es posible que se haya quitado.</translation>
    </message>
    <message>
        <source>This record is still in use.</source>
        <translation>Este registro todavía está en uso.</translation>
    </message>
    <message>
        <source>This person still holds {count} membership(s). End their terms first.</source>
        <translation>Esta persona todavía tiene {count} membresía(s). Primero termine sus mandatos.</translation>
    </message>
    <message>
        <source>This body has {count} meeting(s) on record; its minutes keep it. Mark it “in development” or end its members&apos; terms instead.</source>
        <translation>Este órgano tiene {count} reunión(es) registrada(s); sus actas lo conservan. Márquelo “en formación” o termine los mandatos de sus miembros.</translation>
    </message>
    <message>
        <source>This organization already has seats on this body; change their number instead.</source>
        <translation>Esta organización ya tiene puestos en este órgano; cambie su cantidad.</translation>
    </message>
    <message>
        <source>Choose one of the people on file.</source>
        <translation>Elija una de las personas registradas.</translation>
    </message>
    <message>
        <source>Only an alternate sits in for a member.</source>
        <translation>Solo un suplente reemplaza a un miembro.</translation>
    </message>
    <message>
        <source>An alternate sits in for a chair, co-chair or member of the same body.</source>
        <translation>Un suplente reemplaza a un presidente, copresidente o miembro del mismo órgano.</translation>
    </message>
    <message>
        <source>This membership is in the attendance of {count} meeting(s). End the term instead.</source>
        <translation>Esta membresía figura en la asistencia de {count} reunión(es). Mejor termine el mandato.</translation>
    </message>
    <message>
        <source>The minutes of this meeting were approved on {date} and can no longer be changed. Record an amendment instead.</source>
        <translation>El acta de esta reunión se aprobó el {date} y ya no se puede modificar. Registre una enmienda.</translation>
    </message>
    <message>
        <source>This step does not fit the minutes&apos; current state.</source>
        <translation>Este paso no corresponde al estado actual del acta.</translation>
    </message>
    <message>
        <source>Case conferencing belongs to the meetings of an Operational Work Group.</source>
        <translation>La conferencia de casos corresponde a las reuniones de un Grupo de Trabajo Operativo (OWG).</translation>
    </message>
    <message>
        <source>The next meeting must come after this one.</source>
        <translation>La próxima reunión debe ser posterior a esta.</translation>
    </message>
    <message>
        <source>This meeting approved the minutes of an earlier meeting; it cannot move before it.</source>
        <translation>Esta reunión aprobó el acta de una reunión anterior; no puede pasar a una fecha previa a esa.</translation>
    </message>
    <message>
        <source>Action items from an earlier meeting were updated here; the meeting cannot move before it.</source>
        <translation>Aquí se actualizaron tareas de una reunión anterior; la reunión no puede pasar a una fecha previa a esa.</translation>
    </message>
    <message>
        <source>Only a meeting whose minutes are still a draft can be removed.</source>
        <translation>Solo se puede quitar una reunión cuya acta todavía sea un borrador.</translation>
    </message>
    <message>
        <source>This meeting has decisions, action items, case notes or approvals on record. Remove those first.</source>
        <translation>Esta reunión tiene decisiones, tareas, notas de casos o aprobaciones registradas. Primero quítelas.</translation>
    </message>
    <message>
        <source>The agenda changed meanwhile. Reload the meeting and try again.</source>
        <translation>Mientras tanto cambió el orden del día. Vuelva a cargar la reunión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Choose present, absent, excused or alternate attended.</source>
        <translation>Elija presente, ausente, justificado o asistió el suplente.</translation>
    </message>
    <message>
        <source>Only a chair, co-chair or member can be represented by an alternate.</source>
        <translation>Solo un presidente, copresidente o miembro puede ser representado por un suplente.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name.</source>
        <translation>Ingrese el nombre del invitado.</translation>
    </message>
    <message>
        <source>Roster members stay on the list; mark them absent instead.</source>
        <translation>Los miembros de la lista permanecen en ella; márquelos como ausentes.</translation>
    </message>
    <message>
        <source>Choose one of this meeting&apos;s agenda items.</source>
        <translation>Elija uno de los puntos del orden del día de esta reunión.</translation>
    </message>
    <message>
        <source>Choose one of the eligibility criteria versions on file.</source>
        <translation>Elija una de las versiones registradas de los criterios de elegibilidad.</translation>
    </message>
    <message>
        <source>Choose one of the action statuses.</source>
        <translation>Elija uno de los estados de las tareas.</translation>
    </message>
    <message>
        <source>This action item is not on this meeting&apos;s list.</source>
        <translation>Esta tarea no está en la lista de esta reunión.</translation>
    </message>
    <message>
        <source>This action item was already closed before this meeting.</source>
        <translation>Esta tarea ya se había cerrado antes de esta reunión.</translation>
    </message>
    <message>
        <source>Later meetings followed this action up; mark it dropped instead.</source>
        <translation>Reuniones posteriores dieron seguimiento a esta tarea; márquela como descartada.</translation>
    </message>
    <message>
        <source>Only draft minutes can be circulated.</source>
        <translation>Solo se puede hacer circular un acta en borrador.</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting of the same body.</source>
        <translation>Las actas se aprueban en una reunión posterior del mismo órgano.</translation>
    </message>
    <message>
        <source>Circulate the minutes to the members before they are approved.</source>
        <translation>Haga circular el acta entre los miembros antes de aprobarla.</translation>
    </message>
    <message>
        <source>This meeting cannot approve minutes: its decision rule is not met. Mark the attendance first.</source>
        <translation>Esta reunión no puede aprobar actas: no se cumple su regla de decisión. Primero marque la asistencia.</translation>
    </message>
    <message>
        <source>Minutes are locked after they have been approved.</source>
        <translation>Las actas se bloquean después de aprobarse.</translation>
    </message>
    <message>
        <source>These minutes are not approved yet: correct them directly instead of amending them.</source>
        <translation>Esta acta todavía no está aprobada: corríjala directamente en lugar de enmendarla.</translation>
    </message>
    <message>
        <source>Choose a participant on file.</source>
        <translation>Elija un participante registrado.</translation>
    </message>
    <message>
        <source>This participant is already on the case-conference list.</source>
        <translation>Este participante ya está en la lista de la conferencia de casos.</translation>
    </message>
    <message>
        <source>Choose a month, a quarter, a year or a custom range.</source>
        <translation>Elija un mes, un trimestre, un año o un rango personalizado.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>El período no puede terminar antes de comenzar.</translation>
    </message>
    <message>
        <source>Choose a period of at most twenty years.</source>
        <translation>Elija un período de veinte años como máximo.</translation>
    </message>
    <message>
        <source>This person may already be on file. Review the possible matches before saving.</source>
        <translation>Es posible que esta persona ya esté registrada. Revise las posibles coincidencias antes de guardar.</translation>
    </message>
    <message>
        <source>That record no longer exists. It may have been merged or removed.</source>
        <translation>Ese registro ya no existe. Es posible que se haya fusionado o quitado.</translation>
    </message>
    <message>
        <source>Choose an active staff member as case manager.</source>
        <translation>Elija un miembro activo del personal como administrador de casos.</translation>
    </message>
    <message>
        <source>Choose one of this participant&apos;s consents.</source>
        <translation>Elija uno de los consentimientos de este participante.</translation>
    </message>
    <message>
        <source>That consent was not in force on the date of this disclosure. Choose another one, or record why the disclosure was made without consent.</source>
        <translation>Ese consentimiento no estaba vigente en la fecha de esta divulgación. Elija otro o registre por qué se hizo la divulgación sin consentimiento.</translation>
    </message>
    <message>
        <source>No consent was chosen: record why this disclosure was made without one.</source>
        <translation>No se eligió ningún consentimiento: registre por qué se hizo esta divulgación sin uno.</translation>
    </message>
    <message>
        <source>Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form.</source>
        <translation>Adjunte un PDF o una imagen (PNG, JPEG o TIFF) del formulario firmado.</translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation>Ese archivo está vacío.</translation>
    </message>
    <message>
        <source>That file is larger than 20 MB. Scan at a lower resolution.</source>
        <translation>Ese archivo pesa más de 20 MB. Escanee con una resolución menor.</translation>
    </message>
    <message>
        <source>That file does not look like a {kind} file. Attach the scan itself.</source>
        <translation>Ese archivo no parece un archivo {kind}. Adjunte el escaneo mismo.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Elija dos registros distintos para fusionar.</translation>
    </message>
    <message>
        <source>One of these records has already been merged.</source>
        <translation>Uno de estos registros ya se fusionó.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Esta fusión ya se deshizo.</translation>
    </message>
    <message>
        <source>Nothing was changed in the checklist.</source>
        <translation>No se cambió nada en la lista de verificación.</translation>
    </message>
    <message>
        <source>Choose an active referring agency.</source>
        <translation>Elija una agencia que remite activa.</translation>
    </message>
    <message>
        <source>Choose an active referring officer.</source>
        <translation>Elija un agente que remite activo.</translation>
    </message>
    <message>
        <source>That officer belongs to another agency.</source>
        <translation>Ese agente pertenece a otra agencia.</translation>
    </message>
    <message>
        <source>That screening checklist version no longer exists.</source>
        <translation>Esa versión de la lista de verificación ya no existe.</translation>
    </message>
    <message>
        <source>This person is already enrolled from this referral.</source>
        <translation>Esta persona ya está inscrita a partir de esta remisión.</translation>
    </message>
    <message>
        <source>{label} cannot be before the referral.</source>
        <translation>{label} no puede ser anterior a la remisión.</translation>
    </message>
    <message>
        <source>Enroll the person with “Enroll…”; other outcomes are recorded here.</source>
        <translation>Inscriba a la persona con “Inscribir…”; los demás resultados se registran aquí.</translation>
    </message>
    <message>
        <source>Only a referral screened ineligible (or overridden to ineligible) can be recorded as ineligible.</source>
        <translation>Solo una remisión evaluada como no elegible (o anulada a no elegible) puede registrarse como no elegible.</translation>
    </message>
    <message>
        <source>Only a referral screened eligible (or overridden to eligible) can be enrolled. Complete the screening, or record the override.</source>
        <translation>Solo se puede inscribir una remisión evaluada como elegible (o anulada a elegible). Complete la evaluación o registre la anulación.</translation>
    </message>
    <message>
        <source>This referral&apos;s outcome is already recorded. Set it back to pending before enrolling.</source>
        <translation>El resultado de esta remisión ya está registrado. Vuelva a ponerlo como pendiente antes de inscribir.</translation>
    </message>
    <message>
        <source>No consent in force covers sharing this summary with {recipient}. Choose a consent that names the recipient, or record why it is shared without one.</source>
        <translation>Ningún consentimiento vigente cubre compartir este resumen con {recipient}. Elija un consentimiento que nombre al destinatario o registre por qué se comparte sin uno.</translation>
    </message>
    <message>
        <source>Name the recipient of the summary (a person or organization).</source>
        <translation>Indique el destinatario del resumen (una persona u organización).</translation>
    </message>
    <message>
        <source>A fact-sheet text can be at most {maximum} characters.</source>
        <translation>Un texto de la hoja informativa puede tener como máximo {maximum} caracteres.</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image for the logo.</source>
        <translation>Elija una imagen PNG o JPEG para el logotipo.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB. Save a smaller image.</source>
        <translation>El logotipo pesa más de 512 KB. Guarde una imagen más pequeña.</translation>
    </message>
    <message>
        <source>That image cannot be read. Save it again as PNG or JPEG.</source>
        <translation>No se puede leer esa imagen. Vuelva a guardarla como PNG o JPEG.</translation>
    </message>
    <message>
        <source>Keep at most {maximum} baselines.</source>
        <translation>Conserve como máximo {maximum} referencias.</translation>
    </message>
    <message>
        <source>Give each baseline a name, e.g. “Arrests 2025”.</source>
        <translation>Dé un nombre a cada referencia, p. ej., “Arrestos 2025”.</translation>
    </message>
    <message>
        <source>Unknown group {key}.</source>
        <translation>Grupo desconocido {key}.</translation>
    </message>
    <message>
        <source>Counts are whole numbers of zero or more.</source>
        <translation>Las cantidades son números enteros de cero o más.</translation>
    </message>
    <message>
        <source>Enter the baseline&apos;s counts: they cannot all be zero.</source>
        <translation>Ingrese las cantidades de la referencia: no pueden ser todas cero.</translation>
    </message>
    <message>
        <source>That consent is not one of this participant&apos;s consents in force today.</source>
        <translation>Ese consentimiento no es uno de los consentimientos vigentes hoy de este participante.</translation>
    </message>
    <message>
        <source>Unknown report {kind}.</source>
        <translation>Informe desconocido {kind}.</translation>
    </message>
    <message>
        <source>Choose PDF, CSV or JSON.</source>
        <translation>Elija PDF, CSV o JSON.</translation>
    </message>
    <message>
        <source>Choose the period of the report.</source>
        <translation>Elija el período del informe.</translation>
    </message>
    <message>
        <source>Choose the body whose roster to print.</source>
        <translation>Elija el órgano cuya lista de miembros se imprimirá.</translation>
    </message>
    <message>
        <source>Choose the meeting.</source>
        <translation>Elija la reunión.</translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation>Elija el participante.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>No hay ninguna configuración llamada {key}.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Responda sí o no.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Ingrese un número entero.</translation>
    </message>
    <message>
        <source>Please enter a number from {minimum} to {maximum}.</source>
        <translation>Ingrese un número de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>A LEAD number prefix is 1 to 8 letters or digits.</source>
        <translation>Un prefijo del número LEAD tiene de 1 a 8 letras o dígitos.</translation>
    </message>
    <message>
        <source>Please enter a date like 2025-03-31.</source>
        <translation>Escriba una fecha como 2025-03-31.</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that LEAD Desktop can write to (for a USB drive or network share: plug it in or connect it first).</source>
        <translation>Elija una carpeta que exista y en la que LEAD Desktop pueda escribir (si es una unidad USB o una carpeta compartida de la red: primero conéctela).</translation>
    </message>
    <message>
        <source>The site&apos;s key file is missing from {folder}. Restore it from a backup, or open the site with its recovery key.</source>
        <translation>Falta el archivo de claves del sitio en {folder}. Restáurelo desde una copia de seguridad o abra el sitio con su clave de recuperación.</translation>
    </message>
    <message>
        <source>This site is already on a server.</source>
        <translation>Este sitio ya está en un servidor.</translation>
    </message>
    <message>
        <source>A snapshot is a copy of a server site. On this computer, make a backup instead.</source>
        <translation>Una instantánea es una copia de un sitio en un servidor. En esta computadora, haga una copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <source>The server address must not contain a password: it would be kept in the shell&apos;s history and shown to other programs. Leave it out (postgresql://name@server/database); LEAD Desktop asks for it when you sign in.</source>
        <translation>La dirección del servidor no debe incluir una contraseña: quedaría en el historial de la terminal y otros programas podrían verla. Quítela (postgresql://nombre@servidor/base_de_datos); LEAD Desktop se la pide al iniciar sesión.</translation>
    </message>
    <message>
        <source>A CoC code is two capital letters, a hyphen and three digits, like LA-503.</source>
        <translation>Un código de CoC son dos letras mayúsculas, un guion y tres dígitos, como LA-503.</translation>
    </message>
    <message>
        <source>A geocode is six digits, like 229071.</source>
        <translation>Un geocódigo son seis dígitos, como 229071.</translation>
    </message>
    <message>
        <source>Name the local or other funding source (for example the city or the county).</source>
        <translation>Nombre la fuente de financiamiento local u otra (por ejemplo, la ciudad o el condado).</translation>
    </message>
    <message>
        <source>Say in a sentence why participants without an HMIS consent are exported.</source>
        <translation>Diga en una oración por qué se exportan participantes sin consentimiento para el HMIS.</translation>
    </message>
    <message>
        <source>Already imported, and nothing has changed in the HMIS since.</source>
        <translation>Ya importado, y nada ha cambiado en el HMIS desde entonces.</translation>
    </message>
    <message>
        <source>{number} is this client; nothing differs.</source>
        <translation>{number} es este cliente; nada es distinto.</translation>
    </message>
    <message>
        <source>Updates {number}: {fields}.</source>
        <translation>Actualiza {number}: {fields}.</translation>
    </message>
    <message>
        <source>This PersonalID repeats row {row}.</source>
        <translation>Este PersonalID repite la fila {row}.</translation>
    </message>
    <message>
        <source>{file} {column}: “{value}” is not a date written YYYY-MM-DD.</source>
        <translation>{file} {column}: «{value}» no es una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{file} {column}: “{value}” is not one of the HMIS CSV codes for it.</source>
        <translation>{file} {column}: «{value}» no es uno de los códigos HMIS CSV de esa columna.</translation>
    </message>
    <message>
        <source>{count} earlier enrollments of this client in the project are not imported; the latest is.</source>
        <translation>No se importan {count} inscripciones anteriores de este cliente en el proyecto; se importa la más reciente.</translation>
    </message>
    <message>
        <source>The export holds several projects: choose the one to import ({projects}).</source>
        <translation>La exportación tiene varios proyectos: elija el que se importará ({projects}).</translation>
    </message>
    <message>
        <source>The export has no enrollments in a project with the ID {project}.</source>
        <translation>La exportación no tiene inscripciones en un proyecto con el ID {project}.</translation>
    </message>
    <message>
        <source>There is already an organization with this name.</source>
        <translation>Ya hay una organización con este nombre.</translation>
    </message>
    <message>
        <source>This organization still has people, memberships, seats or referrals and officers ({people}, {members}, {seats}, {referrals}). Move or remove them first, or mark it inactive.</source>
        <translation>Esta organización todavía tiene personas, membresías, puestos o remisiones y agentes ({people}, {members}, {seats}, {referrals}). Primero muévalos o elimínelos, o márquela como inactiva.</translation>
    </message>
    <message>
        <source>Choose one of the organizations on file.</source>
        <translation>Elija una de las organizaciones registradas.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Llena el campo</translation>
    </message>
    <message>
        <source>Field for the column “{column}”</source>
        <translation>Campo para la columna “{column}”</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <source>Import anyway (reviewed)</source>
        <translation>Importar de todos modos (revisada)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Tick to import this row as a new person: you checked that it is someone else.</source>
        <translation>Marque para importar esta fila como una persona nueva: usted comprobó que es otra persona.</translation>
    </message>
    <message>
        <source>(formula)</source>
        <translation>(fórmula)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>{rows} rows, read as {encoding} with “{separator}” between columns.</source>
        <translation>{rows} filas, leídas como {encoding} con “{separator}” entre columnas.</translation>
    </message>
    <message>
        <source>{rows} rows in the sheet “{sheet}”.</source>
        <translation>{rows} filas en la hoja “{sheet}”.</translation>
    </message>
    <message>
        <source>Which column fills which field</source>
        <translation>Qué columna llena qué campo</translation>
    </message>
    <message>
        <source>Something went wrong; it has been written to the log. Nothing was imported.</source>
        <translation>Algo salió mal; quedó anotado en el registro del programa. No se importó nada.</translation>
    </message>
    <message>
        <source>Canceling… nothing of this import will be kept.</source>
        <translation>Cancelando… no se conservará nada de esta importación.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>The record&apos;s id in the spreadsheet or system it comes from. A re-run of the import recognizes the record by it.</source>
        <translation>El id del registro en la hoja de cálculo o el sistema del que proviene. Al repetir la importación, el registro se reconoce por él.</translation>
    </message>
    <message>
        <source>LEAD number</source>
        <translation>Número LEAD</translation>
    </message>
    <message>
        <source>The participant&apos;s LEAD number, in this site or the one the file comes from.</source>
        <translation>El número LEAD del participante, en este sitio o en aquel del que proviene el archivo.</translation>
    </message>
    <message>
        <source>Participant&apos;s external ID</source>
        <translation>ID externo del participante</translation>
    </message>
    <message>
        <source>The participant&apos;s id in the system the file comes from (the External ID of an earlier participants import).</source>
        <translation>El id del participante en el sistema del que proviene el archivo (el ID externo de una importación anterior de participantes).</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>The case manager&apos;s user name or full name, as on this site&apos;s accounts.</source>
        <translation>El nombre de usuario o el nombre completo del administrador de casos, tal como figura en las cuentas de este sitio.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Who made the contact: a user name or full name on this site.</source>
        <translation>Quién hizo el contacto: un nombre de usuario o un nombre completo de este sitio.</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Agencia que remite</translation>
    </message>
    <message>
        <source>The agency&apos;s name. A name not yet on file is added.</source>
        <translation>El nombre de la agencia. Si todavía no está registrado, se agrega.</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>Agente que remite</translation>
    </message>
    <message>
        <source>The officer&apos;s name. A name not yet on file is added.</source>
        <translation>El nombre del agente. Si todavía no está registrado, se agrega.</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>LEAD number or participant&apos;s external ID</source>
        <translation>Número LEAD o ID externo del participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>An abbreviation people use, e.g. NOPD. Consent recipients are matched against the name and the short name.</source>
        <translation>Una abreviatura que se usa, p. ej., NOPD. Los destinatarios de los consentimientos se comparan con el nombre y con el nombre corto.</translation>
    </message>
    <message>
        <source>Refers people to LEAD</source>
        <translation>Remite personas a LEAD</translation>
    </message>
    <message>
        <source>Offered as the referring agency on the referral form, with its officers.</source>
        <translation>Se ofrece como agencia remitente en el formulario de remisión, con sus agentes.</translation>
    </message>
    <message>
        <source>An inactive organization stays on old records but is not offered for new referrals.</source>
        <translation>Una organización inactiva se conserva en los registros anteriores, pero no se ofrece para remisiones nuevas.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Area or precinct</source>
        <translation>Zona o distrito policial</translation>
    </message>
    <message>
        <source>For a work group per police precinct or district.</source>
        <translation>Para un grupo de trabajo por distrito o precinto policial.</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>En formación</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <source>Quorum (number of members)</source>
        <translation>Quórum (número de miembros)</translation>
    </message>
    <message>
        <source>Quorum by number: voting members who must attend. With consensus: the fewest member agencies that must have a voice (leave empty for no minimum).</source>
        <translation>Quórum por número: miembros con voto que deben asistir. Con consenso: el mínimo de agencias miembro que deben tener voz (déjelo vacío si no hay mínimo).</translation>
    </message>
    <message>
        <source>Quorum (share, percent)</source>
        <translation>Quórum (proporción, porcentaje)</translation>
    </message>
    <message>
        <source>Quorum by share: at least this percentage of the voting members, rounded up.</source>
        <translation>Quórum por proporción: al menos este porcentaje de los miembros con voto, redondeado hacia arriba.</translation>
    </message>
    <message>
        <source>Usually meets</source>
        <translation>Suele reunirse</translation>
    </message>
    <message>
        <source>For example: every other Tuesday, 10:00.</source>
        <translation>Por ejemplo: martes por medio, 10:00.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Leave empty for an open seat any organization or community member can fill.</source>
        <translation>Déjelo vacío para un puesto abierto que pueda ocupar cualquier organización o miembro de la comunidad.</translation>
    </message>
    <message>
        <source>Organization represented</source>
        <translation>Organización representada</translation>
    </message>
    <message>
        <source>Empty: the person&apos;s own organization.</source>
        <translation>Vacío: la organización de la propia persona.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Comienzo del mandato</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>May decide for their agency</source>
        <translation>Puede decidir por su agencia</translation>
    </message>
    <message>
        <source>Policy Coordinating Group: authorised to make decisions on behalf of their office.</source>
        <translation>Grupo de Coordinación de Políticas (PCG): autorizado para tomar decisiones en nombre de su oficina.</translation>
    </message>
    <message>
        <source>Confidentiality agreement signed</source>
        <translation>Acuerdo de confidencialidad firmado</translation>
    </message>
    <message>
        <source>Operational Work Group members sign one before case conferencing.</source>
        <translation>Los miembros del Grupo de Trabajo Operativo (OWG) firman uno antes de la conferencia de casos.</translation>
    </message>
    <message>
        <source>Alternate for</source>
        <translation>Suplente de</translation>
    </message>
    <message>
        <source>For an alternate: the member they sit in for.</source>
        <translation>Para un suplente: el miembro al que reemplaza.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Virtual meeting link</source>
        <translation>Enlace de la reunión virtual</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Governance minutes only: never name participants here; use case conferencing.</source>
        <translation>Solo actas de gobernanza: nunca nombre aquí a participantes; use la conferencia de casos.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>Seconded by</source>
        <translation>Secundado por</translation>
    </message>
    <message>
        <source>Eligibility criteria version introduced</source>
        <translation>Versión de los criterios de elegibilidad adoptada</translation>
    </message>
    <message>
        <source>New intake deadline (days)</source>
        <translation>Nuevo plazo de admisión (días)</translation>
    </message>
    <message>
        <source>When this decision changes the intake deadline after an arrest diversion.</source>
        <translation>Cuando esta decisión cambia el plazo de admisión después de un desvío en lugar de arresto.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Nombre del invitado</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Name quality</source>
        <translation>Calidad de los datos del nombre</translation>
    </message>
    <message>
        <source>HMIS 3.01: is this the full legal name, or a partial, street or code name?</source>
        <translation>HMIS 3.01: ¿es el nombre legal completo, o un nombre parcial, un apodo de la calle o un nombre en clave?</translation>
    </message>
    <message>
        <source>Aliases / street names</source>
        <translation>Alias / apodos de la calle</translation>
    </message>
    <message>
        <source>Separate several names with commas. All are searchable.</source>
        <translation>Separe varios nombres con comas. Se puede buscar por todos.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth quality</source>
        <translation>Calidad de los datos de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Race and ethnicity</source>
        <translation>Raza y etnia</translation>
    </message>
    <message>
        <source>HMIS 3.04: choose every answer that applies.</source>
        <translation>HMIS 3.04: elija todas las respuestas que correspondan.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender identity (optional)</source>
        <translation>Identidad de género (opcional)</translation>
    </message>
    <message>
        <source>A local field, in the participant&apos;s own words.</source>
        <translation>Un campo local, con las propias palabras del participante.</translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation>Condición de veterano</translation>
    </message>
    <message>
        <source>Disabling condition</source>
        <translation>Condición discapacitante</translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation>Dónde encontrarlo</translation>
    </message>
    <message>
        <source>Places and times where outreach usually finds this person.</source>
        <translation>Lugares y horarios donde el equipo de alcance comunitario suele encontrar a esta persona.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrollment date</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de egreso</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motivo de egreso</translation>
    </message>
    <message>
        <source>Exit destination (HMIS)</source>
        <translation>Destino al egreso (HMIS)</translation>
    </message>
    <message>
        <source>Destination subsidy type (HMIS)</source>
        <translation>Tipo de subsidio del destino (HMIS)</translation>
    </message>
    <message>
        <source>HMIS 3.12.A: for “Rental by client, with ongoing subsidy” only: which subsidy.</source>
        <translation>HMIS 3.12.A: solo para «Alquiler por el cliente, con subsidio continuo»: qué subsidio.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Unable to locate</source>
        <translation>No se pudo localizar</translation>
    </message>
    <message>
        <source>Tick when you looked for the person and did not find them.</source>
        <translation>Marque si buscó a la persona y no la encontró.</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Goal (in the participant&apos;s words)</source>
        <translation>Meta (con las palabras del participante)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijada el</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Remitido el</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha de vigencia</translation>
    </message>
    <message>
        <source>Living situation (HMIS)</source>
        <translation>Situación de vivienda (HMIS)</translation>
    </message>
    <message>
        <source>Subsidy type (HMIS)</source>
        <translation>Tipo de subsidio (HMIS)</translation>
    </message>
    <message>
        <source>Court / jurisdiction</source>
        <translation>Tribunal / jurisdicción</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Next court date</source>
        <translation>Próxima audiencia</translation>
    </message>
    <message>
        <source>Prosecutor contact</source>
        <translation>Contacto en la fiscalía</translation>
    </message>
    <message>
        <source>Defender contact</source>
        <translation>Contacto en la defensoría</translation>
    </message>
    <message>
        <source>Covers substance-use (Part 2) information</source>
        <translation>Cubre información sobre consumo de sustancias (Parte 2)</translation>
    </message>
    <message>
        <source>Who may disclose</source>
        <translation>Quién puede divulgar</translation>
    </message>
    <message>
        <source>42 CFR 2.31: the program or people allowed to disclose.</source>
        <translation>42 CFR 2.31: el programa o las personas autorizadas a divulgar.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>One organization or person per line.</source>
        <translation>Una organización o persona por línea.</translation>
    </message>
    <message>
        <source>Data systems it covers</source>
        <translation>Sistemas de datos que cubre</translation>
    </message>
    <message>
        <source>Check HMIS / Continuum of Care only when the signed form names the Continuum of Care&apos;s HMIS: only then does an HMIS export include this person.</source>
        <translation>Marque HMIS / Continuum of Care solo cuando el formulario firmado nombre al HMIS del Continuum of Care: solo entonces una exportación de HMIS incluye a esta persona.</translation>
    </message>
    <message>
        <source>Information that may be shared</source>
        <translation>Información que se puede compartir</translation>
    </message>
    <message>
        <source>Description of the information</source>
        <translation>Descripción de la información</translation>
    </message>
    <message>
        <source>Right to revoke (and how) explained</source>
        <translation>Se explicó el derecho a revocar (y cómo hacerlo)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nombre del representante</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Or expires on this event</source>
        <translation>O vence con este hecho</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Qué se compartió</translation>
    </message>
    <message>
        <source>Under consent</source>
        <translation>Con el consentimiento</translation>
    </message>
    <message>
        <source>Reason, when no consent covers it</source>
        <translation>Motivo, si ningún consentimiento lo cubre</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Referral date and time</source>
        <translation>Fecha y hora de la remisión</translation>
    </message>
    <message>
        <source>When the officer or partner made the referral (for an arrest diversion: the arrest).</source>
        <translation>Cuándo el agente o la organización asociada hizo la remisión (en un desvío en lugar de arresto: el arresto).</translation>
    </message>
    <message>
        <source>Hand-off date and time</source>
        <translation>Fecha y hora del traspaso</translation>
    </message>
    <message>
        <source>When a case manager took the person over. The target is 30 minutes.</source>
        <translation>Cuándo un administrador de casos se hizo cargo de la persona. La meta es 30 minutos.</translation>
    </message>
    <message>
        <source>Referring person</source>
        <translation>Persona que remite</translation>
    </message>
    <message>
        <source>For a community referral: who referred (name, and their role or organization).</source>
        <translation>En una remisión comunitaria: quién remitió (nombre y su función u organización).</translation>
    </message>
    <message>
        <source>Alleged offense(s)</source>
        <translation>Presunto(s) delito(s)</translation>
    </message>
    <message>
        <source>Who made the decision, e.g. “ADA Smith, prosecutor”.</source>
        <translation>Quién tomó la decisión, p. ej., “Fiscal adjunta Smith”.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Intake completed on</source>
        <translation>Admisión completada el</translation>
    </message>
    <message>
        <source>Prosecutor notified on</source>
        <translation>Fiscal notificado el</translation>
    </message>
    <message>
        <source>How the prosecutor was notified</source>
        <translation>Cómo se notificó al fiscal</translation>
    </message>
    <message>
        <source>For example: phone call to the ADA on duty, e-mail, letter.</source>
        <translation>Por ejemplo: llamada al fiscal adjunto de turno, correo electrónico, carta.</translation>
    </message>
    <message>
        <source>Charges filed</source>
        <translation>Cargos presentados</translation>
    </message>
    <message>
        <source>Charges filed on</source>
        <translation>Cargos presentados el</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>HMIS OrganizationID</source>
        <translation>OrganizationID en el HMIS</translation>
    </message>
    <message>
        <source>The ID the Continuum&apos;s HMIS gave the organization that runs LEAD.</source>
        <translation>El ID que el HMIS del Continuum dio a la organización que dirige LEAD.</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>HMIS ProjectID</source>
        <translation>ProjectID en el HMIS</translation>
    </message>
    <message>
        <source>The ID the Continuum&apos;s HMIS gave this LEAD project.</source>
        <translation>El ID que el HMIS del Continuum dio a este proyecto LEAD.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Tipo de proyecto</translation>
    </message>
    <message>
        <source>Part of the Continuum&apos;s homeless response system</source>
        <translation>Forma parte del sistema de respuesta a la falta de vivienda del Continuum</translation>
    </message>
    <message>
        <source>CoC code</source>
        <translation>Código de CoC</translation>
    </message>
    <message>
        <source>The Continuum of Care&apos;s code, like LA-503.</source>
        <translation>El código del Continuum of Care, como LA-503.</translation>
    </message>
    <message>
        <source>Geocode</source>
        <translation>Geocódigo</translation>
    </message>
    <message>
        <source>HUD&apos;s six-digit geocode of the place the project works in.</source>
        <translation>El geocódigo de seis dígitos de HUD del lugar donde trabaja el proyecto.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Funding source&apos;s name</source>
        <translation>Nombre de la fuente de financiamiento</translation>
    </message>
    <message>
        <source>Grant ID</source>
        <translation>ID de la subvención</translation>
    </message>
    <message>
        <source>The grant or contract number of that funding.</source>
        <translation>El número de subvención o de contrato de ese financiamiento.</translation>
    </message>
    <message>
        <source>Project operating since</source>
        <translation>El proyecto funciona desde</translation>
    </message>
</context>
<context>
    <name>governance</name>
    <message>
        <source>[participant — no release]</source>
        <translation>[participante — sin autorización]</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Consensus possible: {voices} of {agencies} member agencies have a voice.</source>
        <translation>Consenso posible: {voices} de {agencies} agencias miembro tienen voz.</translation>
    </message>
    <message>
        <source>Consensus not possible: present without anyone who may decide for them: {names}.</source>
        <translation>Consenso imposible: presentes sin nadie que pueda decidir por ellas: {names}.</translation>
    </message>
    <message>
        <source>Consensus not possible: no member agency has a voice yet.</source>
        <translation>Consenso imposible: ninguna agencia miembro tiene voz todavía.</translation>
    </message>
    <message>
        <source>Consensus not possible: {voices} member agencies have a voice, at least {required} needed.</source>
        <translation>Consenso imposible: {voices} agencias miembro tienen voz; se necesitan al menos {required}.</translation>
    </message>
    <message>
        <source>Not present: {names}.</source>
        <translation>No presentes: {names}.</translation>
    </message>
    <message>
        <source>Quorum met: {attending} of {seats} voting members attending, {required} needed.</source>
        <translation>Hay quórum: asisten {attending} de {seats} miembros con voto; se necesitan {required}.</translation>
    </message>
    <message>
        <source>No quorum: {attending} of {seats} voting members attending, {required} needed.</source>
        <translation>No hay quórum: asisten {attending} de {seats} miembros con voto; se necesitan {required}.</translation>
    </message>
    <message>
        <source>{count} not yet marked.</source>
        <translation>{count} todavía sin marcar.</translation>
    </message>
    <message>
        <source>Case conferencing: {count} participant(s) discussed; the notes are confidential and kept apart from these minutes.</source>
        <translation>Conferencia de casos: se trataron {count} participante(s); las notas son confidenciales y se guardan aparte de esta acta.</translation>
    </message>
</context>
<context>
    <name>keychain</name>
    <message>
        <source>Your site&apos;s administrator has turned keychain unlock off.</source>
        <translation>El administrador de su sitio desactivó el desbloqueo con el llavero.</translation>
    </message>
    <message>
        <source>The computer&apos;s keychain could not be reached.</source>
        <translation>No se pudo acceder al llavero de la computadora.</translation>
    </message>
    <message>
        <source>This computer has no secure keychain, so this option is not available.</source>
        <translation>Esta computadora no tiene un llavero seguro, así que esta opción no está disponible.</translation>
    </message>
    <message>
        <source>The computer&apos;s keychain did not accept the key. Try again later.</source>
        <translation>El llavero de la computadora no aceptó la clave. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The computer&apos;s keychain did not accept the password. Try again later.</source>
        <translation>El llavero de la computadora no aceptó la contraseña. Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>LEAD Desktop</source>
        <translation>LEAD Desktop</translation>
    </message>
    <message>
        <source>LEAD number</source>
        <translation>Número LEAD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Aliases / street names</source>
        <translation>Alias / apodos de la calle</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>within standard</source>
        <translation>dentro del estándar</translation>
    </message>
    <message>
        <source>over average ({average})</source>
        <translation>por encima del promedio ({average})</translation>
    </message>
    <message>
        <source>over maximum ({maximum})</source>
        <translation>por encima del máximo ({maximum})</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Why it may match</source>
        <translation>Por qué podría coincidir</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contactos</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>1 evaluación</translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation>{n} evaluaciones</translation>
    </message>
    <message>
        <source>1 plan goal</source>
        <translation>1 meta del plan</translation>
    </message>
    <message>
        <source>{n} plan goals</source>
        <translation>{n} metas del plan</translation>
    </message>
    <message>
        <source>1 service linkage</source>
        <translation>1 vínculo con servicio</translation>
    </message>
    <message>
        <source>{n} service linkages</source>
        <translation>{n} vínculos con servicios</translation>
    </message>
    <message>
        <source>1 housing status</source>
        <translation>1 situación de vivienda</translation>
    </message>
    <message>
        <source>{n} housing statuses</source>
        <translation>{n} situaciones de vivienda</translation>
    </message>
    <message>
        <source>1 legal case</source>
        <translation>1 caso legal</translation>
    </message>
    <message>
        <source>{n} legal cases</source>
        <translation>{n} casos legales</translation>
    </message>
    <message>
        <source>1 consent</source>
        <translation>1 consentimiento</translation>
    </message>
    <message>
        <source>{n} consents</source>
        <translation>{n} consentimientos</translation>
    </message>
    <message>
        <source>1 disclosure</source>
        <translation>1 divulgación</translation>
    </message>
    <message>
        <source>{n} disclosures</source>
        <translation>{n} divulgaciones</translation>
    </message>
    <message>
        <source>1 alias</source>
        <translation>1 alias</translation>
    </message>
    <message>
        <source>{n} aliases</source>
        <translation>{n} alias</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Otro registro</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Registros movidos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Merged into this record</source>
        <translation>Fusionado en este registro</translation>
    </message>
    <message>
        <source>This record was merged into</source>
        <translation>Este registro se fusionó en</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>un consentimiento</translation>
    </message>
    <message>
        <source>none — {reason}</source>
        <translation>ninguno — {reason}</translation>
    </message>
    <message>
        <source>Record disc&amp;losure…</source>
        <translation>Registrar &amp;divulgación…</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Registrar divulgación</translation>
    </message>
    <message>
        <source>No disclosures recorded.</source>
        <translation>No hay divulgaciones registradas.</translation>
    </message>
    <message>
        <source>Edit disclosure…</source>
        <translation>Editar divulgación…</translation>
    </message>
    <message>
        <source>Delete disclosure…</source>
        <translation>Eliminar divulgación…</translation>
    </message>
    <message>
        <source>Part 2 (SUD)</source>
        <translation>Parte 2 (TUS)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Add co&amp;nsent…</source>
        <translation>Agregar co&amp;nsentimiento…</translation>
    </message>
    <message>
        <source>Consent / release of information</source>
        <translation>Consentimiento / autorización para divulgar información</translation>
    </message>
    <message>
        <source>No consents on file. Record the signed release before sharing anything.</source>
        <translation>No hay consentimientos registrados. Registre la autorización firmada antes de compartir nada.</translation>
    </message>
    <message>
        <source>number on sync</source>
        <translation>número al sincronizar</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>no legal deadline</source>
        <translation>sin plazo legal</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>vencida hace {days} días</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>vencida hace 1 día</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>queda 1 día</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>quedan {days} días</translation>
    </message>
    <message>
        <source>{days} — due soon</source>
        <translation>{days} — vence pronto</translation>
    </message>
    <message>
        <source>not screened yet</source>
        <translation>todavía sin evaluar</translation>
    </message>
    <message>
        <source>no hand-off recorded</source>
        <translation>sin traspaso registrado</translation>
    </message>
    <message>
        <source>hand-off after {minutes} min (target {target} min)</source>
        <translation>traspaso a los {minutes} min (meta: {target} min)</translation>
    </message>
    <message>
        <source>hand-off after {minutes} min — over the {target}-minute target</source>
        <translation>traspaso a los {minutes} min — por encima de la meta de {target} minutos</translation>
    </message>
    <message>
        <source>limit {value} g</source>
        <translation>límite {value} g</translation>
    </message>
    <message>
        <source>within {value} years</source>
        <translation>en los últimos {value} años</translation>
    </message>
    <message>
        <source>within {value} months</source>
        <translation>en los últimos {value} meses</translation>
    </message>
    <message>
        <source>minimum age {value}</source>
        <translation>edad mínima {value}</translation>
    </message>
    <message>
        <source>all pathways</source>
        <translation>todas las vías</translation>
    </message>
    <message>
        <source>New referring agency</source>
        <translation>Nueva agencia que remite</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Agencia que remite</translation>
    </message>
    <message>
        <source>New referring officer</source>
        <translation>Nuevo agente que remite</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>Agente que remite</translation>
    </message>
    <message>
        <source>Record outcome — {name}</source>
        <translation>Registrar resultado — {name}</translation>
    </message>
    <message>
        <source>Screened ineligible: {reasons}.</source>
        <translation>Evaluado como no elegible: {reasons}.</translation>
    </message>
    <message>
        <source>Intake and prosecutor — {name}</source>
        <translation>Admisión y fiscal — {name}</translation>
    </message>
    <message>
        <source>Intake due {date} ({left}).</source>
        <translation>La admisión vence el {date} ({left}).</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Intake due</source>
        <translation>Vencimiento de la admisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Fecha de remisión</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitido por</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Before LEAD Desktop</source>
        <translation>Antes de LEAD Desktop</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Intake deadline</source>
        <translation>Plazo de admisión</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Excluded when</source>
        <translation>Se excluye cuando</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</source>
        <translation>This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Case summary: {name} ({number})</source>
        <translation>Resumen del caso: {name} ({number})</translation>
    </message>
    <message>
        <source>Prepared by {by} on {date}. CONFIDENTIAL — participant information.</source>
        <translation>Preparado por {by} el {date}. CONFIDENCIAL — información de un participante.</translation>
    </message>
    <message>
        <source>Notice to the recipient — 42 CFR 2.32</source>
        <translation>Aviso al destinatario — 42 CFR 2.32 (texto legal oficial, en inglés)</translation>
    </message>
    <message>
        <source>Disclosed to: {recipient}. Purpose: {purpose}.</source>
        <translation>Divulgado a: {recipient}. Finalidad: {purpose}.</translation>
    </message>
    <message>
        <source>Consent this disclosure is made under: {consent}</source>
        <translation>Consentimiento con el que se hace esta divulgación: {consent}</translation>
    </message>
    <message>
        <source>Disclosed without a covering consent. Reason recorded: {reason}</source>
        <translation>Divulgado sin un consentimiento que lo cubra. Motivo registrado: {reason}</translation>
    </message>
    <message>
        <source>This summary contains no substance-use-disorder information.</source>
        <translation>Este resumen no contiene información sobre trastornos por consumo de sustancias.</translation>
    </message>
    <message>
        <source>This summary includes substance-use-disorder information.</source>
        <translation>Este resumen incluye información sobre trastornos por consumo de sustancias.</translation>
    </message>
    <message>
        <source>Free-text notes are not included in summaries.</source>
        <translation>Las notas de texto libre no se incluyen en los resúmenes.</translation>
    </message>
    <message>
        <source>About the participant</source>
        <translation>Sobre el participante</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <source>Law Enforcement Assisted Diversion · fact sheet</source>
        <translation>Law Enforcement Assisted Diversion (LEAD) · hoja informativa</translation>
    </message>
    <message>
        <source>What LEAD is</source>
        <translation>Qué es LEAD</translation>
    </message>
    <message>
        <source>How referral works</source>
        <translation>Cómo funcionan las remisiones</translation>
    </message>
    <message>
        <source>Goals of LEAD</source>
        <translation>Metas de LEAD</translation>
    </message>
    <message>
        <source>LEAD here, in numbers</source>
        <translation>LEAD aquí, en cifras</translation>
    </message>
    <message>
        <source>Since the program began, as of {date}.</source>
        <translation>Desde el inicio del programa, al {date}.</translation>
    </message>
    <message>
        <source>people referred</source>
        <translation>personas remitidas</translation>
    </message>
    <message>
        <source>participants enrolled</source>
        <translation>participantes inscritos</translation>
    </message>
    <message>
        <source>on the caseload today</source>
        <translation>con casos abiertos hoy</translation>
    </message>
    <message>
        <source>of them in permanent housing</source>
        <translation>de ellos en vivienda permanente</translation>
    </message>
    <message>
        <source>services accepted</source>
        <translation>servicios aceptados</translation>
    </message>
    <message>
        <source>housing placements accepted</source>
        <translation>ubicaciones en vivienda aceptadas</translation>
    </message>
    <message>
        <source>Referrals by pathway</source>
        <translation>Remisiones por vía</translation>
    </message>
    <message>
        <source>Who runs LEAD here</source>
        <translation>Quién dirige LEAD aquí</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>en formación</translation>
    </message>
    <message>
        <source>Member organizations: {names}</source>
        <translation>Organizaciones miembro: {names}</translation>
    </message>
    <message>
        <source>Member organizations are being recruited.</source>
        <translation>Se están sumando organizaciones miembro.</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Cómo remitir</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Meeting packet</source>
        <translation>Paquete de la reunión</translation>
    </message>
    <message>
        <source>Meeting packet: {body}</source>
        <translation>Paquete de la reunión: {body}</translation>
    </message>
    <message>
        <source>{kind} · {when}</source>
        <translation>{kind} · {when}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>En línea: {link}</translation>
    </message>
    <message>
        <source>In this packet: the agenda, the minutes of the previous meeting, the open action items and a snapshot of the program&apos;s figures.</source>
        <translation>En este paquete: el orden del día, el acta de la reunión anterior, las tareas abiertas y un resumen de las cifras del programa.</translation>
    </message>
    <message>
        <source>1. Agenda</source>
        <translation>1. Orden del día</translation>
    </message>
    <message>
        <source>Presenter: {name}</source>
        <translation>Presenta: {name}</translation>
    </message>
    <message>
        <source>The agenda has not been set yet.</source>
        <translation>Todavía no se fijó el orden del día.</translation>
    </message>
    <message>
        <source>2. Open action items</source>
        <translation>2. Tareas abiertas</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>3. Program snapshot</source>
        <translation>3. Resumen del programa</translation>
    </message>
    <message>
        <source>Figures since the program began, as of {date}.</source>
        <translation>Cifras desde el inicio del programa, al {date}.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>People referred</source>
        <translation>Personas remitidas</translation>
    </message>
    <message>
        <source>Participants enrolled</source>
        <translation>Participantes inscritos</translation>
    </message>
    <message>
        <source>On the caseload today</source>
        <translation>Con casos abiertos hoy</translation>
    </message>
    <message>
        <source>On the caseload and in permanent housing</source>
        <translation>Con casos abiertos y en vivienda permanente</translation>
    </message>
    <message>
        <source>Service referrals accepted</source>
        <translation>Remisiones a servicios aceptadas</translation>
    </message>
    <message>
        <source>Referrals by pathway, {start} to {end} (enrolled in that time: {enrolled})</source>
        <translation>Remisiones por vía, del {start} al {end} (inscritos en ese lapso: {enrolled})</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>4. Minutes of the previous meeting</source>
        <translation>4. Acta de la reunión anterior</translation>
    </message>
    <message>
        <source>These minutes are a draft, for approval at this meeting.</source>
        <translation>Esta acta es un borrador, para aprobarla en esta reunión.</translation>
    </message>
    <message>
        <source>There is no earlier meeting of this body on file.</source>
        <translation>No hay ninguna reunión anterior registrada de este órgano.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Minutes: {body}</source>
        <translation>Acta: {body}</translation>
    </message>
    <message>
        <source>Status of these minutes: {status}.</source>
        <translation>Estado de esta acta: {status}.</translation>
    </message>
    <message>
        <source>Approved at the meeting of {date}.</source>
        <translation>Aprobada en la reunión del {date}.</translation>
    </message>
    <message>
        <source>Draft: not yet approved by the body. Do not rely on it as the record.</source>
        <translation>Borrador: el órgano todavía no la aprobó. No la use como registro oficial.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Absent or not marked</source>
        <translation>Ausentes o sin marcar</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <source>What the site&apos;s history lacks</source>
        <translation>Lo que le falta al historial del sitio</translation>
    </message>
    <message>
        <source>Records from before {day}, when the site started using LEAD Desktop</source>
        <translation>Registros de antes del {day}, cuando el sitio empezó a usar LEAD Desktop</translation>
    </message>
    <message>
        <source>No history imported yet: the day the site started using LEAD Desktop is not set.</source>
        <translation>Todavía no se importó ningún historial: no está fijado el día en que el sitio empezó a usar LEAD Desktop.</translation>
    </message>
    <message>
        <source>Checked {participants} participants and {referrals} referrals. None of these gaps keeps a record out of the reports; fill them in where the information can still be found.</source>
        <translation>Se revisaron {participants} participantes y {referrals} remisiones. Ninguno de estos vacíos deja un registro fuera de los informes; complételos donde todavía se pueda encontrar la información.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No falta nada.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Quorum and decision rule</source>
        <translation>Quórum y regla de decisión</translation>
    </message>
    <message>
        <source>Met.</source>
        <translation>Se cumple.</translation>
    </message>
    <message>
        <source>Not met.</source>
        <translation>No se cumple.</translation>
    </message>
    <message>
        <source>Minutes of the meeting of {date} were approved.</source>
        <translation>Se aprobó el acta de la reunión del {date}.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>{method}; {outcome}</source>
        <translation>{method}; {outcome}</translation>
    </message>
    <message>
        <source>Moved by {mover}, seconded by {seconder}.</source>
        <translation>Propuesta por {mover}, secundada por {seconder}.</translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation>Punto del orden del día: {title}</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>arrastrada</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>Next meeting: {when}.</source>
        <translation>Próxima reunión: {when}.</translation>
    </message>
    <message>
        <source>Amendments recorded after approval</source>
        <translation>Enmiendas registradas después de la aprobación</translation>
    </message>
    <message>
        <source>{when}, recorded by {by}{proposed}: {text}</source>
        <translation>{when}, registrada por {by}{proposed}: {text}</translation>
    </message>
    <message>
        <source> (proposed by {name})</source>
        <translation> (propuesta por {name})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>{votes_for} for, {against} against, {abstaining} abstaining</source>
        <translation>{votes_for} a favor, {against} en contra, {abstaining} abstenciones</translation>
    </message>
    <message>
        <source>Eligibility criteria: {version}</source>
        <translation>Criterios de elegibilidad: {version}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Intake deadline: {days} days</source>
        <translation>Plazo de admisión: {days} días</translation>
    </message>
    <message>
        <source>Case conferencing: {count} participant(s) discussed; the notes are confidential and kept apart from these minutes.</source>
        <translation>Conferencia de casos: se trataron {count} participante(s); las notas son confidenciales y se guardan aparte de esta acta.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>LEAD Desktop</source>
        <translation>LEAD Desktop</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}, {time}</source>
        <translation>{weekday} {day} de {month} de {year}, {time}</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>Program report · Internal — contains small counts</source>
        <translation>Informe del programa · Interno — contiene cantidades pequeñas</translation>
    </message>
    <message>
        <source>Program report · Public</source>
        <translation>Informe del programa · Público</translation>
    </message>
    <message>
        <source>Program report: {period}</source>
        <translation>Informe del programa: {period}</translation>
    </message>
    <message>
        <source>{site} · {start} to {end} · generated on {generated}</source>
        <translation>{site} · del {start} al {end} · generado el {generated}</translation>
    </message>
    <message>
        <source>Internal — contains small counts. For the Policy Coordinating Group and program staff; do not publish or pass on. Use the public version for anything that leaves the program.</source>
        <translation>Interno — contiene cantidades pequeñas. Para el Grupo de Coordinación de Políticas (PCG) y el personal del programa; no lo publique ni lo entregue a terceros. Use la versión pública para todo lo que salga del programa.</translation>
    </message>
    <message>
        <source>Public version. Counts from 1 to {below_minus} are shown as “&amp;lt;{below}”; where a total would reveal such a count, another count in the same row or column is withheld too. Shares and ratios that depend on a withheld count are shown as “n&amp;lt;{below}”.</source>
        <translation>Versión pública. Las cantidades de 1 a {below_minus} se muestran como “&amp;lt;{below}”; cuando un total revelaría una de esas cantidades, también se oculta otra cantidad de la misma fila o columna. Las proporciones y razones que dependen de una cantidad oculta se muestran como “n&amp;lt;{below}”.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>On the caseload</source>
        <translation>Con casos abiertos</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Egresos</translation>
    </message>
    <message>
        <source>Open caseload today</source>
        <translation>Casos abiertos hoy</translation>
    </message>
    <message>
        <source>1. Referral funnel by pathway</source>
        <translation>1. Embudo de remisiones por vía</translation>
    </message>
    <message>
        <source>Referrals made in the period, by their outcome today. “Referred” is the row total.</source>
        <translation>Remisiones hechas en el período, según su resultado a hoy. “Remitidos” es el total de la fila.</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitidos</translation>
    </message>
    <message>
        <source>2. Hand-off times and intakes</source>
        <translation>2. Tiempos de traspaso y admisiones</translation>
    </message>
    <message>
        <source>Minutes from the referral to the warm hand-off to a case manager, for referrals with a recorded hand-off. The {target}-minute target is for arrest diversions.</source>
        <translation>Minutos desde la remisión hasta el traspaso en persona a un administrador de casos, en las remisiones con traspaso registrado. La meta de {target} minutos se aplica a los desvíos en lugar de arresto.</translation>
    </message>
    <message>
        <source>With hand-off</source>
        <translation>Con traspaso</translation>
    </message>
    <message>
        <source>Within {target} min</source>
        <translation>En {target} min o menos</translation>
    </message>
    <message>
        <source>Share within</source>
        <translation>Proporción dentro de la meta</translation>
    </message>
    <message>
        <source>Median minutes</source>
        <translation>Mediana en minutos</translation>
    </message>
    <message>
        <source>All pathways</source>
        <translation>Todas las vías</translation>
    </message>
    <message>
        <source>Arrest diversions referred in the period have a legal intake deadline ({days} days after the referral). How each intake went, as of {as_of}:</source>
        <translation>Los desvíos en lugar de arresto remitidos en el período tienen un plazo legal de admisión ({days} días después de la remisión). Cómo resultó cada admisión, al {as_of}:</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>3. Enrollments and exits</source>
        <translation>3. Inscripciones y egresos</translation>
    </message>
    <message>
        <source>Participants enrolled in the period: &lt;b&gt;{count}&lt;/b&gt;.</source>
        <translation>Participantes inscritos en el período: &lt;b&gt;{count}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Exits by destination (HMIS group)</source>
        <translation>Egresos por destino (grupo de HMIS)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>4. Engagement</source>
        <translation>4. Participación</translation>
    </message>
    <message>
        <source>Participants on the caseload at any time in the period, and whether a contact reached them in the period. Contacts: &lt;b&gt;{contacts}&lt;/b&gt;; contacts per participant contacted: &lt;b&gt;{per}&lt;/b&gt;.</source>
        <translation>Participantes con casos abiertos en algún momento del período, y si algún contacto los alcanzó en el período. Contactos: &lt;b&gt;{contacts}&lt;/b&gt;; contactos por participante contactado: &lt;b&gt;{per}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>5. Caseload per case manager</source>
        <translation>5. Carga de casos por administrador de casos</translation>
    </message>
    <message>
        <source>Open participants (not exited) today, per case manager, against the LEAD standard of about {average} on average and never more than {maximum}. Average per case manager: &lt;b&gt;{mean}&lt;/b&gt;.</source>
        <translation>Participantes con casos abiertos (sin egreso) hoy, por administrador de casos, frente al estándar de LEAD de unos {average} en promedio y nunca más de {maximum}. Promedio por administrador de casos: &lt;b&gt;{mean}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Open participants</source>
        <translation>Participantes con casos abiertos</translation>
    </message>
    <message>
        <source>Against the standard</source>
        <translation>Frente al estándar</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Above {average}</source>
        <translation>Por encima de {average}</translation>
    </message>
    <message>
        <source>Above the maximum of {maximum}</source>
        <translation>Por encima del máximo de {maximum}</translation>
    </message>
    <message>
        <source>No case manager</source>
        <translation>Sin administrador de casos</translation>
    </message>
    <message>
        <source>6. Service linkages and outcomes</source>
        <translation>6. Vínculos con servicios y resultados</translation>
    </message>
    <message>
        <source>Referrals to services made in the period, by their outcome (HMIS 4.20.D). Participants linked: &lt;b&gt;{people}&lt;/b&gt;.</source>
        <translation>Remisiones a servicios hechas en el período, según su resultado (HMIS 4.20.D). Participantes vinculados: &lt;b&gt;{people}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>7. Housing status change</source>
        <translation>7. Cambio en la situación de vivienda</translation>
    </message>
    <message>
        <source>Participants with a living situation recorded in the period: the situation in effect at the start of the period (or the first one recorded in it) in the rows, the latest one in the period in the columns. The diagonal is “no change”.</source>
        <translation>Participantes con una situación de vivienda registrada en el período: en las filas, la situación vigente al comienzo del período (o la primera registrada en él); en las columnas, la última del período. La diagonal es “sin cambio”.</translation>
    </message>
    <message>
        <source>First \ latest</source>
        <translation>Primera \ última</translation>
    </message>
    <message>
        <source>8. Who was served</source>
        <translation>8. A quiénes se atendió</translation>
    </message>
    <message>
        <source>Participants on the caseload at any time in the period. Age at the end of the period. Race and ethnicity: people who chose one answer are counted under it; people who chose more than one under “Multiple”.</source>
        <translation>Participantes con casos abiertos en algún momento del período. Edad al final del período. Raza y etnia: las personas que eligieron una respuesta se cuentan en ella; las que eligieron más de una, en “Varias”.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Race and ethnicity</source>
        <translation>Raza y etnia</translation>
    </message>
    <message>
        <source>9. Equity: race and ethnicity against the local baseline</source>
        <translation>9. Equidad: raza y etnia frente a la referencia local</translation>
    </message>
    <message>
        <source>Baseline: &lt;b&gt;{label}&lt;/b&gt; ({start} to {end}; source: {source}; {total} people). Ratio = share of referrals (or enrollments) ÷ share of the baseline; 1.0 means the same share, above 1.0 a larger share than in the baseline. Shares include answers not recorded.</source>
        <translation>Referencia: &lt;b&gt;{label}&lt;/b&gt; (del {start} al {end}; fuente: {source}; {total} personas). Razón = proporción de remisiones (o inscripciones) ÷ proporción en la referencia; 1.0 significa la misma proporción, más de 1.0 una proporción mayor que en la referencia. Las proporciones incluyen las respuestas no registradas.</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Ratio, enrollments</source>
        <translation>Razón, inscripciones</translation>
    </message>
    <message>
        <source>Share of referrals and enrollments ÷ share of the baseline</source>
        <translation>Proporción de remisiones e inscripciones ÷ proporción en la referencia</translation>
    </message>
    <message>
        <source>10. Referrals and enrollments per month</source>
        <translation>10. Remisiones e inscripciones por mes</translation>
    </message>
    <message>
        <source>No baseline has been entered for this period. The project manager enters one on the Reports page (for example local arrests by race and ethnicity for the period); until then only the counts are shown.</source>
        <translation>No se ingresó ninguna referencia para este período. El gerente de proyecto la ingresa en la página Informes (por ejemplo, los arrestos locales por raza y etnia del período); hasta entonces solo se muestran las cantidades.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Ratio to the baseline</source>
        <translation>Razón respecto a la referencia</translation>
    </message>
    <message>
        <source>Ratio, referrals</source>
        <translation>Razón, remisiones</translation>
    </message>
    <message>
        <source>1.0 = same share as the baseline</source>
        <translation>1.0 = misma proporción que la referencia</translation>
    </message>
    <message>
        <source>{first} to {last}.</source>
        <translation>De {first} a {last}.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Cómo se cuentan estas cifras</translation>
    </message>
    <message>
        <source>Audit log when this report was made: entry {seq}, hash {hash}. Keep this page: lead-desktop-admin verify --anchor {seq}:HASH shows whether any entry up to it was changed or removed since.</source>
        <translation>Registro de auditoría cuando se hizo este informe: entrada {seq}, hash {hash}. Guarde esta página: lead-desktop-admin verify --anchor {seq}:HASH muestra si desde entonces se cambió o se quitó alguna entrada hasta ella.</translation>
    </message>
    <message>
        <source>Recovery Kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <source>Recovery Kit — {site}</source>
        <translation>Kit de recuperación — {site}</translation>
    </message>
    <message>
        <source>Created on {date}. Print this page, store it locked away, then delete the PDF file.</source>
        <translation>Creado el {date}. Imprima esta página, guárdela bajo llave y luego elimine el archivo PDF.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Where this printout is kept</source>
        <translation>Dónde se guarda esta hoja impresa</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Put there by:</source>
        <translation>Guardada por:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>What this key is</source>
        <translation>Qué es esta clave</translation>
    </message>
    <message>
        <source>This is the site&apos;s &lt;b&gt;master key&lt;/b&gt;: it unlocks the encrypted database directly, without any account or password. &lt;b&gt;Anyone who holds it can read all of the site&apos;s data.&lt;/b&gt; Keep it locked away like the key to a safe; never email, photograph, scan or upload it.</source>
        <translation>Esta es la &lt;b&gt;clave maestra&lt;/b&gt; del sitio: desbloquea directamente la base de datos cifrada, sin ninguna cuenta ni contraseña. &lt;b&gt;Cualquier persona que la tenga puede leer todos los datos del sitio.&lt;/b&gt; Guárdela bajo llave como la llave de una caja fuerte; nunca la envíe por correo electrónico, ni la fotografíe, escanee o suba a internet.</translation>
    </message>
    <message>
        <source>Staff sign in with their own passwords. Use this key only when every administrator password is lost or the key file (site.keys) is damaged or missing. If the master key is ever changed, this key stops working: print the new Recovery Kit and shred this one.</source>
        <translation>El personal inicia sesión con sus propias contraseñas. Use esta clave solo si se pierden todas las contraseñas de administrador o si el archivo de claves (site.keys) está dañado o falta. Si alguna vez se cambia la clave maestra, esta clave deja de funcionar: imprima el nuevo Kit de recuperación y destruya este.</translation>
    </message>
    <message>
        <source>Using the key in LEAD Desktop</source>
        <translation>Cómo usar la clave en LEAD Desktop</translation>
    </message>
    <message>
        <source>In the sign-in window choose &lt;b&gt;Use the recovery key…&lt;/b&gt; and type the 64 characters above (dashes optional). You are signed in as an administrator; under Administration, give an administrator a new temporary password.</source>
        <translation>En la ventana de inicio de sesión elija &lt;b&gt;Usar la clave de recuperación…&lt;/b&gt; y escriba los 64 caracteres de arriba (los guiones son opcionales). Iniciará sesión como administrador; en Administración, dé a un administrador una nueva contraseña temporal.</translation>
    </message>
    <message>
        <source>On the command line the key is read from the program&apos;s input, never from the command itself. The first command checks the site; the second gives the account NAME a new temporary password (input line 1: this key, line 2: the temporary password):</source>
        <translation>En la línea de comandos, la clave se lee de la entrada del programa, nunca del comando mismo. El primer comando revisa el sitio; el segundo da a la cuenta NAME una nueva contraseña temporal (línea 1 de la entrada: esta clave; línea 2: la contraseña temporal):</translation>
    </message>
    <message>
        <source>Opening the database without LEAD Desktop</source>
        <translation>Cómo abrir la base de datos sin LEAD Desktop</translation>
    </message>
    <message>
        <source>The data are in the file &lt;b&gt;site.db&lt;/b&gt; in the data folder, encrypted with SQLCipher 4. Close LEAD Desktop and copy the folder. Open the copy of site.db with any SQLCipher 4 tool (for example the sqlcipher shell or DB Browser for SQLite), run this command first, exactly as printed (it is the key above without dashes), then read the tables with SQL as usual:</source>
        <translation>Los datos están en el archivo &lt;b&gt;site.db&lt;/b&gt; de la carpeta de datos, cifrado con SQLCipher 4. Cierre LEAD Desktop y copie la carpeta. Abra la copia de site.db con cualquier herramienta de SQLCipher 4 (por ejemplo, el shell sqlcipher o DB Browser for SQLite), ejecute primero este comando exactamente como está impreso (es la clave de arriba sin guiones) y luego lea las tablas con SQL como de costumbre:</translation>
    </message>
    <message>
        <source>Data folder when this kit was made: {folder}</source>
        <translation>Carpeta de datos cuando se creó este kit: {folder}</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Roster: {body}</source>
        <translation>Lista de miembros: {body}</translation>
    </message>
    <message>
        <source>{kind} · as of {day}</source>
        <translation>{kind} · al {day}</translation>
    </message>
    <message>
        <source>This body is in development.</source>
        <translation>Este órgano está en formación.</translation>
    </message>
    <message>
        <source>Decision rule: {rule}.</source>
        <translation>Regla de decisión: {rule}.</translation>
    </message>
    <message>
        <source>Meets: {meets}.</source>
        <translation>Se reúne: {meets}.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Decides for the agency</source>
        <translation>Decide por la agencia</translation>
    </message>
    <message>
        <source>Confidentiality signed</source>
        <translation>Confidencialidad firmada</translation>
    </message>
    <message>
        <source>Term status</source>
        <translation>Estado del mandato</translation>
    </message>
    <message>
        <source>alternate for {name}</source>
        <translation>suplente de {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Open seat (any organization)</source>
        <translation>Puesto abierto (cualquier organización)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacíos</translation>
    </message>
    <message>
        <source>Terms ended in the last year</source>
        <translation>Mandatos terminados en el último año</translation>
    </message>
    <message>
        <source>No members on file.</source>
        <translation>No hay miembros registrados.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Counts from 1 to {highest} are shown as “&lt;{below}” to protect participants&apos; privacy; a share worked out from such a count is shown as “n&lt;{below}”.</source>
        <translation>Los conteos de 1 a {highest} se muestran como “&lt;{below}” para proteger la privacidad de los participantes; un porcentaje calculado a partir de uno de esos conteos se muestra como “n&lt;{below}”.</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Intake missed</source>
        <translation>Admisión no realizada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Intake done by the deadline</source>
        <translation>Admisión hecha dentro del plazo</translation>
    </message>
    <message>
        <source>Intake done after the deadline</source>
        <translation>Admisión hecha después del plazo</translation>
    </message>
    <message>
        <source>Closed without intake (ineligible or declined)</source>
        <translation>Cerrada sin admisión (no elegible o rechazó)</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>Still open, not yet due</source>
        <translation>Todavía abierta, sin vencer</translation>
    </message>
    <message>
        <source>Permanent housing (4xx)</source>
        <translation>Vivienda permanente (4xx)</translation>
    </message>
    <message>
        <source>Temporary (3xx)</source>
        <translation>Temporal (3xx)</translation>
    </message>
    <message>
        <source>Institutional (2xx)</source>
        <translation>Institucional (2xx)</translation>
    </message>
    <message>
        <source>Homeless (1xx)</source>
        <translation>Sin hogar (1xx)</translation>
    </message>
    <message>
        <source>Other, deceased or no exit interview</source>
        <translation>Otro, fallecido o sin entrevista de egreso</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>Institutional</source>
        <translation>Institucional</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Otro o desconocido</translation>
    </message>
    <message>
        <source>Contacted in the period</source>
        <translation>Contactados en el período</translation>
    </message>
    <message>
        <source>Not contacted in the period</source>
        <translation>No contactados en el período</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Menos de 25</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 o más</translation>
    </message>
    <message>
        <source>Multiple races or ethnicities</source>
        <translation>Varias razas o etnias</translation>
    </message>
    <message>
        <source>Referrals: made in the period, by their outcome today.</source>
        <translation>Remisiones: hechas en el período, según su resultado a hoy.</translation>
    </message>
    <message>
        <source>Hand-off: minutes from the referral to the hand-off to a case manager, for referrals with a hand-off recorded.</source>
        <translation>Traspaso: minutos desde la remisión hasta el traspaso a un administrador de casos, en las remisiones con traspaso registrado.</translation>
    </message>
    <message>
        <source>Intakes: arrest diversions referred in the period, as of the day this report was made.</source>
        <translation>Admisiones: desvíos en lugar de arresto remitidos en el período, al día en que se hizo este informe.</translation>
    </message>
    <message>
        <source>On the caseload: enrolled by the last day of the period and not exited before its first day. Contacted: a contact that reached the person in the period (attempts marked “unable to locate” do not count).</source>
        <translation>Con casos abiertos: inscritos hasta el último día del período y sin egreso antes de su primer día. Contactados: un contacto que alcanzó a la persona en el período (los intentos marcados “no se pudo localizar” no cuentan).</translation>
    </message>
    <message>
        <source>Caseload: participants not exited, per case manager, as assigned today.</source>
        <translation>Carga de casos: participantes sin egreso, por administrador de casos, según la asignación de hoy.</translation>
    </message>
    <message>
        <source>Housing: the living situation in effect at the start of the period (or the first one recorded in it) against the latest one recorded in it.</source>
        <translation>Vivienda: la situación de vivienda vigente al comienzo del período (o la primera registrada en él) frente a la última registrada en él.</translation>
    </message>
    <message>
        <source>Race and ethnicity: one category per person; people who chose more than one answer are counted under “Multiple”.</source>
        <translation>Raza y etnia: una categoría por persona; las personas que eligieron más de una respuesta se cuentan en “Varias”.</translation>
    </message>
    <message>
        <source>Equity ratio: share of referrals (enrollments) in a group ÷ share of the baseline in that group; all shares include answers not recorded.</source>
        <translation>Razón de equidad: proporción de remisiones (inscripciones) en un grupo ÷ proporción de la referencia en ese grupo; todas las proporciones incluyen las respuestas no registradas.</translation>
    </message>
    <message>
        <source>Monthly trend: whole calendar months; the 12 months ending with the period&apos;s last month when the period is shorter than a year.</source>
        <translation>Tendencia mensual: meses calendario completos; los 12 meses que terminan con el último mes del período cuando el período dura menos de un año.</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Dentro de la meta</translation>
    </message>
    <message>
        <source>Over the target</source>
        <translation>Por encima de la meta</translation>
    </message>
    <message>
        <source>Governance roster</source>
        <translation>Lista de miembros de gobernanza</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Acta de la reunión</translation>
    </message>
    <message>
        <source>Data quality of the site&apos;s history</source>
        <translation>Calidad de los datos del historial del sitio</translation>
    </message>
    <message>
        <source>{kind}, signed {signed}, expires {expiry}. Recipients: {recipients}. Information: {info}. Purpose: {purpose}.</source>
        <translation>{kind}, firmado el {signed}, vence: {expiry}. Destinatarios: {recipients}. Información: {info}. Finalidad: {purpose}.</translation>
    </message>
    <message>
        <source>Aliases / street names</source>
        <translation>Alias / apodos de la calle</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Egreso</translation>
    </message>
    <message>
        <source>Recent contacts (last {count})</source>
        <translation>Contactos recientes (últimos {count})</translation>
    </message>
    <message>
        <source>Plan goals</source>
        <translation>Metas del plan</translation>
    </message>
    <message>
        <source>Service linkages</source>
        <translation>Vínculos con servicios</translation>
    </message>
    <message>
        <source>Living situation over time</source>
        <translation>Situación de vivienda a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Other legal cases</source>
        <translation>Otros casos legales</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>unable to locate</source>
        <translation>no se pudo localizar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijada el</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Remitido el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Living situation (HMIS)</source>
        <translation>Situación de vivienda (HMIS)</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Next court date</source>
        <translation>Próxima audiencia</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source> (Part 2)</source>
        <translation> (Parte 2)</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>Comienza más adelante</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>No referring officer</source>
        <translation>Sin agente que remite</translation>
    </message>
    <message>
        <source>No referring agency</source>
        <translation>Sin agencia que remite</translation>
    </message>
    <message>
        <source>No alleged offense</source>
        <translation>Sin presunto delito</translation>
    </message>
    <message>
        <source>No hand-off time</source>
        <translation>Sin hora del traspaso</translation>
    </message>
    <message>
        <source>No screening answers</source>
        <translation>Sin respuestas de evaluación</translation>
    </message>
    <message>
        <source>No referring person or agency</source>
        <translation>Sin persona ni agencia que remite</translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation>Resultado no registrado</translation>
    </message>
    <message>
        <source>No date of birth</source>
        <translation>Sin fecha de nacimiento</translation>
    </message>
    <message>
        <source>Race and ethnicity not recorded</source>
        <translation>Raza y etnia no registradas</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation>Sexo no registrado</translation>
    </message>
    <message>
        <source>Enrollment date taken from the referral&apos;s outcome date</source>
        <translation>Fecha de inscripción tomada de la fecha del resultado de la remisión</translation>
    </message>
    <message>
        <source>Enrollment date taken from the referral date</source>
        <translation>Fecha de inscripción tomada de la fecha de la remisión</translation>
    </message>
    <message>
        <source>No exit reason</source>
        <translation>Sin motivo de egreso</translation>
    </message>
    <message>
        <source>No exit destination</source>
        <translation>Sin destino de egreso</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <source>LEAD number prefix</source>
        <translation>Prefijo del número LEAD</translation>
    </message>
    <message>
        <source>Letters before each participant&apos;s number, e.g. NOLA-000042.</source>
        <translation>Letras antes del número de cada participante, p. ej., NOLA-000042.</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Inactive after days without contact</source>
        <translation>Inactivo tras días sin contacto</translation>
    </message>
    <message>
        <source>Intake deadline after an arrest diversion (days)</source>
        <translation>Plazo de admisión después de un desvío en lugar de arresto (días)</translation>
    </message>
    <message>
        <source>Allow unlocking with a computer&apos;s keychain</source>
        <translation>Permitir desbloquear con el llavero de una computadora</translation>
    </message>
    <message>
        <source>Apply 42 CFR Part 2 consent rules</source>
        <translation>Aplicar las reglas de consentimiento de 42 CFR Part 2</translation>
    </message>
    <message>
        <source>Paper size of reports</source>
        <translation>Tamaño de papel de los informes</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>The paper every PDF the program makes is laid out for.</source>
        <translation>El papel para el que se diseña cada PDF que hace el programa.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Where the automatic backups go, taken when LEAD Desktop closes and once a day while it is open: best a USB drive or network share kept away from this computer. Empty: the backups folder beside the site.</source>
        <translation>Dónde se guardan las copias de seguridad automáticas, que se hacen al cerrar LEAD Desktop y una vez al día mientras está abierto: mejor una unidad USB o una carpeta compartida de la red, lejos de esta computadora. Vacío: la carpeta de copias de seguridad junto al sitio.</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Copias de seguridad automáticas que se conservan</translation>
    </message>
    <message>
        <source>Older automatic backups are deleted; other files in the folder are never touched.</source>
        <translation>Las copias automáticas más antiguas se eliminan; los demás archivos de la carpeta nunca se tocan.</translation>
    </message>
    <message>
        <source>Keep unsaved drafts for days</source>
        <translation>Días que se conservan los borradores sin guardar</translation>
    </message>
    <message>
        <source>What someone typed but did not save is kept, encrypted, as a draft to restore after a lock or a crash. Drafts older than this are removed.</source>
        <translation>Lo que alguien escribió y no guardó se conserva cifrado como borrador, para restaurarlo después de un bloqueo o un cierre inesperado. Los borradores más antiguos se eliminan.</translation>
    </message>
    <message>
        <source>Started using LEAD Desktop on</source>
        <translation>Empezó a usar LEAD Desktop el</translation>
    </message>
    <message>
        <source>A date like 2025-03-31. Referrals of the site&apos;s history dated before it come in marked “recorded before LEAD Desktop”: they count in every report, but today&apos;s intake rules (officer, offense, hand-off, screening) are not asked of them. The first history import sets it.</source>
        <translation>Una fecha como 2025-03-31. Las remisiones del historial del sitio con fecha anterior entran marcadas como «registradas antes de LEAD Desktop»: cuentan en todos los informes, pero no se les piden las reglas de admisión actuales (agente, delito, traspaso, evaluación). La primera importación de historial la fija.</translation>
    </message>
    <message>
        <source>A laptop&apos;s offline copy opens for days without the server</source>
        <translation>Días que la copia sin conexión de una computadora portátil se abre sin el servidor</translation>
    </message>
    <message>
        <source>On a shared server, each laptop keeps an encrypted copy of its user&apos;s work for working offline. A copy that has not reached the server for longer than this refuses to open until it syncs.</source>
        <translation>En un servidor compartido, cada computadora portátil guarda una copia cifrada del trabajo de su usuario para trabajar sin conexión. Una copia que no se ha conectado con el servidor por más tiempo que este no se abre hasta que se sincronice.</translation>
    </message>
    <message>
        <source>Last automatic backup</source>
        <translation>Última copia de seguridad automática</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Site created</source>
        <translation>Sitio creado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Abierto con la clave de recuperación</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueó</translation>
    </message>
    <message>
        <source>Viewed a record</source>
        <translation>Vio un registro</translation>
    </message>
    <message>
        <source>Created a record</source>
        <translation>Creó un registro</translation>
    </message>
    <message>
        <source>Changed a record</source>
        <translation>Modificó un registro</translation>
    </message>
    <message>
        <source>Deleted a record</source>
        <translation>Eliminó un registro</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportó</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importó</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Cambió una configuración</translation>
    </message>
    <message>
        <source>Added an account</source>
        <translation>Agregó una cuenta</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>Modificó una cuenta</translation>
    </message>
    <message>
        <source>Deactivated an account</source>
        <translation>Desactivó una cuenta</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Cambió su propia contraseña</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Restableció una contraseña</translation>
    </message>
    <message>
        <source>Turned on keychain unlock</source>
        <translation>Activó el desbloqueo con el llavero</translation>
    </message>
    <message>
        <source>Turned off keychain unlock</source>
        <translation>Desactivó el desbloqueo con el llavero</translation>
    </message>
    <message>
        <source>Changed the master key</source>
        <translation>Cambió la clave maestra</translation>
    </message>
    <message>
        <source>Upgraded the database</source>
        <translation>Actualizó la base de datos</translation>
    </message>
    <message>
        <source>Checked the site</source>
        <translation>Revisó el sitio</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restauró desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Moved from one laptop to the server</source>
        <translation>Trasladado de una computadora portátil al servidor</translation>
    </message>
    <message>
        <source>Wrote a one-file copy of the server site</source>
        <translation>Escribió una copia en un solo archivo del sitio del servidor</translation>
    </message>
    <message>
        <source>Restored a draft</source>
        <translation>Restauró un borrador</translation>
    </message>
    <message>
        <source>Discarded a draft</source>
        <translation>Descartó un borrador</translation>
    </message>
    <message>
        <source>Dropped a change made offline</source>
        <translation>Descartó un cambio hecho sin conexión</translation>
    </message>
    <message>
        <source>Revoked a laptop&apos;s offline copy</source>
        <translation>Revocó la copia sin conexión de una computadora portátil</translation>
    </message>
    <message>
        <source>Row added (recorded by the server)</source>
        <translation>Fila agregada (registrada por el servidor)</translation>
    </message>
    <message>
        <source>Row changed (recorded by the server)</source>
        <translation>Fila cambiada (registrada por el servidor)</translation>
    </message>
    <message>
        <source>Row removed (recorded by the server)</source>
        <translation>Fila quitada (registrada por el servidor)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Month first (03/31/2025)</source>
        <translation>Primero el mes (03/31/2025)</translation>
    </message>
    <message>
        <source>Day first (31/03/2025)</source>
        <translation>Primero el día (31/03/2025)</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Fuerzas del orden</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Health agency</source>
        <translation>Agencia de salud</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <source>Elected office</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grupo comunitario</translation>
    </message>
    <message>
        <source>Services Only</source>
        <translation>Solo servicios</translation>
    </message>
    <message>
        <source>Street Outreach</source>
        <translation>Alcance en la calle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Local or other funding source (name it below)</source>
        <translation>Fuente de financiamiento local u otra (nómbrela abajo)</translation>
    </message>
    <message>
        <source>HUD: CoC - Supportive Services Only</source>
        <translation>HUD: CoC - Solo servicios de apoyo</translation>
    </message>
    <message>
        <source>HUD: ESG - Street Outreach</source>
        <translation>HUD: ESG - Alcance en la calle</translation>
    </message>
    <message>
        <source>HHS: PATH - Street Outreach and Supportive Services Only</source>
        <translation>HHS: PATH - Alcance en la calle y solo servicios de apoyo</translation>
    </message>
    <message>
        <source>HUD: Unsheltered Special NOFO</source>
        <translation>HUD: NOFO especial para personas sin refugio</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <source>Policy Coordinating Group</source>
        <translation>Grupo de Coordinación de Políticas (PCG)</translation>
    </message>
    <message>
        <source>Operational Work Group</source>
        <translation>Grupo de Trabajo Operativo (OWG)</translation>
    </message>
    <message>
        <source>Community Leadership Team</source>
        <translation>Equipo de Liderazgo Comunitario (CLT)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Otro órgano</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Copresidente</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Staff / project manager</source>
        <translation>Personal / gerente de proyecto</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Alternate attended</source>
        <translation>Asistió el suplente</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>No adoptada</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Circulada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Consensus, one voice per member agency</source>
        <translation>Consenso, una voz por agencia miembro</translation>
    </message>
    <message>
        <source>Quorum: a number of voting members</source>
        <translation>Quórum: un número de miembros con voto</translation>
    </message>
    <message>
        <source>Quorum: a share of voting members</source>
        <translation>Quórum: una proporción de los miembros con voto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>similar name or alias</source>
        <translation>nombre o alias parecido</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>close date of birth</source>
        <translation>fecha de nacimiento cercana</translation>
    </message>
    <message>
        <source>Arrest diversion</source>
        <translation>Desvío en lugar de arresto</translation>
    </message>
    <message>
        <source>Social contact referral</source>
        <translation>Remisión por contacto social</translation>
    </message>
    <message>
        <source>Community referral</source>
        <translation>Remisión comunitaria</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Intake not completed</source>
        <translation>Admisión no completada</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Minimum age (years)</source>
        <translation>Edad mínima (años)</translation>
    </message>
    <message>
        <source>Limit (grams)</source>
        <translation>Límite (gramos)</translation>
    </message>
    <message>
        <source>Look-back (years)</source>
        <translation>Período de revisión (años)</translation>
    </message>
    <message>
        <source>Look-back (months)</source>
        <translation>Período de revisión (meses)</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menor de 18 años</translation>
    </message>
    <message>
        <source>Drug quantity above the site limit (pills may be exempt)</source>
        <translation>Cantidad de droga por encima del límite del sitio (las pastillas pueden estar exentas)</translation>
    </message>
    <message>
        <source>Dealing for profit rather than subsistence</source>
        <translation>Venta con fines de lucro y no de subsistencia</translation>
    </message>
    <message>
        <source>Exploiting minors or others</source>
        <translation>Explotación de menores u otras personas</translation>
    </message>
    <message>
        <source>Promoting prostitution</source>
        <translation>Promoción de la prostitución</translation>
    </message>
    <message>
        <source>Disqualifying violent history (e.g. murder, arson, robbery, rape, assault with a weapon)</source>
        <translation>Antecedentes violentos que descalifican (p. ej., homicidio, incendio provocado, robo, violación, agresión con arma)</translation>
    </message>
    <message>
        <source>Pending drug-court or mental-health-court case</source>
        <translation>Caso pendiente en un tribunal de drogas o de salud mental</translation>
    </message>
    <message>
        <source>No-contact / restraining order protecting a current participant</source>
        <translation>Orden de alejamiento o de restricción que protege a un participante actual</translation>
    </message>
    <message>
        <source>Not amenable to diversion</source>
        <translation>No apto para el desvío</translation>
    </message>
    <message>
        <source>No verified prior activity in the area within the look-back</source>
        <translation>Sin actividad previa verificada en la zona durante el período de revisión</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Gerente de proyecto</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>administrar las cuentas del personal</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>change site settings</source>
        <translation>cambiar la configuración del sitio</translation>
    </message>
    <message>
        <source>change the site&apos;s master key</source>
        <translation>cambiar la clave maestra del sitio</translation>
    </message>
    <message>
        <source>back up the site</source>
        <translation>hacer una copia de seguridad del sitio</translation>
    </message>
    <message>
        <source>see participant records</source>
        <translation>ver los registros de participantes</translation>
    </message>
    <message>
        <source>change participant records</source>
        <translation>modificar los registros de participantes</translation>
    </message>
    <message>
        <source>see governance records</source>
        <translation>ver los registros de gobernanza</translation>
    </message>
    <message>
        <source>change governance records</source>
        <translation>modificar los registros de gobernanza</translation>
    </message>
    <message>
        <source>see reports</source>
        <translation>ver informes</translation>
    </message>
    <message>
        <source>change the eligibility screening checklist</source>
        <translation>cambiar la lista de verificación de elegibilidad</translation>
    </message>
    <message>
        <source>Client doesn&apos;t know</source>
        <translation>El cliente no sabe</translation>
    </message>
    <message>
        <source>Client prefers not to answer</source>
        <translation>El cliente prefiere no responder</translation>
    </message>
    <message>
        <source>Data not collected</source>
        <translation>No se recopilaron datos</translation>
    </message>
    <message>
        <source>Full name reported</source>
        <translation>Nombre completo informado</translation>
    </message>
    <message>
        <source>Partial, street name or code name</source>
        <translation>Parcial, apodo de la calle o nombre en clave</translation>
    </message>
    <message>
        <source>Full date of birth</source>
        <translation>Fecha de nacimiento completa</translation>
    </message>
    <message>
        <source>Approximate or partial date of birth</source>
        <translation>Fecha de nacimiento aproximada o parcial</translation>
    </message>
    <message>
        <source>American Indian, Alaska Native or Indigenous</source>
        <translation>Indígena americano, nativo de Alaska o indígena</translation>
    </message>
    <message>
        <source>Asian or Asian American</source>
        <translation>Asiático o asiático-americano</translation>
    </message>
    <message>
        <source>Black, African American or African</source>
        <translation>Negro, afroamericano o africano</translation>
    </message>
    <message>
        <source>Hispanic/Latina/e/o</source>
        <translation>Hispano/Latina/e/o</translation>
    </message>
    <message>
        <source>Middle Eastern or North African</source>
        <translation>De Oriente Medio o del norte de África</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo de Hawái o de otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Unable to locate</source>
        <translation>No se pudo localizar</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Egresado</translation>
    </message>
    <message>
        <source>Not enrolled (referred only)</source>
        <translation>No inscrita (solo remitida)</translation>
    </message>
    <message>
        <source>the people sheet</source>
        <translation>la hoja de personas</translation>
    </message>
    <message>
        <source>the referral&apos;s outcome date</source>
        <translation>la fecha del resultado de la remisión</translation>
    </message>
    <message>
        <source>the referral date</source>
        <translation>la fecha de la remisión</translation>
    </message>
    <message>
        <source>No further need</source>
        <translation>Ya no lo necesita</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Long-term incarceration</source>
        <translation>Encarcelamiento prolongado</translation>
    </message>
    <message>
        <source>Participant request</source>
        <translation>A pedido del participante</translation>
    </message>
    <message>
        <source>Ended per site criteria</source>
        <translation>Terminado según los criterios del sitio</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Refugio de emergencia</translation>
    </message>
    <message>
        <source>Place not meant for habitation</source>
        <translation>Lugar no apto para vivir</translation>
    </message>
    <message>
        <source>Safe haven</source>
        <translation>Refugio seguro (Safe Haven)</translation>
    </message>
    <message>
        <source>Psychiatric hospital or facility</source>
        <translation>Hospital o centro psiquiátrico</translation>
    </message>
    <message>
        <source>Substance use treatment facility or detox</source>
        <translation>Centro de tratamiento por consumo de sustancias o de desintoxicación</translation>
    </message>
    <message>
        <source>Hospital or other medical facility</source>
        <translation>Hospital u otro centro médico</translation>
    </message>
    <message>
        <source>Jail, prison or juvenile detention</source>
        <translation>Cárcel, prisión o centro de detención juvenil</translation>
    </message>
    <message>
        <source>Foster care home or group home</source>
        <translation>Hogar de crianza temporal u hogar grupal</translation>
    </message>
    <message>
        <source>Long-term care facility or nursing home</source>
        <translation>Centro de cuidados a largo plazo u hogar de ancianos</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>Vivienda de transición</translation>
    </message>
    <message>
        <source>Staying with family, temporary</source>
        <translation>Con familiares, de forma temporal</translation>
    </message>
    <message>
        <source>Staying with friends, temporary</source>
        <translation>Con amigos, de forma temporal</translation>
    </message>
    <message>
        <source>Hotel or motel paid without voucher</source>
        <translation>Hotel o motel pagado sin vale</translation>
    </message>
    <message>
        <source>Moved from one HOPWA project to HOPWA transitional housing</source>
        <translation>Pasó de un proyecto HOPWA a vivienda de transición HOPWA</translation>
    </message>
    <message>
        <source>Residential project or halfway house</source>
        <translation>Proyecto residencial o casa de medio camino</translation>
    </message>
    <message>
        <source>Host home (non-crisis)</source>
        <translation>Hogar anfitrión (fuera de crisis)</translation>
    </message>
    <message>
        <source>Rental by client, no ongoing subsidy</source>
        <translation>Alquiler a cargo del cliente, sin subsidio continuo</translation>
    </message>
    <message>
        <source>Owned by client, no ongoing subsidy</source>
        <translation>Vivienda propia del cliente, sin subsidio continuo</translation>
    </message>
    <message>
        <source>Owned by client, with ongoing subsidy</source>
        <translation>Vivienda propia del cliente, con subsidio continuo</translation>
    </message>
    <message>
        <source>Staying with family, permanent</source>
        <translation>Con familiares, de forma permanente</translation>
    </message>
    <message>
        <source>Staying with friends, permanent</source>
        <translation>Con amigos, de forma permanente</translation>
    </message>
    <message>
        <source>Moved to HOPWA permanent housing</source>
        <translation>Pasó a vivienda permanente HOPWA</translation>
    </message>
    <message>
        <source>Rental by client, with ongoing subsidy</source>
        <translation>Alquiler a cargo del cliente, con subsidio continuo</translation>
    </message>
    <message>
        <source>No exit interview completed</source>
        <translation>No se completó la entrevista de egreso</translation>
    </message>
    <message>
        <source>Staying or living in a family member&apos;s room, apartment or house</source>
        <translation>Se queda o vive en la habitación, el apartamento o la casa de un familiar</translation>
    </message>
    <message>
        <source>Staying or living in a friend&apos;s room, apartment or house</source>
        <translation>Se queda o vive en la habitación, el apartamento o la casa de un amigo</translation>
    </message>
    <message>
        <source>Worker unable to determine</source>
        <translation>El trabajador no pudo determinarlo</translation>
    </message>
    <message>
        <source>VASH housing subsidy</source>
        <translation>Subsidio de vivienda VASH</translation>
    </message>
    <message>
        <source>Other ongoing housing subsidy</source>
        <translation>Otro subsidio de vivienda continuo</translation>
    </message>
    <message>
        <source>GPD TIP housing subsidy</source>
        <translation>Subsidio de vivienda GPD TIP</translation>
    </message>
    <message>
        <source>RRH or equivalent subsidy</source>
        <translation>Subsidio RRH o equivalente</translation>
    </message>
    <message>
        <source>HCV voucher (tenant or project based, not dedicated)</source>
        <translation>Vale HCV (por inquilino o por proyecto, no dedicado)</translation>
    </message>
    <message>
        <source>Public housing unit</source>
        <translation>Unidad de vivienda pública</translation>
    </message>
    <message>
        <source>Housing Stability Voucher</source>
        <translation>Vale de Estabilidad de Vivienda (Housing Stability Voucher)</translation>
    </message>
    <message>
        <source>Family Unification Program Voucher (FUP)</source>
        <translation>Vale del Programa de Unificación Familiar (FUP)</translation>
    </message>
    <message>
        <source>Foster Youth to Independence Initiative (FYI)</source>
        <translation>Iniciativa Foster Youth to Independence (FYI)</translation>
    </message>
    <message>
        <source>Permanent Supportive Housing</source>
        <translation>Vivienda de apoyo permanente</translation>
    </message>
    <message>
        <source>Other permanent housing dedicated for formerly homeless persons</source>
        <translation>Otra vivienda permanente dedicada a personas que estuvieron sin hogar</translation>
    </message>
    <message>
        <source>Street / field</source>
        <translation>Calle / campo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Colateral (con terceros)</translation>
    </message>
    <message>
        <source>Court accompaniment</source>
        <translation>Acompañamiento al tribunal</translation>
    </message>
    <message>
        <source>OWG discussion</source>
        <translation>Discusión en el OWG</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Salud física</translation>
    </message>
    <message>
        <source>Income / benefits</source>
        <translation>Ingresos / beneficios</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Sin necesidad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Set aside by participant</source>
        <translation>Dejada de lado por el participante</translation>
    </message>
    <message>
        <source>SUD treatment</source>
        <translation>Tratamiento de TUS</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Benefits / ID</source>
        <translation>Beneficios / identificación</translation>
    </message>
    <message>
        <source>Employment / training</source>
        <translation>Empleo / capacitación</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Client rejected</source>
        <translation>Rechazado por el cliente</translation>
    </message>
    <message>
        <source>Provider rejected</source>
        <translation>Rechazado por el proveedor</translation>
    </message>
    <message>
        <source>Warrant outstanding</source>
        <translation>Orden de arresto pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Desestimado</translation>
    </message>
    <message>
        <source>LEAD multi-party release of information</source>
        <translation>Autorización de LEAD para divulgar información entre varias partes</translation>
    </message>
    <message>
        <source>42 CFR Part 2 consent (substance use)</source>
        <translation>Consentimiento de 42 CFR Part 2 (consumo de sustancias)</translation>
    </message>
    <message>
        <source>Single-agency release of information</source>
        <translation>Autorización para divulgar información a una sola agencia</translation>
    </message>
    <message>
        <source>HMIS / Continuum of Care</source>
        <translation>HMIS / Continuum of Care</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Authorised representative</source>
        <translation>Representante autorizado</translation>
    </message>
    <message>
        <source>Enrollment and participation status</source>
        <translation>Inscripción y estado de participación</translation>
    </message>
    <message>
        <source>Case plan and progress</source>
        <translation>Plan del caso y avances</translation>
    </message>
    <message>
        <source>Legal-system involvement</source>
        <translation>Participación en el sistema legal</translation>
    </message>
    <message>
        <source>Substance use (SUD) information</source>
        <translation>Información sobre consumo de sustancias (TUS)</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Lista para importar</translation>
    </message>
    <message>
        <source>Updates a participant</source>
        <translation>Actualiza a un participante</translation>
    </message>
    <message>
        <source>Referral subject (not enrolled)</source>
        <translation>Persona remitida (no inscrita)</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Tiene problemas</translation>
    </message>
    <message>
        <source>Possible match: review</source>
        <translation>Posible coincidencia: revisar</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>Ya registrada</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importada antes</translation>
    </message>
    <message>
        <source>Repeats an earlier row</source>
        <translation>Repite una fila anterior</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>Participants (list)</source>
        <translation>Participantes (lista)</translation>
    </message>
    <message>
        <source>Contacts (list)</source>
        <translation>Contactos (lista)</translation>
    </message>
    <message>
        <source>Referrals (list)</source>
        <translation>Remisiones (lista)</translation>
    </message>
    <message>
        <source>De-identified analysis file</source>
        <translation>Archivo de análisis sin datos identificatorios</translation>
    </message>
    <message>
        <source>HMIS CSV FY2026 (for the Continuum of Care)</source>
        <translation>HMIS CSV FY2026 (para el Continuum of Care)</translation>
    </message>
    <message>
        <source>change the fact sheet and the equity baselines</source>
        <translation>cambiar la hoja informativa y las referencias de equidad</translation>
    </message>
</context>
</TS>
