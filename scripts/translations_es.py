"""The Spanish word list that translations/lead_desktop_es.ts was first written from.

scripts/translations.py fills every *unfinished* entry of the catalogue from here
(`make translations`), so a new string in the code only needs a line in WORDS (or
a translation typed into the .ts with Qt Linguist, which is never overwritten).

Style: neutral Latin-American Spanish as used by US social-service agencies —
"usted", "participante", "administrador de casos", "remisión" (referral),
"admisión" (intake), "inscripción" (enrollment), "egreso" (exit), "acta" (meeting
minutes), "tarea" (action item), "órgano" (governance body). The governance bodies
keep their acronyms: Grupo de Coordinación de Políticas (PCG), Grupo de Trabajo
Operativo (OWG), Equipo de Liderazgo Comunitario (CLT). HMIS response categories
follow the wording of HUD's Spanish data-collection materials where they exist;
"42 CFR Part 2" stays as it is, and the 42 CFR 2.32 notice is printed in its
official English wording (a legal text: no authoritative Spanish version exists).
{placeholders}, %n, HTML tags and key names are kept; &-mnemonics are chosen so
they do not clash within a window or with the menu bar (Archivo, Ir, Cuenta, Ayuda).

WORDS maps an English source text to its translation in every context;
IN_CONTEXT overrides it for one (context, source) where the same English needs
different Spanish (gender, or a different meaning).
"""

