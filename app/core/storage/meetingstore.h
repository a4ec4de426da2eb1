#pragma once

#include "core/meeting/record.h"
#include "core/storage/saved.h"
#include "core/storage/searchindex.h"

#include <QHash>

namespace Leda {

class Database;

// Meetings and their minutes: details, modules covered, attendance, guests, the worksheet per
// question, decisions, choices and priorities, soft results and free notes.
class MeetingStore final
{
public:
    explicit MeetingStore(Database &database);

    QList<Meeting> meetings(qint64 groupId) const; // oldest first
    Meeting meeting(qint64 id) const;               // id 0 when there is no such meeting
    Meeting meetingOn(qint64 groupId, const QDate &date) const;
    qint64 createMeeting(const Meeting &meeting, QString *error);
    bool updateDetails(const Meeting &meeting, QString *error); // date, times, place
    bool setModules(qint64 meetingId, const QStringList &moduleIds, QString *error);
    bool setFreeNotes(qint64 meetingId, const QString &text, QString *error);
    // What a PC that may share the record writes: only when the row is still the version it read
    // (*version), so that two PCs never silently overwrite each other. Yes: written, *version one
    // on. Conflict: nothing written, *version (and the note) what is there now. Failed: *error.
    using Saved = Leda::Saved;
    static constexpr qint64 kAnyVersion = Leda::kAnyVersion; // the plain writes above
    Saved setFreeNotesIfUnchanged(qint64 meetingId, const QString &text, qint64 *version, QString *error);
    bool removeMeeting(qint64 id, QString *error);

    QHash<qint64, bool> attendance(qint64 meetingId) const; // member id → present
    bool setAttendance(qint64 meetingId, qint64 memberId, bool present, QString *error);

    QList<Guest> guests(qint64 meetingId) const;
    qint64 addGuest(qint64 meetingId, const Guest &guest, QString *error);
    bool updateGuest(const Guest &guest, QString *error);
    bool removeGuest(qint64 id, QString *error);

    QList<QuestionNote> questionNotes(qint64 meetingId) const;
    bool saveQuestionNote(qint64 meetingId, const QuestionNote &note, QString *error);
    Saved saveQuestionNoteIfUnchanged(qint64 meetingId, QuestionNote *note, QString *error);

    QList<RecordItem> recordItems(qint64 meetingId) const;
    qint64 addRecordItem(const RecordItem &item, QString *error);
    bool updateRecordItem(const RecordItem &item, QString *error);
    // Conflict with item->id 0: someone removed the row meanwhile.
    Saved updateRecordItemIfUnchanged(RecordItem *item, QString *error);
    bool removeRecordItem(qint64 id, QString *error);

private:
    bool indexQuestionNote(qint64 meetingId, const QuestionNote &note, QString *error);
    bool indexRecordItem(qint64 id, QString *error);

    Database &m_database;
    SearchIndex m_index;
};

} // namespace Leda
