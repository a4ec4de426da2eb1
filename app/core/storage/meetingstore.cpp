#include "core/storage/meetingstore.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

const auto kMeetingColumns = u"id, group_id, date, start_time, end_time, place, free_notes, version"_s;

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

Meeting readMeeting(SqlStatement &query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.groupId = query.value(1).toLongLong();
    meeting.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    meeting.startTime = QTime::fromString(query.value(3).toString(), u"HH:mm"_s);
    meeting.endTime = QTime::fromString(query.value(4).toString(), u"HH:mm"_s);
    meeting.place = query.value(5).toString();
    meeting.freeNotes = query.value(6).toString();
    meeting.version = query.value(7).toLongLong();
    return meeting;
}

} // namespace

MeetingStore::MeetingStore(Database &database)
    : m_database(database)
    , m_index(database)
{
}

QList<Meeting> MeetingStore::meetings(qint64 groupId) const
{
    QList<Meeting> result;
    SqlStatement query(m_database, u"SELECT %1 FROM meetings WHERE group_id = :group ORDER BY date, start_time, id"_s
                                       .arg(kMeetingColumns));
    query.bind(u":group"_s, groupId);
    if (query.exec(nullptr)) {
        while (query.next())
            result.append(readMeeting(query));
    }
    SqlStatement modules(m_database, u"SELECT mm.meeting_id, mm.module_id FROM meeting_modules mm "
                                     "JOIN meetings m ON m.id = mm.meeting_id WHERE m.group_id = :group "
                                     "ORDER BY mm.meeting_id, mm.position"_s);
    modules.bind(u":group"_s, groupId);
    if (modules.exec(nullptr)) {
        QHash<qint64, QStringList> byMeeting;
        while (modules.next())
            byMeeting[modules.value(0).toLongLong()].append(modules.value(1).toString());
        for (Meeting &meeting : result)
            meeting.moduleIds = byMeeting.value(meeting.id);
    }
    return result;
}

Meeting MeetingStore::meeting(qint64 id) const
{
    SqlStatement query(m_database, u"SELECT %1 FROM meetings WHERE id = :id"_s.arg(kMeetingColumns));
    query.bind(u":id"_s, id);
    if (!query.exec(nullptr) || !query.next())
        return {};
    Meeting meeting = readMeeting(query);
    SqlStatement modules(m_database,
                         u"SELECT module_id FROM meeting_modules WHERE meeting_id = :id ORDER BY position"_s);
    modules.bind(u":id"_s, id);
    if (modules.exec(nullptr)) {
        while (modules.next())
            meeting.moduleIds.append(modules.value(0).toString());
    }
    return meeting;
}

Meeting MeetingStore::meetingOn(qint64 groupId, const QDate &date) const
{
    SqlStatement query(m_database, u"SELECT id FROM meetings WHERE group_id = :group AND date = :date "
                                   "ORDER BY start_time, id LIMIT 1"_s);
    query.bind(u":group"_s, groupId).bind(u":date"_s, date.toString(Qt::ISODate));
    return query.exec(nullptr) && query.next() ? meeting(query.value(0).toLongLong()) : Meeting{};
}

qint64 MeetingStore::createMeeting(const Meeting &meeting, QString *error)
{
    Transaction change(m_database);
    SqlStatement query(m_database,
                       u"INSERT INTO meetings (group_id, date, start_time, end_time, place, free_notes, created_at) "
                       "VALUES (:group, :date, :start, :end, :place, :notes, :at) RETURNING id"_s);
    query.bind(u":group"_s, meeting.groupId)
        .bind(u":date"_s, meeting.date.toString(Qt::ISODate))
        .bind(u":start"_s, timeText(meeting.startTime))
        .bind(u":end"_s, timeText(meeting.endTime))
        .bind(u":place"_s, meeting.place)
        .bind(u":notes"_s, meeting.freeNotes)
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec(error))
        return 0;
    const qint64 id = query.insertedId();
    const bool indexed = m_index.put(meeting.groupId, SearchIndex::Source::Notes, id, id, u"notes"_s, meeting.freeNotes,
                                     error);
    return indexed && setModules(id, meeting.moduleIds, error) && change.commit(error) ? id : 0;
}

