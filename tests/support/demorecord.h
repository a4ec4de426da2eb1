#pragma once

// A small, realistic record for tests and screenshots: one leadership group, four members and
// three meetings with minutes, decisions, choices, soft results and next steps.
#include "core/content/module.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"

struct DemoRecord
{
    qint64 group = 0;
    QList<qint64> members;
    QList<qint64> meetings; // oldest first
};

inline DemoRecord seedDemoRecord(Leda::Database &database, const Leda::Course &course)
{
    using namespace Leda;
    using namespace Qt::StringLiterals;
    QString error;
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    DemoRecord demo;
    demo.group = groups.createGroup(u"Ledningsgruppen medicinkliniken"_s, u"Region Exempel"_s, &error);
    const QList<std::pair<QString, RoleLevel>> people{{u"Åsa Lindqvist"_s, RoleLevel::SeniorManagement},
                                                      {u"Erik Öberg"_s, RoleLevel::FirstLineManager},
                                                      {u"Maria Svensson"_s, RoleLevel::FirstLineManager},
                                                      {u"Johan Ek"_s, RoleLevel::ProcessRole}};
    for (const auto &[name, role] : people)
        demo.members.append(groups.addMember({0, demo.group, name, role, true}, &error));

    const QList<QDate> dates{QDate(2026, 9, 7), QDate(2026, 10, 5), QDate(2026, 11, 2)};
    for (int i = 0; i < dates.size(); ++i) {
        Meeting meeting;
        meeting.groupId = demo.group;
        meeting.date = dates.at(i);
        meeting.startTime = QTime(13, 0);
        meeting.endTime = QTime(15, 0);
        meeting.place = u"Konferensrum Ljuset, plan 3"_s;
        meeting.moduleIds = {course.modules.at(i).id};
        const qint64 id = meetings.createMeeting(meeting, &error);
        demo.meetings.append(id);
        for (int m = 0; m < demo.members.size(); ++m)
            meetings.setAttendance(id, demo.members.at(m), !(i == 1 && m == 3), &error);
        meetings.saveQuestionNote(id, {course.modules.at(i).id, 0,
                                       u"Förbättringsarbete tas upp när något har gått fel."_s,
                                       u"En stående punkt på varje ledningsgruppsmöte."_s,
                                       u"Jag sätter upp punkten på dagordningen från och med nästa månad."_s,
                                       u"Samtalet visade att vi definierar förbättring olika."_s},
                                  &error);
        meetings.saveQuestionNote(id, {course.modules.at(i).id, 2, u"Vi följer främst ekonomi och beläggning."_s,
                                       u"Två process- och ett resultatmått för flödet, varje månad."_s,
                                       u"Erik tar fram ett körschema."_s, {}},
                                  &error);
        meetings.addRecordItem({0, id, RecordKind::Decision,
                                u"Kursen blir en stående punkt, 90 minuter var fjärde vecka."_s, {}},
                               &error);
        meetings.addRecordItem({0, id, RecordKind::Choice, u"Vi börjar med flödet från akuten till avdelning 12."_s,
                                u"Där är väntetiderna längst och personalen har själv lyft frågan."_s},
                               &error);
        meetings.addRecordItem({0, id, RecordKind::SoftResult, u"Ett öppnare samtalsklimat i gruppen."_s, {}}, &error);
        NextStep step;
        step.originMeetingId = id;
        step.what = u"Ta fram ett körschema för väntetid till avdelning"_s;
        step.owner = StepOwner::member(demo.members.at(1));
        step.due = dates.at(i).addDays(21);
        const qint64 stepId = steps.add(step, &error);
        if (i + 1 < dates.size())
            steps.review({stepId, id, FollowUpOutcome::Done, {}, {}, {}, {}, {}, {}}, &error);
    }
    meetings.setFreeNotes(demo.meetings.first(), u"Nästa gång börjar vi med en kort runda om veckan."_s, &error);
    return demo;
}
