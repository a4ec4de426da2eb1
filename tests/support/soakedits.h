#pragma once

// The soak's edits: 10 000 random edits across 50 meetings, each decided by (seed, index) and
// the record's state. Run once with SIGKILLs and once without: the two records must be equal.
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace SoakEdits {

using namespace Qt::StringLiterals;

constexpr int kMeetings = 50;

// The group and its 50 meetings, completed if a killed writer left them half made.
inline QList<qint64> prepare(Leda::Database &database, QString *error)
{
    Leda::GroupStore groups(database);
    Leda::MeetingStore meetings(database);
    qint64 group = groups.groupByName(u"Soak"_s).id;
    if (group == 0)
        group = groups.createGroup(u"Soak"_s, {}, error);
    QList<qint64> ids;
    for (const Leda::Meeting &meeting : meetings.meetings(group))
        ids.append(meeting.id);
    while (group != 0 && ids.size() < kMeetings) {
        Leda::Meeting meeting;
        meeting.groupId = group;
        meeting.date = QDate(2027, 1, 1).addDays(7 * int(ids.size()));
        const qint64 id = meetings.createMeeting(meeting, error);
        if (id == 0)
            return {};
        ids.append(id);
    }
    return ids;
}

inline QString text(QRandomGenerator &random, const QString &prefix)
{
    static const QStringList words{u"förbättring"_s, u"väntetid"_s, u"akuten"_s, u"patienten"_s, u"mäta"_s,
                                   u"följa upp"_s,   u"<b>"_s,      u"'; --"_s,  u"åäö"_s,      u"😀"_s};
    QString result = prefix;
    const int count = 1 + int(random.bounded(200));
    for (int i = 0; i < count; ++i)
        result += u' ' + words.at(int(random.bounded(int(words.size()))));
    return result;
}

// Applies edit number index; false (and *error) when it could not be saved.
inline bool apply(Leda::Database &database, const QList<qint64> &meetingIds, quint32 seed, int index, QString *error)
{
    QRandomGenerator random(seed * 100'003u + quint32(index));
    Leda::MeetingStore meetings(database);
    Leda::NextStepStore steps(database);
    const qint64 meeting = meetingIds.at(int(random.bounded(kMeetings)));
    const QString tag = u"edit %1:"_s.arg(index);
    switch (random.bounded(6)) {
    case 0:
        return meetings.setFreeNotes(meeting, text(random, tag), error);
    case 1:
        return meetings.addRecordItem({0, meeting, Leda::RecordKind::Decision, text(random, tag), {}}, error) > 0;
    case 2: {
        QList<Leda::RecordItem> items = meetings.recordItems(meeting);
        if (items.isEmpty())
            return true;
        Leda::RecordItem item = items.at(int(random.bounded(int(items.size()))));
        item.text = text(random, tag);
        return meetings.updateRecordItem(item, error);
    }
    case 3: {
        const QList<Leda::RecordItem> items = meetings.recordItems(meeting);
        if (items.size() < 3)
            return true;
        return meetings.removeRecordItem(items.at(int(random.bounded(int(items.size())))).id, error);
    }
    case 4: {
        Leda::QuestionNote note;
        note.moduleId = u"01"_s;
        note.questionIndex = int(random.bounded(4));
        note.today = text(random, tag);
        note.desired = text(random, tag);
        return meetings.saveQuestionNote(meeting, note, error);
    }
    default: {
        const QString what = text(random, tag);
        const QList<Leda::NextStep> existing = steps.fromMeeting(meeting);
        if (!existing.isEmpty() && random.bounded(2) == 0) {
            Leda::NextStep step = existing.at(int(random.bounded(int(existing.size()))));
            step.what = what;
            step.due = QDate(2027, 6, 1).addDays(int(random.bounded(100)));
            return steps.update(step, error);
        }
        Leda::NextStep step;
        step.originMeetingId = meeting;
        step.what = what;
        return steps.add(step, error) > 0;
    }
    }
}

// What a user could see of the record, one line per row, in a stable order.
inline QStringList dump(Leda::Database &database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    const QStringList selects{
        u"SELECT m.date, m.free_notes FROM meetings m ORDER BY m.date"_s,
        u"SELECT m.date, r.kind, r.text FROM record_items r JOIN meetings m ON m.id = r.meeting_id ORDER BY m.date, r.text"_s,
        u"SELECT m.date, q.module_id, q.question_index, q.today, q.desired FROM question_notes q "
        "JOIN meetings m ON m.id = q.meeting_id ORDER BY m.date, q.module_id, q.question_index"_s,
        u"SELECT m.date, s.what, s.due_date, s.status FROM next_steps s JOIN meetings m ON m.id = s.origin_meeting_id "
        "ORDER BY m.date, s.what"_s,
    };
    for (const QString &select : selects) {
        if (!query.exec(select))
            rows.append(u"failed: "_s + select);
        while (query.next()) {
            QStringList columns;
            for (int c = 0; c < query.record().count(); ++c)
                columns.append(query.value(c).toString());
            rows.append(columns.join(u" | "_s));
        }
    }
    return rows;
}

} // namespace SoakEdits
