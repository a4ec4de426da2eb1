#include "core/storage/schema.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Each step takes the schema from version (index) to version (index + 1). A step may hold
// several statements; Qt's SQLite driver runs one at a time (see splitStatements).
const QStringList &migrationSteps()
{
    static const QStringList steps{
        // 0 → 1: watched state of each module's film
        uR"(CREATE TABLE film_progress (
                module_id   TEXT PRIMARY KEY NOT NULL,
                watched_at  TEXT,
                duration_ms INTEGER NOT NULL DEFAULT 0
            ))"_s,
        // 1 → 2: the meeting record: groups, members, meetings, minutes, next steps, search
        uR"(
            CREATE TABLE groups (
                id           INTEGER PRIMARY KEY,
                name         TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                created_at   TEXT NOT NULL
            );
            CREATE TABLE members (
                id         INTEGER PRIMARY KEY,
                group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                name       TEXT NOT NULL,
                role_level TEXT NOT NULL,
                active     INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX members_by_group ON members(group_id);
            CREATE TABLE meetings (
                id         INTEGER PRIMARY KEY,
                group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                date       TEXT NOT NULL,
                start_time TEXT NOT NULL DEFAULT '',
                end_time   TEXT NOT NULL DEFAULT '',
                place      TEXT NOT NULL DEFAULT '',
                free_notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            );
            CREATE INDEX meetings_by_group ON meetings(group_id, date);
            CREATE TABLE meeting_modules (
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                module_id  TEXT NOT NULL,
                position   INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (meeting_id, module_id)
            );
            CREATE TABLE attendance (
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
                present    INTEGER NOT NULL,
                PRIMARY KEY (meeting_id, member_id)
            );
            CREATE TABLE guests (
                id         INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                name       TEXT NOT NULL DEFAULT '',
                role       TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE question_notes (
                id             INTEGER PRIMARY KEY,
                meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                module_id      TEXT NOT NULL,
                question_index INTEGER NOT NULL,
                today          TEXT NOT NULL DEFAULT '',
                desired        TEXT NOT NULL DEFAULT '',
                next_step      TEXT NOT NULL DEFAULT '',
                notes          TEXT NOT NULL DEFAULT '',
                UNIQUE (meeting_id, module_id, question_index)
            );
            CREATE TABLE record_items (
                id         INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                kind       TEXT NOT NULL CHECK (kind IN ('decision', 'choice', 'soft_result')),
                text       TEXT NOT NULL DEFAULT '',
                reason     TEXT NOT NULL DEFAULT '',
                position   INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX record_items_by_meeting ON record_items(meeting_id);
            CREATE TABLE next_steps (
                id                INTEGER PRIMARY KEY,
                group_id          INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                origin_meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                what              TEXT NOT NULL DEFAULT '',
                owner_member_id   INTEGER REFERENCES members(id) ON DELETE SET NULL,
                due_date          TEXT NOT NULL DEFAULT '',
                status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
                created_at        TEXT NOT NULL
            );
            CREATE INDEX next_steps_by_group ON next_steps(group_id, status);
            CREATE INDEX next_steps_by_meeting ON next_steps(origin_meeting_id);
            CREATE TABLE next_step_events (
                id           INTEGER PRIMARY KEY,
                next_step_id INTEGER NOT NULL REFERENCES next_steps(id) ON DELETE CASCADE,
                meeting_id   INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
                action       TEXT NOT NULL CHECK (action IN ('created', 'done', 'dropped', 'carried_forward', 'reopened')),
                at           TEXT NOT NULL
            );
            CREATE INDEX next_step_events_by_step ON next_step_events(next_step_id);
        )"_s,
        // Full-text search lives in one FTS5 table per group (search_g<id>, see SearchIndex),
        // created when the group first writes something and kept up to date by the stores.
        // 2 → 3: preparing meetings: the series plan, agendas with timeboxes, checklists, private notes
        uR"(
            CREATE TABLE series_plan (
                id           INTEGER PRIMARY KEY,
                group_id     INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                module_id    TEXT NOT NULL,
                planned_date TEXT NOT NULL DEFAULT '',
                skipped      INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX series_plan_by_group ON series_plan(group_id, position);
            CREATE TABLE agenda_items (
                id             INTEGER PRIMARY KEY,
                meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                kind           TEXT NOT NULL,
                title          TEXT NOT NULL DEFAULT '',
                minutes        INTEGER NOT NULL,
                question_index INTEGER NOT NULL DEFAULT -1
            );
            CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id, position);
            CREATE TABLE checklist_items (
                id         INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                phase      TEXT NOT NULL CHECK (phase IN ('before', 'during', 'after')),
                position   INTEGER NOT NULL,
                text       TEXT NOT NULL DEFAULT '',
                done       INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX checklist_items_by_meeting ON checklist_items(meeting_id, position);
            CREATE TABLE meeting_private_notes (
                meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
                text       TEXT NOT NULL DEFAULT ''
            );
        )"_s,
        // 3 → 4: the presentation mode's closing round: each attendee's "my next step" is a next
        // step owned by that attendee, marked so that the round finds its row again. An agenda
        // notes the module it was made for, so that a changed module gets its own.
        uR"(
            ALTER TABLE next_steps ADD COLUMN from_closing_round INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE agenda_items ADD COLUMN module_id TEXT NOT NULL DEFAULT '';
        )"_s,
        // 4 → 5: the follow-up of next steps belongs to the meeting that decided it: one outcome
        // per step and meeting (done, in progress, carried forward with a new date and owner,
        // dropped with a reason), with the owner and date it replaced, so that it can be undone
        // and an earlier meeting's minutes keep showing the step as it was set there. Earlier
        // records keep each meeting's last status change as its outcome.
        uR"(
            CREATE TABLE next_step_reviews (
                id                       INTEGER PRIMARY KEY,
                next_step_id             INTEGER NOT NULL REFERENCES next_steps(id) ON DELETE CASCADE,
                meeting_id               INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                outcome                  TEXT NOT NULL CHECK (outcome IN ('done', 'in_progress', 'carried_forward', 'dropped')),
                new_due_date             TEXT NOT NULL DEFAULT '',
                new_owner_member_id      INTEGER REFERENCES members(id) ON DELETE SET NULL,
                reason                   TEXT NOT NULL DEFAULT '',
                previous_owner_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
                previous_due_date        TEXT NOT NULL DEFAULT '',
                decided_at               TEXT NOT NULL,
                UNIQUE (next_step_id, meeting_id)
            );
            CREATE INDEX next_step_reviews_by_meeting ON next_step_reviews(meeting_id);
            INSERT INTO next_step_reviews (next_step_id, meeting_id, outcome, previous_owner_member_id,
                                           previous_due_date, decided_at)
                SELECT e.next_step_id, e.meeting_id, e.action, s.owner_member_id, s.due_date, e.at
                FROM next_step_events e JOIN next_steps s ON s.id = e.next_step_id
                WHERE e.meeting_id IS NOT NULL AND e.action IN ('done', 'dropped', 'carried_forward')
                  AND e.id = (SELECT MAX(l.id) FROM next_step_events l
                              WHERE l.next_step_id = e.next_step_id AND l.meeting_id = e.meeting_id);
        )"_s,
        // 5 → 6: a next step's owner can be someone who is not a member (a guest): named, then.
        uR"(
            ALTER TABLE next_steps ADD COLUMN owner_name TEXT NOT NULL DEFAULT '';
            ALTER TABLE next_step_reviews ADD COLUMN new_owner_name TEXT NOT NULL DEFAULT '';
            ALTER TABLE next_step_reviews ADD COLUMN previous_owner_name TEXT NOT NULL DEFAULT '';
        )"_s,
        // 6 → 7: a member's title and e-mail address, for invitations that reach everyone.
        uR"(
            ALTER TABLE members ADD COLUMN title TEXT NOT NULL DEFAULT '';
            ALTER TABLE members ADD COLUMN email TEXT NOT NULL DEFAULT '';
        )"_s,
        // 7 → 8: the group's measures, their values per period (a gap is a period without a row
        // or without a value), and the measures a meeting looks at with what it noted on each.
        uR"(
            CREATE TABLE measures (
                id                   INTEGER PRIMARY KEY,
                group_id             INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
                position             INTEGER NOT NULL DEFAULT 0,
                name                 TEXT NOT NULL,
                kind                 TEXT NOT NULL DEFAULT 'outcome' CHECK (kind IN ('outcome', 'process', 'balancing')),
                definition           TEXT NOT NULL DEFAULT '',
                unit                 TEXT NOT NULL DEFAULT '',
                better               TEXT NOT NULL DEFAULT 'up' CHECK (better IN ('up', 'down', 'none')),
                target               REAL,
                period               TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('week', 'month', 'quarter')),
                value_type           TEXT NOT NULL DEFAULT 'measurement'
                                     CHECK (value_type IN ('measurement', 'count', 'proportion', 'rate')),
                per_units            REAL NOT NULL DEFAULT 1,
                chart                TEXT NOT NULL DEFAULT '',
                baseline_end         TEXT NOT NULL DEFAULT '',
                screen_moving_ranges INTEGER NOT NULL DEFAULT 0,
                archived             INTEGER NOT NULL DEFAULT 0,
                created_at           TEXT NOT NULL
            );
            CREATE INDEX measures_by_group ON measures(group_id);
            CREATE TABLE measure_values (
                id             INTEGER PRIMARY KEY,
                measure_id     INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
                period         TEXT NOT NULL,
                value          REAL,
                denominator    REAL,
                excluded       INTEGER NOT NULL DEFAULT 0,
                exclude_reason TEXT NOT NULL DEFAULT '',
                note           TEXT NOT NULL DEFAULT '',
                new_phase      INTEGER NOT NULL DEFAULT 0,
                UNIQUE (measure_id, period)
            );
            CREATE TABLE meeting_measures (
                id         INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
                measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
                position   INTEGER NOT NULL DEFAULT 0,
                chosen     INTEGER NOT NULL DEFAULT 1,
                notes      TEXT NOT NULL DEFAULT '',
                UNIQUE (meeting_id, measure_id)
            );
        )"_s,
        // 8 → 9: on a server, access per group (below); a file has one user and nothing to do.
        QString(),
        // 9 → 10: a version on the rows two PCs may write at once (a meeting's free notes, the
        // notes per question): a save based on an older version is not applied, and the user
        // chooses between the two texts (MeetingStore::…IfUnchanged).
        uR"(
            ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE question_notes ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        )"_s,
        // 10 → 11: decisions, choices and soft results carry a version too.
        uR"(ALTER TABLE record_items ADD COLUMN version INTEGER NOT NULL DEFAULT 0)"_s,
        // 11 → 12: every row of a group's record gets a stable id and the time of its last change,
        // and a removed row leaves its id behind, so that a group moved as a package finds its rows
        // again in another copy of the record (GroupPackage); group_sync says when this copy was
        // last in step with a package of the group. Made per table below.
        // A next step's what, owner and date carry a version too (NextStepStore::updateIfUnchanged),
        // and what a meeting said about a measure (MeasureStore::setMeetingMeasureNotesIfUnchanged).
        uR"(
            ALTER TABLE next_steps ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE meeting_measures ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE removed_rows (
                uid        TEXT PRIMARY KEY NOT NULL,
                removed_at TEXT NOT NULL
            );
            CREATE TABLE group_sync (
                group_uid TEXT PRIMARY KEY NOT NULL,
                synced_at TEXT NOT NULL
            );
        )"_s,
    };
    return steps;
}

