#include "core/measures/measure.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "support/catchqt.h"
#include "support/testpaths.h"
#include "support/testrecord.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const QList<double> kCdi{17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19,
                         17, 6,  25, 17, 11, 14, 9,  11, 7,  13, 5,  5,  3,  5,  9,  4,  5,  9};

QList<MeasureValue> monthly(const QList<double> &numbers, const QDate &first = QDate(2025, 1, 1))
{
    QList<MeasureValue> values;
    for (int i = 0; i < numbers.size(); ++i) {
        MeasureValue value;
        value.period = first.addMonths(i);
        value.value = numbers.at(i);
        values.append(value);
    }
    return values;
}

Measure infections()
{
    Measure measure;
    measure.name = u"Vårdrelaterade C. difficile-infektioner"_s;
    measure.valueType = Measure::ValueType::Count;
    measure.better = Measure::Better::Lower;
    return measure;
}

} // namespace

TEST_CASE("a version 7 record gains measures (schema 8) and keeps what it held")
{
    QTemporaryDir dir;
    const QString path = TestPaths::fixtureCopy(dir, u"schema-v7.sqlite"_s, u"leda.sqlite"_s);
    REQUIRE_FALSE(path.isEmpty());
    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    REQUIRE(database.schemaVersion() == Database::kSchemaVersion);
    const Group group = GroupStore(database).groupByName(u"Ledningsgruppen version 2"_s);
    REQUIRE(group.id > 0);
    const QList<Member> members = GroupStore(database).members(group.id);
    REQUIRE(members.size() == 1);
    CHECK(members.first().title == u"Verksamhetschef"_s);
    CHECK(members.first().email == u"anna.berg@region.se"_s);
    const QList<NextStep> steps = NextStepStore(database).all(group.id);
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().owner.guest == u"Karin Holm"_s);
    CHECK(Database::backups(path).first().reason == u"before-migration-v7"_s);

    MeasureStore store(database);
    CHECK(store.measures(group.id).isEmpty());
    Measure measure = infections();
    measure.groupId = group.id;
    measure.definition = u"Antal nya fall per månad enligt infektionsregistret."_s;
    measure.target = 5;
    measure.chart = Spc::ChartType::C;
    measure.id = store.addMeasure(measure, &error);
    INFO(error.toStdString());
    REQUIRE(measure.id > 0);
    REQUIRE(store.saveValues(measure.id, monthly(kCdi), &error));
    database.close();

    Database reopened;
    REQUIRE(reopened.open(path, &error));
    MeasureStore again(reopened);
    const QList<Measure> measures = again.measures(group.id);
    REQUIRE(measures.size() == 1);
    CHECK(measures.first().name == measure.name);
    CHECK(measures.first().target == 5);
    CHECK(measures.first().chart == Spc::ChartType::C);
    CHECK(measures.first().better == Measure::Better::Lower);
    CHECK(measures.first().valueType == Measure::ValueType::Count);
    CHECK(again.values(measure.id).size() == 36);
}

