"""The functions and triggers a site's PostgreSQL database runs for itself: the SQL text that
`storage.server_schema.install_security` installs, kept apart from the GRANTs that decide who may
call what.

Every function ends its ``search_path`` with ``pg_temp``, so a temporary table a session made (were
TEMP ever granted) can never stand in for one of the site's tables. Functions that must act with the
owner's rights are SECURITY DEFINER and check who calls them; the trigger that stamps authorship runs
with the caller's rights, so "the owner or one of the owner's functions" is ``current_user`` being
the owner, something no staff role can become.

* **Accounts** (``lead_create_account`` …): only administrators (or the owner); passwords only as
  SCRAM verifiers. Deactivating ends the account's open connections. ``lead_change_own_password``
  is the one way a person's own change clears ``must_change_password``.
* **The audit log**: ``lead_audit_entry`` is the only way in for entries the program writes (sign-in,
  views, exports …): it accepts only the program's actions and fills in who and when itself. The
  chain trigger numbers and hashes every entry under the write lock, and stamps its time (keeping only
  the original time of an entry a laptop recorded offline, which `storage.server_sync` inserts, marked
  offline). ``lead_audit_row`` records every
  change of every row, any column, with a digest of the row as it now is (`ROW_DIGEST`), so a change
  made while the triggers were switched off shows as a row that no entry describes
  (`storage.server_integrity`).
* **The write lock** is an EXCLUSIVE lock on the table ``lead_write_lock``, on which no staff group has
  any right: only these functions take it. A writer that waited `LOCK_WAIT` ends the connections that
  have held it for `HOLD_LIMIT` and waits once more; then the program says the server is busy.
* **Authorship and versions** (``lead_stamp_row``): ``updated_by`` and the other who-did-it columns
  are the signed-in person's account, a different value is refused; ``row_version`` goes up by one
  on every change.
"""

from __future__ import annotations

from lead_desktop.domain.audit import AuditAction
from lead_desktop.domain.roles import Role

LOCK_TABLE = "lead_write_lock"
IMPORT_TABLE = "lead_import_xact"
LOCK_WAIT = "30s"  # tests shorten these (before the site is created)
HOLD_LIMIT = "10 minutes"
SITE_COMMENT = "LEAD Desktop site"

# The actions the program writes itself (`storage.audit.append`); row.* entries only the triggers write,
# and a server never records failed sign-ins, recovery keys, keychains, master keys or restores.
CLIENT_ACTIONS = tuple(a.value for a in AuditAction if not a.value.startswith("row.") and a not in (
    AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_RECOVERY_KEY, AuditAction.KEYCHAIN_ENABLED,
    AuditAction.KEYCHAIN_DISABLED, AuditAction.MASTER_KEY_ROTATED, AuditAction.RESTORED))
ROW_BASELINE = "row.baseline"

# Who changed a row: set from the signed-in person, never taken from the client.
AUTHOR_COLUMNS = {"meeting_amendment": ("recorded_by",), "participant_merge": ("merged_by",),
                  "published_numbers": ("computed_by",)}
# Who made a contact, a disclosure or an assessment: the person themselves, nobody, or (inside an import
# the program declared with lead_declare_import) the staff member the imported file names; never changed.
MAKER_COLUMNS = {"contact": ("staff_id",), "disclosure": ("staff_id",), "assessment": ("assessor_id",)}

DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
INVOKER = "LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp"
# A row's digest: the same text whatever the session's settings (the zone and bytea format show in JSON).
ROW_SETTINGS = "SET TimeZone = 'UTC' SET bytea_output = 'hex'"
ROW_DIGEST = "encode(sha256(convert_to(jsonb_strip_nulls(to_jsonb({row}))::text, 'UTF8')), 'hex')"

_OWNER = "(SELECT pg_get_userbyid(d.datdba) FROM pg_database d WHERE d.datname = current_database())"
_VERIFIER = r"^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"


