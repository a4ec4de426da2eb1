#include "core/storage/measurestore.h"
#include "core/content/contentloader.h"
#include "core/presentation/countdown.h"
#include "core/presentation/presentationsession.h"
#include "core/presentation/screenchoice.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/demorecord.h"
#include "support/seriesrecord.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"
#include "support/testrecord.h"

#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const Course &course()
{
    return bundledContent().course;
}

// A record with the demo group's three meetings and a fourth, today's, on module 4.
struct Fixture
{
    QTemporaryDir dir;
    QString path = testRecord(dir);
    Database database;
    DemoRecord demo;
    qint64 meeting = 0;
    std::unique_ptr<GroupStore> groups;
    std::unique_ptr<MeetingStore> meetings;
    std::unique_ptr<NextStepStore> nextSteps;
    std::unique_ptr<PreparationStore> preparation;
    std::unique_ptr<MeasureStore> measures;
    std::unique_ptr<Autosave> autosave;
    qint64 clockMs = 0;

    Fixture()
    {
        QString error;
        REQUIRE(database.open(path, &error));
        demo = seedDemoRecord(database, course());
        groups = std::make_unique<GroupStore>(database);
        meetings = std::make_unique<MeetingStore>(database);
        nextSteps = std::make_unique<NextStepStore>(database);
        preparation = std::make_unique<PreparationStore>(database);
        measures = std::make_unique<MeasureStore>(database);
        autosave = std::make_unique<Autosave>(database);
        Meeting today;
        today.groupId = demo.group;
        today.date = QDate(2026, 11, 30);
        today.startTime = QTime(13, 0);
        today.moduleIds = {course().modules.at(3).id};
        meeting = meetings->createMeeting(today, &error);
        REQUIRE(meeting > 0);
    }

    PresentationSession::Stores stores() { return {*groups, *meetings, *nextSteps, *preparation, *measures, *autosave}; }
    std::unique_ptr<PresentationSession> session()
    {
        return std::make_unique<PresentationSession>(stores(), course(), meeting, [this] { return clockMs; });
    }
    int indexOf(const PresentationSession &session, AgendaItem::Kind kind)
    {
        for (int i = 0; i < session.stepCount(); ++i) {
            if (session.step(i).kind == kind)
                return i;
        }
        return -1;
    }
};

} // namespace

