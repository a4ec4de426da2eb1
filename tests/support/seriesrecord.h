#pragma once

// A record as a group has it a few meetings into the series, with a realistic (and a heavy)
// amount of data: open next steps from earlier meetings, many new steps and decisions, long
// texts. For the room-view geometry tests and the screenshots.
#include "core/content/module.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"

struct SeriesRecord
{
    qint64 group = 0;
    QList<qint64> members;
    QList<qint64> meetings; // oldest first; the last is the one to run
};

// A text of about length characters, in words, as people write.
inline QString longText(int length, int seed)
{
    using namespace Qt::StringLiterals;
    static const QStringList words{u"förbättringsarbete"_s, u"patienterna"_s, u"flödet"_s, u"mäter"_s,
                                   u"väntetiden"_s, u"avdelning"_s, u"vi"_s, u"och"_s, u"varje"_s,
                                   u"vecka"_s, u"ledningsgruppen"_s, u"följer"_s, u"upp"_s, u"resultat"_s};
    QString text;
    for (int i = seed; text.size() < length; ++i)
        text += words.at(i % words.size()) + u' ';
    return text.left(length).trimmed();
}

// Three meetings: openSteps open next steps set at the first two, and at the third (the one to
// run) newSteps next steps and decisions decisions; every fifth text is longTexts long.
inline SeriesRecord seedSeriesRecord(Leda::Database &database, const Leda::Course &course, int openSteps,
                                     int newSteps, int decisions, int longTexts = 2000)
{
    using namespace Leda;
    using namespace Qt::StringLiterals;
    QString error;
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    SeriesRecord record;
    record.group = groups.createGroup(u"Ledningsgruppen kirurgkliniken"_s, u"Region Exempel"_s, &error);
    const QStringList people{u"Åsa Lindqvist"_s, u"Erik Öberg"_s,   u"Maria Svensson"_s,
                             u"Johan Ek"_s,      u"Fatima Khalil"_s, u"Per-Olof Nyström"_s};
    for (const QString &name : people)
        record.members.append(groups.addMember({0, record.group, name, RoleLevel::FirstLineManager, true}, &error));
    const QList<QDate> dates{QDate(2027, 1, 12), QDate(2027, 2, 9), QDate(2027, 3, 9)};
    for (int i = 0; i < dates.size(); ++i) {
        Meeting meeting;
        meeting.groupId = record.group;
        meeting.date = dates.at(i);
        meeting.startTime = QTime(13, 0);
        meeting.endTime = QTime(15, 0);
        meeting.place = u"Konferensrum Ljuset"_s;
        meeting.moduleIds = {course.modules.at(i + 1).id};
        record.meetings.append(meetings.createMeeting(meeting, &error));
    }
    const auto text = [longTexts](int i, const QString &start) {
        return i % 5 == 4 ? start + u": "_s + longText(longTexts, i) : start + u" "_s + longText(40 + 7 * (i % 4), i);
    };
    for (int i = 0; i < openSteps; ++i) {
        NextStep step;
        step.originMeetingId = record.meetings.at(i % 2);
        step.what = text(i, u"Steg %1"_s.arg(i + 1));
        step.owner = StepOwner::member(record.members.at(i % record.members.size()));
        step.due = dates.at(i % 2).addDays(21);
        steps.add(step, &error);
    }
    const qint64 today = record.meetings.last();
    for (int i = 0; i < newSteps; ++i) {
        NextStep step;
        step.originMeetingId = today;
        step.what = text(i, u"Nytt steg %1"_s.arg(i + 1));
        step.owner = StepOwner::member(i % 3 == 0 ? 0 : record.members.at(i % record.members.size()));
        step.due = i % 2 == 0 ? dates.last().addDays(28) : QDate();
        steps.add(step, &error);
    }
    for (int i = 0; i < decisions; ++i)
        meetings.addRecordItem({0, today, RecordKind::Decision, text(i, u"Beslut %1"_s.arg(i + 1)), {}}, &error);
    return record;
}