bool MeetingStore::updateDetails(const Meeting &meeting, QString *error)
{
    SqlStatement query(m_database, u"UPDATE meetings SET date = :date, start_time = :start, end_time = :end, "
                                   "place = :place WHERE id = :id"_s);
    query.bind(u":date"_s, meeting.date.toString(Qt::ISODate))
        .bind(u":start"_s, timeText(meeting.startTime))
        .bind(u":end"_s, timeText(meeting.endTime))
        .bind(u":place"_s, meeting.place)
        .bind(u":id"_s, meeting.id);
    return query.exec(error);
}

bool MeetingStore::setModules(qint64 meetingId, const QStringList &moduleIds, QString *error)
{
    Transaction change(m_database);
    SqlStatement clear(m_database, u"DELETE FROM meeting_modules WHERE meeting_id = :id"_s);
    clear.bind(u":id"_s, meetingId);
    if (!clear.exec(error))
        return false;
    for (int i = 0; i < moduleIds.size(); ++i) {
        SqlStatement insert(m_database, u"INSERT INTO meeting_modules (meeting_id, module_id, position) "
                                        "VALUES (:id, :module, :position) ON CONFLICT DO NOTHING"_s);
        insert.bind(u":id"_s, meetingId).bind(u":module"_s, moduleIds.at(i)).bind(u":position"_s, i);
        if (!insert.exec(error))
            return false;
    }
    return change.commit(error);
}

bool MeetingStore::setFreeNotes(qint64 meetingId, const QString &text, QString *error)
{
    qint64 any = kAnyVersion;
    return setFreeNotesIfUnchanged(meetingId, text, &any, error) != Saved::Failed;
}

MeetingStore::Saved MeetingStore::setFreeNotesIfUnchanged(qint64 meetingId, const QString &text, qint64 *version,
                                                          QString *error)
{
    Transaction change(m_database);
    SqlStatement query(m_database, u"UPDATE meetings SET free_notes = :notes, version = version + 1 "
                                   "WHERE id = :id AND (:any = 1 OR version = :version)"_s);
    query.bind(u":notes"_s, text).bind(u":id"_s, meetingId).bind(u":any"_s, *version == kAnyVersion);
    query.bind(u":version"_s, *version);
    if (!query.exec(error))
        return Saved::Failed;
    if (query.rowsAffected() == 0) { // written meanwhile by someone else: theirs stays, and is told
        *version = meeting(meetingId).version;
        return Saved::Conflict;
    }
    if (!m_index.put(m_index.groupOfMeeting(meetingId), SearchIndex::Source::Notes, meetingId, meetingId, u"notes"_s,
                     text, error)
        || !change.commit(error))
        return Saved::Failed;
    *version += 1;
    return Saved::Yes;
}

bool MeetingStore::removeMeeting(qint64 id, QString *error)
{
    Transaction change(m_database);
    return m_index.removeMeeting(m_index.groupOfMeeting(id), id, error)
        && SqlStatement::removeRow(m_database, u"meetings"_s, id, error) && change.commit(error);
}

QHash<qint64, bool> MeetingStore::attendance(qint64 meetingId) const
{
    QHash<qint64, bool> result;
    SqlStatement query(m_database, u"SELECT member_id, present FROM attendance WHERE meeting_id = :id"_s);
    query.bind(u":id"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next())
            result.insert(query.value(0).toLongLong(), query.value(1).toBool());
    }
    return result;
}

bool MeetingStore::setAttendance(qint64 meetingId, qint64 memberId, bool present, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO attendance (meeting_id, member_id, present) VALUES (:m, :p, :present) "
                                   "ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present"_s);
    query.bind(u":m"_s, meetingId).bind(u":p"_s, memberId).bind(u":present"_s, present);
    return query.exec(error);
}