TEST_CASE("countdown: runs, pauses, continues, is extended and reaches time's up with an overrun")
{
    Countdown countdown(10 * 60'000);
    REQUIRE_FALSE(countdown.hasStarted());
    countdown.start(1'000);
    REQUIRE(countdown.remainingMs(61'000) == 9 * 60'000);
    countdown.pause(61'000);
    REQUIRE(countdown.remainingMs(500'000) == 9 * 60'000); // paused: the clock does not count
    countdown.start(500'000);
    REQUIRE_FALSE(countdown.isTimeUp(500'000 + 9 * 60'000 - 1));
    REQUIRE(countdown.isTimeUp(500'000 + 9 * 60'000));
    REQUIRE(countdown.remainingMs(500'000 + 10 * 60'000) == -60'000);
    countdown.extend(2 * 60'000);
    REQUIRE(countdown.remainingMs(500'000 + 10 * 60'000) == 60'000);
    countdown.restart(2'000'000);
    REQUIRE(countdown.remainingMs(2'000'000) == 12 * 60'000);
}

TEST_CASE("presentation: the agenda is the meeting's own, or the module's with the film's real length", "[storage]")
{
    Fixture f;
    const Module &module = course().modules.at(3);
    {
        auto session = f.session();
        // An opening slide and a summary around the agenda.
        // Only the module's recommended questions have time, so only they are in the room.
        REQUIRE(session->stepCount() == module.recommended.size() + 6);
        REQUIRE(session->step(0).kind == AgendaItem::Kind::Opening);
        REQUIRE(session->step(session->stepCount() - 1).kind == AgendaItem::Kind::Summary);
        REQUIRE(session->agenda().size() == module.recommended.size() + 4);
        REQUIRE(session->agenda().at(0).kind == AgendaItem::Kind::Review);
        REQUIRE(session->agenda().at(1).kind == AgendaItem::Kind::Film);
        REQUIRE(session->agenda().at(1).minutes == int(std::ceil(module.film.durationMs / 60000.0)));
        REQUIRE(session->agenda().at(2).questionIndex == module.recommended.first());
        REQUIRE(session->questionText(0) == module.questions.at(0));
        REQUIRE(session->agenda().last().kind == AgendaItem::Kind::ClosingRound);
    }
    QList<AgendaItem> own = Agenda::prefilled(module, module.film.durationMs);
    own.removeAt(4);    // the process leader left out the second question,
    own[3].minutes = 25; // gave the first one (not recommended) time,
    own[5].minutes = 0;  // and none to the fourth: an item of 0 minutes is not shown in the room
    QString error;
    REQUIRE(f.preparation->saveAgenda(f.meeting, module.id, own, &error));
    auto session = f.session();
    QList<int> questions;
    for (const AgendaItem &item : session->agenda()) {
        if (item.kind == AgendaItem::Kind::Question)
            questions.append(item.questionIndex);
    }
    REQUIRE(questions == QList<int>{0, 2, 5}); // the fifth was never recommended, the sixth was
    REQUIRE(session->agenda().at(2).minutes == 25);
}

TEST_CASE("presentation: an agenda made for another module gives way to the module the meeting has now", "[storage]")
{
    Fixture f;
    const Module &before = course().modules.at(3);
    const Module &after = course().modules.at(5);
    QString error;
    REQUIRE(f.preparation->saveAgenda(f.meeting, before.id, Agenda::prefilled(before, before.film.durationMs), &error));
    REQUIRE(f.meetings->setModules(f.meeting, {after.id}, &error));
    {
        auto session = f.session();
        REQUIRE(session->agenda().size() == after.recommended.size() + 4);
        REQUIRE(session->agenda().at(1).title.contains(after.title));
        REQUIRE(session->questionText(session->agenda().at(2).questionIndex)
                == after.questions.at(after.recommended.first()));
    }
    // Without a module there is no film and there are no questions: the rest of the meeting stays.
    REQUIRE(f.meetings->setModules(f.meeting, {}, &error));
    auto session = f.session();
    REQUIRE(session->agenda().size() == 3);
    REQUIRE(session->agenda().at(0).kind == AgendaItem::Kind::Review);
    REQUIRE(session->agenda().at(2).kind == AgendaItem::Kind::ClosingRound);
}

TEST_CASE("presentation: the timer with an injected clock reaches time's up once, pauses, and keeps its time per item", "[storage]")
{
    Fixture f;
    auto session = f.session();
    const int question = f.indexOf(*session, AgendaItem::Kind::Question);
    session->goTo(question);
    const qint64 timebox = qint64(session->current().minutes) * 60'000;
    REQUIRE(session->remainingMs() == timebox);
    REQUIRE(session->isTimerRunning());

    QSignalSpy timeUp(session.get(), &PresentationSession::timeUp);
    f.clockMs += timebox - 1'000;
    session->tick();
    REQUIRE_FALSE(session->isTimeUp());
    REQUIRE(timeUp.isEmpty());

    session->toggleTimer(); // P: paused for a minute
    f.clockMs += 60'000;
    session->tick();
    REQUIRE(session->remainingMs() == 1'000);
    session->toggleTimer();

    f.clockMs += 1'000;
    session->tick();
    REQUIRE(session->isTimeUp());
    REQUIRE(timeUp.size() == 1);
    REQUIRE(timeUp.first().first().toInt() == question);
    f.clockMs += 30'000;
    session->tick();
    REQUIRE(timeUp.size() == 1);
    REQUIRE(session->remainingMs() == -30'000);

    // Leaving the item pauses its countdown; the next item has its own.
    REQUIRE(session->next());
    REQUIRE(session->remainingMs() == qint64(session->current().minutes) * 60'000);
    f.clockMs += 5 * 60'000;
    REQUIRE(session->back());
    REQUIRE(session->remainingMs() == -30'000);
    session->extendTimer(1);
    REQUIRE_FALSE(session->isTimeUp());
    REQUIRE(session->remainingMs() == 30'000);
}

TEST_CASE("presentation: the film's countdown waits until the film plays", "[storage]")
{
    Fixture f;
    auto session = f.session();
    session->goTo(f.indexOf(*session, AgendaItem::Kind::Film));
    const qint64 timebox = session->timeboxMs();
    REQUIRE(timebox > 0);
    f.clockMs += 3 * 60'000; // the group talks before anyone presses play
    session->tick();
    REQUIRE_FALSE(session->isTimerRunning());
    REQUIRE(session->remainingMs() == timebox);
    session->filmStarted();
    f.clockMs += 60'000;
    REQUIRE(session->isTimerRunning());
    REQUIRE(session->remainingMs() == timebox - 60'000);
    session->filmStarted(); // again, after a pause of the film: the countdown is not restarted
    REQUIRE(session->remainingMs() == timebox - 60'000);
}

TEST_CASE("presentation: the summary knows the next meeting, from the record or from the series plan", "[storage]")
{
    Fixture f;
    QString error;
    auto session = f.session();
    REQUIRE_FALSE(session->nextMeeting().date.isValid());
    // The plan's next entry after the meetings held so far.
    QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), QDate(2026, 9, 7), 4);
    REQUIRE(f.preparation->savePlan(f.demo.group, plan, &error));
    plan = f.preparation->plan(f.demo.group);
    const int next = SeriesPlan::nextEntry(plan, f.meetings->meetings(f.demo.group));
    REQUIRE(next >= 0);
    REQUIRE(f.session()->nextMeeting().date == plan.at(next).plannedDate);
    // A meeting already in the record comes first.
    Meeting later;
    later.groupId = f.demo.group;
    later.date = f.meetings->meeting(f.meeting).date.addDays(21);
    later.moduleIds = {course().modules.at(5).id};
    REQUIRE(f.meetings->createMeeting(later, &error) > 0);
    const auto known = f.session()->nextMeeting();
    REQUIRE(known.date == later.date);
    REQUIRE(known.moduleTitle.contains(course().modules.at(5).title));
    // Choices and soft results are taken in the room, too.
    REQUIRE(session->addRecord(RecordKind::Choice, u"Vi prioriterar flödet från akuten"_s));
    REQUIRE(session->records(RecordKind::Choice).size() == 1);
    REQUIRE(session->decisions().isEmpty());
}

TEST_CASE("presentation: what the group says goes into the meeting record", "[storage]")
{
    Fixture f;
    QString error;
    auto session = f.session();

    // (1) the open next step from the last meeting is marked done at this one
    const QList<FollowUpItem> open = session->followUp();
    REQUIRE(open.size() == 1);
    const NextStep step = open.first().step;
    REQUIRE(step.what == u"Ta fram ett körschema för väntetid till avdelning"_s);
    StepReview review = open.first().review;
    review.outcome = FollowUpOutcome::Done;
    REQUIRE(session->decide(review));
    REQUIRE(f.nextSteps->nextStep(step.id).status == NextStepStatus::Done);
    REQUIRE(session->followUp().size() == 1); // still in this meeting's follow-up, as done
    REQUIRE(session->review(step.id).outcome == FollowUpOutcome::Done);
    // Changed to a carry-forward without a date: four weeks after the meeting.
    review.outcome = FollowUpOutcome::CarriedForward;
    REQUIRE(session->decide(review));
    REQUIRE(f.nextSteps->nextStep(step.id).status == NextStepStatus::Open);
    const QDate meetingDate = f.meetings->meeting(f.meeting).date;
    REQUIRE(f.nextSteps->nextStep(step.id).due == meetingDate.addDays(28));

    // (3) a question's worksheet
    session->setQuestionField(1, PresentationSession::Field::Today, u"Vi mäter inte flödet i dag."_s);
    session->setQuestionField(1, PresentationSession::Field::NextStep, u"Åsa bjuder in till en flödeskartläggning."_s);
    // (4) a decision and a next step
    REQUIRE(session->addDecision(u"Vi kartlägger flödet före jul."_s));
    REQUIRE(session->addNextStep(u"Boka rum för kartläggningen"_s, StepOwner::member(f.demo.members.at(2)), QDate(2026, 12, 7)));
    // (5) the closing round: one row per attendee
    REQUIRE(session->attendees().size() == 4);
    session->setClosingStep(f.demo.members.at(0), u"Jag pratar med HR"_s);
    session->setClosingStep(f.demo.members.at(0), u"Jag pratar med HR om bemanningen"_s);
    session->setClosingStep(f.demo.members.at(1), u"Något"_s);
    session->setClosingStep(f.demo.members.at(1), QString()); // changed their mind
    session->finish();

    const QuestionNote note = f.meetings->questionNotes(f.meeting).first();
    REQUIRE(note.questionIndex == 1);
    REQUIRE(note.today == u"Vi mäter inte flödet i dag."_s);
    REQUIRE(note.nextStep == u"Åsa bjuder in till en flödeskartläggning."_s);
    REQUIRE(f.meetings->recordItems(f.meeting).first().text == u"Vi kartlägger flödet före jul."_s);
    const QList<NextStep> steps = f.nextSteps->fromMeeting(f.meeting);
    REQUIRE(steps.size() == 2);
    REQUIRE(steps.at(0).what == u"Boka rum för kartläggningen"_s);
    REQUIRE_FALSE(steps.at(0).fromClosingRound);
    REQUIRE(steps.at(1).what == u"Jag pratar med HR om bemanningen"_s);
    REQUIRE(steps.at(1).owner.memberId == f.demo.members.at(0));
    REQUIRE(steps.at(1).fromClosingRound);

    // A new session on the same meeting finds it all again.
    auto again = f.session();
    REQUIRE(again->closingStep(f.demo.members.at(0)) == u"Jag pratar med HR om bemanningen"_s);
    REQUIRE(again->closingStep(f.demo.members.at(1)).isEmpty());
    REQUIRE(again->review(step.id).outcome == FollowUpOutcome::CarriedForward);
    REQUIRE(again->review(step.id).newDue == meetingDate.addDays(28));
    REQUIRE(again->questionNote(1).nextStep == u"Åsa bjuder in till en flödeskartläggning."_s);
    REQUIRE(again->newNextSteps().size() == 1);
}

TEST_CASE("presentation: the closing round lists those present once attendance is taken", "[storage]")
{
    Fixture f;
    QString error;
    REQUIRE(f.meetings->setAttendance(f.meeting, f.demo.members.at(1), true, &error));
    REQUIRE(f.meetings->setAttendance(f.meeting, f.demo.members.at(2), true, &error));
    REQUIRE(f.meetings->setAttendance(f.meeting, f.demo.members.at(3), false, &error));
    auto session = f.session();
    REQUIRE(session->attendees().size() == 2);
    REQUIRE(session->attendees().at(0).name == u"Erik Öberg"_s);
}

TEST_CASE("presentation: the room screen is the remembered one, else the largest other screen")
{
    const QList<ScreenInfo> one{{u"eDP-1"_s, {1366, 768}}};
    REQUIRE(chooseRoomScreen(one, 0, {}) == -1);
    const QList<ScreenInfo> three{{u"eDP-1"_s, {1366, 768}}, {u"HDMI-1"_s, {1920, 1080}}, {u"DP-2"_s, {1280, 1024}}};
    REQUIRE(chooseRoomScreen(three, 0, {}) == 1);
    REQUIRE(chooseRoomScreen(three, 0, three.at(2).key()) == 2);
    REQUIRE(chooseRoomScreen(three, 0, three.at(0).key()) == 1); // never the facilitator's own
    // Screens with one name (as under Xvfb) are told apart by their size.
    const QList<ScreenInfo> twins{{u"screen"_s, {1366, 768}}, {u"screen"_s, {1920, 1080}}, {u"screen"_s, {1280, 1024}}};
    REQUIRE(chooseRoomScreen(twins, 0, twins.at(2).key()) == 2);
    REQUIRE(chooseRoomScreen(three, 1, u"gone"_s) == 2);
}

TEST_CASE("presentation: a question another PC saved while the room wrote it keeps both texts, nobody in the room asked", "[storage]")
{
    Fixture f;
    auto session = f.session();
    const QString moduleId = f.meetings->meeting(f.meeting).moduleIds.first();
    // The room types; before it is saved, another writer saves the same question.
    session->setQuestionField(1, PresentationSession::Field::Today, u"Rummet: vi mäter inte flödet."_s);
    QString error;
    REQUIRE(f.meetings->saveQuestionNote(f.meeting, {moduleId, 1, u"Andra datorn: flödet mäts i Excel."_s, {}, {}, {}},
                                         &error));
    QSignalSpy changed(session.get(), &PresentationSession::recordChanged);
    REQUIRE(f.autosave->flush());
    const QuestionNote saved = f.meetings->questionNotes(f.meeting).first();
    CHECK(saved.today == u"Andra datorn: flödet mäts i Excel.\n\nRummet: vi mäter inte flödet."_s);
    // The room shows what is saved, and a later edit there builds on it (no second conflict).
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000));
    CHECK(session->questionNote(1).today == saved.today);
    session->setQuestionField(1, PresentationSession::Field::NextStep, u"Åsa tar fram mätningen."_s);
    REQUIRE(f.autosave->flush());
    CHECK(f.meetings->questionNotes(f.meeting).first().today == saved.today);
    CHECK(f.meetings->questionNotes(f.meeting).first().nextStep == u"Åsa tar fram mätningen."_s);
}

TEST_CASE("presentation: a next step another PC changed while the room corrected it keeps both texts, and the room's "
          "next correction builds on them", "[storage]")
{
    Fixture f;
    auto session = f.session();
    REQUIRE(session->addNextStep(u"Boka rum för kartläggningen"_s, StepOwner::member(f.demo.members.at(2)),
                                 QDate(2026, 12, 7)));
    const NextStep shown = session->newNextSteps().first(); // as the room shows it
    NextStep corrected = shown;
    corrected.what = u"Boka stora rummet för kartläggningen"_s;
    REQUIRE(session->updateNextStep(corrected));
    // Before the room's correction is saved, another PC changes the same step.
    NextStep elsewhere = f.nextSteps->nextStep(shown.id);
    elsewhere.what = u"Boka rum och fika för kartläggningen"_s;
    QString error;
    REQUIRE(f.nextSteps->update(elsewhere, &error));
    QSignalSpy changed(session.get(), &PresentationSession::recordChanged);
    REQUIRE(f.autosave->flush());
    CHECK(f.nextSteps->nextStep(shown.id).what
          == u"Boka rum och fika för kartläggningen / Boka stora rummet för kartläggningen"_s);
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000));
    // The room corrects it again from the step it showed before: its own write is no conflict.
    NextStep again = shown;
    again.what = u"Boka stora rummet och fika"_s;
    REQUIRE(session->updateNextStep(again));
    REQUIRE(f.autosave->flush());
    CHECK(f.nextSteps->nextStep(shown.id).what == u"Boka stora rummet och fika"_s);
}

TEST_CASE("presentation: what another PC said about a measure while the room wrote it is kept with the room's, nobody "
          "asked",
          "[storage]")
{
    Fixture f;
    const QList<qint64> measures = seedMeasures(f.database, f.demo.group);
    REQUIRE(!measures.isEmpty());
    auto session = f.session();
    REQUIRE(session->measureCount() > 0);
    const qint64 measureId = session->measureSeries(0).measure().id;
    session->setMeasureNotes(0, u"Rummet: andelen ökar."_s);
    QString error;
    REQUIRE(f.measures->setMeetingMeasureNotes(f.meeting, measureId, u"Andra datorn: kolla januari."_s, &error));
    QSignalSpy changed(session.get(), &PresentationSession::recordChanged);
    REQUIRE(f.autosave->flush());
    const auto saved = [&] {
        for (const MeetingMeasure &noted : f.measures->meetingMeasures(f.meeting)) {
            if (noted.measureId == measureId)
                return noted.notes;
        }
        return QString();
    };
    CHECK(saved() == u"Andra datorn: kolla januari.\n\nRummet: andelen ökar."_s);
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 1000));
    CHECK(session->measureNotes(0) == saved());
    session->setMeasureNotes(0, saved() + u" Följs upp i maj."_s);
    REQUIRE(f.autosave->flush());
    CHECK(saved().endsWith(u"andelen ökar. Följs upp i maj."_s));
}