TEST_CASE("measures: values per period, archive instead of delete, the meeting's choice and notes", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    GroupStore groups(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen"_s, u"Region Exempel"_s, &error);
    MeasureStore store(database);
    Measure measure = infections();
    measure.groupId = group;
    measure.id = store.addMeasure(measure, &error);
    Measure empty;
    empty.groupId = group;
    empty.name = u"Ännu utan värden"_s;
    empty.id = store.addMeasure(empty, &error);
    REQUIRE(store.saveValues(measure.id, monthly({3, 4, 5}), &error));

    SECTION("one row per period: a second value for a period replaces the first")
    {
        MeasureValue value;
        value.period = QDate(2025, 2, 1);
        value.value = 40;
        value.note = u"Nytt journalsystem"_s;
        REQUIRE(store.saveValue(measure.id, value, &error));
        const QList<MeasureValue> values = store.values(measure.id);
        REQUIRE(values.size() == 3);
        CHECK(values.at(1).value == 40);
        CHECK(values.at(1).note == u"Nytt journalsystem"_s);
        REQUIRE(store.removeValue(measure.id, QDate(2025, 2, 1), &error));
        CHECK(store.values(measure.id).size() == 2);
    }
    SECTION("a measure with values is archived, never deleted")
    {
        CHECK_FALSE(store.removeMeasure(measure.id, &error));
        CHECK(error.contains(u"archive"_s));
        CHECK(store.measures(group).size() == 2);
        REQUIRE(store.setArchived(measure.id, true, &error));
        CHECK(store.measures(group).size() == 1);
        CHECK(store.measures(group, true).size() == 2);
        CHECK(store.values(measure.id).size() == 3);
        REQUIRE(store.removeMeasure(empty.id, &error));
        CHECK(store.measures(group, true).size() == 1);
    }
    SECTION("an import that fails half-way takes nothing")
    {
        QList<MeasureValue> values = monthly({7, 8, 9}, QDate(2026, 1, 1));
        REQUIRE(store.saveValues(measure.id, values, &error));
        CHECK(store.values(measure.id).size() == 6);
        values.append(MeasureValue{});
        values.last().period = QDate(2026, 4, 1);
        values.last().value = 1;
        CHECK_FALSE(store.saveValues(99999, values, &error)); // no such measure: the foreign key refuses
        CHECK(store.values(99999).isEmpty());
    }
    SECTION("a meeting's measures: chosen in order, notes kept when taken off")
    {
        Meeting planned;
        planned.groupId = group;
        planned.date = QDate(2027, 3, 9);
        const qint64 meeting = MeetingStore(database).createMeeting(planned, &error);
        REQUIRE(store.setMeetingMeasures(meeting, {empty.id, measure.id}, &error));
        QList<MeetingMeasure> chosen = store.meetingMeasures(meeting);
        REQUIRE(chosen.size() == 2);
        CHECK(chosen.at(0).measureId == empty.id);
        REQUIRE(store.setMeetingMeasureNotes(meeting, measure.id, u"Färre fall sedan handhygienronden."_s, &error));
        REQUIRE(store.setMeetingMeasures(meeting, {empty.id}, &error));
        chosen = store.meetingMeasures(meeting);
        REQUIRE(chosen.size() == 2);
        CHECK(chosen.at(1).measureId == measure.id);
        CHECK_FALSE(chosen.at(1).chosen);
        CHECK(chosen.at(1).notes == u"Färre fall sedan handhygienronden."_s);
        REQUIRE(store.setMeetingMeasures(meeting, {}, &error));
        CHECK(store.meetingMeasures(meeting).size() == 1);
    }
    SECTION("two writers of what a meeting said about a measure: a save on an older version is not applied")
    {
        Meeting planned;
        planned.groupId = group;
        planned.date = QDate(2027, 3, 9);
        const qint64 meeting = MeetingStore(database).createMeeting(planned, &error);
        REQUIRE(store.setMeetingMeasures(meeting, {measure.id}, &error));
        const qint64 read = store.meetingMeasures(meeting).first().version; // this PC reads
        REQUIRE(store.setMeetingMeasureNotes(meeting, measure.id, u"Andra datorn: färre fall."_s, &error));
        QString mine = u"Rummet: fler fall i januari."_s;
        qint64 version = read;
        CHECK(store.setMeetingMeasureNotesIfUnchanged(meeting, measure.id, &mine, &version, &error) == Saved::Conflict);
        CHECK(mine == u"Andra datorn: färre fall."_s); // what is saved, told back with its version
        CHECK(version == store.meetingMeasures(meeting).first().version);
        CHECK(store.meetingMeasures(meeting).first().notes == u"Andra datorn: färre fall."_s);
        QString both = keepBoth(mine, u"Rummet: fler fall i januari."_s);
        CHECK(store.setMeetingMeasureNotesIfUnchanged(meeting, measure.id, &both, &version, &error) == Saved::Yes);
        CHECK(store.meetingMeasures(meeting).first().notes == u"Andra datorn: färre fall.\n\nRummet: fler fall i januari."_s);
        CHECK(version == store.meetingMeasures(meeting).first().version);
        // No row yet (version 0) but one made meanwhile: the same.
        QString first = u"Ingen rad ännu"_s;
        qint64 none = 0;
        CHECK(store.setMeetingMeasureNotesIfUnchanged(meeting, empty.id, &first, &none, &error) == Saved::Yes);
        QString late = u"Också utan rad"_s;
        qint64 stale = 0;
        CHECK(store.setMeetingMeasureNotesIfUnchanged(meeting, empty.id, &late, &stale, &error) == Saved::Conflict);
        CHECK(late == u"Ingen rad ännu"_s);
    }
}

TEST_CASE("a measure's series: one point per period, gaps, phases and a frozen baseline from its values")
{
    Measure measure = infections();
    QList<MeasureValue> values = monthly({3, 4, 5, 6});
    values.removeAt(1); // February 2025 has no value
    values[2].newPhase = true; // April 2025 begins a new phase
    values[0].note = u"Start"_s;

    const MeasureSeries series(measure, values);
    REQUIRE(series.periods().size() == 4);
    CHECK(series.periods().at(1) == QDate(2025, 2, 1));
    CHECK_FALSE(series.observations().at(1).value.has_value());
    CHECK(series.notes().at(0) == u"Start"_s);
    CHECK(series.options().splits == QList<int>{3});

    measure.baselineEnd = QDate(2025, 3, 1);
    const MeasureSeries frozen(measure, monthly({3, 4, 5, 6, 7}));
    CHECK(frozen.options().freeze == 3);

    SECTION("weeks and quarters")
    {
        measure.period = Measure::Period::Week;
        measure.baselineEnd = {};
        QList<MeasureValue> weekly(2);
        weekly[0].period = QDate(2027, 1, 6); // a Wednesday in week 1
        weekly[0].value = 1;
        weekly[1].period = QDate(2027, 1, 20); // week 3
        weekly[1].value = 2;
        const MeasureSeries weeks(measure, weekly);
        REQUIRE(weeks.periods().size() == 3);
        CHECK(weeks.periods().first() == QDate(2027, 1, 4));
        CHECK(MeasureSeries::periodLabel(weeks.periods().at(1), Measure::Period::Week) == u"week 2, 2027"_s);
        CHECK(MeasureSeries::periodStart(QDate(2027, 8, 15), Measure::Period::Quarter) == QDate(2027, 7, 1));
        CHECK(MeasureSeries::periodLabel(QDate(2027, 7, 1), Measure::Period::Quarter) == u"Q3 2027"_s);
    }
    SECTION("a proportion without its denominator is a gap")
    {
        Measure share;
        share.valueType = Measure::ValueType::Proportion;
        share.perUnits = 100;
        QList<MeasureValue> parts = monthly({3, 4});
        parts[0].denominator = 10;
        const MeasureSeries proportion(share, parts);
        const Spc::Analysis analysis = proportion.analysis();
        CHECK(analysis.y.at(0) == 30);
        CHECK_FALSE(analysis.y.at(1).has_value());
    }
}

TEST_CASE("the sentences under a chart say what the rules found, and whether it is for the better")
{
    Measure measure = infections();
    const Spc::Analysis analysis = MeasureSeries(measure, monthly(kCdi)).analysis();
    const QStringList sentences = MeasureSeries(measure, monthly(kCdi)).signalSentences(analysis);
    INFO(sentences.join(u'\n').toStdString());
    REQUIRE(sentences.size() == 2);
    CHECK(sentences.at(0) == u"Unusually long run: 14 points in a row below the median — a sign of real change. It "
                             "is an improvement."_s);
    CHECK(sentences.at(1) == u"Too few crossings: the line crosses the centre 6 time(s) where at least 11 are expected "
                             "— a sign of real change."_s);

    // Two long runs, high then low: the sentence tells where the process is now.
    const MeasureSeries shifted(measure, monthly({30, 31, 30, 31, 30, 31, 30, 31, 30, 31, 30, 31,
                                                  20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21}));
    CHECK(shifted.signalSentences(shifted.analysis()).first()
          == u"Unusually long run: 12 points in a row below the median — a sign of real change. It is an "
             "improvement."_s);

    measure.better = Measure::Better::Higher;
    const MeasureSeries worse(measure, monthly(kCdi));
    CHECK(worse.signalSentences(worse.analysis()).first().endsWith(u"It is a change for the worse."_s));

    QList<MeasureValue> split = monthly(kCdi);
    split[24].newPhase = true;
    measure.chart = Spc::ChartType::C;
    const MeasureSeries phases(measure, split);
    const QStringList phaseSentences = phases.signalSentences(phases.analysis());
    INFO(phaseSentences.join(u'\n').toStdString());
    // What is true of every phase is said once.
    REQUIRE(phaseSentences.size() == 1);
    CHECK(phaseSentences.at(0).startsWith(u"Every phase: No sign of real change"_s));
    QList<MeasureValue> changed = monthly({30, 31, 30, 31, 30, 31, 30, 31, 30, 31, 30, 31, 20, 21, 20, 21, 20, 21, 20,
                                           21, 20, 21, 20, 21, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12});
    changed[24].newPhase = true;
    measure.chart.reset();
    const MeasureSeries twoPhases(measure, changed);
    const QStringList differing = twoPhases.signalSentences(twoPhases.analysis());
    INFO(differing.join(u'\n').toStdString());
    REQUIRE(differing.size() == 3);
    CHECK(differing.at(0).startsWith(u"Phase 1 (from 2025-01): Unusually long run: 12 points in a row below"_s));
    CHECK(differing.at(1).startsWith(u"Phase 1 (from 2025-01): Too few crossings"_s));
    CHECK(differing.at(2).startsWith(u"Phase 2 (from 2027-01): No sign of real change"_s));

    const MeasureSeries few(measure, monthly({4, 4, 4}));
    const QStringList fewSentences = few.signalSentences(few.analysis());
    CHECK(fewSentences.contains(u"All points lie on the centre line: the rules cannot be tried."_s));
    CHECK(fewSentences.contains(u"Only 3 point(s) so far: the rules need about 10 before they can tell a change."_s));
}

#include "core/measures/processmeasures.h"
#include "core/storage/preparationstore.h"

namespace {

QList<std::optional<double>> shares(const ProcessMeasure &measure)
{
    QList<std::optional<double>> result;
    for (const MeasureValue &value : measure.values) {
        result.append(value.value && value.denominator ? std::optional<double>(*value.value / *value.denominator)
                                                       : std::nullopt);
    }
    return result;
}

QList<double> counts(const ProcessMeasure &measure)
{
    QList<double> result;
    for (const MeasureValue &value : measure.values)
        result.append(value.value.value_or(-1));
    return result;
}

} // namespace

TEST_CASE("process measures computed from a seeded record have the known answers", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen"_s, u"Region Exempel"_s, &error);
    QList<qint64> members;
    for (const QString &name : {u"Åsa"_s, u"Erik"_s, u"Maria"_s, u"Johan"_s})
        members.append(groups.addMember({0, group, name, RoleLevel::FirstLineManager, true}, &error));
    // The plan: one module a month; April's meeting was never held, May's is ahead.
    REQUIRE(PreparationStore(database).savePlan(group,
                                                {{0, u"00"_s, QDate(2027, 1, 12), false},
                                                 {0, u"01"_s, QDate(2027, 2, 9), false},
                                                 {0, u"02"_s, QDate(2027, 3, 9), false},
                                                 {0, u"03"_s, QDate(2027, 4, 13), false},
                                                 {0, u"04"_s, QDate(2027, 5, 11), false}},
                                                &error));
    // Held: January and February as planned, March a week late; 4, 3 and 2 of 4 present.
    QList<qint64> held;
    const QList<std::pair<QDate, QString>> dates{
        {QDate(2027, 1, 12), u"00"_s}, {QDate(2027, 2, 9), u"01"_s}, {QDate(2027, 3, 16), u"02"_s}};
    for (int i = 0; i < dates.size(); ++i) {
        Meeting meeting;
        meeting.groupId = group;
        meeting.date = dates.at(i).first;
        held.append(meetings.createMeeting(meeting, &error));
        REQUIRE(meetings.setModules(held.last(), {dates.at(i).second}, &error));
        for (int m = 0; m < members.size(); ++m)
            REQUIRE(meetings.setAttendance(held.last(), members.at(m), m < 4 - i, &error));
    }
    auto step = [&](qint64 meeting, const QDate &due) {
        NextStep next;
        next.groupId = group;
        next.originMeetingId = meeting;
        next.what = u"Steg"_s;
        next.owner.memberId = members.first();
        next.due = due;
        const qint64 id = steps.add(next, &error);
        REQUIRE(id > 0);
        return id;
    };
    auto review = [&](qint64 id, qint64 meeting, FollowUpOutcome outcome, const QDate &newDue = {}) {
        StepReview decided;
        decided.stepId = id;
        decided.meetingId = meeting;
        decided.outcome = outcome;
        decided.newDue = newDue;
        decided.reason = outcome == FollowUpOutcome::Dropped ? u"Inte längre aktuellt"_s : QString();
        INFO(error.toStdString());
        REQUIRE(steps.review(decided, &error));
    };
    const qint64 s1 = step(held.at(0), QDate(2027, 2, 1));  // done at the first meeting after its date
    const qint64 s2 = step(held.at(0), QDate(2027, 2, 5));  // carried forward to 1 March, done on 16 March
    step(held.at(0), QDate(2027, 1, 25));                   // never done: overdue from January on
    const qint64 s4 = step(held.at(1), QDate(2027, 3, 20)); // dropped
    step(held.at(2), QDate(2027, 4, 1));                    // open, due in April
    review(s1, held.at(1), FollowUpOutcome::Done);
    review(s2, held.at(1), FollowUpOutcome::CarriedForward, QDate(2027, 3, 1));
    review(s2, held.at(2), FollowUpOutcome::Done);
    review(s4, held.at(2), FollowUpOutcome::Dropped);

    const QList<ProcessMeasure> measures =
        ProcessMeasures::compute(SeriesHistory::load(database, group), QDate(2027, 4, 20));
    REQUIRE(measures.size() == 5);
    for (const ProcessMeasure &measure : measures) {
        INFO(measure.key.toStdString());
        REQUIRE(measure.values.size() == 4); // January to April
        CHECK(measure.values.first().period == QDate(2027, 1, 1));
        CHECK(measure.measure.kind == Measure::Kind::Process);
    }
    using Shares = QList<std::optional<double>>;
    CHECK(measures.at(0).key == u"meetings-held"_s);
    CHECK(shares(measures.at(0)) == Shares{1.0, 1.0, 1.0, 0.0});
    CHECK(measures.at(1).key == u"modules-covered"_s);
    CHECK(counts(measures.at(1)) == QList<double>{1, 1, 1, 0});
    CHECK(measures.at(2).key == u"attendance"_s);
    CHECK(shares(measures.at(2)) == Shares{1.0, 0.75, 0.5, std::nullopt});
    CHECK(measures.at(3).key == u"steps-on-time"_s);
    CHECK(shares(measures.at(3)) == Shares{0.0, 0.5, std::nullopt, 0.0});
    CHECK(measures.at(4).key == u"steps-overdue"_s);
    CHECK(counts(measures.at(4)) == QList<double>{1, 1, 1, 2});

    // They chart as any measure: attendance in per cent.
    const MeasureSeries attendance(measures.at(2).measure, measures.at(2).values);
    CHECK(attendance.analysis().y.at(1) == 75);
}

#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "support/bundledcourse.h"
#include "support/pdftext.h"
#include "support/seriesrecord.h"

#include <QStandardPaths>

TEST_CASE("minutes and the course report show the measures' charts as vectors, with their sentences, over three "
          "meetings", "[storage]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    const SeriesRecord record = seedSeriesRecord(database, bundledContent().course, 12, 4, 3, 600);
    MeasureStore measures(database);
    const Measure risk = measures.measure(record.measures.at(0));
    const Measure waiting = measures.measure(record.measures.at(2));
    // The second meeting looks at one measure and says something; the third at another, silently.
    REQUIRE(measures.setMeetingMeasures(record.meetings.at(1), {risk.id}, &error));
    REQUIRE(measures.setMeetingMeasureNotes(record.meetings.at(1), risk.id, u"Andelen steg efter den nya rutinen."_s,
                                            &error));
    REQUIRE(measures.setMeetingMeasures(record.meetings.at(2), {waiting.id}, &error));

    const RecordExport records(database, bundledContent().course);
    const QList<MinutesContent> minutes{records.minutes(record.meetings.at(0)), records.minutes(record.meetings.at(1)),
                                        records.minutes(record.meetings.at(2))};
    CHECK(minutes.at(0).measures.isEmpty()); // the first meeting looked at none
    REQUIRE(minutes.at(1).measures.size() == 1);
    REQUIRE(minutes.at(2).measures.size() == 1);
    // Each meeting's chart as it stood that day: no value of a later month.
    CHECK(minutes.at(1).measures.first().series.periods().last() == QDate(2027, 2, 1));
    CHECK(minutes.at(2).measures.first().series.periods().last() == QDate(2027, 3, 1));

    const QString pdf = dir.filePath(u"protokoll-2.pdf"_s);
    REQUIRE(Exporter().writeMinutes(minutes.at(1), Exporter::Format::Pdf, pdf, &error) == Exporter::Result::Written);
    const QString text = pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(u"Our measures"_s));
    CHECK(text.contains(risk.name));
    const QString sentence = minutes.at(1).measures.first().series.signalSentences(minutes.at(1).measures.first().series.analysis()).first();
    CHECK(text.contains(sentence.simplified()));
    CHECK(text.contains(u"What we said: Andelen steg efter den nya rutinen."_s));
    // Drawn, not pasted: the chart's own labels are text in the PDF, and the PDF has no pictures.
    CHECK(text.contains(u"Ny rutin: riskbedömning i inskrivningssamtalet"_s));
    CHECK(text.contains(u"UCL"_s));
    const QString images = runTool(QStandardPaths::findExecutable(u"pdfimages"_s), {u"-list"_s, pdf});
    CHECK(images.count(u'\n') == 2); // the header lines only

    const ReportContent report = records.report(record.group, QDate(2027, 3, 20));
    REQUIRE(report.measures.size() == 3);
    REQUIRE(report.processMeasures.size() == 5);
    const QString reportPdf = dir.filePath(u"slutrapport.pdf"_s);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Pdf, reportPdf, &error) == Exporter::Result::Written);
    const QString reportText = pdfText(reportPdf).simplified();
    CHECK(reportText.contains(u"Measures over the series"_s));
    for (const MeasureSeries &series : report.measures + report.processMeasures) {
        INFO(series.measure().name.toStdString());
        CHECK(reportText.contains(series.measure().name));
        CHECK(reportText.contains(series.signalSentences(series.analysis()).first().simplified()));
    }
    CHECK(reportText.contains(u"Unusually long run"_s)); // the waiting time's run below its median
    CHECK(runTool(QStandardPaths::findExecutable(u"pdfimages"_s), {u"-list"_s, reportPdf}).count(u'\n') == 2);

    SECTION("ODT carries each chart as a picture; Markdown as the values it is drawn from")
    {
        const QString odt = dir.filePath(u"slutrapport.odt"_s);
        REQUIRE(Exporter().writeReport(report, Exporter::Format::Odt, odt, &error) == Exporter::Result::Written);
        const QString contentXml = runTool(QStandardPaths::findExecutable(u"unzip"_s), {u"-p"_s, odt, u"content.xml"_s});
        // Three measures and five process measures, and one chart in each of two meetings.
        CHECK(contentXml.count(u"<draw:image"_s) == 10);
        const QString md = dir.filePath(u"slutrapport.md"_s);
        REQUIRE(Exporter().writeReport(report, Exporter::Format::Markdown, md, &error) == Exporter::Result::Written);
        QFile file(md);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        CHECK(markdown.contains(u"| 2026\\-05 | "_s));
        CHECK(markdown.contains(u"Ny rutin: riskbedömning i inskrivningssamtalet"_s));
    }
}
