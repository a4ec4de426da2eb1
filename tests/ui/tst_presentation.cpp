#include "core/storage/measurestore.h"
#include "core/content/contentloader.h"
#include "core/presentation/screenchoice.h"
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/demorecord.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"
#include "support/typing.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingpage.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/facilitatorview.h"
#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const ContentLoader::Result &course()
{
    return bundledContent();
}

const Module &todaysModule()
{
    return course().course.modules.at(3);
}

// The demo group's record with a fourth meeting, today's, on module 4 with private notes.
struct Record
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"leda.sqlite"_s);
    Settings settings{dir.filePath(u"settings.ini"_s)};
    Database database;
    DemoRecord demo;
    qint64 meeting = 0;

    Record()
    {
        QString error;
        REQUIRE(database.open(path, &error));
        demo = seedDemoRecord(database, course().course);
        Meeting today;
        today.groupId = demo.group;
        today.date = QDate(2026, 11, 30);
        today.startTime = QTime(13, 0);
        today.moduleIds = {todaysModule().id};
        meeting = MeetingStore(database).createMeeting(today, &error);
        REQUIRE(meeting > 0);
        REQUIRE(PreparationStore(database).setPrivateNotes(meeting, u"Erik har svårt att hinna: fråga honom först."_s,
                                                           &error));
    }
};

// Stores for a Presentation made without the main window.
struct Stores
{
    GroupStore groups;
    MeetingStore meetings;
    NextStepStore nextSteps;
    PreparationStore preparation;
    MeasureStore measures;
    Autosave autosave;
    explicit Stores(Database &database)
        : groups(database), meetings(database), nextSteps(database), preparation(database), measures(database),
          autosave(database)
    {
    }
    PresentationSession::Stores refs() { return {groups, meetings, nextSteps, preparation, measures, autosave}; }
};

// A key as the user presses it: to the focused widget of the window, or the window itself.
void press(QWidget *window, Qt::Key key)
{
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, key);
}

void type(QWidget *widget, const QString &text)
{
    // A field built for the item just shown is visible once its layout has run.
    REQUIRE(QTest::qWaitFor([widget] { return widget->isVisible(); }));
    widget->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(widget->window()));
    typeText(widget, text);
    REQUIRE(widget->hasFocus());
}

template<typename T>
T *find(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(widget);
    return widget;
}

QString roomTitle(RoomView *room)
{
    return find<QLabel>(room, u"roomTitle"_s)->text();
}

// Every text a widget tree shows: labels, fields, buttons, window titles.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (auto *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (auto *edit : root->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText() << edit->placeholderText();
    for (auto *edit : root->findChildren<QLineEdit *>())
        texts << edit->text() << edit->placeholderText();
    for (auto *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(needle); });
}

} // namespace