// Splits a migration step at the semicolons that end top-level statements: those followed by
// the next CREATE, ALTER, DROP, INSERT, UPDATE or DELETE, a comment, or the end. Semicolons
// inside trigger bodies stay.
QStringList splitStatements(const QString &sql)
{
    static const QRegularExpression boundary(u";\\s*\\n(?=\\s*(?:CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|DO|--|$))"_s);
    QStringList statements;
    for (const QString &part : sql.split(boundary)) {
        QString statement = part.trimmed();
        if (statement.endsWith(u';') && !statement.endsWith(u"END;"_s))
            statement.chop(1);
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

// A statement in SQLite's words, said as PostgreSQL says it: ids from an identity column,
// REAL as the double it is in SQLite. Everything else Leda writes means the same in both.
QString forPostgres(QString statement)
{
    static const QRegularExpression rowId(uR"(\bid(\s+)INTEGER PRIMARY KEY\b)"_s);
    static const QRegularExpression real(uR"(\bREAL\b)"_s);
    statement.replace(rowId, u"id\\1INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    statement.replace(real, u"DOUBLE PRECISION"_s);
    return statement;
}

// What a server has that a file makes otherwise: the search index is one table for all groups
// with a Swedish text-search document (a file has an FTS5 table per group, see SearchIndex).
const QString kServerSearch = uR"(
    CREATE TABLE search_entries (
        group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        row_key    BIGINT NOT NULL,
        meeting_id INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        body       TEXT NOT NULL,
        document   tsvector GENERATED ALWAYS AS (to_tsvector('swedish', body)) STORED,
        PRIMARY KEY (group_id, row_key)
    );
    CREATE INDEX search_entries_document ON search_entries USING GIN (document);
)"_s;

// Access per group on a server, enforced by PostgreSQL's row-level security: a role sees and
// changes a group's rows only when group_access names it (or a role it belongs to). The one who
// makes a group gets access to it; IT grants the others. The tables' owner (who migrates) is not
// bound by the policies. Roles in leda_users get the rights on the tables to work at all. Every
// change is announced on the channel leda_changes with ids only ("record_items meeting_id 12"),
// never text, so that the other PCs showing it read it again (see ServerNotices).
const QString kServerAccess = uR"(
    CREATE TABLE group_access (
        group_id  INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        role_name TEXT NOT NULL,
        PRIMARY KEY (group_id, role_name)
    );
    CREATE FUNCTION leda_may(target_group INTEGER) RETURNS BOOLEAN LANGUAGE sql VOLATILE AS $$
        SELECT EXISTS (SELECT 1 FROM group_access a
                       WHERE a.group_id = target_group AND pg_has_role(current_user, a.role_name, 'MEMBER'))
    $$;
    CREATE FUNCTION leda_may_meeting(target_meeting INTEGER) RETURNS BOOLEAN LANGUAGE sql VOLATILE AS $$
        SELECT COALESCE((SELECT leda_may(m.group_id) FROM meetings m WHERE m.id = target_meeting), false)
    $$;
    CREATE FUNCTION leda_may_step(target_step INTEGER) RETURNS BOOLEAN LANGUAGE sql VOLATILE AS $$
        SELECT COALESCE((SELECT leda_may(s.group_id) FROM next_steps s WHERE s.id = target_step), false)
    $$;
    CREATE FUNCTION leda_may_measure(target_measure INTEGER) RETURNS BOOLEAN LANGUAGE sql VOLATILE AS $$
        SELECT COALESCE((SELECT leda_may(m.group_id) FROM measures m WHERE m.id = target_measure), false)
    $$;
    CREATE FUNCTION leda_give_maker_access() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public AS $$
    BEGIN
        INSERT INTO group_access (group_id, role_name) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
        RETURN NEW;
    END $$;
    CREATE TRIGGER groups_maker_access BEFORE INSERT ON groups
        FOR EACH ROW EXECUTE FUNCTION leda_give_maker_access();
    CREATE FUNCTION leda_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('leda_changes', TG_TABLE_NAME || ' ' || TG_ARGV[0] || ' '
                          || COALESCE(to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[0], '0'));
        RETURN NULL;
    END $$;
    DO $$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leda_users') THEN
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO leda_users;
            REVOKE INSERT, UPDATE, DELETE ON group_access, leda_meta FROM leda_users;
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO leda_users;
        END IF;
    END $$;
)"_s;

// Every table of a group's record on a server: how a row finds its group (the policy's test)
// and the id its change notice carries. Film progress is the course's, not a group's.
struct GroupTable
{
    const char *name;
    const char *mayFunction; // leda_may… of the column below
    const char *column;
};
const GroupTable kGroupTables[] = {
    {"groups", "leda_may", "id"},
    {"members", "leda_may", "group_id"},
    {"meetings", "leda_may", "group_id"},
    {"next_steps", "leda_may", "group_id"},
    {"series_plan", "leda_may", "group_id"},
    {"measures", "leda_may", "group_id"},
    {"search_entries", "leda_may", "group_id"},
    {"meeting_modules", "leda_may_meeting", "meeting_id"},
    {"attendance", "leda_may_meeting", "meeting_id"},
    {"guests", "leda_may_meeting", "meeting_id"},
    {"question_notes", "leda_may_meeting", "meeting_id"},
    {"record_items", "leda_may_meeting", "meeting_id"},
    {"agenda_items", "leda_may_meeting", "meeting_id"},
    {"checklist_items", "leda_may_meeting", "meeting_id"},
    {"meeting_private_notes", "leda_may_meeting", "meeting_id"},
    {"next_step_reviews", "leda_may_meeting", "meeting_id"},
    {"meeting_measures", "leda_may_meeting", "meeting_id"},
    {"next_step_events", "leda_may_step", "next_step_id"},
    {"measure_values", "leda_may_measure", "measure_id"},
};

// Row-level security on each group table, and its change notices (search entries are derived
// from the other tables and announce nothing of their own; a meeting's changes name the meeting).
QStringList serverAccessPerTable()
{
    QStringList statements;
    for (const GroupTable &table : kGroupTables) {
        const QString name = QString::fromLatin1(table.name);
        const QString column = QString::fromLatin1(table.column);
        statements.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(name));
        statements.append(u"CREATE POLICY by_group ON %1 USING (%2(%3))"_s.arg(name, QString::fromLatin1(table.mayFunction), column));
        if (name == u"search_entries"_s)
            continue;
        const QString announced = name == u"meetings"_s ? u"id"_s : column;
        statements.append(u"CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                          "EXECUTE FUNCTION leda_notify_change('%2')"_s.arg(name, announced));
    }
    return statements;
}

// The group tables of step 8 (all but the server's search entries), frozen as they were then.
QStringList groupTablesOfStep8()
{
    QStringList names;
    for (const GroupTable &table : kGroupTables) {
        if (qstrcmp(table.name, "search_entries") != 0)
            names.append(QString::fromLatin1(table.name));
    }
    return names;
}

// Step 11 → 12 per table: uid and changed_at filled for the rows there are, set by the engine on
// every insert and change (a write that sets changed_at itself, as an import does, keeps its
// own), and a removal noted in removed_rows. Times are UTC to the millisecond, as text.
QStringList stableRowIds(Schema::Engine engine)
{
    QStringList statements;
    if (engine == Schema::Engine::SQLite) {
        // A version 4 UUID from SQLite's random bytes.
        const QString uuid = u"(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                             "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                             "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"_s;
        const QString now = Schema::now(engine);
        for (const QString &table : groupTablesOfStep8()) {
            statements << u"ALTER TABLE %1 ADD COLUMN uid TEXT"_s.arg(table)
                       << u"ALTER TABLE %1 ADD COLUMN changed_at TEXT"_s.arg(table)
                       << u"UPDATE %1 SET uid = %2, changed_at = %3"_s.arg(table, uuid, now)
                       << u"CREATE UNIQUE INDEX %1_by_uid ON %1(uid)"_s.arg(table)
                       << u"CREATE TRIGGER %1_made AFTER INSERT ON %1 FOR EACH ROW "
                          "WHEN NEW.uid IS NULL OR NEW.changed_at IS NULL BEGIN "
                          "UPDATE %1 SET uid = COALESCE(uid, %2), changed_at = COALESCE(changed_at, %3) "
                          "WHERE rowid = NEW.rowid; END"_s.arg(table, uuid, now)
                       << u"CREATE TRIGGER %1_changed AFTER UPDATE ON %1 FOR EACH ROW "
                          "WHEN NEW.changed_at IS OLD.changed_at BEGIN "
                          "UPDATE %1 SET changed_at = %2 WHERE rowid = NEW.rowid; END"_s.arg(table, now)
                       << u"CREATE TRIGGER %1_removed AFTER DELETE ON %1 FOR EACH ROW BEGIN "
                          "INSERT OR REPLACE INTO removed_rows (uid, removed_at) VALUES (OLD.uid, %2); END"_s.arg(table, now);
        }
        return statements;
    }
    const QString now = Schema::now(engine);
    statements << uR"(CREATE FUNCTION leda_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.changed_at IS NOT DISTINCT FROM OLD.changed_at THEN
            NEW.changed_at := %1;
        END IF;
        RETURN NEW;
    END $$)"_s.arg(now)
               << uR"(CREATE FUNCTION leda_row_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO removed_rows (uid, removed_at) VALUES (OLD.uid, %1)
            ON CONFLICT (uid) DO UPDATE SET removed_at = EXCLUDED.removed_at;
        RETURN NULL;
    END $$)"_s.arg(now);
    for (const QString &table : groupTablesOfStep8()) {
        statements << u"ALTER TABLE %1 ADD COLUMN uid TEXT NOT NULL DEFAULT gen_random_uuid()::text"_s.arg(table)
                   << u"ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT %2"_s.arg(table, now)
                   << u"CREATE UNIQUE INDEX %1_by_uid ON %1(uid)"_s.arg(table)
                   << u"CREATE TRIGGER %1_changed BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION leda_row_changed()"_s.arg(table)
                   << u"CREATE TRIGGER %1_removed AFTER DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION leda_row_removed()"_s.arg(table);
    }
    statements << uR"(DO $$
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leda_users') THEN
            GRANT SELECT, INSERT, UPDATE ON removed_rows, group_sync TO leda_users;
        END IF;
    END $$)"_s;
    return statements;
}