QList<Guest> MeetingStore::guests(qint64 meetingId) const
{
    QList<Guest> result;
    SqlStatement query(m_database, u"SELECT id, name, role FROM guests WHERE meeting_id = :id ORDER BY id"_s);
    query.bind(u":id"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

qint64 MeetingStore::addGuest(qint64 meetingId, const Guest &guest, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO guests (meeting_id, name, role) VALUES (:m, :name, :role) RETURNING id"_s);
    query.bind(u":m"_s, meetingId).bind(u":name"_s, guest.name).bind(u":role"_s, guest.role);
    return query.exec(error) ? query.insertedId() : 0;
}

bool MeetingStore::updateGuest(const Guest &guest, QString *error)
{
    SqlStatement query(m_database, u"UPDATE guests SET name = :name, role = :role WHERE id = :id"_s);
    query.bind(u":name"_s, guest.name).bind(u":role"_s, guest.role).bind(u":id"_s, guest.id);
    return query.exec(error);
}

bool MeetingStore::removeGuest(qint64 id, QString *error)
{
    return SqlStatement::removeRow(m_database, u"guests"_s, id, error);
}

QList<QuestionNote> MeetingStore::questionNotes(qint64 meetingId) const
{
    QList<QuestionNote> result;
    SqlStatement query(m_database, u"SELECT module_id, question_index, today, desired, next_step, notes, version "
                                   "FROM question_notes WHERE meeting_id = :id ORDER BY id"_s);
    query.bind(u":id"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                           query.value(6).toLongLong()});
        }
    }
    return result;
}

bool MeetingStore::saveQuestionNote(qint64 meetingId, const QuestionNote &note, QString *error)
{
    QuestionNote written = note;
    written.version = kAnyVersion;
    return saveQuestionNoteIfUnchanged(meetingId, &written, error) != Saved::Failed;
}

MeetingStore::Saved MeetingStore::saveQuestionNoteIfUnchanged(qint64 meetingId, QuestionNote *note, QString *error)
{
    // A new row, or the row as it was read: written, one version on. Else nothing is written and
    // *note becomes what is there now.
    SqlStatement query(m_database,
                       u"INSERT INTO question_notes (meeting_id, module_id, question_index, today, desired, next_step, "
                       "notes, version) VALUES (:m, :module, :q, :today, :desired, :next, :notes, 1) "
                       "ON CONFLICT (meeting_id, module_id, question_index) DO UPDATE SET today = excluded.today, "
                       "desired = excluded.desired, next_step = excluded.next_step, notes = excluded.notes, "
                       "version = question_notes.version + 1 "
                       "WHERE :any = 1 OR question_notes.version = :version"_s);
    query.bind(u":m"_s, meetingId)
        .bind(u":module"_s, note->moduleId)
        .bind(u":q"_s, note->questionIndex)
        .bind(u":today"_s, note->today)
        .bind(u":desired"_s, note->desired)
        .bind(u":next"_s, note->nextStep)
        .bind(u":notes"_s, note->notes)
        .bind(u":any"_s, note->version == kAnyVersion)
        .bind(u":version"_s, note->version);
    Transaction change(m_database);
    if (!query.exec(error))
        return Saved::Failed;
    if (query.rowsAffected() == 0) {
        for (const QuestionNote &there : questionNotes(meetingId)) {
            if (there.moduleId == note->moduleId && there.questionIndex == note->questionIndex)
                *note = there;
        }
        return Saved::Conflict;
    }
    if (!indexQuestionNote(meetingId, *note, error) || !change.commit(error))
        return Saved::Failed;
    note->version += 1;
    return Saved::Yes;
}

bool MeetingStore::indexQuestionNote(qint64 meetingId, const QuestionNote &note, QString *error)
{
    SqlStatement id(m_database, u"SELECT id FROM question_notes WHERE meeting_id = :m AND module_id = :module "
                                "AND question_index = :q"_s);
    id.bind(u":m"_s, meetingId).bind(u":module"_s, note.moduleId).bind(u":q"_s, note.questionIndex);
    if (!id.exec(error) || !id.next())
        return false;
    const QString body = SearchIndex::questionBody({note.today, note.desired, note.nextStep, note.notes});
    return m_index.put(m_index.groupOfMeeting(meetingId), SearchIndex::Source::Question, id.value(0).toLongLong(),
                       meetingId, u"question"_s, body, error);
}