def _roles(database: str) -> str:
    return ", ".join(f"'{database}_{r.value}'" for r in Role)


def _admin_check(database: str) -> str:
    return (
        f"IF NOT (pg_has_role(session_user, '{database}_{Role.ADMINISTRATOR.value}', 'MEMBER') "
        f"OR session_user::text = {_OWNER}) THEN "
        "RAISE EXCEPTION 'only administrators manage accounts' USING ERRCODE = '42501'; END IF;"
    )


def _member_check(database: str, role: str = "r") -> str:
    return (
        "IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = {role} AND g.rolname IN ({_roles(database)})) THEN "
        "RAISE EXCEPTION 'that name belongs to a role outside this site' USING ERRCODE = '42501'; END IF;"
    )


_VERIFIER_CHECK = (
    f"IF p_verifier IS NULL OR p_verifier !~ '{_VERIFIER}' "
    "OR split_part(split_part(p_verifier, '$', 2), ':', 1)::integer < 4096 THEN "
    "RAISE EXCEPTION 'a password reaches the server only as a SCRAM verifier' USING ERRCODE = '22023'; END IF;"
)


def identity_functions(database: str) -> list[str]:
    admin = f"{database}_{Role.ADMINISTRATOR.value}"
    cases = "\n".join(f"WHEN pg_has_role(session_user, '{database}_{r.value}', 'MEMBER') THEN '{r.value}'"
                      for r in Role)
    return [
        """
CREATE OR REPLACE FUNCTION lead_actor() RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN starts_with(session_user::text, current_database() || '.')
              THEN substr(session_user::text, length(current_database()) + 2) ELSE session_user::text END
$$""",
        # Which group the signed-in person is in, with the names fixed when the security was installed.
        f"""
CREATE OR REPLACE FUNCTION lead_staff_role() RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE {cases} END
$$""",
        # The signed-in person's account id (NULL for the owner, who has no account).
        f"""
CREATE OR REPLACE FUNCTION lead_actor_account() RETURNS text {DEFINER} STABLE AS $$
BEGIN
  RETURN (SELECT id FROM account WHERE username = lead_actor() AND deleted_at IS NULL);
END $$""",
        # Whether the session itself is the owner's (or a superuser's), whatever function it is in.
        f"""
CREATE OR REPLACE FUNCTION lead_session_is_owner() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp AS $$
  SELECT session_user::text = {_OWNER} OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$""",
        f"COMMENT ON FUNCTION lead_staff_role() IS 'administrator group: {admin}'",
    ]


