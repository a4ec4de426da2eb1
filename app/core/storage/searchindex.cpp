#include "core/storage/searchindex.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Leda {

SearchIndex::SearchIndex(Database &database)
    : m_database(database)
{
}

QString SearchIndex::tableName(qint64 groupId)
{
    return u"search_g%1"_s.arg(groupId);
}

qint64 SearchIndex::groupOfMeeting(qint64 meetingId) const
{
    SqlStatement query(m_database, u"SELECT group_id FROM meetings WHERE id = :id"_s);
    query.bind(u":id"_s, meetingId);
    return query.exec(nullptr) && query.next() ? query.value(0).toLongLong() : 0;
}

bool SearchIndex::hasGroup(qint64 groupId) const
{
    if (m_database.isServer())
        return true; // one table for every group (search_entries), made with the schema
    SqlStatement query(m_database, u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"_s);
    query.bind(u":name"_s, tableName(groupId));
    return query.exec(nullptr) && query.next();
}

bool SearchIndex::ensureTable(qint64 groupId, QString *error)
{
    if (hasGroup(groupId))
        return true;
    // The table name is built from an integer id, never from text anyone typed.
    SqlStatement create(m_database, u"CREATE VIRTUAL TABLE %1 USING fts5(body, meeting_id UNINDEXED, kind UNINDEXED, "
                                     "tokenize = 'unicode61 remove_diacritics 0')"_s.arg(tableName(groupId)));
    return create.exec(error);
}

QList<SearchIndex::Entry> SearchIndex::entries(qint64 groupId) const
{
    QList<Entry> found;
    if (!hasGroup(groupId))
        return found;
    SqlStatement query(m_database, m_database.isServer()
                                       ? u"SELECT row_key, meeting_id, kind, body FROM search_entries "
                                         "WHERE group_id = :group ORDER BY row_key"_s
                                       : u"SELECT rowid, meeting_id, kind, body FROM %1 ORDER BY rowid"_s.arg(
                                           tableName(groupId)));
    if (m_database.isServer())
        query.bind(u":group"_s, groupId);
    if (!query.exec(nullptr))
        return found;
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        found.append({Source(key % 4), key / 4, query.value(1).toLongLong(), query.value(2).toString(),
                      query.value(3).toString()});
    }
    return found;
}

bool SearchIndex::put(qint64 groupId, Source source, qint64 id, qint64 meetingId, const QString &kind,
                      const QString &body, QString *error)
{
    return groupId == 0 || (remove(groupId, source, id, error) && add(groupId, source, id, meetingId, kind, body, error));
}

bool SearchIndex::add(qint64 groupId, Source source, qint64 id, qint64 meetingId, const QString &kind,
                      const QString &body, QString *error)
{
    if (groupId == 0 || body.trimmed().isEmpty())
        return true;
    if (!ensureTable(groupId, error))
        return false;
    SqlStatement insert(m_database,
                        m_database.isServer()
                            ? u"INSERT INTO search_entries (group_id, row_key, body, meeting_id, kind) "
                              "VALUES (:group, :row, :body, :meeting, :kind)"_s
                            : u"INSERT INTO %1 (rowid, body, meeting_id, kind) VALUES (:row, :body, :meeting, :kind)"_s.arg(
                                tableName(groupId)));
    if (m_database.isServer())
        insert.bind(u":group"_s, groupId);
    insert.bind(u":row"_s, id * 4 + int(source))
        .bind(u":body"_s, body)
        .bind(u":meeting"_s, meetingId)
        .bind(u":kind"_s, kind);
    return insert.exec(error);
}

bool SearchIndex::remove(qint64 groupId, Source source, qint64 id, QString *error)
{
    if (groupId == 0 || !hasGroup(groupId))
        return true;
    SqlStatement remove(m_database, m_database.isServer()
                                        ? u"DELETE FROM search_entries WHERE group_id = :group AND row_key = :row"_s
                                        : u"DELETE FROM %1 WHERE rowid = :row"_s.arg(tableName(groupId)));
    if (m_database.isServer())
        remove.bind(u":group"_s, groupId);
    remove.bind(u":row"_s, id * 4 + int(source));
    return remove.exec(error);
}

bool SearchIndex::removeMeeting(qint64 groupId, qint64 meetingId, QString *error)
{
    if (groupId == 0 || !hasGroup(groupId))
        return true;
    SqlStatement remove(m_database, m_database.isServer()
                                        ? u"DELETE FROM search_entries WHERE group_id = :group AND meeting_id = :meeting"_s
                                        : u"DELETE FROM %1 WHERE meeting_id = :meeting"_s.arg(tableName(groupId)));
    if (m_database.isServer())
        remove.bind(u":group"_s, groupId);
    remove.bind(u":meeting"_s, meetingId);
    return remove.exec(error);
}

bool SearchIndex::dropGroup(qint64 groupId, QString *error)
{
    if (!hasGroup(groupId))
        return true;
    SqlStatement drop(m_database, m_database.isServer() ? u"DELETE FROM search_entries WHERE group_id = :group"_s
                                                        : u"DROP TABLE %1"_s.arg(tableName(groupId)));
    if (m_database.isServer())
        drop.bind(u":group"_s, groupId);
    return drop.exec(error);
}

bool SearchIndex::rebuildGroup(qint64 groupId, QString *error)
{
    // Emptied, not dropped: SQLite refuses to drop a table while a read on the connection is open.
    if (hasGroup(groupId)) {
        SqlStatement clear(m_database, m_database.isServer() ? u"DELETE FROM search_entries WHERE group_id = :group"_s
                                                             : u"DELETE FROM %1"_s.arg(tableName(groupId)));
        if (m_database.isServer())
            clear.bind(u":group"_s, groupId);
        if (!clear.exec(error))
            return false;
    }
    struct Kind
    {
        Source source;
        QString select; // id, meeting, kind, then the fields of the body
        int fields;
    };
    const QList<Kind> kinds{
        {Source::Notes, u"SELECT id, id, 'notes', free_notes FROM meetings WHERE group_id = :group"_s, 1},
        {Source::Question, u"SELECT q.id, q.meeting_id, 'question', q.today, q.desired, q.next_step, q.notes "
                           "FROM question_notes q JOIN meetings m ON m.id = q.meeting_id WHERE m.group_id = :group"_s, 4},
        {Source::Record, u"SELECT r.id, r.meeting_id, r.kind, r.text, r.reason "
                         "FROM record_items r JOIN meetings m ON m.id = r.meeting_id WHERE m.group_id = :group"_s, 2},
        {Source::NextStep, u"SELECT id, origin_meeting_id, 'next_step', what FROM next_steps WHERE group_id = :group"_s, 1},
    };
    for (const Kind &kind : kinds) {
        SqlStatement rows(m_database, kind.select);
        rows.bind(u":group"_s, groupId);
        if (!rows.exec(error))
            return false;
        while (rows.next()) {
            QStringList fields;
            for (int column = 3; column < 3 + kind.fields; ++column)
                fields.append(rows.value(column).toString());
            const QString body = kind.source == Source::Question ? questionBody(fields)
                               : kind.source == Source::Record ? recordBody(fields.value(0), fields.value(1))
                                                               : fields.value(0);
            if (!add(groupId, kind.source, rows.value(0).toLongLong(), rows.value(1).toLongLong(),
                     rows.value(2).toString(), body, error))
                return false;
        }
    }
    return true;
}

} // namespace Leda