bool MeetingStore::indexRecordItem(qint64 id, QString *error)
{
    SqlStatement item(m_database, u"SELECT r.meeting_id, r.kind, r.text, r.reason, m.group_id FROM record_items r "
                                  "JOIN meetings m ON m.id = r.meeting_id WHERE r.id = :id"_s);
    item.bind(u":id"_s, id);
    if (!item.exec(error) || !item.next())
        return false;
    return m_index.put(item.value(4).toLongLong(), SearchIndex::Source::Record, id, item.value(0).toLongLong(),
                       item.value(1).toString(), SearchIndex::recordBody(item.value(2).toString(), item.value(3).toString()), error);
}

QList<RecordItem> MeetingStore::recordItems(qint64 meetingId) const
{
    QList<RecordItem> result;
    SqlStatement query(m_database, u"SELECT id, meeting_id, kind, text, reason, version FROM record_items "
                                   "WHERE meeting_id = :id ORDER BY position, id"_s);
    query.bind(u":id"_s, meetingId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           RecordNames::kindFromKey(query.value(2).toString()), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toLongLong()});
        }
    }
    return result;
}

qint64 MeetingStore::addRecordItem(const RecordItem &item, QString *error)
{
    Transaction change(m_database);
    SqlStatement query(m_database, u"INSERT INTO record_items (meeting_id, kind, text, reason, position) "
                                   "VALUES (:m, :kind, :text, :reason, "
                                   "(SELECT COALESCE(MAX(position), 0) + 1 FROM record_items WHERE meeting_id = :m2)) RETURNING id"_s);
    query.bind(u":m"_s, item.meetingId)
        .bind(u":kind"_s, RecordNames::key(item.kind))
        .bind(u":text"_s, item.text)
        .bind(u":reason"_s, item.reason)
        .bind(u":m2"_s, item.meetingId);
    if (!query.exec(error))
        return 0;
    const qint64 id = query.insertedId();
    return indexRecordItem(id, error) && change.commit(error) ? id : 0;
}

bool MeetingStore::updateRecordItem(const RecordItem &item, QString *error)
{
    RecordItem written = item;
    written.version = kAnyVersion;
    return updateRecordItemIfUnchanged(&written, error) != Saved::Failed; // a removed row: nothing to do
}

MeetingStore::Saved MeetingStore::updateRecordItemIfUnchanged(RecordItem *item, QString *error)
{
    SqlStatement query(m_database, u"UPDATE record_items SET text = :text, reason = :reason, version = version + 1 "
                                   "WHERE id = :id AND (:any = 1 OR version = :version)"_s);
    query.bind(u":text"_s, item->text).bind(u":reason"_s, item->reason).bind(u":id"_s, item->id);
    query.bind(u":any"_s, item->version == kAnyVersion).bind(u":version"_s, item->version);
    Transaction change(m_database);
    if (!query.exec(error))
        return Saved::Failed;
    if (query.rowsAffected() == 0) {
        const qint64 id = item->id;
        item->id = 0; // removed meanwhile, unless found below
        for (const RecordItem &there : recordItems(item->meetingId)) {
            if (there.id == id)
                *item = there;
        }
        return Saved::Conflict;
    }
    if (!indexRecordItem(item->id, error) || !change.commit(error))
        return Saved::Failed;
    item->version += 1;
    return Saved::Yes;
}

bool MeetingStore::removeRecordItem(qint64 id, QString *error)
{
    SqlStatement group(m_database, u"SELECT m.group_id FROM record_items r JOIN meetings m ON m.id = r.meeting_id "
                                   "WHERE r.id = :id"_s);
    group.bind(u":id"_s, id);
    const qint64 groupId = group.exec(error) && group.next() ? group.value(0).toLongLong() : 0;
    Transaction change(m_database);
    return m_index.remove(groupId, SearchIndex::Source::Record, id, error)
        && SqlStatement::removeRow(m_database, u"record_items"_s, id, error) && change.commit(error);
}

} // namespace Leda