def account_functions(database: str) -> list[str]:
    roles = ", ".join(f"'{r.value}'" for r in Role)
    return [
        f"""
CREATE OR REPLACE FUNCTION lead_create_account(p_username text, p_role text, p_verifier text)
RETURNS void {DEFINER} AS $$
DECLARE r text := current_database() || '.' || p_username;
BEGIN
  {_admin_check(database)}
  IF p_role NOT IN ({roles}) THEN
    RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023'; END IF;
  IF p_username !~ '^[a-z0-9][a-z0-9._-]*$' THEN
    RAISE EXCEPTION 'that user name cannot be used' USING ERRCODE = '22023'; END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    RAISE EXCEPTION 'that user name is already taken on this server' USING ERRCODE = '42710'; END IF;
  IF p_verifier IS NULL THEN
    EXECUTE format('CREATE ROLE %I LOGIN', r);
  ELSE
    {_VERIFIER_CHECK}
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r, p_verifier);
  END IF;
  EXECUTE format('GRANT %I TO %I', '{database}_' || p_role, r);
  IF NOT lead_session_is_owner() THEN  -- an administrator gives a temporary password
    UPDATE account SET must_change_password = true WHERE username = p_username AND NOT must_change_password;
  END IF;
END $$""",
        f"""
CREATE OR REPLACE FUNCTION lead_set_account_role(p_username text, p_role text)
RETURNS void {DEFINER} AS $$
DECLARE g text; r text := current_database() || '.' || p_username;
BEGIN
  {_admin_check(database)}
  {_member_check(database)}
  IF p_role NOT IN ({roles}) THEN
    RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023'; END IF;
  FOREACH g IN ARRAY ARRAY[{_roles(database)}] LOOP
    EXECUTE format('REVOKE %I FROM %I', g, r);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', '{database}_' || p_role, r);
END $$""",
        # An administrator's reset: a temporary password the person must change at the next sign-in.
        f"""
CREATE OR REPLACE FUNCTION lead_set_account_password(p_username text, p_verifier text)
RETURNS void {DEFINER} AS $$
DECLARE r text := current_database() || '.' || p_username;
BEGIN
  {_admin_check(database)}
  {_member_check(database)}
  {_VERIFIER_CHECK}
  EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
  UPDATE account SET must_change_password = true, updated_by = coalesce(lead_actor_account(), updated_by)
   WHERE username = p_username;
END $$""",
        # The person's own change, the one way must_change_password is cleared.
        f"""
CREATE OR REPLACE FUNCTION lead_change_own_password(p_verifier text)
RETURNS void {DEFINER} AS $$
DECLARE r text := session_user::text;
BEGIN
  {_member_check(database)}
  {_VERIFIER_CHECK}
  EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
  UPDATE account SET must_change_password = false, updated_by = id WHERE username = lead_actor();
END $$""",
        # Deactivating removes LOGIN and ends the account's open connections: the owner may end a role's
        # connections only while a member of it, so it is one for the moment it takes.
        f"""
CREATE OR REPLACE FUNCTION lead_set_account_active(p_username text, p_active boolean)
RETURNS void {DEFINER} AS $$
DECLARE r text := current_database() || '.' || p_username; me text := current_user::text; member boolean;
BEGIN
  {_admin_check(database)}
  {_member_check(database)}
  IF p_active THEN
    EXECUTE format('ALTER ROLE %I LOGIN', r);
    RETURN;
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', r);
  member := pg_has_role(me, r, 'MEMBER');
  IF NOT member THEN EXECUTE format('GRANT %I TO %I', r, me); END IF;
  PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = r;
  IF NOT member THEN EXECUTE format('REVOKE %I FROM %I', r, me); END IF;
END $$""",
    ]