WORDS: dict[str, str] = {
    "Full text of the selected record": "Texto completo del registro seleccionado",
    "Edit disclosure…": "Editar divulgación…",
    "Delete disclosure…": "Eliminar divulgación…",
    "Par&ticipant:": "Pa&rticipante:",  # the case summary's: p is Export PDF's
    "Everything, including staff accounts, settings, the audit log and the master key.":
        "Todo, incluidas las cuentas del personal, la configuración, el registro de auditoría y la clave maestra.",
    "Participant and governance records and reports; no staff accounts or settings.":
        "Registros e informes de participantes y de gobernanza; no las cuentas del personal ni la configuración.",
    "Participant records and reports; reads governance records.":
        "Registros e informes de participantes; consulta los registros de gobernanza.",
    "Governance records and reports with totals only; never a participant's record.":
        "Registros de gobernanza e informes solo con totales; nunca el registro de un participante.",
    "Add an account": "Agregar una cuenta",
    "The new person signs in with this user name and the temporary password, then chooses their own.":
        "La persona inicia sesión con este nombre de usuario y la contraseña temporal, y luego elige la suya.",
    "&Add account": "&Agregar cuenta",
    "Edit account": "Editar cuenta",
    "Change the person's name or role. To change a password, use Reset password.":
        "Cambie el nombre o el rol de la persona. Para cambiar una contraseña, use Restablecer contraseña.",
    "&Save": "&Guardar",
    "Account": "Cuenta",
    "&Full name:": "Nombre co&mpleto:",
    "Full name": "Nombre completo",
    "&User name:": "Nombre de &usuario:",
    "User name": "Nombre de usuario",
    "&Role:": "&Rol:",
    "Role": "Rol",
    "&Temporary password:": "Contraseña &temporal:",
    "Temporary password": "Contraseña temporal",
    "Su&ggest": "&Sugerir",
    "Suggest a temporary password": "Sugerir una contraseña temporal",
    "Give this password to the person yourself. They choose their own password when they first sign in.":
        "Entregue usted mismo esta contraseña a la persona. Ella elegirá su propia contraseña al iniciar sesión por primera vez.",
    "Status": "Estado",
    "Last signed in": "Último inicio de sesión",
    "Keychain unlock": "Desbloqueo con el llavero",
    "Deactivated": "Desactivada",
    "Must choose a password": "Debe elegir una contraseña",
    "Active": "Activo",
    "never": "nunca",
    "off": "desactivado",
    "on (1 computer)": "activado (1 computadora)",
    "on ({count} computers)": "activado ({count} computadoras)",
    "LEAD Desktop": "LEAD Desktop",
    "Added {username}. Give them the temporary password yourself.":
        "Se agregó a {username}. Entréguele usted mismo la contraseña temporal.",
    "Saved the changes to {username}.": "Se guardaron los cambios de {username}.",
    "{username} must choose a new password at their next sign-in.":
        "{username} debe elegir una contraseña nueva la próxima vez que inicie sesión.",
    "Deactivate account": "Desactivar cuenta",
    "Deactivate the account {username} ({name})? They can no longer sign in, on any computer. The records they made stay.":
        "¿Desactivar la cuenta {username} ({name})? Ya no podrá iniciar sesión en ninguna computadora. Los registros que creó se conservan.",
    "&Deactivate": "&Desactivar",
    "{username} is deactivated.": "{username} está desactivada.",
    "Entries: {count}, newest first": "Entradas: {count}, las más recientes primero",
    "The audit chain is intact. Entries checked: {count}; none was changed or removed.":
        "La cadena de auditoría está intacta. Entradas revisadas: {count}; ninguna fue modificada ni eliminada.",
    "The audit chain is broken at entry {seq} ({reason}). The log was changed outside LEAD Desktop. Keep this computer as it is and tell your project manager.":
        "La cadena de auditoría está rota en la entrada {seq} ({reason}). El registro se modificó fuera de LEAD Desktop. Deje esta computadora tal como está e informe a su gerente de proyecto.",
    "Nothing to save: no setting was changed.": "No hay nada que guardar: no se cambió ninguna configuración.",
    "Some settings were not saved; see the messages above.":
        "Algunas configuraciones no se guardaron; vea los mensajes de arriba.",
    "Saved.": "Guardado.",
    "Change the master key": "Cambiar la clave maestra",
    "Change the site's master key now?\n\nThe current recovery key and every printed Recovery Kit stop working at once. Backups made before today still need the old key. You must store the new recovery key before you close this page.":
        "¿Cambiar ahora la clave maestra del sitio?\n\nLa clave de recuperación actual y todos los Kits de recuperación impresos dejan de funcionar de inmediato. Las copias de seguridad hechas antes de hoy seguirán necesitando la clave anterior. Debe guardar la nueva clave de recuperación antes de cerrar esta página.",
    "Change the master &key": "Cambiar la clave &maestra",
    "The master key was changed. This is the new recovery key; the old one no longer works.":
        "Se cambió la clave maestra. Esta es la nueva clave de recuperación; la anterior ya no funciona.",
    "Administration": "Administración",
    "Administration tabs": "Pestañas de administración",
    "Accounts": "Cuentas",
    "Staff accounts": "Cuentas del personal",
    "A&dd…": "A&gregar…",
    "&Edit…": "&Editar…",
    "Edit the selected account": "Editar la cuenta seleccionada",
    "&Reset password…": "&Restablecer contraseña…",
    "Reset the selected account's password": "Restablecer la contraseña de la cuenta seleccionada",
    "Deac&tivate…": "Desac&tivar…",
    "Deactivate the selected account": "Desactivar la cuenta seleccionada",
    "Show deacti&vated accounts": "Mostrar cuentas desacti&vadas",
    "Show deactivated accounts": "Mostrar cuentas desactivadas",
    "Audit log": "Registro de auditoría",
    "&Refresh": "Act&ualizar",
    "Refresh the audit log": "Actualizar el registro de auditoría",
    "&Check audit chain": "C&omprobar la cadena de auditoría",
    "Check audit chain": "Comprobar la cadena de auditoría",
    "Audit log entries": "Entradas del registro de auditoría",
    "Site settings": "Configuración del sitio",
    "These settings apply to everyone who uses this site. Every change is written to the audit log.":
        "Esta configuración se aplica a todas las personas que usan este sitio. Cada cambio queda escrito en el registro de auditoría.",
    "Site logo": "Logotipo del sitio",
    "Logo preview": "Vista previa del logotipo",
    "Printed on the fact sheet. A PNG or JPEG image of at most 1 MB, kept inside the encrypted site file.":
        "Se imprime en la hoja informativa. Una imagen PNG o JPEG de 1 MB como máximo, guardada dentro del archivo cifrado del sitio.",
    "Choose &logo…": "Elegir &logotipo…",
    "Choose a logo image": "Elegir una imagen de logotipo",
    "Remo&ve logo": "&Quitar logotipo",
    "Remove the logo": "Quitar el logotipo",
    "&Save settings": "&Guardar configuración",
    "Save settings": "Guardar configuración",
    "Backups": "Copias de seguridad",
    "Backups found": "Copias de seguridad encontradas",
    "Back &up now": "Hacer copia a&hora",
    "Back up now": "Hacer copia de seguridad ahora",
    "&Verify": "&Verificar",
    "Verify the selected backup": "Verificar la copia de seguridad seleccionada",
    "&Restore…": "&Restaurar…",
    "Restore the selected backup": "Restaurar la copia de seguridad seleccionada",
    "&Open restore from file…": "Restaurar &desde un archivo…",
    "Open restore from file": "Restaurar desde un archivo",
    "Re&load": "Vo&lver a cargar",
    "Reload the list of backups": "Volver a cargar la lista de copias de seguridad",
    "Security": "Seguridad",
    "Change the site's master key": "Cambiar la clave maestra del sitio",
    "This re-encrypts the whole site file under a new key. The current recovery key — and every Recovery Kit printed so far — stops working at once, and backups made before today still need the old key. Do this only when the recovery key may have been seen by someone who should not have it, and print the new Recovery Kit straight away.":
        "Esto vuelve a cifrar todo el archivo del sitio con una clave nueva. La clave de recuperación actual —y todos los Kits de recuperación impresos hasta ahora— dejan de funcionar de inmediato, y las copias de seguridad hechas antes de hoy seguirán necesitando la clave anterior. Hágalo solo si alguien que no debía pudo haber visto la clave de recuperación, e imprima enseguida el nuevo Kit de recuperación.",
    "Change the master &key…": "Cambiar la clave &maestra…",
    "I have stored the new key — h&ide it": "Ya guardé la nueva clave: &ocultarla",
    "I have stored the new key; hide it": "Ya guardé la nueva clave; ocultarla",
    "Making up {count} people for the demo site…": "Inventando {count} personas para el sitio de demostración…",
    "Demo site": "Sitio de demostración",
    "The demo site could not be made.": "No se pudo crear el sitio de demostración.",
    "Approve previous minutes": "Aprobar el acta anterior",
    "The members approve the circulated minutes of an earlier meeting. The approval is recorded on this meeting; the approved minutes can then only be amended.":
        "Los miembros aprueban el acta ya circulada de una reunión anterior. La aprobación queda registrada en esta reunión; a partir de entonces el acta aprobada solo puede enmendarse.",
    "Circulated minutes": "Actas circuladas",
    "Minutes of {when}": "Acta del {when}",
    "&Approve": "&Aprobar",
    "Cancel": "Cancelar",
    "No.": "N.º",
    "When": "Cuándo",
    "Who": "Quién",
    "What": "Qué",
    "Record": "Registro",
    "Details": "Detalles",
    "Made": "Hecha",
    "Kind": "Tipo",
    "Site": "Sitio",
    "Size": "Tamaño",
    "File": "Archivo",
    "Folder": "Carpeta",
    "Automatic": "Automática",
    "Before an upgrade": "Antes de una actualización",
    "Before a restore": "Antes de una restauración",
    "Saved by hand": "Guardada a mano",
    "Unreadable": "Ilegible",
    "This site": "Este sitio",
    "Another site": "Otro sitio",
    "unknown": "desconocido",
    "Automatic backups go to the backups folder beside the site ({folder}).":
        "Las copias de seguridad automáticas se guardan en la carpeta de copias junto al sitio ({folder}).",
    "Automatic backups go to {folder}.": "Las copias de seguridad automáticas se guardan en {folder}.",
    "The newest {count} are kept.": "Se conservan las {count} más recientes.",
    "No automatic backup has been made yet.": "Todavía no se ha hecho ninguna copia de seguridad automática.",
    "Last automatic backup: {time}.": "Última copia de seguridad automática: {time}.",
    "The last attempt, {time}, failed: check the backup folder.":
        "El último intento, {time}, falló: revise la carpeta de copias de seguridad.",
    "A backup is being made; try again in a moment.": "Se está haciendo una copia de seguridad; vuelva a intentarlo en un momento.",
    "That did not work because of a fault in LEAD Desktop.": "No funcionó debido a una falla de LEAD Desktop.",
    "Backing up the site…": "Haciendo la copia de seguridad del sitio…",
    "Backup saved as {name}.": "Copia de seguridad guardada como {name}.",
    "Checking the backup…": "Revisando la copia de seguridad…",
    "an unknown time": "una fecha desconocida",
    "The backup made {time} is sound: its checksums match, it opens with this site's key, its pages and structure pass SQLCipher's checks, and its audit log of {entries} entries is unbroken. It holds {accounts} staff accounts.":
        "La copia de seguridad hecha el {time} está en buen estado: sus sumas de verificación coinciden, se abre con la clave de este sitio, sus páginas y su estructura pasan las comprobaciones de SQLCipher y su registro de auditoría de {entries} entradas está intacto. Contiene {accounts} cuentas del personal.",
    "Restore from a backup file": "Restaurar desde un archivo de copia de seguridad",
    "LEAD Desktop backups (*.leadbackup);;All files (*)":
        "Copias de seguridad de LEAD Desktop (*.leadbackup);;Todos los archivos (*)",
    "Restore the site from a backup": "Restaurar el sitio desde una copia de seguridad",
    "Replace everything in this site with the backup made {time}?\n\nEverything entered since then — records, accounts, password changes, settings — is replaced. A copy of the site as it is now is saved first, in the backups folder beside the site.\n\nEveryone signs in again afterwards, with the passwords that were in use when the backup was made.":
        "¿Reemplazar todo lo que hay en este sitio con la copia de seguridad hecha el {time}?\n\nTodo lo ingresado desde entonces —registros, cuentas, cambios de contraseña, configuración— se reemplaza. Antes se guarda una copia del sitio tal como está ahora, en la carpeta de copias de seguridad junto al sitio.\n\nDespués, todas las personas vuelven a iniciar sesión con las contraseñas que se usaban cuando se hizo la copia.",
    "I understand that the changes made since {time} will be replaced.":
        "Entiendo que los cambios hechos desde el {time} se reemplazarán.",
    "&Restore and sign out": "&Restaurar y cerrar sesión",
    "Enter a comparison population for the equity panel — for example local arrests or bookings by race and ethnicity — one row per period. The program report uses the row that overlaps its period most. Dates as YYYY-MM-DD; counts as whole numbers.":
        "Ingrese una población de comparación para el panel de equidad —por ejemplo, los arrestos o fichajes locales por raza y etnia—, una fila por período. El informe del programa usa la fila que más se superpone con su período. Fechas como AAAA-MM-DD; cantidades como números enteros.",
    "Equity baselines": "Referencias de equidad",
    "Name": "Nombre",
    "Source": "Fuente",
    "First day": "Primer día",
    "Last day": "Último día",
    "Add baseli&ne": "Agre&gar referencia",
    "&Remove": "&Quitar",
    "&Save baselines": "Guardar re&ferencias",
    "Row {row}: enter the first and last day as YYYY-MM-DD.":
        "Fila {row}: ingrese el primer y el último día como AAAA-MM-DD.",
    "Row {row}: counts are whole numbers of zero or more.":
        "Fila {row}: las cantidades son números enteros de cero o más.",
    "Baselines saved.": "Referencias guardadas.",
    "Bodies": "Órganos",
    "&New body…": "&Nuevo órgano…",
    "Edit bod&y…": "Editar ór&gano…",
    "Organization": "Organización",
    "Term": "Mandato",
    "Term status": "Estado del mandato",
    "Decides for agency": "Decide por la agencia",
    "Yes": "Sí",
    "Confidentiality agreement": "Acuerdo de confidencialidad",
    "Roster": "Lista de miembros",
    "Add &member…": "Agregar &miembro…",
    "&Edit member…": "&Editar miembro…",
    "End &term…": "&Terminar mandato…",
    "End the selected member's term today; past minutes keep them.":
        "Terminar hoy el mandato del miembro seleccionado; las actas pasadas lo conservan.",
    "Open seat": "Puesto abierto",
    "Seats": "Puestos",
    "Note": "Nota",
    "Add &seat…": "Agregar pue&sto…",
    "Edit seat…": "Editar puesto…",
    "Remove seat…": "Quitar puesto…",
    "The seats the charter provides. Member agencies with a seat count for the one-voice-per-agency rule even while their seat is empty; an open seat can be filled by anyone.":
        "Los puestos que prevé el acta constitutiva. Las agencias miembro con un puesto cuentan para la regla de una voz por agencia aunque su puesto esté vacío; un puesto abierto puede ocuparlo cualquiera.",
    "{role} for {member}": "{role} de {member}",
    "Signed {day}": "Firmado el {day}",
    "Not signed": "Sin firmar",
    "{name} (in development)": "{name} (en formación)",
    "Decides by consensus, one voice per member agency": "Decide por consenso, una voz por agencia miembro",
    " (at least {count} agencies)": " (al menos {count} agencias)",
    "Quorum: {count} voting members.": "Quórum: {count} miembros con voto.",
    "Quorum: {percent} % of the voting members.": "Quórum: {percent} % de los miembros con voto.",
    "No body yet": "Todavía no hay ningún órgano",
    "Add the Policy Coordinating Group, the Operational Work Groups and the Community Leadership Team with “New body…”.":
        "Agregue el Grupo de Coordinación de Políticas (PCG), los Grupos de Trabajo Operativo (OWG) y el Equipo de Liderazgo Comunitario (CLT) con “Nuevo órgano…”.",
    "{name} — in development": "{name} — en formación",
    "Meets: {when}.": "Se reúne: {when}.",
    "No seats are set for this body, so none can be empty.":
        "Este órgano no tiene puestos definidos, así que ninguno puede estar vacío.",
    "{organization} ({count})": "{organization} ({count})",
    "open seats ({count})": "puestos abiertos ({count})",
    "1 empty seat: ": "1 puesto vacío: ",
    "{n} empty seats: ": "{n} puestos vacíos: ",
    "Every seat is filled.": "Todos los puestos están ocupados.",
    "{name} ({days} days)": "{name} ({days} días)",
    "1 term ends within 60 days: ": "1 mandato termina en los próximos 60 días: ",
    "{n} terms end within 60 days: ": "{n} mandatos terminan en los próximos 60 días: ",
    "New body": "Nuevo órgano",
    "Edit body": "Editar órgano",
    "Add member": "Agregar miembro",
    "Edit member": "Editar miembro",
    "End {name}'s term on {body} today? Past minutes keep them.":
        "¿Terminar hoy el mandato de {name} en {body}? Las actas pasadas lo conservan.",
    "End term": "Terminar mandato",
    "Add seat": "Agregar puesto",
    "Edit seat": "Editar puesto",
    "Remove this seat from the body's charter?": "¿Quitar este puesto del acta constitutiva del órgano?",
    "Remove seat": "Quitar puesto",
    "Confidential. These notes name participants: they are kept apart from the governance minutes, and are shared only as far as each participant's releases allow.":
        "Confidencial. Estas notas nombran a participantes: se guardan aparte de las actas de gobernanza y solo se comparten en la medida en que lo permitan las autorizaciones de cada participante.",
    "LEAD number": "Número LEAD",
    "Participant": "Participante",
    "Discussion": "Discusión",
    "Follow-up": "Seguimiento",
    "Participants discussed": "Participantes tratados",
    "Add &participant…": "Agregar &participante…",
    "Edit &notes…": "Editar &notas…",
    "Move up": "Subir",
    "Move up (Ctrl+Up)": "Subir (Ctrl+Arriba)",
    "Move down": "Bajar",
    "Move down (Ctrl+Down)": "Bajar (Ctrl+Abajo)",
    "Remove…": "Quitar…",
    "Attendee": "Asistente",
    "Notes as shared with the attendee": "Notas tal como se comparten con el asistente",
    "Notes as shared &with:": "Notas tal como se co&mparten con:",
    "Nobody is on the case-conference list yet.": "Todavía no hay nadie en la lista de la conferencia de casos.",
    "{name} ({number}) has no release in force: {who}.": "{name} ({number}) no tiene ninguna autorización vigente: {who}.",
    "{name} ({number}): no release covers {who}.": "{name} ({number}): ninguna autorización cubre a {who}.",
    "Check before sharing — these attendees' organizations are not covered, so the participant's name is redacted in anything shared with them:":
        "Revise antes de compartir: las organizaciones de estos asistentes no están cubiertas, así que el nombre del participante se oculta en todo lo que se comparta con ellos:",
    "Every attendee's organization is covered by a release for each participant on the list.":
        "La organización de cada asistente está cubierta por una autorización de cada participante de la lista.",
    "{body} — {when}": "{body} — {when}",
    "For {name}": "Para {name}",
    "[participant — no release]": "[participante — sin autorización]",
    "Follow-up: {text}": "Seguimiento: {text}",
    "Take {name} off the case-conference list?": "¿Quitar a {name} de la lista de la conferencia de casos?",
    "Remove": "Quitar",
    "Case conferencing: edit notes": "Conferencia de casos: editar notas",
    "Case conferencing: add participant": "Conferencia de casos: agregar participante",
    "Search name, alias or LEAD number": "Buscar nombre, alias o número LEAD",
    "Search participants": "Buscar participantes",
    "Matching participants": "Participantes que coinciden",
    "&Participant:": "&Participante:",
    "{name} ({number})": "{name} ({number})",
    "Choose the participant to discuss.": "Elija el participante que se va a tratar.",
    "Your password was set by an administrator. Choose your own password now; only you should know it.":
        "Su contraseña la asignó un administrador. Elija ahora su propia contraseña; solo usted debe conocerla.",
    "Sign &out": "Cerrar &sesión",
    "Choose a new password. Your other sign-in ways keep working.":
        "Elija una contraseña nueva. Sus otras formas de iniciar sesión siguen funcionando.",
    "Change pass&word": "&Cambiar contraseña",
    "The two passwords are not the same.": "Las dos contraseñas no coinciden.",
    "Change my password": "Cambiar mi contraseña",
    "&Current password:": "Contraseña &actual:",
    "Current password": "Contraseña actual",
    "&New password:": "Contraseña &nueva:",
    "New password": "Contraseña nueva",
    "At least 10 characters. A short sentence you can remember works well.":
        "Al menos 10 caracteres. Una frase corta que pueda recordar funciona bien.",
    "&Repeat new password:": "&Repita la contraseña nueva:",
    "Repeat new password": "Repita la contraseña nueva",
    "Edit the screening checklist": "Editar la lista de verificación de elegibilidad",
    "Saving makes version {version}. Referrals already screened keep the version they were screened under; new screenings use the new one. Tick the pathways each exclusion applies to.":
        "Al guardar se crea la versión {version}. Las remisiones ya evaluadas conservan la versión con la que se evaluaron; las evaluaciones nuevas usan la nueva. Marque las vías a las que se aplica cada exclusión.",
    "Excluded when": "Se excluye cuando",
    "Arrest diversion": "Desvío en lugar de arresto",
    "Social contact": "Contacto social",
    "Community": "Comunidad",
    "Limit": "Límite",
    "&Add a yes/no criterion": "&Agregar un criterio de sí/no",
    "&Remove selected": "&Quitar lo seleccionado",
    "&Why it changed:": "&Por qué cambió:",
    "e.g. PCG decision of 12 March: Santa Fe's 6 g limit":
        "p. ej., decisión del PCG del 12 de marzo: límite de 6 g de Santa Fe",
    "&Save as version {version}": "&Guardar como versión {version}",
    "Applies to {pathway}": "Se aplica a {pathway}",
    " g": " g",
    " years": " años",
    " months": " meses",
    "A&ttach scan…": "Ad&juntar escaneo…",
    "Store a scan of the signed form inside the encrypted site database":
        "Guardar un escaneo del formulario firmado dentro de la base de datos cifrada del sitio",
    "Save a co&py…": "Guardar una co&pia…",
    "Export the selected scan to a file of your choice": "Exportar el escaneo seleccionado a un archivo que usted elija",
    "Signed form scans": "Escaneos del formulario firmado",
    "No scan attached to this consent.": "Este consentimiento no tiene ningún escaneo adjunto.",
    "Disclosure log": "Registro de divulgaciones",
    "{name} ({size} KB)": "{name} ({size} KB)",
    "Select a consent to see its scans.": "Seleccione un consentimiento para ver sus escaneos.",
    "Attach the signed form": "Adjuntar el formulario firmado",
    "Signed form (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)": "Formulario firmado (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)",
    "That file could not be read. Check that it still exists and try again.":
        "No se pudo leer ese archivo. Compruebe que todavía exista y vuelva a intentarlo.",
    "Save a copy of the scan": "Guardar una copia del escaneo",
    "The copy could not be saved there. Choose another folder.": "No se pudo guardar la copia allí. Elija otra carpeta.",
    "You can try again in {seconds} s.": "Puede volver a intentarlo en {seconds} s.",
    "LEAD Desktop ran into a problem it did not expect.\n\nWhat you saved before this is safe: every change is written to the site file when you make it. Close LEAD Desktop and start it again. If this keeps happening, tell whoever supports your site what you were doing, and give them the program log":
        "LEAD Desktop encontró un problema inesperado.\n\nLo que guardó antes de esto está a salvo: cada cambio se escribe en el archivo del sitio en el momento en que lo hace. Cierre LEAD Desktop y vuelva a abrirlo. Si esto se repite, cuéntele a quien da soporte a su sitio lo que estaba haciendo y entréguele el registro del programa",
    " from the folder {folder}": " de la carpeta {folder}",
    ". The log holds no names, notes or passwords.": ". El registro no contiene nombres, notas ni contraseñas.",
    "LEAD Desktop — unexpected problem": "LEAD Desktop — problema inesperado",
    "&Close LEAD Desktop": "&Cerrar LEAD Desktop",
    "&Keep working": "&Seguir trabajando",
    "MM/DD/YYYY h:mm am": "MM/DD/AAAA h:mm am",
    "MM/DD/YYYY": "MM/DD/AAAA",
    "For example 12/08/2026 9:00 am, 12/08/2026 noon or 2026-12-08 21:00.":
        "Por ejemplo 12/08/2026 9:00 am, 12/08/2026 noon o 2026-12-08 21:00.",
    "For example 12/08/2026 or 2026-12-08.": "Por ejemplo 12/08/2026 o 2026-12-08.",
    "{count} of {maximum} characters": "{count} de {maximum} caracteres",
    "{count} of {maximum} characters: {over} too many": "{count} de {maximum} caracteres: {over} de más",
    "Pick a date from a calendar": "Elegir una fecha en un calendario",
    "Pick a date": "Elegir una fecha",
    "Record disclosure": "Registrar divulgación",
    "Not covered by an active consent. Choose the consent it was shared under, or record why it was shared without one (for example a medical emergency or a court order).":
        "No está cubierto por un consentimiento activo. Elija el consentimiento con el que se compartió, o registre por qué se compartió sin uno (por ejemplo, una emergencia médica o una orden judicial).",
    "This person has no active consent. A disclosure without one needs the reason it was made (for example a medical emergency or a court order).":
        "Esta persona no tiene ningún consentimiento activo. Una divulgación sin consentimiento necesita el motivo por el que se hizo (por ejemplo, una emergencia médica o una orden judicial).",
    "Record why this was shared without an active consent.": "Registre por qué se compartió sin un consentimiento activo.",
    "Edit disclosure": "Editar divulgación",
    "Enroll in LEAD": "Inscribir en LEAD",
    "Possible matches": "Posibles coincidencias",
    "&Link to selected participant": "&Vincular al participante seleccionado",
    "&Create new participant": "&Crear participante nuevo",
    "Enroll {name} (born {dob}), referred {when} — screening: {result}. A new participant is made from the referral's name, aliases, date of birth, race and ethnicity, sex and case manager.":
        "Inscribir a {name} (nacimiento: {dob}), remitido el {when} — evaluación: {result}. El participante nuevo se crea con el nombre, los alias, la fecha de nacimiento, la raza y etnia, el sexo y el administrador de casos de la remisión.",
    "Already enrolled as {number}.": "Ya está inscrito como {number}.",
    "&Open participant": "&Abrir participante",
    "This person may already have a participant record. Link the referral to the right record, or create a new participant if none of these is them.":
        "Es posible que esta persona ya tenga un registro de participante. Vincule la remisión al registro correcto, o cree un participante nuevo si ninguno de estos es esa persona.",
    "No existing participant looks like this person.": "Ningún participante existente se parece a esta persona.",
    "Data exchange": "Intercambio de datos",
    "&Import a spreadsheet…": "Im&portar una hoja de cálculo…",
    "Import participants, contacts or referrals from CSV or Excel (Ctrl+I)":
        "Importar participantes, contactos o remisiones desde CSV o Excel (Ctrl+I)",
    "Bring a site's earlier spreadsheets in: participants first, then their contacts and referrals. Every row is checked and explained before anything is saved; either every row goes in or none does (or only the valid ones, with a file of the others). People who may already be on file are shown for review, and importing the same file again adds nothing.":
        "Traiga las hojas de cálculo anteriores del sitio: primero los participantes, luego sus contactos y remisiones. Cada fila se revisa y se explica antes de guardar nada; entran todas las filas o ninguna (o solo las válidas, con un archivo de las demás). Las personas que quizás ya estén registradas se muestran para revisarlas, e importar el mismo archivo otra vez no agrega nada.",
    "&Export…": "&Exportar…",
    "Export a list, a de-identified analysis file or HMIS CSV files (Ctrl+E)":
        "Exportar una lista, un archivo de análisis sin datos identificatorios o archivos CSV de HMIS (Ctrl+E)",
    "Import a spreadsheet": "Importar una hoja de cálculo",
    "Export": "Exportar",
    "Your role sees reports and governance only; importing and exporting participant records is for case managers and administrators.":
        "Su rol solo ve informes y gobernanza; importar y exportar registros de participantes corresponde a los administradores de casos y a los administradores.",
    "CSV (.csv)": "CSV (.csv)",
    "Excel (.xlsx)": "Excel (.xlsx)",
    "Headers and answers in words (untick for field names and codes)":
        "Encabezados y respuestas en palabras (desmarque para usar nombres de campo y códigos)",
    "Export key": "Clave de exportación",
    "Export key again": "Repita la clave de exportación",
    "The same key gives every participant the same pseudonym in every export, so an evaluator can link this year's file to last year's. Keep it with the project's records; it is not stored here.":
        "La misma clave da a cada participante el mismo seudónimo en cada exportación, para que un evaluador pueda vincular el archivo de este año con el del año pasado. Guárdela con los registros del proyecto; aquí no se almacena.",
    "Where to save": "Dónde guardar",
    "&Choose…": "&Elegir…",
    "&What:": "&Qué:",
    "&Format:": "&Formato:",
    "Export &key:": "Cla&ve de exportación:",
    "Key a&gain:": "Repita la c&lave:",
    "&Save to:": "&Guardar en:",
    "&Export": "E&xportar",
    "Close": "Cerrar",
    "Your role does not allow exporting participant records.": "Su rol no permite exportar registros de participantes.",
    "Save the export as": "Guardar la exportación como",
    "Choose where to save the export.": "Elija dónde guardar la exportación.",
    "The two export keys are not the same.": "Las dos claves de exportación no coinciden.",
    "Exporting…": "Exportando…",
    "Wrote {files} to {path}.": "Se escribieron {files} en {path}.",
    "{name} ({rows} rows)": "{name} ({rows} filas)",
    "Wrote {rows} rows to {path}.": "Se escribieron {rows} filas en {path}.",
    "Keep it as safe as the records themselves.": "Guárdelo con el mismo cuidado que los propios registros.",
    "Something went wrong; it has been written to the log. No file was written.":
        "Algo salió mal; quedó anotado en el registro del programa. No se escribió ningún archivo.",
    "Canceling…": "Cancelando…",
    "These texts print on the site's fact sheet. A blank line starts a new paragraph; a line starting with “- ” becomes a bullet. Empty a field to go back to the default text.":
        "Estos textos se imprimen en la hoja informativa del sitio. Una línea en blanco inicia un párrafo nuevo; una línea que empieza con “- ” se convierte en una viñeta. Vacíe un campo para volver al texto predeterminado.",
    "What LEAD is": "Qué es LEAD",
    "How referral works": "Cómo funcionan las remisiones",
    "How to refer": "Cómo remitir",
    "Contact": "Contacto",
    "Remove logo": "Quitar logotipo",
    "Logo:": "Logotipo:",
    "Restore &defaults": "Restaurar &valores predeterminados",
    "&Save texts": "&Guardar textos",
    "No logo": "Sin logotipo",
    "Fact-sheet texts saved.": "Textos de la hoja informativa guardados.",
    "Defaults restored here; save to keep them.": "Se restauraron aquí los valores predeterminados; guarde para conservarlos.",
    "That file cannot be read.": "No se puede leer ese archivo.",
    "Logo saved.": "Logotipo guardado.",
    "Logo removed.": "Logotipo quitado.",
    "Choose the site's logo": "Elegir el logotipo del sitio",
    "Images (*.png *.jpg *.jpeg)": "Imágenes (*.png *.jpg *.jpeg)",
    "Made-up people only, in a folder of its own, to look around first. To unlock it later, sign in as {username} with the password “{password}”.":
        "Solo personas inventadas, en una carpeta aparte, para recorrer el programa primero. Para desbloquearlo más tarde, inicie sesión como {username} con la contraseña “{password}”.",
    "&Create site": "&Crear sitio",
    "&Open the site": "&Abrir el sitio",
    "Set up LEAD Desktop": "Configurar LEAD Desktop",
    "Welcome to LEAD Desktop": "Le damos la bienvenida a LEAD Desktop",
    "Three short steps set up your site on this computer.": "Tres pasos breves configuran su sitio en esta computadora.",
    "LEAD Desktop keeps your site's records — participants, referrals, governance bodies and meetings — in one encrypted site file on this computer. Nobody can read that file without signing in.\n\nThe next pages name your site, create the first administrator account and give you a recovery key: the one way into the site if every password is ever lost.":
        "LEAD Desktop guarda los registros de su sitio —participantes, remisiones, órganos de gobernanza y reuniones— en un único archivo cifrado del sitio en esta computadora. Nadie puede leer ese archivo sin iniciar sesión.\n\nEn las páginas siguientes se da nombre a su sitio, se crea la primera cuenta de administrador y se le entrega una clave de recuperación: la única forma de entrar al sitio si alguna vez se pierden todas las contraseñas.",
    "The site file will be kept in this folder:": "El archivo del sitio se guardará en esta carpeta:",
    "Data folder": "Carpeta de datos",
    "Open &demo site": "Abrir sitio de &demostración",
    "Open demo site": "Abrir sitio de demostración",
    "Your site": "Su sitio",
    "The site's name appears on reports and in the window's status bar.":
        "El nombre del sitio aparece en los informes y en la barra de estado de la ventana.",
    "&Site name:": "&Nombre del sitio:",
    "e.g. Riverside County LEAD": "p. ej., LEAD del Condado de Riverside",
    "Site name": "Nombre del sitio",
    "LEAD number &prefix:": "&Prefijo del número LEAD:",
    "optional, e.g. NOLA": "opcional, p. ej., NOLA",
    "LEAD number prefix (optional)": "Prefijo del número LEAD (opcional)",
    "Letters before each participant's number, as in NOLA-000042. Left empty, it is made from the site's name.":
        "Letras que van antes del número de cada participante, como en NOLA-000042. Si se deja vacío, se forma a partir del nombre del sitio.",
    "Administrator account": "Cuenta de administrador",
    "The administrator adds staff accounts and looks after the site. You can add more administrators later.":
        "El administrador agrega las cuentas del personal y se ocupa del sitio. Puede agregar más administradores después.",
    "e.g. jsmith": "p. ej., jperez",
    "&Password:": "C&ontraseña:",
    "Password": "Contraseña",
    "&Repeat password:": "&Repita la contraseña:",
    "Repeat password": "Repita la contraseña",
    "Your recovery key": "Su clave de recuperación",
    "Your site is ready. Store this key now: LEAD Desktop shows it only this once.":
        "Su sitio está listo. Guarde esta clave ahora: LEAD Desktop la muestra solo esta vez.",
    "I &have stored the recovery key safely": "Ya &guardé la clave de recuperación en un lugar seguro",
    "I have stored the recovery key safely": "Ya guardé la clave de recuperación en un lugar seguro",
    "Fields marked * are required.": "Los campos marcados con * son obligatorios.",
    "{label} *": "{label} *",
    "Choose…": "Elegir…",
    "Term ends today": "El mandato termina hoy",
    "Term ends tomorrow": "El mandato termina mañana",
    "Term ends in {n} days": "El mandato termina en {n} días",
    "Starts {day}": "Comienza el {day}",
    "Ended {day}": "Terminó el {day}",
    "Current": "Vigente",
    "Governance": "Gobernanza",
    "&Bodies and rosters": "Ó&rganos y listas de miembros",
    "&Organizations": "&Organizaciones",
    "&People": "&Personas",
    "{name} on {body} (ends {day})": "{name} en {body} (termina el {day})",
    "; and {n} more": "; y {n} más",
    "A .csv or .xlsx file": "Un archivo .csv o .xlsx",
    "File to import": "Archivo que se va a importar",
    "&Choose file…": "&Elegir archivo…",
    "Worksheet": "Hoja",
    "Choose the file to import.": "Elija el archivo que se va a importar.",
    "1. The file": "1. El archivo",
    "It &holds:": "&Contiene:",
    "Which column fills which field": "Qué columna llena qué campo",
    "Saved mappings": "Asignaciones guardadas",
    "Delete": "Eliminar",
    "Name, e.g. “Outreach sheet 2024”": "Nombre, p. ej., “Hoja de alcance comunitario 2024”",
    "Name of the mapping to save": "Nombre de la asignación que se va a guardar",
    "&Save mapping": "&Guardar asignación",
    "2. Which column fills which field": "2. Qué columna llena qué campo",
    "Saved &mapping:": "&Asignación guardada:",
    "&Dates are written:": "Las &fechas se escriben:",
    "Rows of the file and what the check found": "Filas del archivo y lo que encontró la revisión",
    "Chec&k rows": "&Revisar filas",
    "Check every row without importing anything": "Revisar cada fila sin importar nada",
    "Rows to show": "Filas que se muestran",
    "All rows": "Todas las filas",
    "Rows with problems": "Filas con problemas",
    "Possible matches to review": "Posibles coincidencias para revisar",
    "Rows ready to import": "Filas listas para importar",
    "Rows already imported or on file": "Filas ya importadas o ya registradas",
    "3. Check": "3. Revisión",
    "Sho&w:": "&Mostrar:",
    "&All or nothing: import only when every row is right":
        "&Todo o nada: importar solo si todas las filas están bien",
    "Only the &valid rows; write the others, with the reasons, to:":
        "Solo las filas &válidas; escribir las demás, con los motivos, en:",
    "File for the rejected rows": "Archivo para las filas rechazadas",
    "beside the imported file (NAME-rejected.csv)": "junto al archivo importado (NOMBRE-rejected.csv)",
    "4. Import": "4. Importación",
    "D&ry run": "&Prueba",
    "Import everything, then undo it: shows what would happen": "Importar todo y luego deshacerlo: muestra lo que pasaría",
    "&Import": "&Importar",
    "Stop: an import stopped half-way leaves nothing imported (Esc)":
        "Detener: una importación detenida a medias no deja nada importado (Esc)",
    "Your role does not allow importing records.": "Su rol no permite importar registros.",
    "Something went wrong; it has been written to the log. Nothing was imported.":
        "Algo salió mal; quedó anotado en el registro del programa. No se importó nada.",
    "Reading {file}…": "Leyendo {file}…",
    "{rows} rows, read as {encoding} with “{separator}” between columns.":
        "{rows} filas, leídas como {encoding} con “{separator}” entre columnas.",
    "tab": "tabulación",
    "{rows} rows in the sheet “{sheet}”.": "{rows} filas en la hoja “{sheet}”.",
    "Not checked yet.": "Todavía no se revisó.",
    "Check the mapping, then check the rows.": "Revise la asignación y luego revise las filas.",
    "Choose the file to import": "Elegir el archivo que se va a importar",
    "Spreadsheets ({patterns})": "Hojas de cálculo ({patterns})",
    "All files (*)": "Todos los archivos (*)",
    "(none: matched by the column names)": "(ninguna: según los nombres de las columnas)",
    "Saved the mapping “{name}”. Choose it next time a file comes from the same place.":
        "Se guardó la asignación “{name}”. Elíjala la próxima vez que llegue un archivo del mismo origen.",
    "Deleted the mapping “{name}”.": "Se eliminó la asignación “{name}”.",
    "Delete the saved mapping “{name}”?": "¿Eliminar la asignación guardada “{name}”?",
    "The saved mapping names columns this file lacks: {columns}.":
        "La asignación guardada nombra columnas que este archivo no tiene: {columns}.",
    "No column fills: {fields}. Every row will need it.": "Ninguna columna llena: {fields}. Todas las filas lo necesitarán.",
    "{count} rows": "{count} filas",
    "{count} reviewed and ticked to import anyway": "{count} revisadas y marcadas para importarlas de todos modos",
    "Checking {count} rows…": "Revisando {count} filas…",
    "{count} rows have problems. Correct them in the file and read it again, or import only the valid rows.":
        "{count} filas tienen problemas. Corríjalas en el archivo y vuelva a leerlo, o importe solo las filas válidas.",
    "Every row can be imported as it is.": "Todas las filas se pueden importar tal como están.",
    "Trying the import…": "Probando la importación…",
    "Importing…": "Importando…",
    "Dry run: the import would be refused, {count} rows have problems. Nothing was changed.":
        "Prueba: la importación se rechazaría, {count} filas tienen problemas. No se cambió nada.",
    "Dry run: {count} records would be created. Nothing was changed.":
        "Prueba: se crearían {count} registros. No se cambió nada.",
    "Nothing was imported: {count} rows have problems. Correct them, or choose “Only the valid rows”.":
        "No se importó nada: {count} filas tienen problemas. Corríjalas, o elija “Solo las filas válidas”.",
    "Imported {count} new records.": "Se importaron {count} registros nuevos.",
    "{count} rows were not imported: see the list.": "{count} filas no se importaron: vea la lista.",
    "The rows that need attention are in {file}.": "Las filas que requieren atención están en {file}.",
    "Canceling… nothing of this import will be kept.": "Cancelando… no se conservará nada de esta importación.",
    "Intake deadlines": "Plazos de admisión",
    "Refresh": "Actualizar",
    "Overdue: {count}": "Vencidas: {count}",
    "Due today: {count}": "Vencen hoy: {count}",
    "Due in the next 7 days: {count}": "Vencen en los próximos 7 días: {count}",
    "No intake is overdue or due this week.": "Ninguna admisión está vencida ni vence esta semana.",
    "and {count} more": "y {count} más",
    "&Language": "&Idioma",
    "&System ({language})": "&Sistema ({language})",
    "Language": "Idioma",
    "LEAD Desktop will use {language} from the next time it starts. Close it and open it again to switch now.":
        "LEAD Desktop usará {language} a partir de la próxima vez que se inicie. Ciérrelo y vuelva a abrirlo para cambiar ahora.",
    "Locked — {username}": "Bloqueado — {username}",
    "Recovery &key:": "&Clave de recuperación:",
    "Recovery key": "Clave de recuperación",
    "Please type your password.": "Escriba su contraseña.",
    "You locked LEAD Desktop: no records show until you sign in again. Sign in to go back to where you were.":
        "Usted bloqueó LEAD Desktop: no se muestra ningún registro hasta que vuelva a iniciar sesión. Inicie sesión para volver a donde estaba.",
    "LEAD Desktop locked itself so that no records show while nobody is at the computer. Sign in again to go back to where you were.":
        "LEAD Desktop se bloqueó para que no se vean registros mientras no hay nadie en la computadora. Vuelva a iniciar sesión para regresar a donde estaba.",
    "Sign &out instead": "Mejor cerrar &sesión",
    "Use &keychain": "Usar el &llavero",
    "Unlock with this computer's keychain": "Desbloquear con el llavero de esta computadora",
    "&Unlock": "&Desbloquear",
    "Unlock": "Desbloquear",
    "A logo must be a PNG or JPEG image of at most 1 MB.": "El logotipo debe ser una imagen PNG o JPEG de 1 MB como máximo.",
    "Save the settings to keep this logo.": "Guarde la configuración para conservar este logotipo.",
    "Save the settings to remove the logo.": "Guarde la configuración para quitar el logotipo.",
    "Signed-in person": "Persona con sesión iniciada",
    "Backup warning": "Aviso sobre la copia de seguridad",
    "Automatic backup in progress": "Copia de seguridad automática en curso",
    "Locked": "Bloqueado",
    "{name} ({role})": "{name} ({role})",
    "Site: {site}": "Sitio: {site}",
    "{site} — LEAD Desktop": "{site} — LEAD Desktop",
    "Sign in to change keychain unlock.": "Inicie sesión para cambiar el desbloqueo con el llavero.",
    "Keychain unlock needs a personal account; this session was opened with the recovery key.":
        "El desbloqueo con el llavero necesita una cuenta personal; esta sesión se abrió con la clave de recuperación.",
    "Your site's administrator has turned keychain unlock off.":
        "El administrador de su sitio desactivó el desbloqueo con el llavero.",
    "Keychain unlock: {reason}": "Desbloqueo con el llavero: {reason}",
    "Finishing the backup…": "Terminando la copia de seguridad…",
    "Backing up the site before closing…": "Haciendo la copia de seguridad del sitio antes de cerrar…",
    "Automatic backup saved.": "Copia de seguridad automática guardada.",
    "The automatic backup failed because of a fault in LEAD Desktop.":
        "La copia de seguridad automática falló debido a una falla de LEAD Desktop.",
    "The automatic backup of {time} failed.": "Falló la copia de seguridad automática del {time}.",
    "Check that the backup folder ({folder}) is there: plug in the USB drive or connect the network share, or choose another folder in Administration, Site settings. Then use Back up now (Administration, Backups).":
        "Compruebe que la carpeta de copias de seguridad ({folder}) esté disponible: conecte la unidad USB o la carpeta compartida de la red, o elija otra carpeta en Administración, Configuración del sitio. Luego use Hacer copia de seguridad ahora (Administración, Copias de seguridad).",
    "Restoring the site from the backup…": "Restaurando el sitio desde la copia de seguridad…",
    "The site was restored from the backup made {time}. Sign in with the password you had then. A copy of the site as it was before the restore is in {folder}.":
        "El sitio se restauró desde la copia de seguridad hecha el {time}. Inicie sesión con la contraseña que tenía entonces. En {folder} hay una copia del sitio tal como estaba antes de la restauración.",
    "The restore was stopped; the site is as it was before it. Sign in again. {reason}":
        "La restauración se detuvo; el sitio quedó como estaba antes. Vuelva a iniciar sesión. {reason}",
    "The restore failed because of a fault in LEAD Desktop; the site was not changed.":
        "La restauración falló debido a una falla de LEAD Desktop; el sitio no se modificó.",
    "Back up site": "Hacer copia de seguridad del sitio",
    "Backup saved to {path}. Keep a copy away from this computer.":
        "Copia de seguridad guardada en {path}. Guarde una copia lejos de esta computadora.",
    "Your password was changed.": "Se cambió su contraseña.",
    "This computer's keychain can now unlock LEAD Desktop for you.":
        "Ahora el llavero de esta computadora puede desbloquear LEAD Desktop por usted.",
    "Keychain unlock is off for your account on every computer.":
        "El desbloqueo con el llavero está desactivado para su cuenta en todas las computadoras.",
    "About LEAD Desktop": "Acerca de LEAD Desktop",
    "<h3>LEAD Desktop {version}</h3><p>LEAD (Law Enforcement Assisted Diversion) lets police officers refer people whose offenses come from drug use, mental illness or poverty to community-based case management instead of jail and prosecution. LEAD Desktop keeps a LEAD site's participants, referrals and governance work in one encrypted file on this computer.</p><p>Free software under the GNU Affero General Public License, version 3 or later.</p>":
        "<h3>LEAD Desktop {version}</h3><p>LEAD (Law Enforcement Assisted Diversion, desvío asistido por las fuerzas del orden) permite que los agentes de policía remitan a personas cuyos delitos se deben al consumo de drogas, a enfermedades mentales o a la pobreza a una administración de casos en la comunidad, en lugar de la cárcel y el procesamiento penal. LEAD Desktop guarda los participantes, las remisiones y el trabajo de gobernanza de un sitio LEAD en un único archivo cifrado en esta computadora.</p><p>Software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior.</p>",
    "Participants": "Participantes",
    "Referrals": "Remisiones",
    "Meetings": "Reuniones",
    "Reports": "Informes",
    "Sections": "Secciones",
    "&File": "&Archivo",
    "&Go": "&Ir",
    "&Account": "&Cuenta",
    "&Help": "A&yuda",
    "&Back up site…": "Hacer &copia de seguridad…",
    "Ctrl+Shift+B": "Ctrl+Shift+B",
    "&Lock": "&Bloquear",
    "Ctrl+L": "Ctrl+L",
    "&Quit": "Sa&lir",
    "Ctrl+Q": "Ctrl+Q",
    "&Participants": "&Participantes",
    "Ctrl+1": "Ctrl+1",
    "&Referrals": "&Remisiones",
    "Ctrl+2": "Ctrl+2",
    "&Governance": "&Gobernanza",
    "Ctrl+3": "Ctrl+3",
    "&Meetings": "Reu&niones",
    "Ctrl+4": "Ctrl+4",
    "R&eports": "&Informes",
    "Ctrl+5": "Ctrl+5",
    "&Administration": "A&dministración",
    "Ctrl+6": "Ctrl+6",
    "&Change my password…": "Cambiar mi &contraseña…",
    "&Unlock with this computer's keychain": "&Desbloquear con el llavero de esta computadora",
    "&About LEAD Desktop": "&Acerca de LEAD Desktop",
    "&Case conferencing": "Con&ferencia de casos",
    "&Details": "&Detalles",
    "&Save details": "Guardar deta&lles",
    "Remove meeting…": "Quitar reunión…",
    "Only a draft without decisions or actions.": "Solo un borrador sin decisiones ni tareas.",
    "Ag&enda": "&Orden del día",
    "Item": "Punto",
    "Presenter": "Presentador",
    "Notes": "Notas",
    "Agenda": "Orden del día",
    "&New item…": "&Nuevo punto…",
    "Edit item and note&s…": "Editar p&unto y notas…",
    "Move &up": "Su&bir",
    "Move do&wn": "Ba&jar",
    "&Remove item…": "&Quitar punto…",
    "Governance minutes only: never name participants here — case conferencing has its own confidential tab.":
        "Solo actas de gobernanza: nunca nombre aquí a participantes; la conferencia de casos tiene su propia pestaña confidencial.",
    "Not marked": "Sin marcar",
    "{status}: {names}": "{status}: {names}",
    "A&ttendance": "Asi&stencia",
    "Attendance": "Asistencia",
    "&Present": "&Presente",
    "A&bsent": "Ause&nte",
    "E&xcused": "&Justificado",
    "A&lternate attended": "Asistió el sup&lente",
    "Clea&r": "&Quitar marca",
    "Add g&uest…": "Agregar in&vitado…",
    "Remove guest": "Quitar invitado",
    "Select one or more people (Ctrl+A for everyone), then mark them.":
        "Seleccione una o más personas (Ctrl+A para todas) y luego márquelas.",
    "Vote {yes}–{no}": "Votación {yes}–{no}",
    ", {count} abstaining": ", {count} abstenciones",
    "Eligibility criteria: {version}": "Criterios de elegibilidad: {version}",
    "Intake deadline: {days} days": "Plazo de admisión: {days} días",
    "Decisi&ons": "D&ecisiones",
    "Decision": "Decisión",
    "Decided by": "Decidido por",
    "Outcome": "Resultado",
    "Moved / seconded": "Propuesto / secundado",
    "Changes": "Cambios",
    "Decisions": "Decisiones",
    "&New decision…": "&Nueva decisión…",
    "Edit decision…": "Editar decisión…",
    "&Remove decision…": "&Quitar decisión…",
    "{status} — overdue": "{status} — vencida",
    "{status} at this meeting": "{status} en esta reunión",
    "Action &items": "Ta&reas",
    "Action": "Tarea",
    "Owner": "Responsable",
    "Due": "Vence",
    "From": "De",
    "Carried from {day}": "Arrastrada desde el {day}",
    "This meeting": "Esta reunión",
    "Action items": "Tareas",
    "&New action…": "&Nueva tarea…",
    "Edit action…": "Editar tarea…",
    "Record this status for the selected action at this meeting":
        "Registrar este estado para la tarea seleccionada en esta reunión",
    "Status:": "Estado:",
    "&Minutes": "Ac&ta",
    "Circ&ulate": "Circu&lar",
    "Send the draft to the members; it can still be corrected until approved.":
        "Enviar el borrador a los miembros; todavía se puede corregir hasta que se apruebe.",
    "Approve &previous minutes…": "A&probar el acta anterior…",
    "Recorded": "Registrada",
    "By": "Por",
    "Proposed by": "Propuesta por",
    "Amendment": "Enmienda",
    "Amendments": "Enmiendas",
    "&Record amendment…": "Registrar en&mienda…",
    "Amendments to approved minutes": "Enmiendas a actas aprobadas",
    "No amendments recorded.": "No hay enmiendas registradas.",
    "No meeting chosen": "No se eligió ninguna reunión",
    "Minutes: {status}": "Acta: {status}",
    "These minutes were approved at the meeting of {when}. They can no longer be changed; corrections are recorded as amendments on the Minutes tab.":
        "Esta acta se aprobó en la reunión del {when}. Ya no se puede modificar; las correcciones se registran como enmiendas en la pestaña Acta.",
    "{count} carried forward from earlier meetings ({open} still open). Record their status here; closed ones are not carried to the next meeting.":
        "{count} arrastradas de reuniones anteriores ({open} todavía abiertas). Registre aquí su estado; las cerradas no pasan a la reunión siguiente.",
    "No open action items were carried forward to this meeting.": "No se arrastró ninguna tarea abierta a esta reunión.",
    "Draft minutes. Circulate them to the members when they are ready; they are approved at a later meeting of this body.":
        "Borrador del acta. Hágala circular entre los miembros cuando esté lista; se aprueba en una reunión posterior de este órgano.",
    "Circulated to the members. They are approved at a later meeting of this body, with “Approve previous minutes…” there.":
        "Circulada entre los miembros. Se aprueba en una reunión posterior de este órgano, con “Aprobar el acta anterior…” allí.",
    "Approved. Lock them to mark them final; corrections are recorded as amendments.":
        "Aprobada. Bloquéela para marcarla como definitiva; las correcciones se registran como enmiendas.",
    "Approved and locked. Corrections are recorded as amendments.":
        "Aprobada y bloqueada. Las correcciones se registran como enmiendas.",
    "At this meeting the members approved the minutes of {dates}.":
        "En esta reunión los miembros aprobaron el acta del {dates}.",
    "These minutes were approved at the meeting of {when}.": "Esta acta se aprobó en la reunión del {when}.",
    "Remove this meeting? Only a draft entered by mistake should be removed.":
        "¿Quitar esta reunión? Solo se debe quitar un borrador ingresado por error.",
    "Remove meeting": "Quitar reunión",
    "Add agenda item": "Agregar punto del orden del día",
    "Agenda item and notes": "Punto del orden del día y notas",
    "Remove “{title}” from the agenda? Its decisions and actions stay.":
        "¿Quitar “{title}” del orden del día? Sus decisiones y tareas se conservan.",
    "Remove item": "Quitar punto",
    "Add guest": "Agregar invitado",
    "Add decision": "Agregar decisión",
    "Edit decision": "Editar decisión",
    "Remove this decision from the minutes?": "¿Quitar esta decisión del acta?",
    "Remove decision": "Quitar decisión",
    "Add action item": "Agregar tarea",
    "This action was decided at an earlier meeting; here you can record its status.":
        "Esta tarea se decidió en una reunión anterior; aquí puede registrar su estado.",
    "Edit action item": "Editar tarea",
    "No earlier meeting of this body has circulated minutes waiting for approval.":
        "Ninguna reunión anterior de este órgano tiene un acta circulada pendiente de aprobación.",
    "Lock these approved minutes? They stay as they are; corrections become amendments.":
        "¿Bloquear esta acta aprobada? Queda tal como está; las correcciones pasan a ser enmiendas.",
    "Lock": "Bloquear",
    "Record amendment": "Registrar enmienda",
    "Body": "Órgano",
    "Bod&y:": "Ór&gano:",
    "New meeting…": "Nueva reunión…",
    "Add a meeting of this body (Ctrl+N)": "Agregar una reunión de este órgano (Ctrl+N)",
    "New meeting": "Nueva reunión",
    "Date": "Fecha",
    "Minutes": "Acta",
    "Place": "Lugar",
    "Virtual": "Virtual",
    "Add the bodies on the Governance page first.": "Primero agregue los órganos en la página Gobernanza.",
    "No meetings of this body yet.": "Este órgano todavía no tiene reuniones.",
    "Merge with another record": "Fusionar con otro registro",
    "Choose another record of {name} ({number}). Its contacts, consents and other history move to this record and its name becomes an alias here. You can undo the merge from the Merges tab.":
        "Elija otro registro de {name} ({number}). Sus contactos, consentimientos y demás historial pasan a este registro, y su nombre queda aquí como alias. Puede deshacer la fusión desde la pestaña Fusiones.",
    "Search for the other record": "Buscar el otro registro",
    "Records to merge": "Registros para fusionar",
    "&Merge into this record": "&Fusionar en este registro",
    "No likely duplicates found. Search for the other record above.":
        "No se encontraron posibles duplicados. Busque el otro registro arriba.",
    "No other record matches “{text}”.": "Ningún otro registro coincide con “{text}”.",
    "Select the record to merge into this one.": "Seleccione el registro que se fusionará en este.",
    "Moves to this record: {moved}.": "Pasa a este registro: {moved}.",
    "This record has not been merged with another.": "Este registro no se ha fusionado con ningún otro.",
    "&Merge with another record…": "&Fusionar con otro registro…",
    "&Undo merge…": "&Deshacer fusión…",
    "(record removed)": "(registro eliminado)",
    "Undo this merge? The records that moved go back to {other}.":
        "¿Deshacer esta fusión? Los registros que se movieron vuelven a {other}.",
    "Undo merge": "Deshacer fusión",
    "Short name": "Nombre corto",
    "No organizations yet: add the partner agencies, providers and community groups.":
        "Todavía no hay organizaciones: agregue las agencias asociadas, los proveedores y los grupos comunitarios.",
    "New organization": "Nueva organización",
    "Edit organization": "Editar organización",
    "Delete the organization {name}?": "¿Eliminar la organización {name}?",
    "&Edit": "&Editar",
    "Edit the participant's details (Ctrl+E)": "Editar los datos del participante (Ctrl+E)",
    "Save changes (Ctrl+S)": "Guardar cambios (Ctrl+S)",
    "Edit": "Editar",
    "Ctrl+E": "Ctrl+E",
    "Save": "Guardar",
    "Import and export": "Importar y exportar",
    "New participant": "Nuevo participante",
    "Possible matches already on file": "Posibles coincidencias ya registradas",
    "This person may already have a record. Open the matching record instead, or save a new person if none of these is them.":
        "Es posible que esta persona ya tenga un registro. Abra el registro que coincide, o guarde una persona nueva si ninguno de estos es esa persona.",
    "&Open selected record": "&Abrir el registro seleccionado",
    "Save as a &new person": "Guardar como persona &nueva",
    "Check for duplicates and save (Ctrl+S)": "Buscar duplicados y guardar (Ctrl+S)",
    "View": "Vista",
    "All participants": "Todos los participantes",
    "My caseload": "Mis casos",
    "No contact in {days} days": "Sin contacto en {days} días",
    "Court date this week": "Audiencia esta semana",
    "Any status": "Cualquier estado",
    "Case manager": "Administrador de casos",
    "Any case manager": "Cualquier administrador de casos",
    "Search name, alias or LEAD number (Ctrl+F)": "Buscar nombre, alias o número LEAD (Ctrl+F)",
    "New participant…": "Nuevo participante…",
    "Add a participant (Ctrl+N)": "Agregar un participante (Ctrl+N)",
    "&View:": "&Vista:",
    "S&tatus:": "Es&tado:",
    "Case &manager:": "Ad&ministrador de casos:",
    "Caseloads": "Cargas de casos",
    "Double-click a case manager to list their caseload.":
        "Haga doble clic en un administrador de casos para ver su carga de casos.",
    "Caseloads (average 20, maximum 25)": "Cargas de casos (promedio 20, máximo 25)",
    "Number of participants": "Número de participantes",
    "Find participant": "Buscar participante",
    "{count} over the maximum of {maximum}.": "{count} por encima del máximo de {maximum}.",
    "Nobody is over the maximum of {maximum}.": "Nadie supera el máximo de {maximum}.",
    "1 participant": "1 participante",
    "{count} participants": "{count} participantes",
    "Today": "Hoy",
    "Title": "Cargo",
    "Email": "Correo electrónico",
    "Phone": "Teléfono",
    "No people yet: add the members of the bodies and their alternates.":
        "Todavía no hay personas: agregue a los miembros de los órganos y a sus suplentes.",
    "New person": "Nueva persona",
    "Edit person": "Editar persona",
    "Delete {name}?": "¿Eliminar a {name}?",
    "Record &contact…": "Registrar c&ontacto…",
    "Record a contact (Ctrl+Shift+C)": "Registrar un contacto (Ctrl+Shift+C)",
    "Overview": "Resumen",
    "Merges": "Fusiones",
    "Record contact…": "Registrar contacto…",
    "Ctrl+Shift+C": "Ctrl+Shift+C",
    "Show tab {number}": "Mostrar la pestaña {number}",
    "Alt+{number}": "Alt+{number}",
    "{date} — this week": "{date} — esta semana",
    "{date} — due": "{date} — vencida",
    "Unable to locate": "No se pudo localizar",
    "Record contact": "Registrar contacto",
    "No contacts recorded yet. Use Record contact (Ctrl+Shift+C) after each one.":
        "Todavía no hay contactos registrados. Use Registrar contacto (Ctrl+Shift+C) después de cada uno.",
    "Add a&ssessment…": "Agregar &evaluación…",
    "Intake assessment": "Evaluación de admisión",
    "No assessment yet.": "Todavía no hay evaluación.",
    "Add g&oal…": "Agregar me&ta…",
    "Plan goal": "Meta del plan",
    "No plan goals yet. Goals are written with the participant, in their words.":
        "Todavía no hay metas del plan. Las metas se escriben con el participante, con sus propias palabras.",
    "Add &service linkage…": "Agregar &vínculo con servicio…",
    "Service linkage": "Vínculo con servicio",
    "No service linkages yet.": "Todavía no hay vínculos con servicios.",
    "Add hou&sing status…": "Agregar situación de &vivienda…",
    "Housing status": "Situación de vivienda",
    "No housing status recorded.": "No hay situación de vivienda registrada.",
    "Add &legal case…": "Agregar caso &legal…",
    "Legal case": "Caso legal",
    "No legal cases recorded.": "No hay casos legales registrados.",
    "Contacts": "Contactos",
    "Assessment": "Evaluación",
    "Plan goals": "Metas del plan",
    "Services": "Servicios",
    "Housing history": "Historial de vivienda",
    "Legal": "Legal",
    "Consents": "Consentimientos",
    "Status: {status}": "Estado: {status}",
    "Case manager: {name}": "Administrador de casos: {name}",
    "unassigned": "sin asignar",
    "Last contact: {when}": "Último contacto: {when}",
    "This record was merged into another one; its history now lives there. <a href=\"open\">Open that record</a>, or undo the merge on the Merges tab.":
        "Este registro se fusionó en otro; ahora su historial está allí. <a href=\"open\">Abra ese registro</a> o deshaga la fusión en la pestaña Fusiones.",
    "Save (Ctrl+S)": "Guardar (Ctrl+S)",
    "&Delete…": "Eli&minar…",
    "Delete this record? It is kept in the audit trail but no longer shown.":
        "¿Eliminar este registro? Se conserva en el registro de auditoría pero ya no se muestra.",
    "&Open site": "&Abrir el sitio",
    "Open with the recovery key": "Abrir con la clave de recuperación",
    "Type the 64 characters printed on the site's Recovery Kit; dashes and spaces do not matter. You will work as an administrator: reset the passwords that were lost, then sign out and sign in as yourself.":
        "Escriba los 64 caracteres impresos en el Kit de recuperación del sitio; los guiones y los espacios no importan. Trabajará como administrador: restablezca las contraseñas perdidas y luego cierre la sesión e inicie sesión con su propia cuenta.",
    "{site} Recovery Kit.pdf": "Kit de recuperación de {site}.pdf",
    "Save Recovery Kit": "Guardar el Kit de recuperación",
    "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
    "This version cannot write the Recovery Kit PDF. Write the key down by hand instead.":
        "Esta versión no puede crear el PDF del Kit de recuperación. Anote la clave a mano.",
    "The Recovery Kit could not be written to {path}. Choose another folder.":
        "No se pudo escribir el Kit de recuperación en {path}. Elija otra carpeta.",
    "Saved to {path}. Print it, keep the paper locked away, then delete the file.":
        "Se guardó en {path}. Imprímalo, guarde el papel bajo llave y luego elimine el archivo.",
    "This key opens the site when every password is lost or the site's key file is gone. Anyone who has it can read every record. Keep it printed and locked away — not on this computer and not in email.":
        "Esta clave abre el sitio cuando se pierden todas las contraseñas o falta el archivo de claves del sitio. Cualquier persona que la tenga puede leer todos los registros. Guárdela impresa y bajo llave, no en esta computadora ni en el correo electrónico.",
    "&Save Recovery Kit PDF…": "&Guardar el PDF del Kit de recuperación…",
    "Save Recovery Kit PDF": "Guardar el PDF del Kit de recuperación",
    "New referral": "Nueva remisión",
    "Referral — {name}": "Remisión — {name}",
    "Add &agency…": "Agregar agen&cia…",
    "Add o&fficer…": "Agregar &agente…",
    "Answer “no” to every unanswered question": "Responder “no” a las preguntas sin respuesta",
    "Sets each question not answered yet to No, grams to 0 and violent history to none; answers already given stay. Check each answer before saving.":
        "Pone No en cada pregunta aún sin respuesta, 0 en los gramos y ninguno en los antecedentes violentos; las respuestas ya dadas se mantienen. Revise cada respuesta antes de guardar.",
    "Override the screening result (e.g. the prosecutor's decision)":
        "Anular el resultado de la evaluación (p. ej., por decisión del fiscal)",
    "Save the referral (Ctrl+S)": "Guardar la remisión (Ctrl+S)",
    "Eligibility screening (checklist version {version})": "Evaluación de elegibilidad (lista de verificación, versión {version})",
    "Outcome: {outcome}": "Resultado: {outcome}",
    "on {date}": "el {date}",
    "participant {number}": "participante {number}",
    "intake completed {date}": "admisión completada el {date}",
    "prosecutor notified {date}": "fiscal notificado el {date}",
    "charges filed": "cargos presentados",
    "The hand-off cannot be before the referral.": "El traspaso no puede ser anterior a la remisión.",
    "Intake due {date} ({left})": "Admisión vence el {date} ({left})",
    "Intake due {days} days after the referral": "La admisión vence {days} días después de la remisión",
    "No legal intake deadline for this pathway": "Esta vía no tiene plazo legal de admisión",
    "&New referral…": "&Nueva remisión…",
    "Record a referral (Ctrl+N)": "Registrar una remisión (Ctrl+N)",
    "&Open…": "A&brir…",
    "Open the selected referral: details, screening, override (Enter)":
        "Abrir la remisión seleccionada: datos, evaluación, anulación (Intro)",
    "&Enroll…": "In&scribir…",
    "Enroll the selected referral: link or create the participant":
        "Inscribir la remisión seleccionada: vincular o crear el participante",
    "&Intake and prosecutor…": "Admisión y &fiscal…",
    "Intake completed, prosecutor notified, charges filed": "Admisión completada, fiscal notificado, cargos presentados",
    "Record o&utcome…": "Registrar &resultado…",
    "Ineligible, declined or intake not completed": "No elegible, rechazada o admisión no completada",
    "Intake &queue": "Cola de ad&misiones",
    "All &referrals": "&Todas las remisiones",
    "&Sources": "&Orígenes",
    "Screening &checklist": "&Lista de verificación",
    "New referral…": "Nueva remisión…",
    "Find referral": "Buscar remisión",
    "Pending intakes": "Admisiones pendientes",
    "No intakes are pending.": "No hay admisiones pendientes.",
    "Pathway": "Vía",
    "Any pathway": "Cualquier vía",
    "Any outcome": "Cualquier resultado",
    "Search name or alias": "Buscar nombre o alias",
    "Search referrals": "Buscar remisiones",
    "&Pathway:": "&Vía:",
    "Ou&tcome:": "Res&ultado:",
    "Referring agencies": "Agencias que remiten",
    "Referring officers": "Agentes que remiten",
    "Add agency…": "Agregar agencia…",
    "Edit agency…": "Editar agencia…",
    "Add officer…": "Agregar agente…",
    "Edit officer…": "Editar agente…",
    "Agencies and organizations": "Agencias y organizaciones",
    "Checklist versions": "Versiones de la lista de verificación",
    "Criteria of the selected version": "Criterios de la versión seleccionada",
    "&Edit checklist…": "&Editar lista de verificación…",
    "Editing saves a new version; each referral keeps the version it was screened under.":
        "Al editar se guarda una versión nueva; cada remisión conserva la versión con la que se evaluó.",
    "Only administrators and the project manager can change the checklist (for the PCG).":
        "Solo los administradores y el gerente de proyecto pueden cambiar la lista de verificación (en nombre del PCG).",
    "Versions": "Versiones",
    "Excluded from LEAD when…": "Excluido de LEAD cuando…",
    "{count} overdue": "vencidas: {count}",
    "{count} due today": "vencen hoy: {count}",
    "{count} due within {days} days": "vencen en {days} días: {count}",
    "1 intake pending": "1 admisión pendiente",
    "{count} intakes pending": "{count} admisiones pendientes",
    "Select a referral in the intake queue or the list first.":
        "Primero seleccione una remisión en la cola de admisiones o en la lista.",
    "{name} is enrolled ({number}); the outcome cannot change.":
        "{name} está inscrito ({number}); el resultado no puede cambiar.",
    "1 referral": "1 remisión",
    "{count} referrals": "{count} remisiones",
    "Equity &baselines": "Referencias de e&quidad",
    "Fact sheet te&xts": "Textos de la &hoja informativa",
    "Report": "Informe",
    "Export &PDF…": "Exportar &PDF…",
    "Export &CSV…": "Exportar CS&V…",
    "Export &JSON…": "Exportar &JSON…",
    "Sho&w charts": "Mostrar &gráficos",
    "Export progress": "Progreso de la exportación",
    "&Report:": "In&forme:",
    "Audience": "Público",
    "Public — counts under 11 shown as “<11”": "Público — las cantidades menores de 11 se muestran como “<11”",
    "Internal (for the PCG) — contains small counts": "Interno (para el PCG) — contiene cantidades pequeñas",
    "Period": "Período",
    "Month": "Mes",
    "Quarter": "Trimestre",
    "Year": "Año",
    "Custom range": "Rango personalizado",
    "A day in the period": "Un día del período",
    "Peri&od:": "P&eríodo:",
    "&Day in the period:": "&Día del período:",
    "Fro&m:": "De&sde:",
    "&To:": "Has&ta:",
    "Meeting": "Reunión",
    "Meet&ing:": "Reu&nión:",
    "Case-conference notes are never part of minutes or packets.":
        "Las notas de la conferencia de casos nunca forman parte de las actas ni de los paquetes.",
    "The agenda, the previous meeting's minutes, the open action items and a program snapshot (counts under 11 withheld).":
        "El orden del día, el acta de la reunión anterior, las tareas abiertas y un resumen del programa (sin las cantidades menores de 11).",
    "LEAD number, e.g. NOLA-000042": "Número LEAD, p. ej., NOLA-000042",
    "Participant's LEAD number": "Número LEAD del participante",
    "Recipient": "Destinatario",
    "Purpose": "Finalidad",
    "Include substance-use information": "Incluir información sobre consumo de sustancias",
    "Chec&k consent": "C&omprobar consentimiento",
    "Consent": "Consentimiento",
    "Reason for sharing without a covering consent": "Motivo para compartir sin un consentimiento que lo cubra",
    "Rec&ipient:": "Des&tinatario:",
    "P&urpose:": "Fina&lidad:",
    "Co&nsent:": "Co&nsentimiento:",
    "Reason &without consent:": "Motivo &sin consentimiento:",
    "{body} — {when} ({status})": "{body} — {when} ({status})",
    "One or two pages for the public: what LEAD is, how referral works, goals, governance, figures and contacts.":
        "Una o dos páginas para el público: qué es LEAD, cómo funcionan las remisiones, metas, gobernanza, cifras y contactos.",
    "For the PCG and funders: referral funnel, hand-offs, intakes, enrollments, exits, engagement, caseloads, services, housing, who was served, the equity panel and monthly trends.":
        "Para el PCG y los financiadores: embudo de remisiones, traspasos, admisiones, inscripciones, egresos, participación, cargas de casos, servicios, vivienda, a quiénes se atendió, el panel de equidad y las tendencias mensuales.",
    "A governance body's members, terms and seats.": "Los miembros, mandatos y puestos de un órgano de gobernanza.",
    "Attendance, quorum, agenda, decisions and action items. Draft until approved.":
        "Asistencia, quórum, orden del día, decisiones y tareas. Borrador hasta su aprobación.",
    "Everything members need before the meeting.": "Todo lo que los miembros necesitan antes de la reunión.",
    "One participant's record, CONFIDENTIAL, for a named recipient. It is logged as a disclosure; substance-use information carries the 42 CFR 2.32 notice.":
        "El registro de un participante, CONFIDENCIAL, para un destinatario con nombre. Queda anotado como divulgación; la información sobre consumo de sustancias lleva el aviso de 42 CFR 2.32.",
    "{start} to {end}": "{start} a {end}",
    "Check the consent before exporting.": "Compruebe el consentimiento antes de exportar.",
    "No consent — record a reason": "Sin consentimiento — registrar un motivo",
    "Includes substance-use information: {answer}.": "Incluye información sobre consumo de sustancias: {answer}.",
    "yes": "sí",
    "no": "no",
    "The 42 CFR 2.32 notice will be printed on it.": "Se imprimirá el aviso de 42 CFR 2.32.",
    "Warning: no consent in force names {recipient}{sud}. Record why it is shared anyway; the reason goes into the disclosure log.":
        "Advertencia: ningún consentimiento vigente nombra a {recipient}{sud}. Registre por qué se comparte de todos modos; el motivo queda en el registro de divulgaciones.",
    " and covers substance-use information": " ni cubre la información sobre consumo de sustancias",
    "A consent in force covers this recipient.": "Un consentimiento vigente cubre a este destinatario.",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "CSV files (*.csv)": "Archivos CSV (*.csv)",
    "JSON files (*.json)": "Archivos JSON (*.json)",
    "Export report": "Exportar informe",
    "Saved to {path}.": "Se guardó en {path}.",
    "The disclosure is in the participant's disclosure log.": "La divulgación está en el registro de divulgaciones del participante.",
    "Canceled. No file was written.": "Cancelado. No se escribió ningún archivo.",
    "The report could not be made; the problem is in the log.": "No se pudo crear el informe; el problema está en el registro del programa.",
    "Counting…": "Contando…",
    "Charts of the period shown below.": "Gráficos del período, abajo.",
    "Give {name} ({username}) a temporary password. They must choose their own password when they next sign in. Keychain unlock for this account is turned off until they turn it on again.":
        "Dé a {name} ({username}) una contraseña temporal. Deberá elegir su propia contraseña la próxima vez que inicie sesión. El desbloqueo con el llavero de esta cuenta queda desactivado hasta que lo vuelva a activar.",
    "&Reset password": "&Restablecer contraseña",
    "Reset password": "Restablecer contraseña",
    "Not answered": "Sin responder",
    "No": "No",
    "grams, 0 for none": "gramos, 0 si no hay",
    "None on record": "Ninguno registrado",
    "Most recent on…": "El más reciente el…",
    "None verified": "Ninguno verificado",
    "Last verified on…": "Verificado por última vez el…",
    "age {age} on the referral date": "{age} años en la fecha de remisión",
    "not answered": "sin responder",
    "excludes": "excluye",
    "clear": "sin exclusión",
    "Result: check the answers below.": "Resultado: revise las respuestas de abajo.",
    "Result: eligible — no exclusion applies.": "Resultado: elegible — no se aplica ninguna exclusión.",
    "Result: ineligible — {reasons}.": "Resultado: no elegible — {reasons}.",
    "Result: not decided yet — 1 question is not answered.": "Resultado: todavía sin decidir — 1 pregunta sin responder.",
    "Result: not decided yet — {count} questions are not answered.":
        "Resultado: todavía sin decidir — {count} preguntas sin responder.",
    "B&rowse…": "E&xaminar…",
    "Choose: {setting}": "Elegir: {setting}",
    "the backups folder beside the site": "la carpeta de copias de seguridad junto al sitio",
    "Choose the backup folder": "Elegir la carpeta de copias de seguridad",
    "Site folder: {folder}": "Carpeta del sitio: {folder}",
    "Please type your user name.": "Escriba su nombre de usuario.",
    "Type your user name first; the keychain then opens your account.":
        "Primero escriba su nombre de usuario; luego el llavero abre su cuenta.",
    "Sign in — LEAD Desktop": "Iniciar sesión — LEAD Desktop",
    "Sign in": "Iniciar sesión",
    "Sign-in message": "Mensaje de inicio de sesión",
    "Unlock with this computer's &keychain": "Desbloquear con el &llavero de esta computadora",
    "Use the &recovery key…": "Usar la clave de &recuperación…",
    "Use the recovery key": "Usar la clave de recuperación",
    "&Sign in": "&Iniciar sesión",
    "Refresh the lists (F5)": "Actualizar las listas (F5)",
    "Court date": "Fecha de audiencia",
    "No court dates this week.": "No hay audiencias esta semana.",
    "Expires": "Vence",
    "No consents expire in the next 30 days.": "Ningún consentimiento vence en los próximos 30 días.",
    "Last contact": "Último contacto",
    "Everyone on your caseload has been seen recently.": "Todas las personas a su cargo fueron vistas recientemente.",
    "Target date": "Fecha objetivo",
    "No open plan goals are due.": "No vence ninguna meta abierta del plan.",
    "Today, {date}": "Hoy, {date}",
    "Court dates this week ({count})": "Audiencias esta semana ({count})",
    "Consents expiring within 30 days ({count})": "Consentimientos que vencen en 30 días ({count})",
    "Not contacted in {days} days ({{count}})": "Sin contacto en {days} días ({{count}})",
    "Open plan goals due ({count})": "Metas abiertas del plan que vencen ({count})",
    "never contacted since enrollment": "sin contacto desde la inscripción",
    "{days} days without contact": "{days} días sin contacto",
    "&New…": "&Nuevo…",
    "Something went wrong.": "Algo salió mal.",
    "There is no LEAD Desktop site in the folder {folder}.": "No hay ningún sitio de LEAD Desktop en la carpeta {folder}.",
    "A LEAD Desktop site already exists in the folder {folder}. Choose an empty folder.":
        "Ya existe un sitio de LEAD Desktop en la carpeta {folder}. Elija una carpeta vacía.",
    "LEAD Desktop cannot write to the folder {folder}. Check its permissions or choose another folder.":
        "LEAD Desktop no puede escribir en la carpeta {folder}. Revise sus permisos o elija otra carpeta.",
    "This site is already open in another LEAD Desktop window or program on this computer. Close it there first.":
        "Este sitio ya está abierto en otra ventana o programa de LEAD Desktop en esta computadora. Ciérrelo allí primero.",
    "The password is not right. Check Caps Lock and try again.":
        "La contraseña no es correcta. Revise Bloq Mayús y vuelva a intentarlo.",
    "There is no account named “{username}” on this site.": "No hay ninguna cuenta llamada “{username}” en este sitio.",
    "This account has been deactivated. Ask your site's administrator for help.":
        "Esta cuenta se desactivó. Pida ayuda al administrador de su sitio.",
    "Too many wrong passwords. Please wait {seconds} seconds before trying again.":
        "Demasiadas contraseñas incorrectas. Espere {seconds} segundos antes de volver a intentarlo.",
    "That recovery key does not open this site. Check the 64 characters on the Recovery Kit.":
        "Esa clave de recuperación no abre este sitio. Revise los 64 caracteres del Kit de recuperación.",
    "A recovery key is 64 characters, digits 0–9 and letters a–f. Check what you typed.":
        "Una clave de recuperación tiene 64 caracteres: dígitos 0–9 y letras a–f. Revise lo que escribió.",
    "The site's key file ({file}) is damaged. Restore it from a backup, or open the site with its recovery key.":
        "El archivo de claves del sitio ({file}) está dañado. Restáurelo desde una copia de seguridad o abra el sitio con su clave de recuperación.",
    "The site's database file is damaged ({detail}). Restore the site from a backup.":
        "El archivo de la base de datos del sitio está dañado ({detail}). Restaure el sitio desde una copia de seguridad.",
    "This site was last used with a newer version of LEAD Desktop. Install that version (or a newer one) to open it; nothing was changed.":
        "Este sitio se usó por última vez con una versión más reciente de LEAD Desktop. Instale esa versión (o una más nueva) para abrirlo; no se cambió nada.",
    "The disk is full. Free some space; nothing was saved.": "El disco está lleno. Libere espacio; no se guardó nada.",
    "The site's database is busy in another program. Try again in a moment.":
        "La base de datos del sitio está ocupada por otro programa. Vuelva a intentarlo en un momento.",
    "The backup file {file} is not a LEAD Desktop backup or is damaged ({detail}).":
        "El archivo {file} no es una copia de seguridad de LEAD Desktop o está dañado ({detail}).",
    "The folder {folder} is not empty. Restore into an empty folder.":
        "La carpeta {folder} no está vacía. Restaure en una carpeta vacía.",
    "Your role ({role}) does not allow this: {action}.": "Su rol ({role}) no permite esto: {action}.",
    "{detail}": "{detail}",
    "{reason}": "{reason}",
    "This computer's keychain holds no key for this account. Sign in with your password.":
        "El llavero de esta computadora no tiene ninguna clave para esta cuenta. Inicie sesión con su contraseña.",
    "The upgrade of the site's database failed; the copy taken just before it was put back, so nothing was lost. Keep using the previous version of LEAD Desktop for now, and send the log file from the site's logs folder to whoever looks after your installation.":
        "Falló la actualización de la base de datos del sitio; se repuso la copia hecha justo antes, así que no se perdió nada. Por ahora siga usando la versión anterior de LEAD Desktop y envíe el archivo de registro de la carpeta logs del sitio a quien se ocupa de su instalación.",
    "The upgrade of the site's database failed, and the copy taken just before it could not be put back automatically. That copy is safe in the folder {folder}: restore it into an empty folder (lead-desktop-admin restore) and open the site from there with the previous version of LEAD Desktop.":
        "Falló la actualización de la base de datos del sitio y la copia hecha justo antes no se pudo reponer automáticamente. Esa copia está a salvo en la carpeta {folder}: restáurela en una carpeta vacía (lead-desktop-admin restore) y abra el sitio desde allí con la versión anterior de LEAD Desktop.",
    "The backup file {file} failed its checks ({detail}). Do not restore it; choose an older backup.":
        "La copia de seguridad {file} no pasó las comprobaciones ({detail}). No la restaure; elija una copia más antigua.",
    "The backup file {file} is of another LEAD Desktop site. Only a backup of this site can replace it; restore another site's backup into an empty folder instead.":
        "La copia de seguridad {file} es de otro sitio de LEAD Desktop. Solo una copia de este sitio puede reemplazarlo; restaure la copia de otro sitio en una carpeta vacía.",
    "The backup file {file} does not open with this site's current master key: it was made before the master key was changed. Restore it into an empty folder and open it with the recovery key of that time.":
        "La copia de seguridad {file} no se abre con la clave maestra actual de este sitio: se hizo antes de cambiar la clave maestra. Restáurela en una carpeta vacía y ábrala con la clave de recuperación de ese momento.",
    "The backup file {file} was made by a newer version of LEAD Desktop. Install that version to restore it.":
        "La copia de seguridad {file} se hizo con una versión más reciente de LEAD Desktop. Instale esa versión para restaurarla.",
    "The automatic backup could not be written to the backup folder {folder}. Check that the folder (or the USB drive or network share it is on) is there and has free space.":
        "No se pudo escribir la copia de seguridad automática en la carpeta {folder}. Compruebe que la carpeta (o la unidad USB o la carpeta compartida de la red donde está) esté disponible y tenga espacio libre.",
    "That is not a saved column mapping.": "Esa no es una asignación de columnas guardada.",
    "Choose what the file holds: participants, contacts or referrals.":
        "Elija qué contiene el archivo: participantes, contactos o remisiones.",
    "Choose how the file writes dates: month first or day first.":
        "Elija cómo escribe las fechas el archivo: primero el mes o primero el día.",
    "“{name}” is not a field of this kind of record.": "“{name}” no es un campo de este tipo de registro.",
    "The columns “{first}” and “{second}” both fill {label}. Choose one.":
        "Las columnas “{first}” y “{second}” llenan ambas {label}. Elija una.",
    "{label}: the cell holds a spreadsheet formula, not a value. Save the sheet with values only (Paste Special → Values) and import it again.":
        "{label}: la celda tiene una fórmula de hoja de cálculo, no un valor. Guarde la hoja solo con valores (Pegado especial → Valores) y vuelva a importarla.",
    "{label}: the cell holds a formula whose result was never calculated. Open the file in your spreadsheet program, save it, and import it again.":
        "{label}: la celda tiene una fórmula cuyo resultado nunca se calculó. Abra el archivo en su programa de hojas de cálculo, guárdelo y vuelva a importarlo.",
    "{label}: the cell shows a spreadsheet error ({value}).": "{label}: la celda muestra un error de hoja de cálculo ({value}).",
    "{label}: a year alone is not a date. For an approximate date write 01/01/{year} and mark the date as approximate.":
        "{label}: un año solo no es una fecha. Para una fecha aproximada escriba 01/01/{year} y marque la fecha como aproximada.",
    "The export key must have at least {minimum} characters. Use the same key for every export an evaluator should be able to link.":
        "La clave de exportación debe tener al menos {minimum} caracteres. Use la misma clave en todas las exportaciones que un evaluador deba poder vincular.",
    "This row repeats row {row}.": "Esta fila repite la fila {row}.",
    "Already imported: an earlier import created this record.": "Ya importada: una importación anterior creó este registro.",
    "{number} is already on file.": "{number} ya está registrado.",
    "May be {number}, already on file ({reasons}). Review it: not imported unless you confirm it is someone else.":
        "Puede ser {number}, ya registrado ({reasons}). Revíselo: no se importa a menos que confirme que es otra persona.",
    "May be the same person as row {row} ({reasons}). Review it: not imported unless you confirm it is someone else.":
        "Puede ser la misma persona que la fila {row} ({reasons}). Revíselo: no se importa a menos que confirme que es otra persona.",
    "No participant with the LEAD number {number} was found.": "No se encontró ningún participante con el número LEAD {number}.",
    "No participant with the external ID {id} was found.": "No se encontró ningún participante con el ID externo {id}.",
    "Give the participant's LEAD number or external ID.": "Indique el número LEAD o el ID externo del participante.",
    "More than one participant has the reference {id}; use the LEAD number.":
        "Más de un participante tiene la referencia {id}; use el número LEAD.",
    "The LEAD number and the external ID name two different participants.":
        "El número LEAD y el ID externo corresponden a dos participantes distintos.",
    "No active staff account “{name}” on this site: {label} left empty.":
        "No hay ninguna cuenta activa del personal “{name}” en este sitio: {label} queda vacío.",
    "The referring agency “{name}” is not on file yet: it will be added.":
        "La agencia que remite “{name}” todavía no está registrada: se agregará.",
    "The officer “{name}” is not on file yet: they will be added.":
        "El agente “{name}” todavía no está registrado: se agregará.",
    "An enrolled referral needs the participant's LEAD number or external ID.":
        "Una remisión inscrita necesita el número LEAD o el ID externo del participante.",
    "No outcome date: the referral date was used.": "Sin fecha de resultado: se usó la fecha de la remisión.",
    "The outcome date cannot be before the referral.": "La fecha del resultado no puede ser anterior a la remisión.",
    "This contact is already on file for {number} (same date, time and type).":
        "Este contacto ya está registrado para {number} (misma fecha, hora y tipo).",
    "This referral is already on file (same person, pathway, date and time).":
        "Esta remisión ya está registrada (misma persona, vía, fecha y hora).",
    "The row has {count} more cells than there are columns; they were ignored.":
        "La fila tiene {count} celdas más que columnas; se ignoraron.",
    "The external ID can have at most {maximum} characters.": "El ID externo puede tener como máximo {maximum} caracteres.",
    "Please correct the highlighted fields: {fields}.": "Corrija los campos resaltados: {fields}.",
    "{label} is required.": "{label} es obligatorio.",
    "{label} can have at most {maximum} characters.": "{label} puede tener como máximo {maximum} caracteres.",
    "{label}: please enter a date like 2025-03-31 or 03/31/2025.":
        "{label}: ingrese una fecha como 2025-03-31 o 03/31/2025.",
    "{label}: the year must be 1900 or later.": "{label}: el año debe ser 1900 o posterior.",
    "{label} cannot be in the future.": "{label} no puede estar en el futuro.",
    "{label}: please enter a date and time like 03/31/2025 2:30 pm or 2025-03-31 14:30.":
        "{label}: ingrese una fecha y hora como 03/31/2025 2:30 pm o 2025-03-31 14:30.",
    "{label}: “{value}” is not one of the choices.": "{label}: “{value}” no es una de las opciones.",
    "{label}: “doesn't know”, “prefers not to answer” and “not collected” stand alone.":
        "{label}: “no sabe”, “prefiere no responder” y “no se recopiló” no se combinan con otras respuestas.",
    "{label}: please answer yes or no.": "{label}: responda sí o no.",
    "{label}: please enter a whole number.": "{label}: ingrese un número entero.",
    "{label}: please enter a number from {minimum} to {maximum}.": "{label}: ingrese un número de {minimum} a {maximum}.",
    "A quorum by number needs the number of members.": "Un quórum por número necesita la cantidad de miembros.",
    "A quorum by share needs the share in percent.": "Un quórum por proporción necesita el porcentaje.",
    "The term cannot end before it starts.": "El mandato no puede terminar antes de comenzar.",
    "A vote needs the number for and against.": "Una votación necesita los votos a favor y en contra.",
    "A consensus decision has no vote counts; choose Vote.": "Una decisión por consenso no tiene recuento de votos; elija Votación.",
    "Link a decision to either a criteria version or an intake-deadline change, not both.":
        "Vincule una decisión a una versión de los criterios o a un cambio del plazo de admisión, no a ambos.",
    "An exited participant needs an exit date.": "Un participante egresado necesita una fecha de egreso.",
    "An exited participant needs an exit reason.": "Un participante egresado necesita un motivo de egreso.",
    "The exit date cannot be before the enrollment date.": "La fecha de egreso no puede ser anterior a la fecha de inscripción.",
    "Enter at least a first or a last name (a street name is fine).":
        "Ingrese al menos un nombre o un apellido (sirve un apodo de la calle).",
    "The target date cannot be before the date the goal was set.":
        "La fecha objetivo no puede ser anterior a la fecha en que se fijó la meta.",
    "A consent needs an expiry date or an expiry event (42 CFR 2.31).":
        "Un consentimiento necesita una fecha de vencimiento o un hecho que lo haga vencer (42 CFR 2.31).",
    "The expiry date cannot be before the date signed.": "La fecha de vencimiento no puede ser anterior a la fecha de firma.",
    "The revocation date cannot be before the date signed.": "La fecha de revocación no puede ser anterior a la fecha de firma.",
    "Name the representative who signed.": "Indique el nombre del representante que firmó.",
    "A checklist needs at least one criterion.": "Una lista de verificación necesita al menos un criterio.",
    "Every criterion needs a description.": "Cada criterio necesita una descripción.",
    "A criterion's description can have at most {maximum} characters.":
        "La descripción de un criterio puede tener como máximo {maximum} caracteres.",
    "Two criteria share the code “{code}”.": "Dos criterios comparten el código “{code}”.",
    "“{label}” must apply to at least one pathway.": "“{label}” debe aplicarse al menos a una vía.",
    "“{label}”: the limit must be a number from {minimum} to {maximum}.":
        "“{label}”: el límite debe ser un número de {minimum} a {maximum}.",
    "{label}: please enter the grams as a number.": "{label}: ingrese los gramos como un número.",
    "{label}: please enter a date like 2025-03-31.": "{label}: ingrese una fecha como 2025-03-31.",
    "{label}: the date cannot be after the referral.": "{label}: la fecha no puede ser posterior a la remisión.",
    "The date of birth cannot be after the referral.": "La fecha de nacimiento no puede ser posterior a la remisión.",
    "An officer's referral needs the referring agency.": "La remisión de un agente necesita la agencia que remite.",
    "An arrest diversion needs the referring officer.": "Un desvío en lugar de arresto necesita el agente que remite.",
    "An arrest diversion needs the alleged offense(s).": "Un desvío en lugar de arresto necesita el o los presuntos delitos.",
    "A community referral needs the person or organization who referred.":
        "Una remisión comunitaria necesita la persona u organización que remitió.",
    "Name who made the decision, e.g. “ADA Smith, prosecutor”.":
        "Indique quién tomó la decisión, p. ej., “Fiscal adjunta Smith”.",
    "Say why the screening result was overridden.": "Indique por qué se anuló el resultado de la evaluación.",
    "Enter the date the prosecutor was notified.": "Ingrese la fecha en que se notificó al fiscal.",
    "A filing date needs “charges filed: yes”.": "Una fecha de presentación necesita “cargos presentados: sí”.",
    "A user name is 2 to 32 characters: letters a–z, digits, dot, dash or underscore, starting with a letter or digit.":
        "Un nombre de usuario tiene de 2 a 32 caracteres: letras a–z, dígitos, punto, guion o guion bajo, y empieza con una letra o un dígito.",
    "A password needs at least {minimum} characters.": "Una contraseña necesita al menos {minimum} caracteres.",
    "A password can have at most {maximum} characters.": "Una contraseña puede tener como máximo {maximum} caracteres.",
    "A password cannot be only spaces.": "Una contraseña no puede tener solo espacios.",
    "Please enter the site's name.": "Ingrese el nombre del sitio.",
    "A site name can have at most {maximum} characters.": "El nombre del sitio puede tener como máximo {maximum} caracteres.",
    "Please enter the person's name.": "Ingrese el nombre de la persona.",
    "A name can have at most {maximum} characters.": "Un nombre puede tener como máximo {maximum} caracteres.",
    "The user name “{username}” is already taken.": "El nombre de usuario “{username}” ya está en uso.",
    "This account is deactivated. Reactivate it first.": "Esta cuenta está desactivada. Primero vuelva a activarla.",
    "Sign in as a person to change a password.": "Inicie sesión como una persona para cambiar una contraseña.",
    "The new password must differ from the current one.": "La contraseña nueva debe ser distinta de la actual.",
    "You cannot deactivate your own account.": "No puede desactivar su propia cuenta.",
    "A site needs at least one active administrator. Add another one first.":
        "Un sitio necesita al menos un administrador activo. Primero agregue otro.",
    "That account no longer exists.": "Esa cuenta ya no existe.",
    "Sign in as a person to use the keychain.": "Inicie sesión como una persona para usar el llavero.",
    "The import was canceled. Nothing was imported.": "Se canceló la importación. No se importó nada.",
    "The export was canceled. No file was written.": "Se canceló la exportación. No se escribió ningún archivo.",
    "The folder {folder} is not empty. Choose a new or empty folder, or a .zip file name.":
        "La carpeta {folder} no está vacía. Elija una carpeta nueva o vacía, o un nombre de archivo .zip.",
    "Give the mapping a name.": "Dé un nombre a la asignación.",
    "A mapping name can have at most {maximum} characters.":
        "El nombre de una asignación puede tener como máximo {maximum} caracteres.",
    "There is no saved mapping named “{name}”.": "No hay ninguna asignación guardada llamada “{name}”.",
    "The referring agency “{name}” is marked inactive.": "La agencia que remite “{name}” está marcada como inactiva.",
    "The referring officer “{name}” is marked inactive.": "El agente que remite “{name}” está marcado como inactivo.",
    "The participant is linked only to an enrolled referral; the LEAD number was not used.":
        "El participante solo se vincula a una remisión inscrita; no se usó el número LEAD.",
    "Choose what to export.": "Elija qué exportar.",
    "The file {file} cannot be read: {reason}": "No se puede leer el archivo {file}: {reason}",
    "The file {file} could not be written: {reason}": "No se pudo escribir el archivo {file}: {reason}",
    "The file {file} is open in another program, so it could not be replaced. Close it there, or choose another file name, and try again; nothing was saved.":
        "El archivo {file} está abierto en otro programa, así que no se pudo reemplazar. Ciérrelo allí, o elija otro nombre de archivo, y vuelva a intentarlo; no se guardó nada.",
    "The file name {file} is too long for this computer. Choose a shorter name, or a folder nearer the top of the drive, and try again; nothing was saved.":
        "El nombre de archivo {file} es demasiado largo para esta computadora. Elija un nombre más corto, o una carpeta más cerca de la raíz de la unidad, y vuelva a intentarlo; no se guardó nada.",
    "it does not exist or cannot be opened.": "no existe o no se puede abrir.",
    "it is larger than 200 MB. Split it into smaller files.": "pesa más de 200 MB. Divídalo en archivos más pequeños.",
    "it holds no rows.": "no tiene filas.",
    "it is not a CSV (text) file. Save it from your spreadsheet as CSV or .xlsx.":
        "no es un archivo CSV (de texto). Guárdelo desde su hoja de cálculo como CSV o .xlsx.",
    "it is an old Excel (.xls) file. Save it as .xlsx or CSV and import that.":
        "es un archivo antiguo de Excel (.xls). Guárdelo como .xlsx o CSV e importe ese.",
    "it is not an Excel .xlsx workbook, or it is damaged. Save it again as .xlsx or CSV.":
        "no es un libro de Excel .xlsx o está dañado. Vuelva a guardarlo como .xlsx o CSV.",
    "it has no sheet named “{sheet}”.": "no tiene ninguna hoja llamada “{sheet}”.",
    "line {line} is not valid CSV ({detail}).": "la línea {line} no es CSV válido ({detail}).",
    "its text encoding could not be recognized. Save it as “CSV UTF-8”.":
        "no se pudo reconocer su codificación de texto. Guárdelo como “CSV UTF-8”.",
    "That governance record no longer exists. It may have been removed.":
        "Ese registro de gobernanza ya no existe. Es posible que se haya quitado.",
    "This record is still in use.": "Este registro todavía está en uso.",
    "There is already an organization with this name.": "Ya hay una organización con este nombre.",
    "This organization still has people, memberships or seats ({people}, {members}, {seats}). Move or remove them first.":
        "Esta organización todavía tiene personas, membresías o puestos ({people}, {members}, {seats}). Primero muévalos o quítelos.",
    "Choose one of the organizations on file.": "Elija una de las organizaciones registradas.",
    "This person still holds {count} membership(s). End their terms first.":
        "Esta persona todavía tiene {count} membresía(s). Primero termine sus mandatos.",
    "This body has {count} meeting(s) on record; its minutes keep it. Mark it “in development” or end its members' terms instead.":
        "Este órgano tiene {count} reunión(es) registrada(s); sus actas lo conservan. Márquelo “en formación” o termine los mandatos de sus miembros.",
    "This organization already has seats on this body; change their number instead.":
        "Esta organización ya tiene puestos en este órgano; cambie su cantidad.",
    "Choose one of the people on file.": "Elija una de las personas registradas.",
    "Only an alternate sits in for a member.": "Solo un suplente reemplaza a un miembro.",
    "An alternate sits in for a chair, co-chair or member of the same body.":
        "Un suplente reemplaza a un presidente, copresidente o miembro del mismo órgano.",
    "This membership is in the attendance of {count} meeting(s). End the term instead.":
        "Esta membresía figura en la asistencia de {count} reunión(es). Mejor termine el mandato.",
    "The minutes of this meeting were approved on {date} and can no longer be changed. Record an amendment instead.":
        "El acta de esta reunión se aprobó el {date} y ya no se puede modificar. Registre una enmienda.",
    "This step does not fit the minutes' current state.": "Este paso no corresponde al estado actual del acta.",
    "Case conferencing belongs to the meetings of an Operational Work Group.":
        "La conferencia de casos corresponde a las reuniones de un Grupo de Trabajo Operativo (OWG).",
    "The next meeting must come after this one.": "La próxima reunión debe ser posterior a esta.",
    "This meeting approved the minutes of an earlier meeting; it cannot move before it.":
        "Esta reunión aprobó el acta de una reunión anterior; no puede pasar a una fecha previa a esa.",
    "Action items from an earlier meeting were updated here; the meeting cannot move before it.":
        "Aquí se actualizaron tareas de una reunión anterior; la reunión no puede pasar a una fecha previa a esa.",
    "Only a meeting whose minutes are still a draft can be removed.":
        "Solo se puede quitar una reunión cuya acta todavía sea un borrador.",
    "This meeting has decisions, action items, case notes or approvals on record. Remove those first.":
        "Esta reunión tiene decisiones, tareas, notas de casos o aprobaciones registradas. Primero quítelas.",
    "The agenda changed meanwhile. Reload the meeting and try again.":
        "Mientras tanto cambió el orden del día. Vuelva a cargar la reunión e inténtelo de nuevo.",
    "Choose present, absent, excused or alternate attended.":
        "Elija presente, ausente, justificado o asistió el suplente.",
    "Only a chair, co-chair or member can be represented by an alternate.":
        "Solo un presidente, copresidente o miembro puede ser representado por un suplente.",
    "Enter the guest's name.": "Ingrese el nombre del invitado.",
    "Roster members stay on the list; mark them absent instead.":
        "Los miembros de la lista permanecen en ella; márquelos como ausentes.",
    "Choose one of this meeting's agenda items.": "Elija uno de los puntos del orden del día de esta reunión.",
    "Choose one of the eligibility criteria versions on file.": "Elija una de las versiones registradas de los criterios de elegibilidad.",
    "Choose one of the action statuses.": "Elija uno de los estados de las tareas.",
    "This action item is not on this meeting's list.": "Esta tarea no está en la lista de esta reunión.",
    "This action item was already closed before this meeting.": "Esta tarea ya se había cerrado antes de esta reunión.",
    "Later meetings followed this action up; mark it dropped instead.":
        "Reuniones posteriores dieron seguimiento a esta tarea; márquela como descartada.",
    "Only draft minutes can be circulated.": "Solo se puede hacer circular un acta en borrador.",
    "Minutes are approved at a later meeting of the same body.": "Las actas se aprueban en una reunión posterior del mismo órgano.",
    "Circulate the minutes to the members before they are approved.":
        "Haga circular el acta entre los miembros antes de aprobarla.",
    "This meeting cannot approve minutes: its decision rule is not met. Mark the attendance first.":
        "Esta reunión no puede aprobar actas: no se cumple su regla de decisión. Primero marque la asistencia.",
    "Minutes are locked after they have been approved.": "Las actas se bloquean después de aprobarse.",
    "These minutes are not approved yet: correct them directly instead of amending them.":
        "Esta acta todavía no está aprobada: corríjala directamente en lugar de enmendarla.",
    "Choose a participant on file.": "Elija un participante registrado.",
    "This participant is already on the case-conference list.": "Este participante ya está en la lista de la conferencia de casos.",
    "Choose a month, a quarter, a year or a custom range.": "Elija un mes, un trimestre, un año o un rango personalizado.",
    "The period cannot end before it starts.": "El período no puede terminar antes de comenzar.",
    "Choose a period of at most twenty years.": "Elija un período de veinte años como máximo.",
    "This person may already be on file. Review the possible matches before saving.":
        "Es posible que esta persona ya esté registrada. Revise las posibles coincidencias antes de guardar.",
    "That record no longer exists. It may have been merged or removed.":
        "Ese registro ya no existe. Es posible que se haya fusionado o quitado.",
    "Choose an active staff member as case manager.": "Elija un miembro activo del personal como administrador de casos.",
    "Choose one of this participant's consents.": "Elija uno de los consentimientos de este participante.",
    "That consent was not in force on the date of this disclosure. Choose another one, or record why the disclosure was made without consent.":
        "Ese consentimiento no estaba vigente en la fecha de esta divulgación. Elija otro o registre por qué se hizo la divulgación sin consentimiento.",
    "No consent was chosen: record why this disclosure was made without one.":
        "No se eligió ningún consentimiento: registre por qué se hizo esta divulgación sin uno.",
    "Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form.":
        "Adjunte un PDF o una imagen (PNG, JPEG o TIFF) del formulario firmado.",
    "That file is empty.": "Ese archivo está vacío.",
    "That file is larger than 20 MB. Scan at a lower resolution.": "Ese archivo pesa más de 20 MB. Escanee con una resolución menor.",
    "That file does not look like a {kind} file. Attach the scan itself.":
        "Ese archivo no parece un archivo {kind}. Adjunte el escaneo mismo.",
    "Choose two different records to merge.": "Elija dos registros distintos para fusionar.",
    "One of these records has already been merged.": "Uno de estos registros ya se fusionó.",
    "This merge was already undone.": "Esta fusión ya se deshizo.",
    "There is already an agency with that name.": "Ya hay una agencia con ese nombre.",
    "Nothing was changed in the checklist.": "No se cambió nada en la lista de verificación.",
    "Choose an active referring agency.": "Elija una agencia que remite activa.",
    "Choose an active referring officer.": "Elija un agente que remite activo.",
    "That officer belongs to another agency.": "Ese agente pertenece a otra agencia.",
    "That screening checklist version no longer exists.": "Esa versión de la lista de verificación ya no existe.",
    "This person is already enrolled from this referral.": "Esta persona ya está inscrita a partir de esta remisión.",
    "{label} cannot be before the referral.": "{label} no puede ser anterior a la remisión.",
    "Enroll the person with “Enroll…”; other outcomes are recorded here.":
        "Inscriba a la persona con “Inscribir…”; los demás resultados se registran aquí.",
    "Only a referral screened ineligible (or overridden to ineligible) can be recorded as ineligible.":
        "Solo una remisión evaluada como no elegible (o anulada a no elegible) puede registrarse como no elegible.",
    "Only a referral screened eligible (or overridden to eligible) can be enrolled. Complete the screening, or record the override.":
        "Solo se puede inscribir una remisión evaluada como elegible (o anulada a elegible). Complete la evaluación o registre la anulación.",
    "This referral's outcome is already recorded. Set it back to pending before enrolling.":
        "El resultado de esta remisión ya está registrado. Vuelva a ponerlo como pendiente antes de inscribir.",
    "No consent in force covers sharing this summary with {recipient}. Choose a consent that names the recipient, or record why it is shared without one.":
        "Ningún consentimiento vigente cubre compartir este resumen con {recipient}. Elija un consentimiento que nombre al destinatario o registre por qué se comparte sin uno.",
    "A fact-sheet text can be at most {maximum} characters.":
        "Un texto de la hoja informativa puede tener como máximo {maximum} caracteres.",
    "Choose a PNG or JPEG image for the logo.": "Elija una imagen PNG o JPEG para el logotipo.",
    "The logo is larger than 512 KB. Save a smaller image.": "El logotipo pesa más de 512 KB. Guarde una imagen más pequeña.",
    "That image cannot be read. Save it again as PNG or JPEG.": "No se puede leer esa imagen. Vuelva a guardarla como PNG o JPEG.",
    "Keep at most {maximum} baselines.": "Conserve como máximo {maximum} referencias.",
    "Give each baseline a name, e.g. “Arrests 2025”.": "Dé un nombre a cada referencia, p. ej., “Arrestos 2025”.",
    "Unknown group {key}.": "Grupo desconocido {key}.",
    "Counts are whole numbers of zero or more.": "Las cantidades son números enteros de cero o más.",
    "Enter the baseline's counts: they cannot all be zero.": "Ingrese las cantidades de la referencia: no pueden ser todas cero.",
    "Name the recipient of the summary (a person or organization).":
        "Indique el destinatario del resumen (una persona u organización).",
    "That consent is not one of this participant's consents in force today.":
        "Ese consentimiento no es uno de los consentimientos vigentes hoy de este participante.",
    "Unknown report {kind}.": "Informe desconocido {kind}.",
    "Choose PDF, CSV or JSON.": "Elija PDF, CSV o JSON.",
    "Choose the period of the report.": "Elija el período del informe.",
    "Choose the body whose roster to print.": "Elija el órgano cuya lista de miembros se imprimirá.",
    "Choose the meeting.": "Elija la reunión.",
    "Choose the participant.": "Elija el participante.",
    "There is no setting called {key}.": "No hay ninguna configuración llamada {key}.",
    "Please answer yes or no.": "Responda sí o no.",
    "Please enter a whole number.": "Ingrese un número entero.",
    "Please enter a number from {minimum} to {maximum}.": "Ingrese un número de {minimum} a {maximum}.",
    "A LEAD number prefix is 1 to 8 letters or digits.": "Un prefijo del número LEAD tiene de 1 a 8 letras o dígitos.",
    "Choose a folder that exists and that LEAD Desktop can write to (for a USB drive or network share: plug it in or connect it first).":
        "Elija una carpeta que exista y en la que LEAD Desktop pueda escribir (si es una unidad USB o una carpeta compartida de la red: primero conéctela).",
    "The site's key file is missing from {folder}. Restore it from a backup, or open the site with its recovery key.":
        "Falta el archivo de claves del sitio en {folder}. Restáurelo desde una copia de seguridad o abra el sitio con su clave de recuperación.",
    "Note: {text}": "Nota: {text}",
    "(not imported)": "(no se importa)",
    "Column in the file": "Columna del archivo",
    "Examples": "Ejemplos",
    "Fills the field": "Llena el campo",
    "Field for the column “{column}”": "Campo para la columna “{column}”",
    "Row": "Fila",
    "Reasons": "Motivos",
    "Not checked yet": "Todavía sin revisar",
    "Import anyway (reviewed)": "Importar de todos modos (revisada)",
    "Tick to import this row as a new person: you checked that it is someone else.":
        "Marque para importar esta fila como una persona nueva: usted comprobó que es otra persona.",
    "(formula)": "(fórmula)",
    "External ID": "ID externo",
    "The record's id in the spreadsheet or system it comes from. A re-run of the import recognizes the record by it.":
        "El id del registro en la hoja de cálculo o el sistema del que proviene. Al repetir la importación, el registro se reconoce por él.",
    "The participant's LEAD number, in this site or the one the file comes from.":
        "El número LEAD del participante, en este sitio o en aquel del que proviene el archivo.",
    "Participant's external ID": "ID externo del participante",
    "The participant's id in the system the file comes from (the External ID of an earlier participants import).":
        "El id del participante en el sistema del que proviene el archivo (el ID externo de una importación anterior de participantes).",
    "The case manager's user name or full name, as on this site's accounts.":
        "El nombre de usuario o el nombre completo del administrador de casos, tal como figura en las cuentas de este sitio.",
    "Outcome date": "Fecha del resultado",
    "Staff": "Personal",
    "Who made the contact: a user name or full name on this site.":
        "Quién hizo el contacto: un nombre de usuario o un nombre completo de este sitio.",
    "Referring agency": "Agencia que remite",
    "The agency's name. A name not yet on file is added.": "El nombre de la agencia. Si todavía no está registrado, se agrega.",
    "Referring officer": "Agente que remite",
    "The officer's name. A name not yet on file is added.": "El nombre del agente. Si todavía no está registrado, se agrega.",
    "Badge number": "Número de placa",
    "LEAD number or participant's external ID": "Número LEAD o ID externo del participante",
    "An abbreviation people use, e.g. NOPD. Consent recipients are matched against the name and the short name.":
        "Una abreviatura que se usa, p. ej., NOPD. Los destinatarios de los consentimientos se comparan con el nombre y con el nombre corto.",
    "Area or precinct": "Zona o distrito policial",
    "For a work group per police precinct or district.": "Para un grupo de trabajo por distrito o precinto policial.",
    "In development": "En formación",
    "Decision rule": "Regla de decisión",
    "Quorum (number of members)": "Quórum (número de miembros)",
    "Quorum by number: voting members who must attend. With consensus: the fewest member agencies that must have a voice (leave empty for no minimum).":
        "Quórum por número: miembros con voto que deben asistir. Con consenso: el mínimo de agencias miembro que deben tener voz (déjelo vacío si no hay mínimo).",
    "Quorum (share, percent)": "Quórum (proporción, porcentaje)",
    "Quorum by share: at least this percentage of the voting members, rounded up.":
        "Quórum por proporción: al menos este porcentaje de los miembros con voto, redondeado hacia arriba.",
    "Usually meets": "Suele reunirse",
    "For example: every other Tuesday, 10:00.": "Por ejemplo: martes por medio, 10:00.",
    "Leave empty for an open seat any organization or community member can fill.":
        "Déjelo vacío para un puesto abierto que pueda ocupar cualquier organización o miembro de la comunidad.",
    "Person": "Persona",
    "Organization represented": "Organización representada",
    "Empty: the person's own organization.": "Vacío: la organización de la propia persona.",
    "Term starts": "Comienzo del mandato",
    "Term ends": "Fin del mandato",
    "May decide for their agency": "Puede decidir por su agencia",
    "Policy Coordinating Group: authorised to make decisions on behalf of their office.":
        "Grupo de Coordinación de Políticas (PCG): autorizado para tomar decisiones en nombre de su oficina.",
    "Confidentiality agreement signed": "Acuerdo de confidencialidad firmado",
    "Operational Work Group members sign one before case conferencing.":
        "Los miembros del Grupo de Trabajo Operativo (OWG) firman uno antes de la conferencia de casos.",
    "Alternate for": "Suplente de",
    "For an alternate: the member they sit in for.": "Para un suplente: el miembro al que reemplaza.",
    "Date and time": "Fecha y hora",
    "Virtual meeting link": "Enlace de la reunión virtual",
    "Next meeting": "Próxima reunión",
    "Agenda item": "Punto del orden del día",
    "Governance minutes only: never name participants here; use case conferencing.":
        "Solo actas de gobernanza: nunca nombre aquí a participantes; use la conferencia de casos.",
    "For": "A favor",
    "Against": "En contra",
    "Abstaining": "Abstenciones",
    "Moved by": "Propuesto por",
    "Seconded by": "Secundado por",
    "Eligibility criteria version introduced": "Versión de los criterios de elegibilidad adoptada",
    "New intake deadline (days)": "Nuevo plazo de admisión (días)",
    "When this decision changes the intake deadline after an arrest diversion.":
        "Cuando esta decisión cambia el plazo de admisión después de un desvío en lugar de arresto.",
    "Guest's name": "Nombre del invitado",
    "First name": "Nombre",
    "Middle name": "Segundo nombre",
    "Last name": "Apellido",
    "Name quality": "Calidad de los datos del nombre",
    "HMIS 3.01: is this the full legal name, or a partial, street or code name?":
        "HMIS 3.01: ¿es el nombre legal completo, o un nombre parcial, un apodo de la calle o un nombre en clave?",
    "Aliases / street names": "Alias / apodos de la calle",
    "Separate several names with commas. All are searchable.":
        "Separe varios nombres con comas. Se puede buscar por todos.",
    "Date of birth": "Fecha de nacimiento",
    "Date of birth quality": "Calidad de los datos de la fecha de nacimiento",
    "Race and ethnicity": "Raza y etnia",
    "HMIS 3.04: choose every answer that applies.": "HMIS 3.04: elija todas las respuestas que correspondan.",
    "Sex": "Sexo",
    "Gender identity (optional)": "Identidad de género (opcional)",
    "A local field, in the participant's own words.": "Un campo local, con las propias palabras del participante.",
    "Veteran status": "Condición de veterano",
    "Disabling condition": "Condición discapacitante",
    "Where to find them": "Dónde encontrarlo",
    "Places and times where outreach usually finds this person.":
        "Lugares y horarios donde el equipo de alcance comunitario suele encontrar a esta persona.",
    "Enrollment date": "Fecha de inscripción",
    "Exit date": "Fecha de egreso",
    "Exit reason": "Motivo de egreso",
    "Exit destination (HMIS)": "Destino al egreso (HMIS)",
    "Type": "Tipo",
    "Location": "Lugar",
    "Tick when you looked for the person and did not find them.":
        "Marque si buscó a la persona y no la encontró.",
    "Assessment date": "Fecha de la evaluación",
    "Summary": "Resumen",
    "Goal (in the participant's words)": "Meta (con las palabras del participante)",
    "Area": "Área",
    "Set on": "Fijada el",
    "Closed on": "Cerrada el",
    "Service": "Servicio",
    "Provider": "Proveedor",
    "Referred on": "Remitido el",
    "Effective date": "Fecha de vigencia",
    "Living situation (HMIS)": "Situación de vivienda (HMIS)",
    "Court / jurisdiction": "Tribunal / jurisdicción",
    "Case number": "Número de caso",
    "Charges": "Cargos",
    "Next court date": "Próxima audiencia",
    "Prosecutor contact": "Contacto en la fiscalía",
    "Defender contact": "Contacto en la defensoría",
    "Covers substance-use (Part 2) information": "Cubre información sobre consumo de sustancias (Parte 2)",
    "Who may disclose": "Quién puede divulgar",
    "42 CFR 2.31: the program or people allowed to disclose.": "42 CFR 2.31: el programa o las personas autorizadas a divulgar.",
    "Recipients": "Destinatarios",
    "One organization or person per line.": "Una organización o persona por línea.",
    "Information that may be shared": "Información que se puede compartir",
    "Description of the information": "Descripción de la información",
    "Right to revoke (and how) explained": "Se explicó el derecho a revocar (y cómo hacerlo)",
    "Signed by": "Firmado por",
    "Representative's name": "Nombre del representante",
    "Date signed": "Fecha de firma",
    "Expires on": "Vence el",
    "Or expires on this event": "O vence con este hecho",
    "Revoked on": "Revocado el",
    "What was shared": "Qué se compartió",
    "Under consent": "Con el consentimiento",
    "Reason, when no consent covers it": "Motivo, si ningún consentimiento lo cubre",
    "Referral date and time": "Fecha y hora de la remisión",
    "When the officer or partner made the referral (for an arrest diversion: the arrest).":
        "Cuándo el agente o la organización asociada hizo la remisión (en un desvío en lugar de arresto: el arresto).",
    "Hand-off date and time": "Fecha y hora del traspaso",
    "When a case manager took the person over. The target is 30 minutes.":
        "Cuándo un administrador de casos se hizo cargo de la persona. La meta es 30 minutos.",
    "Referring person": "Persona que remite",
    "For a community referral: who referred (name, and their role or organization).":
        "En una remisión comunitaria: quién remitió (nombre y su función u organización).",
    "Alleged offense(s)": "Presunto(s) delito(s)",
    "Who made the decision, e.g. “ADA Smith, prosecutor”.": "Quién tomó la decisión, p. ej., “Fiscal adjunta Smith”.",
    "Reason": "Motivo",
    "Intake completed on": "Admisión completada el",
    "Prosecutor notified on": "Fiscal notificado el",
    "How the prosecutor was notified": "Cómo se notificó al fiscal",
    "For example: phone call to the ADA on duty, e-mail, letter.":
        "Por ejemplo: llamada al fiscal adjunto de turno, correo electrónico, carta.",
    "Charges filed": "Cargos presentados",
    "Charges filed on": "Cargos presentados el",
    "Inactive sources stay on old referrals but are not offered for new ones.":
        "Los orígenes inactivos se conservan en las remisiones anteriores, pero no se ofrecen para las nuevas.",
    "Agency": "Agencia",
    "Guest": "Invitado",
    "Version {number}": "Versión {number}",
    "Consensus possible: {voices} of {agencies} member agencies have a voice.":
        "Consenso posible: {voices} de {agencies} agencias miembro tienen voz.",
    "Consensus not possible: present without anyone who may decide for them: {names}.":
        "Consenso imposible: presentes sin nadie que pueda decidir por ellas: {names}.",
    "Consensus not possible: no member agency has a voice yet.":
        "Consenso imposible: ninguna agencia miembro tiene voz todavía.",
    "Consensus not possible: {voices} member agencies have a voice, at least {required} needed.":
        "Consenso imposible: {voices} agencias miembro tienen voz; se necesitan al menos {required}.",
    "Not present: {names}.": "No presentes: {names}.",
    "Quorum met: {attending} of {seats} voting members attending, {required} needed.":
        "Hay quórum: asisten {attending} de {seats} miembros con voto; se necesitan {required}.",
    "No quorum: {attending} of {seats} voting members attending, {required} needed.":
        "No hay quórum: asisten {attending} de {seats} miembros con voto; se necesitan {required}.",
    "{count} not yet marked.": "{count} todavía sin marcar.",
    "Case conferencing: {count} participant(s) discussed; the notes are confidential and kept apart from these minutes.":
        "Conferencia de casos: se trataron {count} participante(s); las notas son confidenciales y se guardan aparte de esta acta.",
    "The computer's keychain could not be reached.": "No se pudo acceder al llavero de la computadora.",
    "This computer has no secure keychain, so this option is not available.":
        "Esta computadora no tiene un llavero seguro, así que esta opción no está disponible.",
    "The computer's keychain did not accept the key. Try again later.":
        "El llavero de la computadora no aceptó la clave. Vuelva a intentarlo más tarde.",
    "within standard": "dentro del estándar",
    "over average ({average})": "por encima del promedio ({average})",
    "over maximum ({maximum})": "por encima del máximo ({maximum})",
    "Standard": "Estándar",
    "Aliases": "Alias",
    "Why it may match": "Por qué podría coincidir",
    "1 contact": "1 contacto",
    "{n} contacts": "{n} contactos",
    "1 assessment": "1 evaluación",
    "{n} assessments": "{n} evaluaciones",
    "1 plan goal": "1 meta del plan",
    "{n} plan goals": "{n} metas del plan",
    "1 service linkage": "1 vínculo con servicio",
    "{n} service linkages": "{n} vínculos con servicios",
    "1 housing status": "1 situación de vivienda",
    "{n} housing statuses": "{n} situaciones de vivienda",
    "1 legal case": "1 caso legal",
    "{n} legal cases": "{n} casos legales",
    "1 consent": "1 consentimiento",
    "{n} consents": "{n} consentimientos",
    "1 disclosure": "1 divulgación",
    "{n} disclosures": "{n} divulgaciones",
    "1 alias": "1 alias",
    "{n} aliases": "{n} alias",
    "no records": "sin registros",
    "Merge": "Fusión",
    "Other record": "Otro registro",
    "Records moved": "Registros movidos",
    "State": "Situación",
    "Merged into this record": "Fusionado en este registro",
    "This record was merged into": "Este registro se fusionó en",
    "Undone": "Deshecha",
    "In effect": "Vigente",
    "a consent": "un consentimiento",
    "none — {reason}": "ninguno — {reason}",
    "Record disc&losure…": "Registrar &divulgación…",
    "No disclosures recorded.": "No hay divulgaciones registradas.",
    "Part 2 (SUD)": "Parte 2 (TUS)",
    "Add co&nsent…": "Agregar co&nsentimiento…",
    "Consent / release of information": "Consentimiento / autorización para divulgar información",
    "No consents on file. Record the signed release before sharing anything.":
        "No hay consentimientos registrados. Registre la autorización firmada antes de compartir nada.",
    "no legal deadline": "sin plazo legal",
    "{days} days overdue": "vencida hace {days} días",
    "1 day overdue": "vencida hace 1 día",
    "due today": "vence hoy",
    "1 day left": "queda 1 día",
    "{days} days left": "quedan {days} días",
    "{days} — due soon": "{days} — vence pronto",
    "not screened yet": "todavía sin evaluar",
    "no hand-off recorded": "sin traspaso registrado",
    "hand-off after {minutes} min (target {target} min)": "traspaso a los {minutes} min (meta: {target} min)",
    "hand-off after {minutes} min — over the {target}-minute target":
        "traspaso a los {minutes} min — por encima de la meta de {target} minutos",
    "limit {value} g": "límite {value} g",
    "within {value} years": "en los últimos {value} años",
    "within {value} months": "en los últimos {value} meses",
    "minimum age {value}": "edad mínima {value}",
    "all pathways": "todas las vías",
    "New referring agency": "Nueva agencia que remite",
    "New referring officer": "Nuevo agente que remite",
    "Record outcome — {name}": "Registrar resultado — {name}",
    "Screened ineligible: {reasons}.": "Evaluado como no elegible: {reasons}.",
    "Intake and prosecutor — {name}": "Admisión y fiscal — {name}",
    "Intake due {date} ({left}).": "La admisión vence el {date} ({left}).",
    "Days left": "Días restantes",
    "Intake due": "Vencimiento de la admisión",
    "Referred": "Remitidos",
    "Referred by": "Remitido por",
    "Screening": "Evaluación",
    "Intake deadline": "Plazo de admisión",
    "Officers": "Agentes",
    "Officer": "Agente",
    "Badge": "Placa",
    "Version": "Versión",
    "Saved": "Guardada",
    "Screened": "Evaluadas",
    "Applies to": "Se aplica a",
    "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).":
        # A legal statement: printed word for word in English (no authoritative Spanish version exists).
        "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).",
    "Case summary": "Resumen del caso",
    "Case summar&y…": "Res&umen del caso…",
    "A case summary PDF for a recipient, on the Reports page: the consents in force are checked first":
        "Un resumen del caso en PDF para un destinatario, en la página Informes: primero se comprueban los consentimientos vigentes",
    "Case summary: {name} ({number})": "Resumen del caso: {name} ({number})",
    "Prepared by {by} on {date}. CONFIDENTIAL — participant information.":
        "Preparado por {by} el {date}. CONFIDENCIAL — información de un participante.",
    "Notice to the recipient — 42 CFR 2.32": "Aviso al destinatario — 42 CFR 2.32 (texto legal oficial, en inglés)",
    "Disclosed to: {recipient}. Purpose: {purpose}.": "Divulgado a: {recipient}. Finalidad: {purpose}.",
    "Consent this disclosure is made under: {consent}": "Consentimiento con el que se hace esta divulgación: {consent}",
    "Disclosed without a covering consent. Reason recorded: {reason}":
        "Divulgado sin un consentimiento que lo cubra. Motivo registrado: {reason}",
    "This summary contains no substance-use-disorder information.":
        "Este resumen no contiene información sobre trastornos por consumo de sustancias.",
    "This summary includes substance-use-disorder information.":
        "Este resumen incluye información sobre trastornos por consumo de sustancias.",
    "Free-text notes are not included in summaries.": "Las notas de texto libre no se incluyen en los resúmenes.",
    "About the participant": "Sobre el participante",
    "None recorded.": "Nada registrado.",
    "Fact sheet": "Hoja informativa",
    "Law Enforcement Assisted Diversion · fact sheet": "Law Enforcement Assisted Diversion (LEAD) · hoja informativa",
    "Goals of LEAD": "Metas de LEAD",
    "LEAD here, in numbers": "LEAD aquí, en cifras",
    "Since the program began, as of {date}.": "Desde el inicio del programa, al {date}.",
    "Counts from 1 to 10 are shown as “<11” to protect participants' privacy.":
        "Las cantidades de 1 a 10 se muestran como “<11” para proteger la privacidad de los participantes.",
    "people referred": "personas remitidas",
    "participants enrolled": "participantes inscritos",
    "on the caseload today": "con casos abiertos hoy",
    "of them in permanent housing": "de ellos en vivienda permanente",
    "services accepted": "servicios aceptados",
    "housing placements accepted": "ubicaciones en vivienda aceptadas",
    "Referrals by pathway": "Remisiones por vía",
    "Who runs LEAD here": "Quién dirige LEAD aquí",
    "in development": "en formación",
    "Member organizations: {names}": "Organizaciones miembro: {names}",
    "Member organizations are being recruited.": "Se están sumando organizaciones miembro.",
    "Meeting packet": "Paquete de la reunión",
    "Meeting packet: {body}": "Paquete de la reunión: {body}",
    "{kind} · {when}": "{kind} · {when}",
    "Place: {place}": "Lugar: {place}",
    "Online: {link}": "En línea: {link}",
    "In this packet: the agenda, the minutes of the previous meeting, the open action items and a snapshot of the program's figures.":
        "En este paquete: el orden del día, el acta de la reunión anterior, las tareas abiertas y un resumen de las cifras del programa.",
    "1. Agenda": "1. Orden del día",
    "Presenter: {name}": "Presenta: {name}",
    "The agenda has not been set yet.": "Todavía no se fijó el orden del día.",
    "2. Open action items": "2. Tareas abiertas",
    "No open action items.": "No hay tareas abiertas.",
    "Decided": "Decidida",
    "overdue": "vencida",
    "3. Program snapshot": "3. Resumen del programa",
    "Figures since the program began, as of {date}. Counts from 1 to 10 are shown as “<11”.":
        "Cifras desde el inicio del programa, al {date}. Las cantidades de 1 a 10 se muestran como “<11”.",
    "Measure": "Indicador",
    "Count": "Cantidad",
    "People referred": "Personas remitidas",
    "Participants enrolled": "Participantes inscritos",
    "On the caseload today": "Con casos abiertos hoy",
    "On the caseload and in permanent housing": "Con casos abiertos y en vivienda permanente",
    "Service referrals accepted": "Remisiones a servicios aceptadas",
    "Referrals by pathway, {start} to {end} (enrolled in that time: {enrolled})":
        "Remisiones por vía, del {start} al {end} (inscritos en ese lapso: {enrolled})",
    "4. Minutes of the previous meeting": "4. Acta de la reunión anterior",
    "These minutes are a draft, for approval at this meeting.": "Esta acta es un borrador, para aprobarla en esta reunión.",
    "There is no earlier meeting of this body on file.": "No hay ninguna reunión anterior registrada de este órgano.",
    "DRAFT": "BORRADOR",
    "Minutes: {body}": "Acta: {body}",
    "Status of these minutes: {status}.": "Estado de esta acta: {status}.",
    "Approved at the meeting of {date}.": "Aprobada en la reunión del {date}.",
    "Draft: not yet approved by the body. Do not rely on it as the record.":
        "Borrador: el órgano todavía no la aprobó. No la use como registro oficial.",
    "Absent or not marked": "Ausentes o sin marcar",
    "Guests": "Invitados",
    "Quorum and decision rule": "Quórum y regla de decisión",
    "Met.": "Se cumple.",
    "Not met.": "No se cumple.",
    "Minutes of the meeting of {date} were approved.": "Se aprobó el acta de la reunión del {date}.",
    "{method}; {outcome}": "{method}; {outcome}",
    "Moved by {mover}, seconded by {seconder}.": "Propuesta por {mover}, secundada por {seconder}.",
    "Agenda item: {title}": "Punto del orden del día: {title}",
    "No decisions were recorded.": "No se registraron decisiones.",
    "carried forward": "arrastrada",
    "No action items.": "No hay tareas.",
    "Next meeting: {when}.": "Próxima reunión: {when}.",
    "Amendments recorded after approval": "Enmiendas registradas después de la aprobación",
    "{when}, recorded by {by}{proposed}: {text}": "{when}, registrada por {by}{proposed}: {text}",
    " (proposed by {name})": " (propuesta por {name})",
    "None.": "Ninguno.",
    "{votes_for} for, {against} against, {abstaining} abstaining":
        "{votes_for} a favor, {against} en contra, {abstaining} abstenciones",
    "Page {page} of {pages}": "Página {page} de {pages}",
    "CONFIDENTIAL": "CONFIDENCIAL",
    "January": "enero",
    "February": "febrero",
    "March": "marzo",
    "April": "abril",
    "May": "mayo",
    "June": "junio",
    "July": "julio",
    "August": "agosto",
    "September": "septiembre",
    "October": "octubre",
    "November": "noviembre",
    "December": "diciembre",
    "Monday": "lunes",
    "Tuesday": "martes",
    "Wednesday": "miércoles",
    "Thursday": "jueves",
    "Friday": "viernes",
    "Saturday": "sábado",
    "Sunday": "domingo",
    "{month} {year}": "{month} de {year}",
    "{weekday} {day} {month} {year}, {time}": "{weekday} {day} de {month} de {year}, {time}",
    "Program report": "Informe del programa",
    "Program report · Internal — contains small counts": "Informe del programa · Interno — contiene cantidades pequeñas",
    "Program report · Public": "Informe del programa · Público",
    "Program report: {period}": "Informe del programa: {period}",
    "{site} · {start} to {end} · generated on {generated}": "{site} · del {start} al {end} · generado el {generated}",
    "Internal — contains small counts. For the Policy Coordinating Group and program staff; do not publish or pass on. Use the public version for anything that leaves the program.":
        "Interno — contiene cantidades pequeñas. Para el Grupo de Coordinación de Políticas (PCG) y el personal del programa; no lo publique ni lo entregue a terceros. Use la versión pública para todo lo que salga del programa.",
    "Public version. Counts from 1 to {below_minus} are shown as “&lt;{below}”; where a total would reveal such a count, another count in the same row or column is withheld too. Shares and ratios that depend on a withheld count are shown as “n&lt;{below}”.":
        "Versión pública. Las cantidades de 1 a {below_minus} se muestran como “&lt;{below}”; cuando un total revelaría una de esas cantidades, también se oculta otra cantidad de la misma fila o columna. Las proporciones y razones que dependen de una cantidad oculta se muestran como “n&lt;{below}”.",
    "Enrolled": "Inscritos",
    "On the caseload": "Con casos abiertos",
    "Contacted": "Contactados",
    "Exits": "Egresos",
    "Open caseload today": "Casos abiertos hoy",
    "1. Referral funnel by pathway": "1. Embudo de remisiones por vía",
    "Referrals made in the period, by their outcome today. “Referred” is the row total.":
        "Remisiones hechas en el período, según su resultado a hoy. “Remitidos” es el total de la fila.",
    "2. Hand-off times and intakes": "2. Tiempos de traspaso y admisiones",
    "Minutes from the referral to the warm hand-off to a case manager, for referrals with a recorded hand-off. The {target}-minute target is for arrest diversions.":
        "Minutos desde la remisión hasta el traspaso en persona a un administrador de casos, en las remisiones con traspaso registrado. La meta de {target} minutos se aplica a los desvíos en lugar de arresto.",
    "With hand-off": "Con traspaso",
    "Within {target} min": "En {target} min o menos",
    "Share within": "Proporción dentro de la meta",
    "Median minutes": "Mediana en minutos",
    "All pathways": "Todas las vías",
    "Arrest diversions referred in the period have a legal intake deadline ({days} days after the referral). How each intake went, as of {as_of}:":
        "Los desvíos en lugar de arresto remitidos en el período tienen un plazo legal de admisión ({days} días después de la remisión). Cómo resultó cada admisión, al {as_of}:",
    "Intake": "Admisión",
    "3. Enrollments and exits": "3. Inscripciones y egresos",
    "Participants enrolled in the period: <b>{count}</b>.": "Participantes inscritos en el período: <b>{count}</b>.",
    "Exits by destination (HMIS group)": "Egresos por destino (grupo de HMIS)",
    "Destination": "Destino",
    "4. Engagement": "4. Participación",
    "Participants on the caseload at any time in the period, and whether a contact reached them in the period. Contacts: <b>{contacts}</b>; contacts per participant contacted: <b>{per}</b>.":
        "Participantes con casos abiertos en algún momento del período, y si algún contacto los alcanzó en el período. Contactos: <b>{contacts}</b>; contactos por participante contactado: <b>{per}</b>.",
    "5. Caseload per case manager": "5. Carga de casos por administrador de casos",
    "Open participants (not exited) today, per case manager, against the LEAD standard of about {average} on average and never more than {maximum}. Average per case manager: <b>{mean}</b>.":
        "Participantes con casos abiertos (sin egreso) hoy, por administrador de casos, frente al estándar de LEAD de unos {average} en promedio y nunca más de {maximum}. Promedio por administrador de casos: <b>{mean}</b>.",
    "Open participants": "Participantes con casos abiertos",
    "Against the standard": "Frente al estándar",
    "Within": "Dentro",
    "Above {average}": "Por encima de {average}",
    "Above the maximum of {maximum}": "Por encima del máximo de {maximum}",
    "No case manager": "Sin administrador de casos",
    "6. Service linkages and outcomes": "6. Vínculos con servicios y resultados",
    "Referrals to services made in the period, by their outcome (HMIS 4.20.D). Participants linked: <b>{people}</b>.":
        "Remisiones a servicios hechas en el período, según su resultado (HMIS 4.20.D). Participantes vinculados: <b>{people}</b>.",
    "7. Housing status change": "7. Cambio en la situación de vivienda",
    "Participants with a living situation recorded in the period: the situation in effect at the start of the period (or the first one recorded in it) in the rows, the latest one in the period in the columns. The diagonal is “no change”.":
        "Participantes con una situación de vivienda registrada en el período: en las filas, la situación vigente al comienzo del período (o la primera registrada en él); en las columnas, la última del período. La diagonal es “sin cambio”.",
    "First \\ latest": "Primera \\ última",
    "8. Who was served": "8. A quiénes se atendió",
    "Participants on the caseload at any time in the period. Age at the end of the period. Race and ethnicity: people who chose one answer are counted under it; people who chose more than one under “Multiple”.":
        "Participantes con casos abiertos en algún momento del período. Edad al final del período. Raza y etnia: las personas que eligieron una respuesta se cuentan en ella; las que eligieron más de una, en “Varias”.",
    "Age": "Edad",
    "9. Equity: race and ethnicity against the local baseline": "9. Equidad: raza y etnia frente a la referencia local",
    "Baseline: <b>{label}</b> ({start} to {end}; source: {source}; {total} people). Ratio = share of referrals (or enrollments) ÷ share of the baseline; 1.0 means the same share, above 1.0 a larger share than in the baseline. Shares include answers not recorded.":
        "Referencia: <b>{label}</b> (del {start} al {end}; fuente: {source}; {total} personas). Razón = proporción de remisiones (o inscripciones) ÷ proporción en la referencia; 1.0 significa la misma proporción, más de 1.0 una proporción mayor que en la referencia. Las proporciones incluyen las respuestas no registradas.",
    "No baseline has been entered for this period. The project manager enters one on the Reports page (for example local arrests by race and ethnicity for the period); until then only the counts are shown.":
        "No se ingresó ninguna referencia para este período. El gerente de proyecto la ingresa en la página Informes (por ejemplo, los arrestos locales por raza y etnia del período); hasta entonces solo se muestran las cantidades.",
    "Group": "Grupo",
    "Enrollments": "Inscripciones",
    "Baseline": "Referencia",
    "Ratio, referrals": "Razón, remisiones",
    "Ratio, enrollments": "Razón, inscripciones",
    "Ratio ref.": "Razón rem.",
    "Ratio enr.": "Razón insc.",
    "Share of referrals and enrollments ÷ share of the baseline":
        "Proporción de remisiones e inscripciones ÷ proporción en la referencia",
    "1.0 = same share as the baseline": "1.0 = misma proporción que la referencia",
    "10. Referrals and enrollments per month": "10. Remisiones e inscripciones por mes",
    "{first} to {last}.": "De {first} a {last}.",
    "How these figures are counted": "Cómo se cuentan estas cifras",
    "%": "%",
    "Recovery Kit": "Kit de recuperación",
    "Recovery Kit — {site}": "Kit de recuperación — {site}",
    "Created on {date}. Print this page, store it locked away, then delete the PDF file.":
        "Creado el {date}. Imprima esta página, guárdela bajo llave y luego elimine el archivo PDF.",
    "Where this printout is kept": "Dónde se guarda esta hoja impresa",
    "Place:": "Lugar:",
    "Put there by:": "Guardada por:",
    "Date:": "Fecha:",
    "What this key is": "Qué es esta clave",
    "This is the site's <b>master key</b>: it unlocks the encrypted database directly, without any account or password. <b>Anyone who holds it can read all of the site's data.</b> Keep it locked away like the key to a safe; never email, photograph, scan or upload it.":
        "Esta es la <b>clave maestra</b> del sitio: desbloquea directamente la base de datos cifrada, sin ninguna cuenta ni contraseña. <b>Cualquier persona que la tenga puede leer todos los datos del sitio.</b> Guárdela bajo llave como la llave de una caja fuerte; nunca la envíe por correo electrónico, ni la fotografíe, escanee o suba a internet.",
    "Staff sign in with their own passwords. Use this key only when every administrator password is lost or the key file (site.keys) is damaged or missing. If the master key is ever changed, this key stops working: print the new Recovery Kit and shred this one.":
        "El personal inicia sesión con sus propias contraseñas. Use esta clave solo si se pierden todas las contraseñas de administrador o si el archivo de claves (site.keys) está dañado o falta. Si alguna vez se cambia la clave maestra, esta clave deja de funcionar: imprima el nuevo Kit de recuperación y destruya este.",
    "Using the key in LEAD Desktop": "Cómo usar la clave en LEAD Desktop",
    "In the sign-in window choose <b>Use the recovery key…</b> and type the 64 characters above (dashes optional). You are signed in as an administrator; under Administration, give an administrator a new temporary password.":
        "En la ventana de inicio de sesión elija <b>Usar la clave de recuperación…</b> y escriba los 64 caracteres de arriba (los guiones son opcionales). Iniciará sesión como administrador; en Administración, dé a un administrador una nueva contraseña temporal.",
    "On the command line the key is read from the program's input, never from the command itself. The first command checks the site; the second gives the account NAME a new temporary password (input line 1: this key, line 2: the temporary password):":
        "En la línea de comandos, la clave se lee de la entrada del programa, nunca del comando mismo. El primer comando revisa el sitio; el segundo da a la cuenta NAME una nueva contraseña temporal (línea 1 de la entrada: esta clave; línea 2: la contraseña temporal):",
    "Opening the database without LEAD Desktop": "Cómo abrir la base de datos sin LEAD Desktop",
    "The data are in the file <b>site.db</b> in the data folder, encrypted with SQLCipher 4. Close LEAD Desktop and copy the folder. Open the copy of site.db with any SQLCipher 4 tool (for example the sqlcipher shell or DB Browser for SQLite), run this command first, exactly as printed (it is the key above without dashes), then read the tables with SQL as usual:":
        "Los datos están en el archivo <b>site.db</b> de la carpeta de datos, cifrado con SQLCipher 4. Cierre LEAD Desktop y copie la carpeta. Abra la copia de site.db con cualquier herramienta de SQLCipher 4 (por ejemplo, el shell sqlcipher o DB Browser for SQLite), ejecute primero este comando exactamente como está impreso (es la clave de arriba sin guiones) y luego lea las tablas con SQL como de costumbre:",
    "Data folder when this kit was made: {folder}": "Carpeta de datos cuando se creó este kit: {folder}",
    "Roster: {body}": "Lista de miembros: {body}",
    "{kind} · as of {day}": "{kind} · al {day}",
    "This body is in development.": "Este órgano está en formación.",
    "Decision rule: {rule}.": "Regla de decisión: {rule}.",
    "Meets: {meets}.": "Se reúne: {meets}.",
    "Members": "Miembros",
    "Decides for the agency": "Decide por la agencia",
    "Confidentiality signed": "Confidencialidad firmada",
    "alternate for {name}": "suplente de {name}",
    "open-ended": "sin fecha de fin",
    "Open seat (any organization)": "Puesto abierto (cualquier organización)",
    "Empty": "Vacíos",
    "Terms ended in the last year": "Mandatos terminados en el último año",
    "No members on file.": "No hay miembros registrados.",
    "Q{quarter} {year}": "T{quarter} {year}",
    "Total": "Total",
    "Share": "Proporción",
    "Ineligible": "No elegible",
    "Declined": "Rechazó",
    "Intake missed": "Admisión no realizada",
    "Pending": "Pendiente",
    "Intake done by the deadline": "Admisión hecha dentro del plazo",
    "Intake done after the deadline": "Admisión hecha después del plazo",
    "Closed without intake (ineligible or declined)": "Cerrada sin admisión (no elegible o rechazó)",
    "Deadline missed": "Plazo vencido",
    "Still open, not yet due": "Todavía abierta, sin vencer",
    "Permanent housing (4xx)": "Vivienda permanente (4xx)",
    "Temporary (3xx)": "Temporal (3xx)",
    "Institutional (2xx)": "Institucional (2xx)",
    "Homeless (1xx)": "Sin hogar (1xx)",
    "Other, deceased or no exit interview": "Otro, fallecido o sin entrevista de egreso",
    "Not recorded": "No registrado",
    "Homeless": "Sin hogar",
    "Institutional": "Institucional",
    "Temporary": "Temporal",
    "Permanent": "Permanente",
    "Other or unknown": "Otro o desconocido",
    "Contacted in the period": "Contactados en el período",
    "Not contacted in the period": "No contactados en el período",
    "Under 25": "Menos de 25",
    "65 and over": "65 o más",
    "Multiple races or ethnicities": "Varias razas o etnias",
    "Referrals: made in the period, by their outcome today.": "Remisiones: hechas en el período, según su resultado a hoy.",
    "Hand-off: minutes from the referral to the hand-off to a case manager, for referrals with a hand-off recorded.":
        "Traspaso: minutos desde la remisión hasta el traspaso a un administrador de casos, en las remisiones con traspaso registrado.",
    "Intakes: arrest diversions referred in the period, as of the day this report was made.":
        "Admisiones: desvíos en lugar de arresto remitidos en el período, al día en que se hizo este informe.",
    "On the caseload: enrolled by the last day of the period and not exited before its first day. Contacted: a contact that reached the person in the period (attempts marked “unable to locate” do not count).":
        "Con casos abiertos: inscritos hasta el último día del período y sin egreso antes de su primer día. Contactados: un contacto que alcanzó a la persona en el período (los intentos marcados “no se pudo localizar” no cuentan).",
    "Caseload: participants not exited, per case manager, as assigned today.":
        "Carga de casos: participantes sin egreso, por administrador de casos, según la asignación de hoy.",
    "Housing: the living situation in effect at the start of the period (or the first one recorded in it) against the latest one recorded in it.":
        "Vivienda: la situación de vivienda vigente al comienzo del período (o la primera registrada en él) frente a la última registrada en él.",
    "Race and ethnicity: one category per person; people who chose more than one answer are counted under “Multiple”.":
        "Raza y etnia: una categoría por persona; las personas que eligieron más de una respuesta se cuentan en “Varias”.",
    "Equity ratio: share of referrals (enrollments) in a group ÷ share of the baseline in that group; all shares include answers not recorded.":
        "Razón de equidad: proporción de remisiones (inscripciones) en un grupo ÷ proporción de la referencia en ese grupo; todas las proporciones incluyen las respuestas no registradas.",
    "Monthly trend: whole calendar months; the 12 months ending with the period's last month when the period is shorter than a year.":
        "Tendencia mensual: meses calendario completos; los 12 meses que terminan con el último mes del período cuando el período dura menos de un año.",
    "Within the target": "Dentro de la meta",
    "Over the target": "Por encima de la meta",
    "Governance roster": "Lista de miembros de gobernanza",
    "Meeting minutes": "Acta de la reunión",
    "{kind}, signed {signed}, expires {expiry}. Recipients: {recipients}. Information: {info}. Purpose: {purpose}.":
        "{kind}, firmado el {signed}, vence: {expiry}. Destinatarios: {recipients}. Información: {info}. Finalidad: {purpose}.",
    "Enrolled on": "Inscrito el",
    "Exit": "Egreso",
    "Recent contacts (last {count})": "Contactos recientes (últimos {count})",
    "Service linkages": "Vínculos con servicios",
    "Living situation over time": "Situación de vivienda a lo largo del tiempo",
    "Other legal cases": "Otros casos legales",
    "Assessments": "Evaluaciones",
    "Reached": "Alcanzado",
    "unable to locate": "no se pudo localizar",
    "Goal": "Meta",
    "Target": "Objetivo",
    "Effective": "Vigencia",
    "Court": "Tribunal",
    "Information": "Información",
    "Signed": "Firmado",
    " (Part 2)": " (Parte 2)",
    "Needs": "Necesidades",
    "Expiring soon": "Vence pronto",
    "Starts later": "Comienza más adelante",
    "Ended": "Terminado",
    "Duration (min)": "Duración (min)",
    "LEAD number prefix": "Prefijo del número LEAD",
    "Letters before each participant's number, e.g. NOLA-000042.":
        "Letras antes del número de cada participante, p. ej., NOLA-000042.",
    "Lock after idle minutes": "Bloquear tras minutos de inactividad",
    "Inactive after days without contact": "Inactivo tras días sin contacto",
    "Intake deadline after an arrest diversion (days)": "Plazo de admisión después de un desvío en lugar de arresto (días)",
    "Allow unlocking with a computer's keychain": "Permitir desbloquear con el llavero de una computadora",
    "Apply 42 CFR Part 2 consent rules": "Aplicar las reglas de consentimiento de 42 CFR Part 2",
    "Backup folder": "Carpeta de copias de seguridad",
    "Where the automatic backups go, taken when LEAD Desktop closes and once a day while it is open: best a USB drive or network share kept away from this computer. Empty: the backups folder beside the site.":
        "Dónde se guardan las copias de seguridad automáticas, que se hacen al cerrar LEAD Desktop y una vez al día mientras está abierto: mejor una unidad USB o una carpeta compartida de la red, lejos de esta computadora. Vacío: la carpeta de copias de seguridad junto al sitio.",
    "Automatic backups to keep": "Copias de seguridad automáticas que se conservan",
    "Older automatic backups are deleted; other files in the folder are never touched.":
        "Las copias automáticas más antiguas se eliminan; los demás archivos de la carpeta nunca se tocan.",
    "Last automatic backup": "Última copia de seguridad automática",
    "Site created": "Sitio creado",
    "Signed in": "Inició sesión",
    "Sign-in failed": "Inicio de sesión fallido",
    "Opened with the recovery key": "Abierto con la clave de recuperación",
    "Signed out": "Cerró sesión",
    "Unlocked": "Desbloqueó",
    "Viewed a record": "Vio un registro",
    "Created a record": "Creó un registro",
    "Changed a record": "Modificó un registro",
    "Deleted a record": "Eliminó un registro",
    "Exported": "Exportó",
    "Imported": "Importó",
    "Backed up": "Hizo una copia de seguridad",
    "Changed a setting": "Cambió una configuración",
    "Added an account": "Agregó una cuenta",
    "Changed an account": "Modificó una cuenta",
    "Deactivated an account": "Desactivó una cuenta",
    "Changed own password": "Cambió su propia contraseña",
    "Reset a password": "Restableció una contraseña",
    "Turned on keychain unlock": "Activó el desbloqueo con el llavero",
    "Turned off keychain unlock": "Desactivó el desbloqueo con el llavero",
    "Changed the master key": "Cambió la clave maestra",
    "Upgraded the database": "Actualizó la base de datos",
    "Checked the site": "Revisó el sitio",
    "Restored from a backup": "Restauró desde una copia de seguridad",
    "Month first (03/31/2025)": "Primero el mes (03/31/2025)",
    "Day first (31/03/2025)": "Primero el día (31/03/2025)",
    "Left blank because LEAD Desktop does not hold them: NameSuffix, SSN (SSNDataQuality is 99, not collected), AdditionalRaceEthnicity, EnrollmentCoC, DestinationSubsidyType, OtherDestination, DateDeleted (deleted records are not exported). Veteran service details and the other optional columns are not written. Each participant is one enrollment, their own household (RelationshipToHoH 1).":
        "Se dejan en blanco porque LEAD Desktop no los guarda: NameSuffix, SSN (SSNDataQuality es 99, no se recopiló), AdditionalRaceEthnicity, EnrollmentCoC, DestinationSubsidyType, OtherDestination, DateDeleted (los registros eliminados no se exportan). No se escriben los detalles del servicio militar ni las demás columnas opcionales. Cada participante es una inscripción y su propio hogar (RelationshipToHoH 1).",
    "Law enforcement": "Fuerzas del orden",
    "Prosecution": "Fiscalía",
    "Defense": "Defensa",
    "Health agency": "Agencia de salud",
    "Service provider": "Proveedor de servicios",
    "Elected office": "Cargo electo",
    "Community group": "Grupo comunitario",
    "Other": "Otro",
    "Policy Coordinating Group": "Grupo de Coordinación de Políticas (PCG)",
    "Operational Work Group": "Grupo de Trabajo Operativo (OWG)",
    "Community Leadership Team": "Equipo de Liderazgo Comunitario (CLT)",
    "Other body": "Otro órgano",
    "Chair": "Presidente",
    "Co-chair": "Copresidente",
    "Member": "Miembro",
    "Alternate": "Suplente",
    "Staff / project manager": "Personal / gerente de proyecto",
    "Present": "Presente",
    "Absent": "Ausente",
    "Excused": "Justificado",
    "Alternate attended": "Asistió el suplente",
    "Consensus": "Consenso",
    "Vote": "Votación",
    "Adopted": "Adoptada",
    "Not adopted": "No adoptada",
    "Deferred": "Aplazada",
    "Draft": "Borrador",
    "Circulated": "Circulada",
    "Approved": "Aprobada",
    "Open": "Abierto",
    "In progress": "En curso",
    "Done": "Completado",
    "Dropped": "Descartado",
    "Consensus, one voice per member agency": "Consenso, una voz por agencia miembro",
    "Quorum: a number of voting members": "Quórum: un número de miembros con voto",
    "Quorum: a share of voting members": "Quórum: una proporción de los miembros con voto",
    "Expired": "Vencido",
    "Revoked": "Revocado",
    "similar name or alias": "nombre o alias parecido",
    "same date of birth": "misma fecha de nacimiento",
    "close date of birth": "fecha de nacimiento cercana",
    "Social contact referral": "Remisión por contacto social",
    "Community referral": "Remisión comunitaria",
    "Intake not completed": "Admisión no completada",
    "Eligible": "Elegible",
    "Minimum age (years)": "Edad mínima (años)",
    "Limit (grams)": "Límite (gramos)",
    "Look-back (years)": "Período de revisión (años)",
    "Look-back (months)": "Período de revisión (meses)",
    "Under 18": "Menor de 18 años",
    "Drug quantity above the site limit (pills may be exempt)":
        "Cantidad de droga por encima del límite del sitio (las pastillas pueden estar exentas)",
    "Dealing for profit rather than subsistence": "Venta con fines de lucro y no de subsistencia",
    "Exploiting minors or others": "Explotación de menores u otras personas",
    "Promoting prostitution": "Promoción de la prostitución",
    "Disqualifying violent history (e.g. murder, arson, robbery, rape, assault with a weapon)":
        "Antecedentes violentos que descalifican (p. ej., homicidio, incendio provocado, robo, violación, agresión con arma)",
    "Pending drug-court or mental-health-court case": "Caso pendiente en un tribunal de drogas o de salud mental",
    "No-contact / restraining order protecting a current participant":
        "Orden de alejamiento o de restricción que protege a un participante actual",
    "Not amenable to diversion": "No apto para el desvío",
    "No verified prior activity in the area within the look-back":
        "Sin actividad previa verificada en la zona durante el período de revisión",
    "Overdue": "Vencida",
    "Due today": "Vence hoy",
    "Due soon": "Vence pronto",
    "On track": "Al día",
    "Administrator": "Administrador",
    "Project manager": "Gerente de proyecto",
    "Viewer": "Observador",
    "manage staff accounts": "administrar las cuentas del personal",
    "read the audit log": "leer el registro de auditoría",
    "change site settings": "cambiar la configuración del sitio",
    "change the site's master key": "cambiar la clave maestra del sitio",
    "back up the site": "hacer una copia de seguridad del sitio",
    "see participant records": "ver los registros de participantes",
    "change participant records": "modificar los registros de participantes",
    "see governance records": "ver los registros de gobernanza",
    "change governance records": "modificar los registros de gobernanza",
    "see reports": "ver informes",
    "change the eligibility screening checklist": "cambiar la lista de verificación de elegibilidad",
    "Client doesn't know": "El cliente no sabe",
    "Client prefers not to answer": "El cliente prefiere no responder",
    "Data not collected": "No se recopilaron datos",
    "Full name reported": "Nombre completo informado",
    "Partial, street name or code name": "Parcial, apodo de la calle o nombre en clave",
    "Full date of birth": "Fecha de nacimiento completa",
    "Approximate or partial date of birth": "Fecha de nacimiento aproximada o parcial",
    "American Indian, Alaska Native or Indigenous": "Indígena americano, nativo de Alaska o indígena",
    "Asian or Asian American": "Asiático o asiático-americano",
    "Black, African American or African": "Negro, afroamericano o africano",
    "Hispanic/Latina/e/o": "Hispano/Latina/e/o",
    "Middle Eastern or North African": "De Oriente Medio o del norte de África",
    "Native Hawaiian or Pacific Islander": "Nativo de Hawái o de otras islas del Pacífico",
    "White": "Blanco",
    "Female": "Femenino",
    "Male": "Masculino",
    "Inactive": "Inactivo",
    "Exited": "Egresado",
    "No further need": "Ya no lo necesita",
    "Moved away": "Se mudó",
    "Deceased": "Fallecido",
    "Long-term incarceration": "Encarcelamiento prolongado",
    "Participant request": "A pedido del participante",
    "Ended per site criteria": "Terminado según los criterios del sitio",
    "Emergency shelter": "Refugio de emergencia",
    "Place not meant for habitation": "Lugar no apto para vivir",
    "Safe haven": "Refugio seguro (Safe Haven)",
    "Psychiatric hospital or facility": "Hospital o centro psiquiátrico",
    "Substance use treatment facility or detox": "Centro de tratamiento por consumo de sustancias o de desintoxicación",
    "Hospital or other medical facility": "Hospital u otro centro médico",
    "Jail, prison or juvenile detention": "Cárcel, prisión o centro de detención juvenil",
    "Foster care home or group home": "Hogar de crianza temporal u hogar grupal",
    "Long-term care facility or nursing home": "Centro de cuidados a largo plazo u hogar de ancianos",
    "Transitional housing": "Vivienda de transición",
    "Staying with family, temporary": "Con familiares, de forma temporal",
    "Staying with friends, temporary": "Con amigos, de forma temporal",
    "Hotel or motel paid without voucher": "Hotel o motel pagado sin vale",
    "Moved from one HOPWA project to HOPWA transitional housing":
        "Pasó de un proyecto HOPWA a vivienda de transición HOPWA",
    "Residential project or halfway house": "Proyecto residencial o casa de medio camino",
    "Host home (non-crisis)": "Hogar anfitrión (fuera de crisis)",
    "Rental by client, no ongoing subsidy": "Alquiler a cargo del cliente, sin subsidio continuo",
    "Owned by client, no ongoing subsidy": "Vivienda propia del cliente, sin subsidio continuo",
    "Owned by client, with ongoing subsidy": "Vivienda propia del cliente, con subsidio continuo",
    "Staying with family, permanent": "Con familiares, de forma permanente",
    "Staying with friends, permanent": "Con amigos, de forma permanente",
    "Moved to HOPWA permanent housing": "Pasó a vivienda permanente HOPWA",
    "Rental by client, with ongoing subsidy": "Alquiler a cargo del cliente, con subsidio continuo",
    "No exit interview completed": "No se completó la entrevista de egreso",
    "Staying or living in a family member's room, apartment or house":
        "Se queda o vive en la habitación, el apartamento o la casa de un familiar",
    "Staying or living in a friend's room, apartment or house":
        "Se queda o vive en la habitación, el apartamento o la casa de un amigo",
    "Worker unable to determine": "El trabajador no pudo determinarlo",
    "Street / field": "Calle / campo",
    "Office": "Oficina",
    "Collateral": "Colateral (con terceros)",
    "Court accompaniment": "Acompañamiento al tribunal",
    "OWG discussion": "Discusión en el OWG",
    "Housing": "Vivienda",
    "Substance use": "Consumo de sustancias",
    "Mental health": "Salud mental",
    "Physical health": "Salud física",
    "Income / benefits": "Ingresos / beneficios",
    "Safety": "Seguridad",
    "No need": "Sin necesidad",
    "Low": "Baja",
    "Moderate": "Moderada",
    "High": "Alta",
    "Not assessed": "Sin evaluar",
    "Achieved": "Lograda",
    "Set aside by participant": "Dejada de lado por el participante",
    "SUD treatment": "Tratamiento de TUS",
    "Medical": "Médico",
    "Benefits / ID": "Beneficios / identificación",
    "Employment / training": "Empleo / capacitación",
    "Accepted": "Aceptado",
    "Client rejected": "Rechazado por el cliente",
    "Provider rejected": "Rechazado por el proveedor",
    "Warrant outstanding": "Orden de arresto pendiente",
    "Resolved": "Resuelto",
    "Dismissed": "Desestimado",
    "LEAD multi-party release of information": "Autorización de LEAD para divulgar información entre varias partes",
    "42 CFR Part 2 consent (substance use)": "Consentimiento de 42 CFR Part 2 (consumo de sustancias)",
    "Single-agency release of information": "Autorización para divulgar información a una sola agencia",
    "Authorised representative": "Representante autorizado",
    "Enrollment and participation status": "Inscripción y estado de participación",
    "Case plan and progress": "Plan del caso y avances",
    "Legal-system involvement": "Participación en el sistema legal",
    "Substance use (SUD) information": "Información sobre consumo de sustancias (TUS)",
    "Ready to import": "Lista para importar",
    "Has problems": "Tiene problemas",
    "Possible match: review": "Posible coincidencia: revisar",
    "Already on file": "Ya registrada",
    "Imported before": "Importada antes",
    "Repeats an earlier row": "Repite una fila anterior",
    "similar name": "nombre parecido",
    "Participants (list)": "Participantes (lista)",
    "Contacts (list)": "Contactos (lista)",
    "Referrals (list)": "Remisiones (lista)",
    "De-identified analysis file": "Archivo de análisis sin datos identificatorios",
    "HMIS CSV (clients, enrollments, exits)": "HMIS CSV (clientes, inscripciones, egresos)",
    "change the fact sheet and the equity baselines": "cambiar la hoja informativa y las referencias de equidad",
    # ----- edit conflicts (optimistic locking, shared server mode) -----
    "Someone else changed this record while you were editing it. Nothing was saved yet: compare "
    "your version with theirs and choose which one to keep.":
        "Otra persona cambió este registro mientras usted lo editaba. Todavía no se guardó nada: compare "
        "su versión con la de esa persona y elija cuál conservar.",
    "Someone else saved this record at the same moment, so your change was not saved. What you "
    "typed is still there: save again to compare your version with theirs.":
        "Otra persona guardó este registro en el mismo momento, así que su cambio no se guardó. Lo que "
        "escribió sigue ahí: vuelva a guardar para comparar su versión con la de esa persona.",
    "Someone else changed this record": "Otra persona cambió este registro",
    "{count} field(s) differ; they are marked “changed”. Keep my version saves what you typed over "
    "theirs; Use their version puts the saved version in the form; Cancel goes back to your editing.":
        "{count} campo(s) son distintos; están marcados como «cambiado». Conservar mi versión guarda lo que "
        "usted escribió en lugar de la otra versión; Usar su versión pone la versión guardada en el formulario; "
        "Cancelar vuelve a su edición.",
    "Every field here reads the same in both versions: the other change was to something this form "
    "does not show (such as the screening answers). Keep my version saves yours over it.":
        "Todos los campos dicen lo mismo en las dos versiones: el otro cambio fue en algo que este formulario "
        "no muestra (por ejemplo, las respuestas de la evaluación). Conservar mi versión guarda la suya encima.",
    "Your version and the saved version, field by field": "Su versión y la versión guardada, campo por campo",
    "Field": "Campo",
    "Your version": "Su versión",
    "Saved version": "Versión guardada",
    "{field} — changed": "{field} — cambiado",
    "The two versions differ here": "Las dos versiones son distintas aquí",
    "&Keep my version": "&Conservar mi versión",
    "Save what you typed, replacing the version saved by someone else":
        "Guardar lo que usted escribió, en lugar de la versión que guardó otra persona",
    "&Use their version": "&Usar su versión",
    "Put the saved version in the form; what you typed is dropped":
        "Poner la versión guardada en el formulario; lo que usted escribió se descarta",
    "Go back to your editing; nothing is saved or dropped": "Volver a su edición; no se guarda ni se descarta nada",
    "(empty)": "(vacío)",
    "The form now shows the version someone else saved. Change it and save, or close it with Cancel.":
        "El formulario muestra ahora la versión que guardó otra persona. Cámbiela y guarde, o ciérrelo con Cancelar.",
    "The settings now show the values saved by someone else.":
        "La configuración muestra ahora los valores que guardó otra persona.",
    # ----- shared server mode in the window: sign-in to a server, live lists -----
    "The site is on:": "El sitio está en:",
    "&This computer": "Esta &computadora",
    "The site is on this computer": "El sitio está en esta computadora",
    "A shared ser&ver": "Un ser&vidor compartido",
    "The site is on a shared server": "El sitio está en un servidor compartido",
    "Set up a &new site on this computer…": "Crear un sitio &nuevo en esta computadora…",
    "Set up a new site on this computer": "Crear un sitio nuevo en esta computadora",
    "There is no site in {folder} yet. Set one up, or choose the shared server your site uses.":
        "Todavía no hay ningún sitio en {folder}. Cree uno, o elija el servidor compartido que usa su sitio.",
    "Shared server": "Servidor compartido",
    "Server &name:": "Nom&bre del servidor:",
    "Server name": "Nombre del servidor",
    "e.g. lead-db.county.example.org": "p. ej., lead-db.condado.example.org",
    "P&ort:": "&Puerto:",
    "Port": "Puerto",
    "&Database:": "Base de &datos:",
    "Database": "Base de datos",
    "e.g. lead_riverside": "p. ej., lead_riverside",
    "Secure conn&ection:": "Cone&xión segura:",
    "Secure connection": "Conexión segura",
    "&Certificate file:": "Archivo de cer&tificado:",
    "Certificate file": "Archivo de certificado",
    "Optional: the .crt or .pem file your IT volunteer gave you":
        "Opcional: el archivo .crt o .pem que le dio su voluntario de informática",
    "&Browse…": "&Examinar…",
    "Choose the certificate file": "Elegir el archivo de certificado",
    "Certificates (*.crt *.pem *.cer);;All files (*)": "Certificados (*.crt *.pem *.cer);;Todos los archivos (*)",
    "Check the server's certificate and name (recommended)": "Comprobar el certificado y el nombre del servidor (recomendado)",
    "Check the server's certificate, not its name": "Comprobar el certificado del servidor, pero no su nombre",
    "Encrypt only, without checking the server (least safe)": "Solo cifrar, sin comprobar el servidor (lo menos seguro)",
    "The connection is encrypted, but LEAD Desktop cannot tell the real server from an impostor. "
    "Use this only while your IT volunteer sets up the certificate.":
        "La conexión va cifrada, pero LEAD Desktop no puede distinguir el servidor verdadero de un impostor. "
        "Use esta opción solo mientras su voluntario de informática configura el certificado.",
    "Choose the certificate file your IT volunteer gave you; LEAD Desktop then talks only to the server "
    "that certificate vouches for.":
        "Elija el archivo de certificado que le dio su voluntario de informática; así LEAD Desktop solo se "
        "comunica con el servidor que ese certificado respalda.",
    "Re&member my password in this computer's keychain": "Recordar &mi contraseña en el llavero de esta computadora",
    "Remember my password in this computer's keychain": "Recordar mi contraseña en el llavero de esta computadora",
    "Remembering the password: {reason}": "Recordar la contraseña: {reason}",
    "Remembered in this computer's keychain": "Guardada en el llavero de esta computadora",
    "The password remembered in this computer's keychain is no longer right, so it was removed from the "
    "keychain. Type your password.":
        "La contraseña guardada en el llavero de esta computadora ya no es correcta, así que se quitó del "
        "llavero. Escriba su contraseña.",
    "The computer's keychain did not accept the password. Try again later.":
        "El llavero de la computadora no aceptó la contraseña. Vuelva a intentarlo más tarde.",
    "The server address must not contain a password: it would be kept in the shell's history and shown to "
    "other programs. Leave it out (postgresql://name@server/database); LEAD Desktop asks for it when you sign in.":
        "La dirección del servidor no debe incluir una contraseña: quedaría en el historial de la terminal y "
        "otros programas podrían verla. Quítela (postgresql://nombre@servidor/base_de_datos); LEAD Desktop se "
        "la pide al iniciar sesión.",
    "Use a &shared server…": "Usar un servidor &compartido…",
    "Use a shared server": "Usar un servidor compartido",
    "Your site already keeps its records on a server for several computers? Sign in to it instead of "
    "setting up a site here.":
        "¿Su sitio ya guarda sus registros en un servidor para varias computadoras? Inicie sesión en él en "
        "lugar de crear un sitio aquí.",
    "Site: {site} on the server {server}": "Sitio: {site} en el servidor {server}",
    "{site} on {server} — LEAD Desktop": "{site} en {server} — LEAD Desktop",
    "Everyone signed in to this server works on the same records; the lists show their changes within seconds.":
        "Todas las personas conectadas a este servidor trabajan con los mismos registros; las listas muestran "
        "sus cambios en pocos segundos.",
    "Not used on a shared server (tick “Remember my password” when you sign in instead).":
        "No se usa en un servidor compartido (en su lugar, marque «Recordar mi contraseña» al iniciar sesión).",
    "This site is on the shared server {server}. Backups, encryption of the stored data and the database's "
    "own keys are looked after on the server by whoever runs it, so this page has no Backups or Security tab. "
    "Accounts added here are the server's accounts: each person signs in from any computer with their own "
    "password.":
        "Este sitio está en el servidor compartido {server}. De las copias de seguridad, el cifrado de los datos "
        "guardados y las claves de la base de datos se ocupa en el servidor quien lo administra; por eso esta "
        "página no tiene las pestañas Copias de seguridad ni Seguridad. Las cuentas que se agregan aquí son "
        "cuentas del servidor: cada persona inicia sesión desde cualquier computadora con su propia contraseña.",
    "The server address is not complete or not right. Give the server's name, its port (usually 5432), the "
    "database name (lower-case letters, digits and _), a secure connection (verify-full or require) and, if "
    "your IT volunteer gave you one, the certificate file that exists on this computer.":
        "La dirección del servidor está incompleta o no es correcta. Indique el nombre del servidor, su puerto "
        "(normalmente 5432), el nombre de la base de datos (letras minúsculas, números y _), una conexión segura "
        "(verify-full o require) y, si su voluntario de informática le dio uno, el archivo de certificado que "
        "está en esta computadora.",
    "LEAD Desktop cannot reach the server {server}. Check the network connection and the server's name and "
    "port; if it still fails, ask your IT volunteer whether the server is running. Nothing was saved.":
        "LEAD Desktop no puede comunicarse con el servidor {server}. Revise la conexión de red y el nombre y el "
        "puerto del servidor; si sigue fallando, pregunte a su voluntario de informática si el servidor está "
        "funcionando. No se guardó nada.",
    "The server {server} could not prove it is the right server: its certificate does not match the "
    "certificate file or the server's name. Nothing was sent. Ask your IT volunteer for the right certificate "
    "file.":
        "El servidor {server} no pudo demostrar que es el servidor correcto: su certificado no coincide con el "
        "archivo de certificado o con el nombre del servidor. No se envió nada. Pida a su voluntario de "
        "informática el archivo de certificado correcto.",
    "The server refused this for your account. Nothing was changed. Ask an administrator to check your role.":
        "El servidor no permitió esto a su cuenta. No se cambió nada. Pida a un administrador que revise su rol.",
    "The database {server} does not hold a LEAD Desktop site yet, or needs an upgrade that only the server's "
    "database owner can run. Ask your IT volunteer.":
        "La base de datos {server} todavía no contiene un sitio de LEAD Desktop, o necesita una actualización que "
        "solo puede hacer el propietario de la base de datos del servidor. Consulte a su voluntario de informática.",
    "This server account is not a staff account of the site. Ask an administrator to add you.":
        "Esta cuenta del servidor no es una cuenta del personal del sitio. Pida a un administrador que lo agregue.",
    # the server-mode core's messages (moving a site, snapshots, server audit entries)
    "The copy on the server did not match the site on this computer (table {table}), so nothing was moved: the "
    "server's database was put back to empty and the site on this computer is unchanged. Try again; if it "
    "happens again, ask your IT volunteer to check the server.":
        "La copia en el servidor no coincidió con el sitio de esta computadora (tabla {table}), así que no se "
        "trasladó nada: la base de datos del servidor volvió a quedar vacía y el sitio de esta computadora no "
        "cambió. Vuelva a intentarlo; si vuelve a ocurrir, pida a su voluntario de informática que revise el servidor.",
    "The copy of the server's site did not match the server (table {table}), so no file was written. Try again; "
    "if it happens again, ask your IT volunteer to check the server.":
        "La copia del sitio del servidor no coincidió con el servidor (tabla {table}), así que no se escribió "
        "ningún archivo. Vuelva a intentarlo; si vuelve a ocurrir, pida a su voluntario de informática que "
        "revise el servidor.",
    "The server refused some of the records in table {table}, so nothing was moved: the server's database was "
    "put back to empty and the site on this computer is unchanged. Run “Check the site” on this computer, then "
    "ask your IT volunteer for help.":
        "El servidor rechazó algunos registros de la tabla {table}, así que no se trasladó nada: la base de datos "
        "del servidor volvió a quedar vacía y el sitio de esta computadora no cambió. Ejecute «Comprobar el "
        "sitio» en esta computadora y luego pida ayuda a su voluntario de informática.",
    "The server already has an account named {role}, left from another site or an earlier attempt, so nothing "
    "was moved. Ask your IT volunteer to remove that role on the server (DROP ROLE), or to prepare a database "
    "with another name.":
        "El servidor ya tiene una cuenta llamada {role}, que quedó de otro sitio o de un intento anterior, así que "
        "no se trasladó nada. Pida a su voluntario de informática que quite ese rol en el servidor (DROP ROLE) o "
        "que prepare una base de datos con otro nombre.",
    "These numbers have not been prepared on the server yet. Ask a project manager or case manager to open this "
    "report once; viewers then see the same numbers.":
        "Estas cifras todavía no se han preparado en el servidor. Pida a un gerente de proyecto o a un "
        "administrador de casos que abra este informe una vez; después, los observadores verán las mismas cifras.",
    "A server site has no master key to change: the server's encrypted disk and its secure connection protect "
    "the data, and each person's server password opens it.":
        "Un sitio en un servidor no tiene clave maestra que cambiar: el disco cifrado del servidor y su conexión "
        "segura protegen los datos, y cada persona los abre con su contraseña del servidor.",
    "This PostgreSQL server already holds another LEAD site ({other}). On PostgreSQL 15 and older the owner role "
    "that creates staff accounts can give itself any other site's roles, so each LEAD site needs a PostgreSQL "
    "server (cluster) of its own there; several sites may share PostgreSQL 16 or newer.":
        "Este servidor PostgreSQL ya tiene otro sitio LEAD ({other}). En PostgreSQL 15 y anteriores, el rol "
        "propietario que crea las cuentas del personal puede darse a sí mismo los roles de cualquier otro sitio, "
        "así que allí cada sitio LEAD necesita su propio servidor (clúster) PostgreSQL; varios sitios pueden "
        "compartir PostgreSQL 16 o posterior.",
    "The numbers for viewers have not been prepared on this computer yet. Ask a project manager, case manager "
    "or administrator to sign in here once; then sign in again.":
        "Las cifras para los observadores todavía no se han preparado en esta computadora. Pida a un gerente de "
        "proyecto, a un administrador de casos o a un administrador que inicie sesión aquí una vez; luego vuelva a "
        "iniciar sesión.",
    "Audit log when this report was made: entry {seq}, hash {hash}. Keep this page: lead-desktop-admin verify "
    "--anchor {seq}:HASH shows whether any entry up to it was changed or removed since.":
        "Registro de auditoría cuando se hizo este informe: entrada {seq}, hash {hash}. Guarde esta página: "
        "lead-desktop-admin verify --anchor {seq}:HASH muestra si desde entonces se cambió o se quitó alguna "
        "entrada hasta ella.",
    "This site is already on a server.": "Este sitio ya está en un servidor.",
    "A snapshot is a copy of a server site. On this computer, make a backup instead.":
        "Una instantánea es una copia de un sitio en un servidor. En esta computadora, haga una copia de "
        "seguridad en su lugar.",
    "Moved from one laptop to the server": "Trasladado de una computadora portátil al servidor",
    "Wrote a one-file copy of the server site": "Escribió una copia en un solo archivo del sitio del servidor",
    "Row added (recorded by the server)": "Fila agregada (registrada por el servidor)",
    "Row changed (recorded by the server)": "Fila cambiada (registrada por el servidor)",
    "Row removed (recorded by the server)": "Fila quitada (registrada por el servidor)",
    # shared server mode (lead)
    "Some text holds an invisible control character (for example one pasted from another program) that the "
    "server cannot store. Retype that text and try again; nothing was saved.":
        "Un texto contiene un carácter de control invisible (por ejemplo, pegado desde otro programa) que el "
        "servidor no puede guardar. Vuelva a escribir ese texto e inténtelo de nuevo; no se guardó nada.",
    "The database {server} sorts text by a language's rules, so lists would come out in another order than on "
    "a laptop. Ask your IT volunteer to create it again with: CREATE DATABASE … TEMPLATE template0 LC_COLLATE "
    "'C' LC_CTYPE 'C' (see the README, “Preparing the database”).":
        "La base de datos {server} ordena el texto según las reglas de un idioma, así que las listas saldrían en "
        "otro orden que en una computadora portátil. Pida a su voluntario de informática que la cree de nuevo con: "
        "CREATE DATABASE … TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C' (vea el README, «Preparing the "
        "database»).",
    "Site: {site} — an old copy: the site moved to the server {server}":
        "Sitio: {site} — una copia antigua: el sitio se trasladó al servidor {server}",
    "This site was moved to a shared server. Changes made in this copy on this computer do not reach the server "
    "or anyone working there. Sign in to the server instead.":
        "Este sitio se trasladó a un servidor compartido. Los cambios hechos en esta copia, en esta computadora, no "
        "llegan al servidor ni a quienes trabajan en él. Inicie sesión en el servidor.",
    "Someone saved version {version} of the checklist while you were editing it; nothing was saved. Your changes "
    "are still here. Press Save again to save them as version {next} on top of theirs, or Cancel and open the "
    "checklist again to see version {version} first.":
        "Otra persona guardó la versión {version} de la lista de verificación mientras usted la editaba; no se "
        "guardó nada. Sus cambios siguen aquí. Pulse Guardar de nuevo para guardarlos como versión {next} sobre la "
        "de esa persona, o Cancelar y abra la lista otra vez para ver primero la versión {version}.",
    # Drafts: unsaved input kept through a lock, sleep or crash (issue 14)
    "the recovery key": "la clave de recuperación",
    "Unsaved drafts kept in this site (only the person who typed one can open it): {people}.":
        "Borradores sin guardar que conserva este sitio (solo quien escribió cada uno puede abrirlo): {people}.",
    "A draft could not be kept: {reason}": "No se pudo conservar un borrador: {reason}",
    "This draft cannot be opened: its record is no longer there, or your role no longer opens it. You can "
    "discard it.":
        "No se puede abrir este borrador: su registro ya no existe o su rol ya no permite abrirlo. Puede "
        "descartarlo.",
    "&Sign out and keep drafts": "&Cerrar sesión y conservar los borradores",
    "&Quit and keep drafts": "&Salir y conservar los borradores",
    "Some forms hold typed input that is not saved yet.":
        "Algunos formularios tienen texto escrito que todavía no se ha guardado.",
    "&Keep editing": "Seguir &editando",
    "It is kept as a draft and offered the next time you sign in.":
        "Se conserva como borrador y se le ofrecerá la próxima vez que inicie sesión.",
    "Participant details": "Datos del participante",
    "1 draft": "1 borrador",
    "{count} drafts": "{count} borradores",
    "Unsaved work": "Trabajo sin guardar",
    "Unsaved work from {date}: {drafts}": "Trabajo sin guardar del {date}: {drafts}",
    "LEAD Desktop closed before this was saved. Restore opens each draft in its form, where you can check it and "
    "save it; Discard throws it away. Decide later keeps them for your next sign-in.":
        "LEAD Desktop se cerró antes de que esto se guardara. Restaurar abre cada borrador en su formulario, donde "
        "puede revisarlo y guardarlo; Descartar lo elimina. Decidir más tarde los conserva para su próximo inicio "
        "de sesión.",
    "Decide &later": "Decidir &más tarde",
    "Typed {when}": "Escrito el {when}",
    "&Restore": "&Restaurar",
    "Restore": "Restaurar",
    "Restore: {draft}": "Restaurar: {draft}",
    "&Discard": "&Descartar",
    "Discard": "Descartar",
    "Discard: {draft}": "Descartar: {draft}",
    "Discard this note?": "¿Descartar esta nota?",
    "Discard this assessment?": "¿Descartar esta evaluación?",
    "Discard this plan goal?": "¿Descartar esta meta del plan?",
    "Discard this service linkage?": "¿Descartar esta vinculación con servicios?",
    "Discard this housing entry?": "¿Descartar este dato de vivienda?",
    "Discard this legal case?": "¿Descartar este caso judicial?",
    "Discard this consent?": "¿Descartar este consentimiento?",
    "Discard this disclosure?": "¿Descartar esta divulgación?",
    "Discard the changes to this person's details?": "¿Descartar los cambios en los datos de esta persona?",
    "Discard this referral?": "¿Descartar esta remisión?",
    "Discard these intake dates?": "¿Descartar estas fechas de admisión?",
    "Discard this outcome?": "¿Descartar este resultado?",
    "Discard this agency?": "¿Descartar esta agencia?",
    "Discard this officer?": "¿Descartar este agente?",
    "Discard this meeting?": "¿Descartar esta reunión?",
    "Discard this agenda item and its notes?": "¿Descartar este punto del orden del día y sus notas?",
    "Discard this decision?": "¿Descartar esta decisión?",
    "Discard this action item?": "¿Descartar esta tarea?",
    "Discard this amendment?": "¿Descartar esta enmienda?",
    "Discard this guest?": "¿Descartar este invitado?",
    "Discard these case-conference notes?": "¿Descartar estas notas de la conferencia de casos?",
    "Discard what you typed?": "¿Descartar lo que escribió?",
    "What you typed has not been saved.": "Lo que escribió no se ha guardado.",
    "Keep unsaved drafts for days": "Días que se conservan los borradores sin guardar",
    "What someone typed but did not save is kept, encrypted, as a draft to restore after a lock or a crash. "
    "Drafts older than this are removed.":
        "Lo que alguien escribió y no guardó se conserva cifrado como borrador, para restaurarlo después de un "
        "bloqueo o un cierre inesperado. Los borradores más antiguos se eliminan.",
    "Restored a draft": "Restauró un borrador",
    "Discarded a draft": "Descartó un borrador",
    "These texts print on the site's fact sheet. A blank line starts a new paragraph; a line starting with “- ” becomes a bullet. Empty a field to go back to the default text; a text without one (how to refer, contact) is left out of the fact sheet until it is written.":
        "Estos textos se imprimen en la hoja informativa del sitio. Una línea en blanco inicia un párrafo nuevo; una línea que empieza con “- ” se convierte en una viñeta. Vacíe un campo para volver al texto predeterminado; un texto que no tiene uno (cómo remitir, contacto) queda fuera de la hoja informativa hasta que se escriba.",
    "Not written yet: left out of the fact sheet.":
        "Aún sin escribir: queda fuera de la hoja informativa.",
    "Not written yet, so left out of the fact sheet: {names}. Write them on the Fact sheet texts tab.":
        "Aún sin escribir, por eso quedan fuera de la hoja informativa: {names}. Escríbalos en la pestaña Textos de la hoja informativa.",
    "Not written yet, so left out of the fact sheet: {names}. An administrator or project manager writes them on this page.":
        "Aún sin escribir, por eso quedan fuera de la hoja informativa: {names}. Un administrador o el gerente de proyecto los escribe en esta página.",
    "One page for the public: what LEAD is, how referral works, goals, governance, figures, how to refer and whom to contact.":
        "Una página para el público: qué es LEAD, cómo funcionan las remisiones, objetivos, gobernanza, cifras, cómo remitir y a quién contactar.",
    "Please choose one of the offered values.":
        "Elija uno de los valores ofrecidos.",
    "Figures since the program began, as of {date}.":
        "Cifras desde el inicio del programa, al {date}.",
    "Ratio to the baseline":
        "Razón respecto a la referencia",
    "Counts from 1 to {highest} are shown as “<{below}” to protect participants' privacy; a share worked out from such a count is shown as “n<{below}”.":
        "Los conteos de 1 a {highest} se muestran como “<{below}” para proteger la privacidad de los participantes; un porcentaje calculado a partir de uno de esos conteos se muestra como “n<{below}”.",
    "Paper size of reports":
        "Tamaño de papel de los informes",
    "US Letter":
        "Carta (EE. UU.)",
    "A4":
        "A4",
    "The paper every PDF the program makes is laid out for.":
        "El papel para el que se diseña cada PDF que hace el programa.",
    "One list for the whole program: every organization is on Governance → Organizations, and one that refers people is offered on the referral form too.":
        "Una sola lista para todo el programa: cada organización está en Gobernanza → Organizaciones, y la que remite personas también se ofrece en el formulario de remisión.",
    "Refers people":
        "Remite personas",
    "No organizations yet: add the partner agencies, providers and community groups. The police department and others that refer people are on the Referrals page too.":
        "Aún no hay organizaciones: agregue las agencias asociadas, los proveedores y los grupos comunitarios. El departamento de policía y las demás que remiten personas también aparecen en la página Remisiones.",
    "Referring organizations":
        "Organizaciones que remiten",
    "Organizations that refer people":
        "Organizaciones que remiten personas",
    "This organization still has people, memberships, seats or referrals and officers ({people}, {members}, {seats}, {referrals}). Move or remove them first, or mark it inactive.":
        "Esta organización todavía tiene personas, membresías, puestos o remisiones y agentes ({people}, {members}, {seats}, {referrals}). Primero muévalos o elimínelos, o márquela como inactiva.",
    "Refers people to LEAD":
        "Remite personas a LEAD",
    "Offered as the referring agency on the referral form, with its officers.":
        "Se ofrece como agencia remitente en el formulario de remisión, con sus agentes.",
    "An inactive organization stays on old records but is not offered for new referrals.":
        "Una organización inactiva se conserva en los registros anteriores, pero no se ofrece para remisiones nuevas.",
    # ----- a site's history (issue 16) ------------------------------------------------------------
    "Referral": "Remisión",
    "Reference": "Referencia",
    "Missing": "Falta",
    "Records of the site's history and what they lack": "Registros del historial del sitio y lo que les falta",
    "Read the &list again": "Leer la lista de n&uevo",
    "No history imported yet: the day the site started using LEAD Desktop is not set.":
        "Todavía no se importó ningún historial: no está fijado el día en que el sitio empezó a usar LEAD Desktop.",
    "Nothing is missing from the {participants} participants and {referrals} referrals of the site's history.":
        "No falta nada en los {participants} participantes y las {referrals} remisiones del historial del sitio.",
    "The site's history before {day} holds {participants} participants and {referrals} referrals; {count} of these "
    "records lack something — {counts}. None of it keeps a record out of the reports.":
        "El historial del sitio antes del {day} tiene {participants} participantes y {referrals} remisiones; a {count} "
        "de estos registros les falta algo — {counts}. Nada de esto deja un registro fuera de los informes.",
    "Import a &site's history…": "Importar el historial de un &sitio…",
    "The people, referrals and contacts the site kept before LEAD Desktop, imported together (Ctrl+Shift+I)":
        "Las personas, remisiones y contactos que el sitio registró antes de LEAD Desktop, importados juntos "
        "(Ctrl+Mayús+I)",
    "A new site's first step: the spreadsheets it kept before LEAD Desktop — everyone referred (enrolled or not), "
    "their referrals and their contacts, joined by the site's own client ID — checked and imported as one. "
    "Referrals from before the site used the program come in without today's intake rules, and Reports lists "
    "what they lack. For project managers and administrators.":
        "El primer paso de un sitio nuevo: las hojas de cálculo que llevaba antes de LEAD Desktop — todas las personas "
        "remitidas (inscritas o no), sus remisiones y sus contactos, unidas por el ID de cliente propio del sitio — "
        "revisadas e importadas de una vez. Las remisiones de antes de que el sitio usara el programa entran sin las "
        "reglas de admisión actuales, e Informes muestra lo que les falta. Para gerentes de proyecto y "
        "administradores.",
    "Import a site's history": "Importar el historial de un sitio",
    "1. People": "1. Personas",
    "2. Referrals": "2. Remisiones",
    "3. Contacts (optional)": "3. Contactos (opcional)",
    "4. Check and import": "4. Revisar e importar",
    "Rows that will be imported": "Filas que se importarán",
    "Rows already there or repeated": "Filas ya registradas o repetidas",
    "Steps": "Pasos",
    "Start with the people file: everyone the site referred.":
        "Empiece por el archivo de personas: todas las personas que el sitio remitió.",
    "&Back": "A&nterior",
    "&Next": "&Siguiente",
    "&Dates in the files are written:": "Las &fechas de los archivos se escriben:",
    "The people, referrals and contacts the site kept before LEAD Desktop, joined by the site's own client ID and "
    "imported together: everything or nothing. Importing them again adds only what is new.":
        "Las personas, remisiones y contactos que el sitio registró antes de LEAD Desktop, unidos por el ID de cliente "
        "propio del sitio e importados juntos: todo o nada. Importarlos otra vez solo agrega lo nuevo.",
    "Check and import": "Revisar e importar",
    "The site started using LEAD Desktop &on:": "El sitio empezó a usar LEAD Desktop el &día:",
    "Referrals dated before this day come in marked “recorded before LEAD Desktop”: they count in every report, "
    "but today's intake rules (officer, offense, hand-off, screening) are not asked of them. The import keeps this "
    "day as a site setting.":
        "Las remisiones con fecha anterior a este día entran marcadas como «registradas antes de LEAD Desktop»: cuentan "
        "en todos los informes, pero no se les piden las reglas de admisión actuales (agente, delito, traspaso, "
        "evaluación). La importación guarda este día como configuración del sitio.",
    "Chec&k all rows": "&Revisar todas las filas",
    "Check every row of the three files without importing anything":
        "Revisar cada fila de los tres archivos sin importar nada",
    "File whose rows are shown": "Archivo cuyas filas se muestran",
    "&All or nothing: import only when every row of the three files is right":
        "&Todo o nada: importar solo cuando todas las filas de los tres archivos estén bien",
    "Only the &valid rows; write the others, with the reasons, one file per input, to the folder:":
        "Solo las filas &válidas; escribir las demás, con los motivos, un archivo por cada archivo, en la carpeta:",
    "Folder for the rejected rows": "Carpeta para las filas rechazadas",
    "beside each file (NAME-rejected.csv)": "junto a cada archivo (NOMBRE-rejected.csv)",
    "Name, e.g. “Our spreadsheets 2024”": "Nombre, p. ej. «Nuestras hojas de cálculo 2024»",
    "Ro&ws of:": "Fi&las de:",
    "S&how:": "&Mostrar:",
    "Check all rows, look at what the check found, then import.":
        "Revise todas las filas, mire lo que encontró la revisión y luego importe.",
    "Choose the people and referrals files first (steps 1 and 2).":
        "Elija primero los archivos de personas y de remisiones (pasos 1 y 2).",
    "Choose the {sheet} file": "Elegir el archivo de {sheet}",
    "Check which column fills which field, then go on to the next file.":
        "Compruebe qué columna llena cada campo y luego pase al archivo siguiente.",
    "Saved the mapping “{name}”. Choose it next time files come from the same place.":
        "Se guardó la asignación «{name}». Elíjala la próxima vez que lleguen archivos del mismo lugar.",
    "{count} possible matches ticked as someone else: check again to see what follows.":
        "{count} posibles coincidencias marcadas como otra persona: revise de nuevo para ver lo que sigue.",
    "Contacts: no file chosen (step 3), so none are imported.":
        "Contactos: no se eligió archivo (paso 3), así que no se importa ninguno.",
    "{count} created": "{count} creadas",
    "{count} to import": "{count} por importar",
    "{count} referral subjects (not enrolled)": "{count} personas remitidas (no inscritas)",
    "{count} already there": "{count} ya registradas",
    "1 repeat": "1 repetida",
    "{n} repeats": "{n} repetidas",
    "{count} refused": "{count} rechazadas",
    "{file}: {rows} rows — {parts}": "{file}: {rows} filas — {parts}",
    "{count} rows need attention: see “Rows with problems”. Correct them in the files and read them again, or "
    "import only the valid rows.":
        "{count} filas necesitan atención: vea «Filas con problemas». Corríjalas en los archivos y léalos de nuevo, o "
        "importe solo las filas válidas.",
    "Dry run: the import would be refused, {count} rows need attention. Nothing was changed.":
        "Prueba: la importación se rechazaría, {count} filas necesitan atención. No se cambió nada.",
    "Dry run: this is what the import would do. Nothing was changed.":
        "Prueba: esto es lo que haría la importación. No se cambió nada.",
    "Nothing was imported: {count} rows need attention. Correct them, or choose “Only the valid rows”.":
        "No se importó nada: {count} filas necesitan atención. Corríjalas o elija «Solo las filas válidas».",
    "Imported the history.": "Se importó el historial.",
    "The rows that need attention are in: {files}.": "Las filas que necesitan atención están en: {files}.",
    "Everyone the site referred, enrolled or not: one row per person, with the site's own client ID. A Status "
    "column says who enrolled (“Active”, “Exited”, “Not enrolled”…); people who never enrolled come in as the "
    "subjects of their referrals. No enrollment date? It is taken from the person's referral.":
        "Todas las personas que el sitio remitió, inscritas o no: una fila por persona, con el ID de cliente propio "
        "del sitio. Una columna de estado dice quién se inscribió («Activo», «Egresado», «No inscrito»…); las personas "
        "que nunca se inscribieron entran como las personas de sus remisiones. ¿No hay fecha de inscripción? Se toma "
        "de la remisión de la persona.",
    "One row per referral, with the client ID of the person referred. Name, birth date, race and sex may come from "
    "the people file. Referrals from before the site used LEAD Desktop may lack the officer, offense or hand-off "
    "time.":
        "Una fila por remisión, con el ID de cliente de la persona remitida. El nombre, la fecha de nacimiento, la raza "
        "y el sexo pueden venir del archivo de personas. A las remisiones de antes de que el sitio usara LEAD Desktop "
        "les puede faltar el agente, el delito o la hora del traspaso.",
    "One row per contact, with the client ID of the participant. Leave this step empty if the site kept no contacts.":
        "Una fila por contacto, con el ID de cliente del participante. Deje este paso vacío si el sitio no registró "
        "contactos.",
    "What the records of the site's history lack — referrals recorded before LEAD Desktop without an officer, "
    "offense, hand-off or screening, enrollment dates worked out from a referral — for the project manager to fill "
    "in. It names people.":
        "Lo que les falta a los registros del historial del sitio — remisiones registradas antes de LEAD Desktop sin "
        "agente, delito, traspaso o evaluación, fechas de inscripción deducidas de una remisión — para que el gerente "
        "de proyecto lo complete. Nombra a personas.",
    "Recorded before LEAD Desktop: today's intake rules and deadline do not apply":
        "Registrada antes de LEAD Desktop: no se aplican las reglas ni el plazo de admisión actuales",
    "File of {sheet}": "Archivo de {sheet}",
    "No file chosen yet.": "Todavía no se eligió un archivo.",
    "Two &identical rows are two contacts: import both (otherwise the second is reported as a repeat)":
        "Dos filas &idénticas son dos contactos: importar ambas (si no, la segunda se informa como repetida)",
    "Status words in the file and what each means:": "Palabras de estado del archivo y lo que significa cada una:",
    "Status words and what each means": "Palabras de estado y lo que significa cada una",
    "Status as written": "Estado tal como está escrito",
    "Rows": "Filas",
    "Means": "Significa",
    "What “{word}” means": "Qué significa «{word}»",
    "(choose what it means)": "(elija lo que significa)",
    "Status words in the file and what each means. Choose a meaning for the {count} marked: rows with them cannot "
    "be imported until then.":
        "Palabras de estado del archivo y lo que significa cada una. Elija un significado para las {count} marcadas: "
        "las filas que las tienen no se pueden importar hasta entonces.",
    "That is not a saved mapping of a site's history.": "Eso no es una asignación guardada del historial de un sitio.",
    "“{word}” must mean one of the statuses.": "«{word}» debe significar uno de los estados.",
    "The status “{word}” is not one the import knows. Choose what it means in the people step's status words (or in "
    "the mapping file's status_words).":
        "El estado «{word}» no es uno que la importación conozca. Elija lo que significa en las palabras de estado del "
        "paso de personas (o en status_words del archivo de asignación).",
    "No client ID: the sheets are joined by it.": "No hay ID de cliente: las hojas se unen por él.",
    "The client ID {id} is on row {row} of the people sheet too.":
        "El ID de cliente {id} también está en la fila {row} de la hoja de personas.",
    "No status, no enrollment date and no referral: it does not say whether this person enrolled.":
        "Sin estado, sin fecha de inscripción y sin remisión: no dice si esta persona se inscribió.",
    "Enrolled, but there is no enrollment date on the people sheet and no referral to take it from.":
        "Inscrita, pero no hay fecha de inscripción en la hoja de personas ni una remisión de donde tomarla.",
    "Enrollment date {date} from {source}.": "Fecha de inscripción {date} tomada de {source}.",
    "The referral says enrolled, but the people sheet says this person was not enrolled (row {row}).":
        "La remisión dice inscrita, pero la hoja de personas dice que esta persona no se inscribió (fila {row}).",
    "No one with the client ID {id} is on the people sheet or on file.":
        "Nadie con el ID de cliente {id} está en la hoja de personas ni registrado.",
    "The person with the client ID {id} (people sheet, row {row}) is not imported: see that row.":
        "La persona con el ID de cliente {id} (hoja de personas, fila {row}) no se importa: vea esa fila.",
    "The person with the client ID {id} (people sheet, row {row}) may already be on file: review that row first.":
        "La persona con el ID de cliente {id} (hoja de personas, fila {row}) quizá ya esté registrada: revise primero "
        "esa fila.",
    "The person with the client ID {id} was never enrolled (people sheet, row {row}): a contact needs a participant.":
        "La persona con el ID de cliente {id} nunca se inscribió (hoja de personas, fila {row}): un contacto necesita "
        "un participante.",
    "Not enrolled, and no referral of theirs is on the referrals sheet: there is nothing to record.":
        "No inscrita, y ninguna remisión suya está en la hoja de remisiones: no hay nada que registrar.",
    "Not enrolled: comes in as the subject of {count} referral(s).":
        "No inscrita: entra como la persona de {count} remisión(es).",
    "Recorded before LEAD Desktop (dated before {date}): today's intake rules do not apply.":
        "Registrada antes de LEAD Desktop (con fecha anterior al {date}): no se aplican las reglas de admisión "
        "actuales.",
    "Please enter a date like 2025-03-31.": "Escriba una fecha como 2025-03-31.",
    "Before LEAD Desktop": "Antes de LEAD Desktop",
    "Data quality": "Calidad de los datos",
    "What the site's history lacks": "Lo que le falta al historial del sitio",
    "Records from before {day}, when the site started using LEAD Desktop":
        "Registros de antes del {day}, cuando el sitio empezó a usar LEAD Desktop",
    "Checked {participants} participants and {referrals} referrals. None of these gaps keeps a record out of the "
    "reports; fill them in where the information can still be found.":
        "Se revisaron {participants} participantes y {referrals} remisiones. Ninguno de estos vacíos deja un registro "
        "fuera de los informes; complételos donde todavía se pueda encontrar la información.",
    "What is missing": "Lo que falta",
    "Records": "Registros",
    "Nothing is missing.": "No falta nada.",
    "Data quality of the site's history": "Calidad de los datos del historial del sitio",
    "No referring officer": "Sin agente que remite",
    "No referring agency": "Sin agencia que remite",
    "No alleged offense": "Sin presunto delito",
    "No hand-off time": "Sin hora del traspaso",
    "No screening answers": "Sin respuestas de evaluación",
    "No referring person or agency": "Sin persona ni agencia que remite",
    "Outcome not recorded": "Resultado no registrado",
    "No date of birth": "Sin fecha de nacimiento",
    "Race and ethnicity not recorded": "Raza y etnia no registradas",
    "Sex not recorded": "Sexo no registrado",
    "Enrollment date taken from the referral's outcome date":
        "Fecha de inscripción tomada de la fecha del resultado de la remisión",
    "Enrollment date taken from the referral date": "Fecha de inscripción tomada de la fecha de la remisión",
    "No exit reason": "Sin motivo de egreso",
    "No exit destination": "Sin destino de egreso",
    "Started using LEAD Desktop on": "Empezó a usar LEAD Desktop el",
    "A date like 2025-03-31. Referrals of the site's history dated before it come in marked “recorded before LEAD "
    "Desktop”: they count in every report, but today's intake rules (officer, offense, hand-off, screening) are not "
    "asked of them. The first history import sets it.":
        "Una fecha como 2025-03-31. Las remisiones del historial del sitio con fecha anterior entran marcadas como "
        "«registradas antes de LEAD Desktop»: cuentan en todos los informes, pero no se les piden las reglas de "
        "admisión actuales (agente, delito, traspaso, evaluación). La primera importación de historial la fija.",
    "People": "Personas",
    "Not enrolled (referred only)": "No inscrita (solo remitida)",
    "the people sheet": "la hoja de personas",
    "the referral's outcome date": "la fecha del resultado de la remisión",
    "the referral date": "la fecha de la remisión",
    "Referral subject (not enrolled)": "Persona remitida (no inscrita)",
    # ----- HMIS CSV FY2026, both ways (issue 17)
    "Import from an H&MIS…": "Importar desde un H&MIS…",
    "Import one project's clients from an HMIS CSV export, a folder or .zip (Ctrl+Shift+H)":
        "Importar los clientes de un proyecto desde una exportación CSV de HMIS, una carpeta o un .zip (Ctrl+Shift+H)",
    "Bring people over from the Continuum of Care's HMIS: the clients, enrollments and exits of one project of an "
    "HMIS CSV export (FY2026 or FY2024) become participants, or update the ones already linked to the HMIS. The same "
    "checks, all or nothing, and importing the same export again adds nothing.":
        "Traiga personas desde el HMIS del Continuum of Care: los clientes, inscripciones y egresos de un proyecto de "
        "una exportación CSV de HMIS (FY2026 o FY2024) pasan a ser participantes, o actualizan a los que ya están "
        "vinculados al HMIS. Las mismas revisiones, todo o nada, e importar de nuevo la misma exportación no agrega "
        "nada.",
    "Lists open in any spreadsheet and import back unchanged. The de-identified file has no names, contact details "
    "or notes, ages in bands and pseudonyms that stay the same for the same export key. The HMIS export is a "
    "complete HMIS CSV FY2026 export of the participants whose consent names the HMIS / Continuum of Care. Every "
    "export is recorded in the audit log.":
        "Las listas se abren en cualquier hoja de cálculo y se vuelven a importar sin cambios. El archivo sin datos "
        "identificatorios no tiene nombres, datos de contacto ni notas; tiene edades por rangos y seudónimos que se "
        "mantienen iguales con la misma clave de exportación. La exportación de HMIS es una exportación HMIS CSV "
        "FY2026 completa de los participantes cuyo consentimiento nombra al HMIS / Continuum of Care. Cada "
        "exportación queda registrada en el registro de auditoría.",
    "Import from an HMIS": "Importar desde un HMIS",
    "Say why participants without an HMIS consent are exported, or untick the box.":
        "Diga por qué se exportan participantes sin consentimiento para el HMIS, o desmarque la casilla.",
    "{count} participants exported, each in their disclosure log.":
        "{count} participantes exportados, cada uno en su registro de divulgaciones.",
    "{count} left out: no consent in force names the HMIS.":
        "{count} quedaron fuera: ningún consentimiento vigente nombra al HMIS.",
    "Substance use information held back for {count} (no Part 2 consent names the HMIS).":
        "Se retuvo la información sobre uso de sustancias de {count} (ningún consentimiento de la Parte 2 nombra "
        "al HMIS).",
    "{count} answers of rental with ongoing subsidy have no subsidy type: add it to the exit or the housing history.":
        "{count} respuestas de alquiler con subsidio continuo no tienen tipo de subsidio: agréguelo al egreso o al "
        "historial de vivienda.",
    "C&hange…": "Ca&mbiar…",
    "Correct the project's HMIS details": "Corregir los datos del proyecto en el HMIS",
    "The project in the Continuum of Care's HMIS (asked once, then kept)":
        "El proyecto en el HMIS del Continuum of Care (se pregunta una vez y se guarda)",
    "Also e&xport the participants without such a consent, because:":
        "&También exportar a los participantes sin ese consentimiento, porque:",
    "Why participants without an HMIS consent are exported": "Por qué se exportan participantes sin consentimiento para el HMIS",
    "the reason goes into each one's disclosure log": "el motivo queda en el registro de divulgaciones de cada uno",
    "Written as the HMIS CSV FY2026 specification asks: every file's full header, blank or “data not collected” "
    "where LEAD Desktop holds no answer. Substance use information (a stay in a treatment facility, a referral to "
    "treatment) goes only under a 42 CFR Part 2 consent that names the HMIS. Every participant exported gets an "
    "entry in their disclosure log.":
        "Se escribe como pide la especificación HMIS CSV FY2026: el encabezado completo de cada archivo, en blanco o "
        "«dato no recopilado» donde LEAD Desktop no tiene respuesta. La información sobre uso de sustancias (una "
        "estadía en un centro de tratamiento, una remisión a tratamiento) solo va con un consentimiento de 42 CFR "
        "Part 2 que nombre al HMIS. Cada participante exportado recibe una entrada en su registro de divulgaciones.",
    "{covered} participants have a consent in force that names the HMIS / Continuum of Care and are exported.":
        "{covered} participantes tienen un consentimiento vigente que nombra al HMIS / Continuum of Care y se exportan.",
    "{count} have none and are left out.": "{count} no lo tienen y quedan fuera.",
    "The project's HMIS details are missing. An administrator gives them once, in this dialog, before the first "
    "HMIS export.":
        "Faltan los datos del proyecto en el HMIS. Un administrador los indica una vez, en este diálogo, antes de la "
        "primera exportación de HMIS.",
    "HMIS project {project} ({name}), {kind}, CoC {coc}.": "Proyecto de HMIS {project} ({name}), {kind}, CoC {coc}.",
    "First, the project's details as the Continuum of Care's HMIS knows them. They are kept for the next export.":
        "Primero, los datos del proyecto tal como los conoce el HMIS del Continuum of Care. Se guardan para la "
        "próxima exportación.",
    "The folder or .zip of an HMIS CSV export": "La carpeta o el .zip de una exportación CSV de HMIS",
    "HMIS CSV export to import": "Exportación CSV de HMIS que se importará",
    "Choose .&zip…": "Elegir .&zip…",
    "Choose &folder…": "Elegir &carpeta…",
    "Project to import": "Proyecto que se importará",
    "Choose the export. Its clients, enrollments and exits of one project become participants; people already "
    "linked to the HMIS are updated.":
        "Elija la exportación. Los clientes, inscripciones y egresos de un proyecto pasan a ser participantes; se "
        "actualiza a las personas ya vinculadas al HMIS.",
    "1. The HMIS export": "1. La exportación de HMIS",
    "&Project:": "Pro&yecto:",
    "Clients of the project and what the check found": "Clientes del proyecto y lo que encontró la revisión",
    "Chec&k clients": "&Revisar clientes",
    "Check every client without importing anything": "Revisar a cada cliente sin importar nada",
    "2. Check": "2. Revisión",
    "All or nothing: the import goes in only when every client can. Importing the same export again adds nothing. "
    "A blank or “data not collected” in the HMIS never replaces what LEAD Desktop knows.":
        "Todo o nada: la importación entra solo cuando todos los clientes pueden entrar. Importar de nuevo la misma "
        "exportación no agrega nada. Un blanco o «dato no recopilado» en el HMIS nunca reemplaza lo que sabe LEAD "
        "Desktop.",
    "{project}: {count} enrollments": "{project}: {count} inscripciones",
    "HMIS CSV FY{version}; projects with enrollments: {count}.": "HMIS CSV FY{version}; proyectos con inscripciones: {count}.",
    "Choose the project, then check its clients.": "Elija el proyecto y luego revise sus clientes.",
    "The export has no enrollments to import.": "La exportación no tiene inscripciones para importar.",
    "Choose the HMIS CSV export (.zip)": "Elija la exportación CSV de HMIS (.zip)",
    "Zip files (*.zip)": "Archivos zip (*.zip)",
    "Choose the folder of the HMIS CSV export": "Elija la carpeta de la exportación CSV de HMIS",
    "{count} clients": "{count} clientes",
    "Checking the clients…": "Revisando los clientes…",
    "{count} clients have problems; nothing can be imported until they are corrected in the HMIS.":
        "{count} clientes tienen problemas; no se puede importar nada hasta que se corrijan en el HMIS.",
    "Every client can be imported.": "Todos los clientes se pueden importar.",
    "Nothing was imported: {count} clients have problems.": "No se importó nada: {count} clientes tienen problemas.",
    "Dry run: {created} participants would be created and {updated} updated. Nothing was changed.":
        "Prueba: se crearían {created} participantes y se actualizarían {updated}. No se cambió nada.",
    "Imported {created} new participants and updated {updated}.":
        "Se importaron {created} participantes nuevos y se actualizaron {updated}.",
    "A subsidy type goes only with “Rental by client, with ongoing subsidy”: clear it or choose that answer.":
        "Un tipo de subsidio solo va con «Alquiler por el cliente, con subsidio continuo»: bórrelo o elija esa "
        "respuesta.",
    "{file} is not an HMIS CSV export LEAD Desktop can read.":
        "{file} no es una exportación CSV de HMIS que LEAD Desktop pueda leer.",
    "{file} is not an HMIS CSV export: it has no Export.csv.": "{file} no es una exportación CSV de HMIS: no tiene Export.csv.",
    "{file} is not a complete HMIS CSV export: it has no {name}.":
        "{file} no es una exportación CSV de HMIS completa: no tiene {name}.",
    "In {file}, the columns of {name} are not those of the FY2026 or FY2024 HMIS CSV specification.":
        "En {file}, las columnas de {name} no son las de la especificación HMIS CSV FY2026 ni FY2024.",
    "The files in {file} are of different versions of the HMIS CSV specification.":
        "Los archivos de {file} son de versiones distintas de la especificación HMIS CSV.",
    "In {file}, {name} is not UTF-8 text as the HMIS CSV specification asks.":
        "En {file}, {name} no es texto UTF-8 como pide la especificación HMIS CSV.",
    "In {file}, {name} is larger than 200 MB.": "En {file}, {name} pesa más de 200 MB.",
    "{file} is neither a folder nor a .zip file.": "{file} no es una carpeta ni un archivo .zip.",
    "A CoC code is two capital letters, a hyphen and three digits, like LA-503.":
        "Un código de CoC son dos letras mayúsculas, un guion y tres dígitos, como LA-503.",
    "A geocode is six digits, like 229071.": "Un geocódigo son seis dígitos, como 229071.",
    "Name the local or other funding source (for example the city or the county).":
        "Nombre la fuente de financiamiento local u otra (por ejemplo, la ciudad o el condado).",
    "Say in a sentence why participants without an HMIS consent are exported.":
        "Diga en una oración por qué se exportan participantes sin consentimiento para el HMIS.",
    "Already imported, and nothing has changed in the HMIS since.":
        "Ya importado, y nada ha cambiado en el HMIS desde entonces.",
    "{number} is this client; nothing differs.": "{number} es este cliente; nada es distinto.",
    "Updates {number}: {fields}.": "Actualiza {number}: {fields}.",
    "This PersonalID repeats row {row}.": "Este PersonalID repite la fila {row}.",
    "{file} {column}: “{value}” is not a date written YYYY-MM-DD.":
        "{file} {column}: «{value}» no es una fecha escrita AAAA-MM-DD.",
    "{file} {column}: “{value}” is not one of the HMIS CSV codes for it.":
        "{file} {column}: «{value}» no es uno de los códigos HMIS CSV de esa columna.",
    "{count} earlier enrollments of this client in the project are not imported; the latest is.":
        "No se importan {count} inscripciones anteriores de este cliente en el proyecto; se importa la más reciente.",
    "The export holds several projects: choose the one to import ({projects}).":
        "La exportación tiene varios proyectos: elija el que se importará ({projects}).",
    "The export has no enrollments in a project with the ID {project}.":
        "La exportación no tiene inscripciones en un proyecto con el ID {project}.",
    "Destination subsidy type (HMIS)": "Tipo de subsidio del destino (HMIS)",
    "HMIS 3.12.A: for “Rental by client, with ongoing subsidy” only: which subsidy.":
        "HMIS 3.12.A: solo para «Alquiler por el cliente, con subsidio continuo»: qué subsidio.",
    "Subsidy type (HMIS)": "Tipo de subsidio (HMIS)",
    "Data systems it covers": "Sistemas de datos que cubre",
    "YYYY-MM-DD": "AAAA-MM-DD",
    "Check HMIS / Continuum of Care only when the signed form names the Continuum of Care's HMIS: only then does an "
    "HMIS export include this person.":
        "Marque HMIS / Continuum of Care solo cuando el formulario firmado nombre al HMIS del Continuum of Care: solo "
        "entonces una exportación de HMIS incluye a esta persona.",
    "HMIS OrganizationID": "OrganizationID en el HMIS",
    "The ID the Continuum's HMIS gave the organization that runs LEAD.":
        "El ID que el HMIS del Continuum dio a la organización que dirige LEAD.",
    "Organization name": "Nombre de la organización",
    "HMIS ProjectID": "ProjectID en el HMIS",
    "The ID the Continuum's HMIS gave this LEAD project.": "El ID que el HMIS del Continuum dio a este proyecto LEAD.",
    "Project name": "Nombre del proyecto",
    "Project type": "Tipo de proyecto",
    "Part of the Continuum's homeless response system": "Forma parte del sistema de respuesta a la falta de vivienda del Continuum",
    "CoC code": "Código de CoC",
    "The Continuum of Care's code, like LA-503.": "El código del Continuum of Care, como LA-503.",
    "Geocode": "Geocódigo",
    "HUD's six-digit geocode of the place the project works in.":
        "El geocódigo de seis dígitos de HUD del lugar donde trabaja el proyecto.",
    "Funder": "Financiador",
    "Funding source's name": "Nombre de la fuente de financiamiento",
    "Grant ID": "ID de la subvención",
    "The grant or contract number of that funding.": "El número de subvención o de contrato de ese financiamiento.",
    "Project operating since": "El proyecto funciona desde",
    "VASH housing subsidy": "Subsidio de vivienda VASH",
    "Other ongoing housing subsidy": "Otro subsidio de vivienda continuo",
    "GPD TIP housing subsidy": "Subsidio de vivienda GPD TIP",
    "RRH or equivalent subsidy": "Subsidio RRH o equivalente",
    "HCV voucher (tenant or project based, not dedicated)": "Vale HCV (por inquilino o por proyecto, no dedicado)",
    "Public housing unit": "Unidad de vivienda pública",
    "Housing Stability Voucher": "Vale de Estabilidad de Vivienda (Housing Stability Voucher)",
    "Family Unification Program Voucher (FUP)": "Vale del Programa de Unificación Familiar (FUP)",
    "Foster Youth to Independence Initiative (FYI)": "Iniciativa Foster Youth to Independence (FYI)",
    "Permanent Supportive Housing": "Vivienda de apoyo permanente",
    "Other permanent housing dedicated for formerly homeless persons":
        "Otra vivienda permanente dedicada a personas que estuvieron sin hogar",
    "HMIS / Continuum of Care": "HMIS / Continuum of Care",
    "Updates a participant": "Actualiza a un participante",
    "HMIS CSV FY2026 (for the Continuum of Care)": "HMIS CSV FY2026 (para el Continuum of Care)",
    "Services Only": "Solo servicios",
    "Street Outreach": "Alcance en la calle",
    "Local or other funding source (name it below)": "Fuente de financiamiento local u otra (nómbrela abajo)",
    "HUD: CoC - Supportive Services Only": "HUD: CoC - Solo servicios de apoyo",
    "HUD: ESG - Street Outreach": "HUD: ESG - Alcance en la calle",
    "HHS: PATH - Street Outreach and Supportive Services Only": "HHS: PATH - Alcance en la calle y solo servicios de apoyo",
    "HUD: Unsheltered Special NOFO": "HUD: NOFO especial para personas sin refugio",
    "N/A": "No corresponde",
    # Working offline on a laptop's copy of a server site (services.offline, gui.main_window.offline).
    "Offline — {count} changes waiting to be sent": "Sin conexión — {count} cambios esperando para enviarse",
    "Offline — 1 change waiting to be sent": "Sin conexión — 1 cambio esperando para enviarse",
    "{count} changes waiting to be sent": "{count} cambios esperando para enviarse",
    "1 change waiting to be sent": "1 cambio esperando para enviarse",
    "S&ync now": "Sincroni&zar ahora",
    "Sync now": "Sincronizar ahora",
    "Send the changes waiting on this laptop and bring its copy up to date":
        "Enviar los cambios que esperan en esta computadora portátil y actualizar su copia",
    "The server answers again: back online.": "El servidor responde de nuevo: vuelve a trabajar con conexión.",
    "The server cannot be reached: you are working on this laptop's copy.":
        "No se puede conectar con el servidor: está trabajando en la copia de esta computadora portátil.",
    "The server refused {count} of the changes made offline; they wait on this laptop with the reason.":
        "El servidor rechazó {count} de los cambios hechos sin conexión; esperan en esta computadora portátil "
        "con el motivo.",
    "Work o&ffline": "Trabajar sin c&onexión",
    "Work offline": "Trabajar sin conexión",
    "Work on this laptop's copy without the server; your changes wait here and are sent when you untick this.":
        "Trabajar en la copia de esta computadora portátil sin el servidor; sus cambios esperan aquí y se envían "
        "cuando desmarque esta opción.",
    "Working offline": "Trabajando sin conexión",
    "An administrator revoked this laptop's copy of your work, so it was removed from this computer. "
    "You are working on the server.":
        "Un administrador revocó la copia de su trabajo en esta computadora portátil, así que se eliminó de esta "
        "computadora. Está trabajando en el servidor.",
    "Accounts need the server: LEAD Desktop is working offline.":
        "Las cuentas necesitan el servidor: LEAD Desktop está trabajando sin conexión.",
    "Governance and meetings need the server: LEAD Desktop is working offline.":
        "La gobernanza y las reuniones necesitan el servidor: LEAD Desktop está trabajando sin conexión.",
    "Imports need the server: LEAD Desktop is working offline.":
        "Las importaciones necesitan el servidor: LEAD Desktop está trabajando sin conexión.",
    "Reports need the server: LEAD Desktop is working offline.":
        "Los informes necesitan el servidor: LEAD Desktop está trabajando sin conexión.",
    "Site settings need the server: LEAD Desktop is working offline.":
        "La configuración del sitio necesita el servidor: LEAD Desktop está trabajando sin conexión.",
    "The audit log needs the server: LEAD Desktop is working offline.":
        "El registro de auditoría necesita el servidor: LEAD Desktop está trabajando sin conexión.",
    "This needs the server: LEAD Desktop is working offline. It works again once the server is reached.":
        "Esto necesita el servidor: LEAD Desktop está trabajando sin conexión. Vuelve a funcionar en cuanto se "
        "conecte con el servidor.",
    "An administrator revoked this laptop's copy of your work, so the server refused to sync it and the copy "
    "was removed from this computer. Sign in while connected to the server to keep working.":
        "Un administrador revocó la copia de su trabajo en esta computadora portátil, así que el servidor se negó "
        "a sincronizarla y la copia se eliminó de esta computadora. Inicie sesión conectado al servidor para "
        "seguir trabajando.",
    "LEAD Desktop cannot reach the server {server}, and this laptop holds no copy of your work to use "
    "offline. Sign in once while connected to the server; after that you can work here without it.":
        "LEAD Desktop no puede conectarse con el servidor {server} y esta computadora portátil no tiene una copia "
        "de su trabajo para usar sin conexión. Inicie sesión una vez conectado al servidor; después podrá "
        "trabajar aquí sin él.",
    "The server does not know this laptop's copy for your account. Sign in while connected to the server.":
        "El servidor no reconoce la copia de esta computadora portátil para su cuenta. Inicie sesión conectado "
        "al servidor.",
    "The server refused this import made offline: {rows} row(s) have problems there. Nothing of it was "
    "imported; check the file and import it again.":
        "El servidor rechazó esta importación hecha sin conexión: {rows} fila(s) tienen problemas allí. No se "
        "importó nada; revise el archivo e impórtelo de nuevo.",
    "This laptop's copy has not reached the server for {days} days (your site allows {limit}), so it does not "
    "open until it syncs. Connect to the server's network and sign in; nothing was lost.":
        "La copia de esta computadora portátil no se ha conectado con el servidor en {days} días (su sitio "
        "permite {limit}), así que no se abre hasta que se sincronice. Conéctese a la red del servidor e inicie "
        "sesión; no se perdió nada.",
    "A laptop's offline copy opens for days without the server":
        "Días que la copia sin conexión de una computadora portátil se abre sin el servidor",
    "On a shared server, each laptop keeps an encrypted copy of its user's work for working offline. A copy "
    "that has not reached the server for longer than this refuses to open until it syncs.":
        "En un servidor compartido, cada computadora portátil guarda una copia cifrada del trabajo de su usuario "
        "para trabajar sin conexión. Una copia que no se ha conectado con el servidor por más tiempo que este no "
        "se abre hasta que se sincronice.",
    "Dropped a change made offline": "Descartó un cambio hecho sin conexión",
    "Revoked a laptop's offline copy": "Revocó la copia sin conexión de una computadora portátil",
    "Computer": "Computadora",
    "Laptops with an offline copy": "Computadoras portátiles con una copia sin conexión",
    "Last sync": "Última sincronización",
    "Re&voke this laptop's copy…": "Re&vocar la copia de esta computadora portátil…",
    "Revoke the copy of {name}'s work on the computer {computer}? The server will refuse its sync from now on, "
    "and the copy removes itself the next time it signs in while connected. Changes still waiting on that "
    "laptop are not sent.":
        "¿Revocar la copia del trabajo de {name} en la computadora {computer}? Desde ahora el servidor rechazará "
        "su sincronización, y la copia se elimina sola la próxima vez que inicie sesión con conexión. Los cambios "
        "que todavía esperan en esa computadora portátil no se envían.",
    "Revoke this laptop's copy": "Revocar la copia de esta computadora portátil",
    "The copy on {computer} is revoked.": "La copia en {computer} está revocada.",
    "{name} ({username})": "{name} ({username})",
    "Remove this laptop's copy": "Eliminar la copia de esta computadora portátil",
    "Sign out and &remove this laptop's copy…": "Cerrar sesión y &eliminar la copia de esta computadora portátil…",
    "Sign out and remove the copy of your work from this laptop? Your unsaved drafts on this laptop go with it. "
    "The next sign-in here while connected makes a new copy.":
        "¿Cerrar sesión y eliminar la copia de su trabajo de esta computadora portátil? Sus borradores sin guardar "
        "en esta computadora portátil se eliminan con ella. El próximo inicio de sesión aquí con conexión crea una "
        "copia nueva.",
    "{count} change(s) made offline have not reached the server yet and would be lost. Choose Sync now first to "
    "send them.":
        "{count} cambio(s) hechos sin conexión todavía no han llegado al servidor y se perderían. Elija "
        "Sincronizar ahora primero para enviarlos.",
    "number on sync": "número al sincronizar",
    "Changes &waiting to be sent…": "Ca&mbios que esperan para enviarse…",
    "Changes waiting to be sent": "Cambios que esperan para enviarse",
    "Agency saved": "Agencia guardada",
    "Changed on the server meanwhile: choose Sync now to compare":
        "Cambiado en el servidor mientras tanto: elija Sincronizar ahora para comparar",
    "Consent scan attached": "Escaneo de consentimiento adjuntado",
    "Contacts imported": "Contactos importados",
    "Intake recorded": "Admisión registrada",
    "Officer saved": "Agente guardado",
    "Profile edited": "Perfil editado",
    "Profile record deleted": "Registro del perfil eliminado",
    "Profile record edited": "Registro del perfil editado",
    "Record added to a profile": "Registro agregado a un perfil",
    "Referral edited": "Remisión editada",
    "Referral outcome": "Resultado de la remisión",
    "Referral override": "Excepción de la remisión",
    "Referral override removed": "Excepción de la remisión quitada",
    "Referral screened": "Remisión evaluada",
    "Refused by the server": "Rechazado por el servidor",
    "Waiting to be sent": "Esperando para enviarse",
    "&Drop this change…": "&Descartar este cambio…",
    "&Try again at the next sync": "&Intentar de nuevo en la próxima sincronización",
    "Change": "Cambio",
    "Drop this change": "Descartar este cambio",
    "Drop this change made on this laptop? It is never sent; the server's version stays. Later changes that "
    "depend on it (such as contacts of a new participant) may then be refused too.":
        "¿Descartar este cambio hecho en esta computadora portátil? Nunca se envía; la versión del servidor se "
        "mantiene. Los cambios posteriores que dependen de él (como los contactos de un participante nuevo) "
        "podrían ser rechazados también.",
    "It is sent again at the next sync.": "Se envía de nuevo en la próxima sincronización.",
    "The change was dropped.": "El cambio se descartó.",
    "These changes were made on this laptop and have not reached the server yet. They are sent in this order "
    "at the next sync; a change the server refused waits here with its reason, and later changes to the same "
    "record wait behind it.":
        "Estos cambios se hicieron en esta computadora portátil y todavía no han llegado al servidor. Se envían "
        "en este orden en la próxima sincronización; un cambio que el servidor rechazó espera aquí con su "
        "motivo, y los cambios posteriores del mismo registro esperan detrás de él.",
}

IN_CONTEXT: dict[tuple[str, str], str] = {
    ("fields", "Minutes"): "Minutos",  # a contact's duration; elsewhere "Minutes" are a meeting's
    ("AccountsModel", "Active"): "Activa",  # una cuenta
    ("vocab", "Locked"): "Bloqueada",  # un acta
    ("referrals", "Referred"): "Fecha de remisión",  # a column of dates
    ("SignInDialog", "&Quit"): "&Salir",
    ("WaitingChangesDialog", "Made"): "Fecha",  # when a change waiting to be sent was made  # "Sa&lir" in the File menu; here l is the keychain's
    ("ReportsPage", "&Participant:"): "Pa&rticipante:",  # p is Export PDF's
    ("OrganizationsTab", "Active"): "Activa",  # una organización
    ("OrganizationsTab", "Inactive"): "Inactiva",
    ("ReportsPage", "Bod&y:"): "Ó&rgano:",
    ("exchange", "Imported"): "Importada",  # a row of an import file
    ("DataQualityView", "Referral"): "Remisión",
}
