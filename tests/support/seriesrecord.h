#pragma once

// A record as a group has it a few meetings into the series, with a realistic (and a heavy)
// amount of data: open next steps from earlier meetings, many new steps and decisions, long
// texts. For the room-view geometry tests and the screenshots.
#include "core/content/module.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"

#include <QTemporaryDir>

#include <cmath>

struct SeriesRecord
{
    qint64 group = 0;
    QList<qint64> members;
    QList<qint64> meetings; // oldest first; the last is the one to run
    QList<qint64> measures;
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

// Three measures with two years of monthly values up to the last meeting: a proportion that
// rises after a change (a new phase, with a note), a rate per 1 000 vårddygn, and a waiting time
// with a long run below its median.
inline QList<qint64> seedMeasures(Leda::Database &database, qint64 group)
{
    using namespace Leda;
    using namespace Qt::StringLiterals;
    QString error;
    MeasureStore store(database);
    QList<qint64> ids;
    const QDate first(2025, 4, 1);
    Measure risk;
    risk.groupId = group;
    risk.name = u"Andel patienter med riskbedömning inom 24 timmar"_s;
    risk.definition = u"Inskrivna patienter med dokumenterad riskbedömning (fall, trycksår, nutrition) inom 24 timmar, "
                      "av alla inskrivna under månaden. Källa: journalgranskning av 40 slumpvis valda."_s;
    risk.valueType = Measure::ValueType::Proportion;
    risk.perUnits = 100;
    risk.unit = u"%"_s;
    risk.chart = Spc::ChartType::P;
    risk.target = 90;
    risk.id = store.addMeasure(risk, &error);
    Measure falls;
    falls.groupId = group;
    falls.name = u"Fall med skada per 1 000 vårddygn"_s;
    falls.valueType = Measure::ValueType::Rate;
    falls.perUnits = 1000;
    falls.better = Measure::Better::Lower;
    falls.chart = Spc::ChartType::U;
    falls.id = store.addMeasure(falls, &error);
    Measure waiting;
    waiting.groupId = group;
    waiting.name = u"Väntetid till första besök"_s;
    waiting.unit = u"dagar"_s;
    waiting.better = Measure::Better::Lower;
    waiting.id = store.addMeasure(waiting, &error);
    QList<MeasureValue> riskValues;
    QList<MeasureValue> fallValues;
    QList<MeasureValue> waitingValues;
    for (int i = 0; i < 24; ++i) {
        MeasureValue value;
        value.period = first.addMonths(i);
        const int denominator = 38 + (i * 7) % 9;
        value.value = std::round(denominator * ((i < 14 ? 0.62 : 0.85) + 0.08 * std::sin(i * 1.7)));
        value.denominator = denominator;
        value.newPhase = i == 14;
        value.note = i == 13 ? u"Ny rutin: riskbedömning i inskrivningssamtalet"_s : QString();
        riskValues.append(value);
        MeasureValue rate;
        rate.period = value.period;
        rate.value = 3 + (i * 5) % 4;
        rate.denominator = 1400 + (i * 37) % 200;
        fallValues.append(rate);
        MeasureValue days;
        days.period = value.period;
        days.value = (i < 12 ? 31 : 22) + (i * 3) % 7;
        waitingValues.append(days);
    }
    store.saveValues(risk.id, riskValues, &error);
    store.saveValues(falls.id, fallValues, &error);
    store.saveValues(waiting.id, waitingValues, &error);
    return {risk.id, falls.id, waiting.id};
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
    record.measures = seedMeasures(database, record.group);
    return record;
}

// The series record (a dozen open steps, four new, three decisions, texts up to 300 characters)
// in dir's leda.sqlite, the file a LedaSession on dir opens. No group (0) when it cannot be made.
inline SeriesRecord seedSeriesFile(const QTemporaryDir &dir, const Leda::Course &course)
{
    Leda::Database seeding;
    QString error;
    if (!seeding.open(dir.filePath(QStringLiteral("leda.sqlite")), &error))
        return {};
    return seedSeriesRecord(seeding, course, 12, 4, 3, 300);
}