def audit_functions() -> list[str]:
    actions = ", ".join(f"'{a}'" for a in CLIENT_ACTIONS)
    return [
        # The one way in for the program's own entries. Who and when come from the database; the owner
        # (who has no account) may name the account it acts for. Entries a laptop recorded offline come in
        # through storage.server_sync's lead_sync_audit instead, the one function that gives their time.
        f"""
CREATE OR REPLACE FUNCTION lead_audit_entry(p_action text, p_entity_type text, p_entity_id text, p_detail text,
                                            p_actor_id text DEFAULT NULL)
RETURNS void {DEFINER} AS $$
BEGIN
  IF p_action IS NULL OR NOT (p_action = ANY (ARRAY[{actions}])) THEN
    RAISE EXCEPTION 'not an action the program records' USING ERRCODE = '22023'; END IF;
  IF p_detail IS NULL OR length(p_detail) > 4000 OR jsonb_typeof(p_detail::jsonb) <> 'object' THEN
    RAISE EXCEPTION 'an entry''s detail is a small JSON object' USING ERRCODE = '22023'; END IF;
  INSERT INTO audit_log (action, actor, actor_id, entity_type, entity_id, detail, prev_hash, hash, seq, at)
  VALUES (p_action, '', CASE WHEN lead_session_is_owner() THEN p_actor_id END, p_entity_type, p_entity_id,
          p_detail, '', '', 0, '');
END $$""",
        # The chain's head and any entry's hash, for anchors kept outside the database (services.anchors):
        # every signed-in person may read them, as they say nothing of what the entries hold.
        f"""
CREATE OR REPLACE FUNCTION lead_audit_head(OUT head_seq integer, OUT head_hash text) {DEFINER} STABLE AS $$
BEGIN
  SELECT seq, hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
END $$""",
        f"""
CREATE OR REPLACE FUNCTION lead_audit_hash_at(p_seq integer) RETURNS text {DEFINER} STABLE AS $$
BEGIN
  RETURN (SELECT hash FROM audit_log WHERE seq = p_seq);
END $$""",
        # Every row no entry with a digest describes yet (rows copied from a laptop, or from before this
        # version) gets a row.baseline entry: from now on a change that leaves no entry shows.
        f"""
CREATE OR REPLACE FUNCTION lead_audit_baseline(p_tables text[]) RETURNS integer {DEFINER} {ROW_SETTINGS} AS $$
DECLARE t text; n integer; total integer := 0;
BEGIN
  FOREACH t IN ARRAY p_tables LOOP
    EXECUTE format($q$
      INSERT INTO audit_log (action, actor, entity_type, entity_id, detail, prev_hash, hash, seq, at)
      SELECT '{ROW_BASELINE}', '', %L, r.id, jsonb_build_object('row', {ROW_DIGEST.format(row="r")})::text, '', '', 0, ''
        FROM %I r
       WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = %L AND a.entity_id = r.id
                                                     AND a.action LIKE 'row.%%' AND a.detail LIKE '%%"row"%%')
       ORDER BY r.id$q$, t, t, t);
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
  END LOOP;
  RETURN total;
END $$""",
    ]


def lock_functions() -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {LOCK_TABLE} (id integer PRIMARY KEY)",
        f"CREATE UNLOGGED TABLE IF NOT EXISTS {IMPORT_TABLE} (xact text PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())",
        # The site's write lock. A writer that has waited LOCK_WAIT ends the connections that have held
        # it for HOLD_LIMIT (whoever they are: a session left open in psql stalls everyone), then waits
        # once more; after that the program says the server is busy. The owner may end a role's
        # connection only while a member of it, so it is one for that moment.
        f"""
CREATE OR REPLACE FUNCTION lead_lock_writes() RETURNS void {DEFINER} SET lock_timeout = '{LOCK_WAIT}' AS $$
DECLARE holder record; me text := current_user::text; member boolean;
BEGIN
  BEGIN
    LOCK TABLE {LOCK_TABLE} IN EXCLUSIVE MODE;
    RETURN;
  EXCEPTION WHEN lock_not_available THEN
    NULL;
  END;
  FOR holder IN SELECT DISTINCT a.pid, a.usename::text AS usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                 WHERE l.relation = '{LOCK_TABLE}'::regclass AND l.granted AND a.pid <> pg_backend_pid() LOOP
    CONTINUE WHEN holder.usename IS NULL OR holder.usename = me
               OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = holder.usename AND rolsuper);
    member := pg_has_role(me, holder.usename, 'MEMBER');
    IF NOT member THEN EXECUTE format('GRANT %I TO %I', holder.usename, me); END IF;
    PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
      WHERE a.pid = holder.pid AND a.xact_start < clock_timestamp() - interval '{HOLD_LIMIT}';
    IF NOT member THEN EXECUTE format('REVOKE %I FROM %I', holder.usename, me); END IF;
  END LOOP;
  LOCK TABLE {LOCK_TABLE} IN EXCLUSIVE MODE;
END $$""",
        # For a read that decides what is written (the next participant number): storage.sqlfuncs.
        f"""
CREATE OR REPLACE FUNCTION lead_take_write_lock() RETURNS void {DEFINER} AS $$
BEGIN
  PERFORM lead_lock_writes();
END $$""",
        # One writer at a time, from its first write statement: the chain needs its entries in order,
        # and taking this lock before any row lock (not in the row trigger, after the row is locked)
        # keeps two writers from each holding what the other waits for.
        f"""
CREATE OR REPLACE FUNCTION lead_write_lock() RETURNS trigger {DEFINER} AS $$
BEGIN
  PERFORM lead_lock_writes();
  RETURN NULL;
END $$""",
        # An import names who made each contact: the program says so first, in the import's transaction.
        f"""
CREATE OR REPLACE FUNCTION lead_declare_import() RETURNS void {DEFINER} AS $$
BEGIN
  DELETE FROM {IMPORT_TABLE} WHERE at < now() - interval '1 day';
  INSERT INTO {IMPORT_TABLE} (xact) VALUES (pg_current_xact_id()::text) ON CONFLICT DO NOTHING;
END $$""",
        f"""
CREATE OR REPLACE FUNCTION lead_importing() RETURNS boolean {DEFINER} STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM {IMPORT_TABLE} WHERE xact = pg_current_xact_id()::text);
END $$""",
    ]