// Step 11 → 12 on a server: the same access per group, checked once per query instead of once per
// row (the leda_may… functions of step 8 ran per row, nested: about 27 µs per meeting-level row, a
// meeting read 5 times slower than by the tables' owner). A table with the group's id compares it
// with the user's groups, read once per query (an InitPlan); a row of a meeting, step or measure
// is one whose meeting, step or measure the user may see — that table's own policy decides.
QStringList accessOncePerQuery()
{
    // For groups, a function: VOLATILE as leda_may, so that it sees the access the maker trigger
    // gives a group being made in the same statement (the statement's own snapshot would not).
    QStringList statements{uR"(CREATE FUNCTION leda_groups() RETURNS INTEGER[] LANGUAGE sql VOLATILE AS $$
        SELECT COALESCE(array_agg(a.group_id), '{}') FROM group_access a
        WHERE pg_has_role(current_user, a.role_name, 'MEMBER')
    $$)"_s};
    const QString mine = u"(SELECT array_agg(a.group_id) FROM group_access a "
                         "WHERE pg_has_role(current_user, a.role_name, 'MEMBER'))::INTEGER[]"_s;
    for (const GroupTable &table : kGroupTables) {
        const QString name = QString::fromLatin1(table.name);
        const QString column = QString::fromLatin1(table.column);
        const QString via = QString::fromLatin1(table.mayFunction);
        const QString parent = via == u"leda_may_meeting"_s ? u"meetings"_s
                             : via == u"leda_may_step"_s    ? u"next_steps"_s
                             : via == u"leda_may_measure"_s ? u"measures"_s
                                                            : QString();
        const QString test = name == u"groups"_s ? u"id = ANY ((SELECT leda_groups())::INTEGER[])"_s
                           : parent.isEmpty()    ? u"%1 = ANY (%2)"_s.arg(column, mine)
                                                 : u"EXISTS (SELECT 1 FROM %1 p WHERE p.id = %2)"_s.arg(parent, column);
        statements << u"DROP POLICY by_group ON %1"_s.arg(name)
                   << u"CREATE POLICY by_group ON %1 USING (%2)"_s.arg(name, test);
    }
    return statements;
}

} // namespace

QString Schema::now(Engine engine)
{
    return engine == Engine::SQLite
        ? u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s
        : u"to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
}

QStringList Schema::statements(int fromVersion, Engine engine)
{
    const QStringList &steps = migrationSteps();
    if (fromVersion < 0 || fromVersion >= steps.size())
        return {};
    QStringList statements = splitStatements(steps.at(fromVersion));
    if (engine == Engine::PostgreSQL) {
        for (QString &statement : statements)
            statement = forPostgres(statement);
        if (fromVersion == 1)
            statements += splitStatements(kServerSearch);
        if (fromVersion == 8) {
            // The grants last, once every table and policy is there.
            QStringList access = splitStatements(kServerAccess);
            const QString grants = access.takeLast();
            statements += access + serverAccessPerTable() + QStringList{grants};
        }
    }
    if (fromVersion == 11) {
        statements += stableRowIds(engine);
        if (engine == Engine::PostgreSQL)
            statements += accessOncePerQuery();
    }
    return statements;
}

} // namespace Leda