TEST_CASE("presentation: the room walks all five steps by keyboard and what is typed reaches the record")
{
    Record record;
    MainWindow window(record.settings, record.database, course().course, course().problems);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openMeeting(record.meeting));
    QTest::mouseClick(find<QPushButton>(&window, u"presentButton"_s), Qt::LeftButton);
    Presentation *presentation = window.presentMeeting(record.meeting);
    REQUIRE(presentation);
    REQUIRE(presentation->facilitatorView() == nullptr); // one screen: one window
    RoomView *room = presentation->roomView();
    REQUIRE(QTest::qWaitForWindowExposed(room));
    REQUIRE(room->isFullScreen());
    const qint64 erik = record.demo.members.at(1);
    const qint64 asa = record.demo.members.at(0);

    // The room's look, from resources/roomview.qss, with the type sized from the screen.
    REQUIRE(room->styleSheet().contains(u"#roomView { background: #0e141b; }"_s));
    REQUIRE(room->styleSheet().contains(u"font-size: %1px"_s.arg(room->screen()->geometry().height() / 30)));
    REQUIRE_FALSE(room->styleSheet().contains(u"@BODY@"_s));

    // (0) the opening slide: the module, the group and today's agenda with its times
    REQUIRE(roomTitle(room) == todaysModule().title);
    REQUIRE(find<QLabel>(room, u"openingAbout"_s)->text().contains(u"Ledningsgruppen medicinkliniken"_s));
    REQUIRE(find<QLabel>(room, u"openingTime_0"_s)->text() == u"13:00"_s);
    REQUIRE(find<QLabel>(room, u"openingItem_0"_s)->text() == u"Open next steps from earlier meetings"_s);
    REQUIRE(find<QLabel>(room, u"openingClock"_s)->text().startsWith(u"The time is "_s));
    press(room, Qt::Key_Space);

    // (1) open next steps from earlier meetings: the one from November is marked done
    REQUIRE(roomTitle(room) == u"Open next steps from earlier meetings"_s);
    const qint64 openStep = peek(record.path, u"SELECT id FROM next_steps WHERE status = 'open'"_s).toLongLong();
    REQUIRE(find<QLabel>(room, u"openStepText_%1"_s.arg(openStep))->text().contains(u"körschema"_s));
    QTest::mouseClick(find<QPushButton>(room, u"outcome_%1_done"_s.arg(openStep)), Qt::LeftButton);
    REQUIRE(peek(record.path, u"SELECT status FROM next_steps WHERE id = %1"_s.arg(openStep)).toString() == u"done"_s);

    // (2) the film
    press(room, Qt::Key_Space);
    REQUIRE(roomTitle(room) == u"Film: %1"_s.arg(todaysModule().title));
    REQUIRE(room->player()->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return room->player()->duration() > 0; }, 10'000)); // the film is loaded

    // (3) each question, with its countdown
    press(room, Qt::Key_Right);
    // The room takes the module's recommended questions: they have the time on the agenda.
    const QList<int> shown = todaysModule().recommended;
    REQUIRE(shown.size() >= 3);
    REQUIRE(roomTitle(room) == todaysModule().questions.at(shown.at(0)));
    REQUIRE(find<QLabel>(room, u"roomPosition"_s)->text().contains(u"Question 1 of %1"_s.arg(shown.size())));
    REQUIRE(room->timerText() == u"10:00"_s);
    press(room, Qt::Key_Left); // back to the film and forward again
    REQUIRE(roomTitle(room).startsWith(u"Film"_s));
    press(room, Qt::Key_Space);
    auto *today = find<QPlainTextEdit>(room, u"today_%1"_s.arg(shown.at(0)));
    type(today, u"Vi följer inte upp våra förbättringar."_s);
    REQUIRE(roomTitle(room) == todaysModule().questions.at(shown.at(0))); // Space in a field is a space
    press(room, Qt::Key_Escape);                                  // out of the field, not out of the meeting
    REQUIRE(presentation->isRunning());
    // Page Down (a presenter's clicker) moves on from inside a field; the field's focus does not
    // pass to the next item's fields, so Space there moves on again.
    type(find<QPlainTextEdit>(room, u"desired_%1"_s.arg(shown.at(0))), u"Vi"_s);
    press(room, Qt::Key_PageDown);
    REQUIRE(roomTitle(room) == todaysModule().questions.at(shown.at(1)));
    REQUIRE_FALSE(qobject_cast<QPlainTextEdit *>(room->focusWidget()));
    for (qsizetype q = 2; q < shown.size(); ++q) {
        press(room, Qt::Key_Space);
        REQUIRE(roomTitle(room) == todaysModule().questions.at(shown.at(q)));
    }

    // (4) decisions and next steps
    press(room, Qt::Key_Space);
    REQUIRE(roomTitle(room) == u"Decisions and next steps"_s);
    auto *decision = find<QLineEdit>(room, u"newDecision"_s);
    type(decision, u"Uppföljning blir en stående punkt."_s);
    QTest::keyClick(decision, Qt::Key_Return);
    REQUIRE(decision->text().isEmpty());
    REQUIRE(anyContains(visibleTexts(room), u"• Uppföljning blir en stående punkt."_s));
    // A next step: text, owner typed by name, a date typed the Swedish way; Enter adds it, and the
    // fields are empty again for the next one (no owner carried over).
    auto *newStep = find<QLineEdit>(room, u"newNextStep"_s);
    type(newStep, u"Boka flödeskartläggning"_s);
    QTest::keyClick(newStep, Qt::Key_Tab);
    auto *owner = find<QComboBox>(room, u"newNextStepOwner"_s);
    REQUIRE(owner->lineEdit()->hasFocus());
    typeText(owner->lineEdit(), u"Erik Öberg"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *due = find<QLineEdit>(room, u"newNextStepDue"_s);
    REQUIRE(due->hasFocus());
    typeText(due, u"om 2 veckor"_s);
    QTest::keyClick(due, Qt::Key_Return);
    REQUIRE(peek(record.path, u"SELECT owner_member_id FROM next_steps WHERE what = 'Boka flödeskartläggning'"_s)
                .toLongLong()
            == erik);
    REQUIRE(peek(record.path, u"SELECT due_date FROM next_steps WHERE what = 'Boka flödeskartläggning'"_s).toString()
            == QDate::currentDate().addDays(14).toString(Qt::ISODate));
    REQUIRE(newStep->text().isEmpty());
    REQUIRE(owner->currentText().isEmpty());
    REQUIRE(due->text().isEmpty());
    REQUIRE(newStep->hasFocus()); // ready for the next step
    // A second step with no owner gets none; a date that is no date is said, and nothing is lost.
    typeText(newStep, u"Skriva till HR"_s);
    QTest::keyClick(newStep, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(due, u"snart"_s);
    QTest::keyClick(due, Qt::Key_Return);
    REQUIRE(room->problemText().contains(u"snart"_s));
    REQUIRE(newStep->text() == u"Skriva till HR"_s);
    due->clear();
    QTest::keyClick(newStep, Qt::Key_Return);
    REQUIRE(peek(record.path, u"SELECT ifnull(owner_member_id, 0) FROM next_steps WHERE what = 'Skriva till HR'"_s)
                .toLongLong()
            == 0);
    // A guest can be named as owner: a name that is no member's is kept as written.
    typeText(newStep, u"Visa patientens väg"_s);
    QTest::keyClick(newStep, Qt::Key_Tab);
    typeText(owner->lineEdit(), u"Karin Holm"_s);
    QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
    REQUIRE(peek(record.path, u"SELECT ifnull(owner_member_id, 0) || '|' || owner_name FROM next_steps "
                              "WHERE what = 'Visa patientens väg'"_s)
                .toString()
            == u"0|Karin Holm"_s);
    REQUIRE(anyContains(visibleTexts(room), u"Karin Holm"_s));
    // Each step can be removed in the room.
    const qint64 hr = peek(record.path, u"SELECT id FROM next_steps WHERE what = 'Skriva till HR'"_s).toLongLong();
    QTest::mouseClick(find<QToolButton>(room, u"removeNextStep_%1"_s.arg(hr)), Qt::LeftButton);
    REQUIRE(peek(record.path, u"SELECT count(*) FROM next_steps WHERE id = %1"_s.arg(hr)).toInt() == 0);
    if (room->focusWidget() != room)
        press(room, Qt::Key_Escape); // out of a field, if still in one

    // (5) the closing round, one row per attendee
    press(room, Qt::Key_Space);
    REQUIRE(roomTitle(room) == u"Closing round: my next step"_s);
    REQUIRE(room->findChildren<QLineEdit *>(QRegularExpression(u"^closing_"_s)).size() == 4);
    type(find<QLineEdit>(room, u"closing_%1"_s.arg(asa)), u"Jag bokar in uppföljningen"_s);
    type(find<QLineEdit>(room, u"closing_%1"_s.arg(erik)), u"Körschemat till nästa gång"_s);
    press(room, Qt::Key_Space); // in a field: a space, not past the end
    press(room, Qt::Key_Escape);

    // (6) the summary: what the meeting decided, for everyone to see
    press(room, Qt::Key_Space);
    REQUIRE(roomTitle(room) == u"What we decided today"_s);
    const QStringList summary = visibleTexts(room);
    REQUIRE(anyContains(summary, u"• Uppföljning blir en stående punkt."_s));
    REQUIRE(anyContains(summary, u"• Boka flödeskartläggning – Erik Öberg"_s));
    REQUIRE(anyContains(summary, u"Åsa Lindqvist: Jag bokar in uppföljningen"_s));
    press(room, Qt::Key_Space); // the last item: nowhere further to go
    REQUIRE(presentation->isRunning());
    press(room, Qt::Key_Escape); // leaves
    REQUIRE_FALSE(room->isVisible());

    // In the record, and back on the meeting page.
    REQUIRE(peek(record.path, u"SELECT today FROM question_notes WHERE meeting_id = %1 AND question_index = %2"_s
                                  .arg(record.meeting)
                                  .arg(shown.at(0)))
                .toString()
            == u"Vi följer inte upp våra förbättringar."_s);
    REQUIRE(peek(record.path, u"SELECT text FROM record_items WHERE meeting_id = %1"_s.arg(record.meeting)).toString()
            == u"Uppföljning blir en stående punkt."_s);
    REQUIRE(peekColumn(record.path, u"SELECT what FROM next_steps WHERE origin_meeting_id = %1 AND from_closing_round = 1 "
                                    "ORDER BY owner_member_id"_s.arg(record.meeting))
            == QVariantList{u"Jag bokar in uppföljningen"_s, u"Körschemat till nästa gång "_s});
    REQUIRE(window.meetingPage()->isVisible());
    REQUIRE(find<QPlainTextEdit>(&window, u"today_%1_%2"_s.arg(todaysModule().id).arg(shown.at(0)))->toPlainText()
            == u"Vi följer inte upp våra förbättringar."_s);
}

TEST_CASE("presentation: the room's countdown turns to time's up with an injected clock, and P pauses it")
{
    Record record;
    Stores stores(record.database);
    qint64 clockMs = 0;
    Presentation presentation(stores.refs(), course().course, record.settings, record.meeting, [&] { return clockMs; });
    presentation.startOn(Presentation::Layout::OneWindow, QGuiApplication::primaryScreen(), nullptr);
    RoomView *room = presentation.roomView();
    REQUIRE(room->timerText().isEmpty()); // the opening slide has no countdown
    press(room, Qt::Key_Space);
    press(room, Qt::Key_Space); // the film: its time waits for the film
    REQUIRE(room->timerText().endsWith(u"(paused)"_s));
    press(room, Qt::Key_Space); // the first question, 10 minutes
    REQUIRE(room->timerText() == u"10:00"_s);

    clockMs += 9 * 60'000 + 30'000;
    presentation.session().tick();
    REQUIRE(room->timerText() == u"0:30"_s);
    REQUIRE_FALSE(room->showsTimeUp());

    press(room, Qt::Key_P);
    clockMs += 5 * 60'000;
    presentation.session().tick();
    REQUIRE(room->timerText() == u"0:30 (paused)"_s);
    press(room, Qt::Key_P);

    clockMs += 45'000;
    presentation.session().tick();
    REQUIRE(room->showsTimeUp());
    REQUIRE(room->timerText() == u"Time is up +0:15"_s);
}

TEST_CASE("presentation: a note that cannot be saved is said on the big screen, and nothing is lost from the field")
{
    Record record;
    record.database.close();
    QString error;
    REQUIRE(record.database.open(record.path, &error, Database::Access::ReadOnly));
    Stores stores(record.database);
    Presentation presentation(stores.refs(), course().course, record.settings, record.meeting);
    presentation.startOn(Presentation::Layout::OneWindow, QGuiApplication::primaryScreen(), nullptr);
    RoomView *room = presentation.roomView();
    presentation.session().goTo(3);
    auto *today = find<QPlainTextEdit>(room, u"today_%1"_s.arg(todaysModule().recommended.first()));
    type(today, u"Det här kan inte sparas"_s);
    REQUIRE(QTest::qWaitFor([&] { return !room->problemText().isEmpty(); }, 2000));
    REQUIRE(room->problemText().contains(u"could not be saved yet"_s));
    REQUIRE(today->toPlainText() == u"Det här kan inte sparas"_s);
    REQUIRE(stores.autosave.pendingCount() == 1); // kept, to be tried again
    REQUIRE(peek(record.path, u"SELECT count(*) FROM question_notes WHERE meeting_id = %1"_s.arg(record.meeting)).toInt() == 0);
}

TEST_CASE("presentation: facilitator notes are on the facilitator's screen and never in the room view")
{
    Record record;
    Stores stores(record.database);
    REQUIRE_FALSE(todaysModule().facilitatorNotes.isEmpty());
    Presentation presentation(stores.refs(), course().course, record.settings, record.meeting);
    QScreen *screen = QGuiApplication::primaryScreen();
    presentation.startOn(Presentation::Layout::TwoWindows, screen, screen);
    RoomView *room = presentation.roomView();
    FacilitatorView *facilitator = presentation.facilitatorView();
    REQUIRE(facilitator);
    const QStringList secrets = QStringList(todaysModule().facilitatorNotes) << u"Erik har svårt att hinna"_s;

    for (int i = 0; i < presentation.session().stepCount(); ++i) {
        presentation.session().goTo(i);
        const QStringList roomTexts = visibleTexts(room);
        const QStringList facilitatorTexts = visibleTexts(facilitator);
        for (const QString &secret : secrets) {
            INFO("item " << i << ": " << secret.toStdString());
            REQUIRE_FALSE(anyContains(roomTexts, secret.left(40)));
            REQUIRE(anyContains(facilitatorTexts, secret.left(40)));
        }
    }

    // The room screen getting the focus does not put it into a field: Space still moves on.
    presentation.session().goTo(4);
    room->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(room));
    REQUIRE_FALSE(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
    press(room, Qt::Key_Space);
    REQUIRE(presentation.session().currentIndex() == 5);
    press(room, Qt::Key_Left);

    // The facilitator takes the notes; the room sees them as they are typed.
    const QString desired = u"desired_%1"_s.arg(todaysModule().recommended.at(1)); // the second question shown
    type(find<QPlainTextEdit>(facilitator, desired), u"Ett gemensamt mått"_s);
    REQUIRE(find<QPlainTextEdit>(room, desired)->toPlainText() == u"Ett gemensamt mått"_s);
    QTest::mouseClick(find<QPushButton>(facilitator, u"facilitatorForward"_s), Qt::LeftButton);
    REQUIRE(presentation.session().currentIndex() == 5);
    REQUIRE(find<QLabel>(facilitator, u"facilitatorNext"_s)->text().startsWith(u"Next: "_s));
}

// Run by CTest under Xvfb with two screens (see tests/CMakeLists.txt); hidden from the offscreen run.
TEST_CASE("presentation: with two screens the room view goes to the big screen and the choice is remembered",
          "[.][twoscreens]")
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    REQUIRE(screens.at(1)->size().width() > screens.at(0)->size().width()); // 0: the laptop, 1: the big screen
    Record record;
    Stores stores(record.database);
    {
        Presentation presentation(stores.refs(), course().course, record.settings, record.meeting);
        presentation.start(screens.at(0));
        REQUIRE(presentation.facilitatorView());
        REQUIRE(QTest::qWaitForWindowExposed(presentation.roomView()));
        REQUIRE(QTest::qWaitForWindowExposed(presentation.facilitatorView()));
        REQUIRE(presentation.roomView()->screen() == screens.at(1));
        REQUIRE(presentation.roomView()->windowHandle()->screen() == screens.at(1));
        REQUIRE(QTest::qWaitFor([&] { return presentation.roomView()->geometry() == screens.at(1)->geometry(); }));
        REQUIRE(presentation.facilitatorView()->windowHandle()->screen() == screens.at(0));
        REQUIRE(screens.at(0)->geometry().contains(presentation.facilitatorView()->geometry().center()));
        std::printf("room view: %s %dx%d; facilitator view: %s\n", qPrintable(presentation.roomView()->screen()->name()),
                    presentation.roomView()->width(), presentation.roomView()->height(),
                    qPrintable(presentation.facilitatorView()->screen()->name()));
        presentation.moveRoomView(screens.at(1));
    }
    REQUIRE(record.settings.roomScreen() == (ScreenInfo{screens.at(1)->name(), screens.at(1)->size()}.key()));
}