def trigger_functions(channel: str) -> list[str]:
    return [
        # The audit chain, computed by the database for every entry whoever writes it, in the format
        # storage.audit uses (so one verifier checks both modes).
        f"""
CREATE OR REPLACE FUNCTION lead_audit_chain() RETURNS trigger {DEFINER} AS $$
DECLARE last_seq integer; last_hash text; body text; offline_at text := nullif(NEW.at, '');
BEGIN
  PERFORM lead_lock_writes();
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '{"0" * 64}');
  NEW.at := coalesce(offline_at, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'));
  NEW.actor := lead_actor();
  IF NOT lead_session_is_owner() THEN NEW.actor_id := lead_actor_account(); END IF;
  NEW.updated_by := NEW.actor_id;
  NEW.id := coalesce(NEW.id, gen_random_uuid()::text);
  NEW.created_at := now(); NEW.updated_at := now(); NEW.row_version := 1; NEW.deleted_at := NULL;
  NEW.detail := coalesce(NEW.detail, '{{}}');
  -- A time given by a laptop (storage.server_sync.lead_sync_audit) is always marked as recorded offline.
  IF offline_at IS NOT NULL THEN NEW.detail := (NEW.detail::jsonb || '{{"offline": true}}')::text; END IF;
  body := '[' || NEW.seq || ',' || to_json(NEW.at)::text || ',' || coalesce(to_json(NEW.actor_id)::text, 'null')
       || ',' || to_json(NEW.actor)::text || ',' || to_json(NEW.action)::text
       || ',' || coalesce(to_json(NEW.entity_type)::text, 'null') || ',' || coalesce(to_json(NEW.entity_id)::text, 'null')
       || ',' || to_json(NEW.detail)::text || ']';
  NEW.hash := encode(sha256(convert_to(NEW.prev_hash || body, 'UTF8')), 'hex');
  RETURN NEW;
END $$""",
        f"""
CREATE OR REPLACE FUNCTION lead_audit_frozen() RETURNS trigger {DEFINER} AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';
END $$""",
        # Every change of every column, row_version and updated_at included; the digest of the row as it
        # now is lets storage.server_integrity find changes made with this trigger switched off.
        f"""
CREATE OR REPLACE FUNCTION lead_audit_row() RETURNS trigger {DEFINER} {ROW_SETTINGS} AS $$
DECLARE changed jsonb; detail jsonb; row_id text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(jsonb_agg(n.key ORDER BY n.key), '[]') INTO changed
      FROM jsonb_each(to_jsonb(NEW)) n WHERE n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
    detail := jsonb_build_object('columns', changed, 'row', {ROW_DIGEST.format(row="NEW")});
    row_id := NEW.id;
  ELSIF TG_OP = 'INSERT' THEN
    detail := jsonb_build_object('row', {ROW_DIGEST.format(row="NEW")}); row_id := NEW.id;
  ELSE
    detail := '{{}}'; row_id := OLD.id;
  END IF;
  INSERT INTO audit_log (action, actor, entity_type, entity_id, detail, prev_hash, hash, seq, at)
  VALUES ('row.' || lower(TG_OP), lead_actor(), TG_TABLE_NAME, row_id, detail::text, '', '', 0, '');
  RETURN NULL;
END $$""",
        # Authorship and versions, with the caller's rights: current_user is the owner only for the owner
        # itself and inside the owner's functions, which set these columns themselves.
        f"""
CREATE OR REPLACE FUNCTION lead_stamp_row() RETURNS trigger {INVOKER} AS $$
DECLARE
  is_owner boolean := current_user::text = {_OWNER}
                   OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false);
  me text; col text; kind text; new_value text; old_value text; stamped jsonb := '{{}}';
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.row_version = OLD.row_version THEN NEW.row_version := OLD.row_version + 1;
    ELSIF NEW.row_version IS DISTINCT FROM OLD.row_version + 1 AND NOT is_owner THEN
      RAISE EXCEPTION 'row_version is set by the database' USING ERRCODE = '42501'; END IF;
  ELSIF NEW.row_version IS DISTINCT FROM 1 AND NOT is_owner THEN
    RAISE EXCEPTION 'a new row starts at version 1' USING ERRCODE = '42501';
  END IF;
  IF is_owner THEN RETURN NEW; END IF;
  me := lead_actor_account();
  FOR i IN 0 .. TG_NARGS - 1 LOOP
    kind := split_part(TG_ARGV[i], ':', 1); col := split_part(TG_ARGV[i], ':', 2);
    new_value := to_jsonb(NEW) ->> col;
    old_value := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ->> col END;
    IF kind = 'author' THEN
      IF new_value IS DISTINCT FROM me AND new_value IS NOT NULL
         AND (TG_OP = 'INSERT' OR new_value IS DISTINCT FROM old_value) THEN
        RAISE EXCEPTION '% is the signed-in person''s account', col USING ERRCODE = '42501'; END IF;
      stamped := stamped || jsonb_build_object(col, me);
    ELSIF TG_OP = 'UPDATE' THEN
      IF new_value IS DISTINCT FROM old_value THEN
        RAISE EXCEPTION '% does not change', col USING ERRCODE = '42501'; END IF;
    ELSIF new_value IS DISTINCT FROM me AND new_value IS NOT NULL AND NOT lead_importing() THEN
      RAISE EXCEPTION '% is the signed-in person''s account', col USING ERRCODE = '42501';
    END IF;
  END LOOP;
  IF TG_TABLE_NAME = 'account' THEN
    IF TG_OP = 'INSERT' THEN stamped := stamped || '{{"must_change_password": true}}';
    ELSIF NEW.must_change_password IS DISTINCT FROM OLD.must_change_password THEN
      RAISE EXCEPTION 'must_change_password is changed only by the password functions' USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN jsonb_populate_record(NEW, stamped);
END $$""",
        f"""
CREATE OR REPLACE FUNCTION lead_notify_change() RETURNS trigger {DEFINER} AS $$
BEGIN
  PERFORM pg_notify('{channel}', TG_TABLE_NAME);
  RETURN NULL;
END $$""",
        # For storage.server_integrity: a row's digest, with the settings the triggers use.
        f"""
CREATE OR REPLACE FUNCTION lead_row_digest(p_row anyelement) RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp {ROW_SETTINGS} AS $$
  SELECT {ROW_DIGEST.format(row="p_row")}
$$""",
    ]


def stamp_arguments(table: str) -> str:
    args = ["author:updated_by"] + [f"author:{c}" for c in AUTHOR_COLUMNS.get(table, ())] \
        + [f"maker:{c}" for c in MAKER_COLUMNS.get(table, ())]
    return ", ".join(f"'{a}'" for a in args)
