// The first hour: the first start says what to do and its buttons lead there; the guide opens
// where the user is (F1) and finds what is searched for; Hjälp › Kortkommandon lists the keys.
#include "support/ledasession.h"
#include "support/dialogs.h"
#include "support/pdftext.h"
#include "support/seriesrecord.h"

#include "core/storage/filesystem.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "ui/course/coursepage.h"
#include "ui/help/guidewindow.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/meeting/preparationpage.h"
#include "ui/meeting/seriesplanpage.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

// Types name into the next "New leadership group" dialog and presses OK, as a user would.
void answerGroupName(const QString &name)
{
    answerNextDialog<QInputDialog>([name](QInputDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(field, name);
        QTest::keyClick(field, Qt::Key_Return);
    });
}

QStringList groupNames(Database &database)
{
    QStringList names;
    for (const Group &group : GroupStore(database).groups())
        names.append(group.name);
    return names;
}

} // namespace

TEST_CASE("first start: with no group Leda shows the first steps, and each button leads where it says")
{
    QTemporaryDir dir;
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->currentPage() == window->welcomePage());
    auto *places = leda.find<QLabel>(u"welcomePlaces"_s);
    CHECK(places->text().contains(QDir::toNativeSeparators(leda.path())));
    CHECK(places->text().contains(u"modules"_s)); // the bundled course's folder
    // Meetings without a group: the first steps again, not an empty list.
    window->showCourse();
    window->showMeetings();
    CHECK(window->currentPage() == window->welcomePage());

    SECTION("1. create the group: its name is asked for, and the group page shows it")
    {
        answerGroupName(u"Ledningsgruppen Medicin"_s);
        QTest::mouseClick(leda.find<QAbstractButton>(u"welcomeCreateGroup"_s), Qt::LeftButton);
        CHECK(groupNames(leda.database) == QStringList{u"Ledningsgruppen Medicin"_s});
        CHECK(window->currentPage()->objectName() == u"groupPage"_s);
    }
    SECTION("2. plan the series: with no group yet it is created first, then the series plan")
    {
        answerGroupName(u"Ledningsgruppen Kirurgi"_s);
        QTest::mouseClick(leda.find<QAbstractButton>(u"welcomePlanSeries"_s), Qt::LeftButton);
        CHECK(groupNames(leda.database) == QStringList{u"Ledningsgruppen Kirurgi"_s});
        CHECK(window->currentPage() == window->seriesPlanPage());
    }
    SECTION("3. prepare the first meeting: the group, its first meeting and that meeting's preparation")
    {
        answerGroupName(u"Ledningsgruppen Psykiatri"_s);
        QTest::mouseClick(leda.find<QAbstractButton>(u"welcomePrepareMeeting"_s), Qt::LeftButton);
        REQUIRE(groupNames(leda.database) == QStringList{u"Ledningsgruppen Psykiatri"_s});
        const QList<Meeting> meetings = MeetingStore(leda.database).meetings(window->currentGroupId());
        REQUIRE(meetings.size() == 1);
        CHECK(window->currentPage() == window->preparationPage());
        CHECK(window->preparationPage()->meetingId() == meetings.first().id);
        // Pressed again, it prepares the same first meeting rather than making another.
        window->showWelcome();
        QTest::mouseClick(leda.find<QAbstractButton>(u"welcomePrepareMeeting"_s), Qt::LeftButton);
        CHECK(MeetingStore(leda.database).meetings(window->currentGroupId()).size() == 1);
    }
    SECTION("a cancelled name makes no group and stays on the first steps")
    {
        answerNextDialog<QInputDialog>([](QInputDialog *dialog) { dialog->reject(); });
        QTest::mouseClick(leda.find<QAbstractButton>(u"welcomePlanSeries"_s), Qt::LeftButton);
        CHECK(groupNames(leda.database).isEmpty());
        CHECK(window->currentPage() == window->welcomePage());
    }
}

TEST_CASE("first start: a record that has a group starts on the course, not on the first steps")
{
    QTemporaryDir dir;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        REQUIRE(GroupStore(seeding).createGroup(u"Ledningsgruppen"_s, {}, &error) > 0);
    }
    LedaSession leda(dir);
    CHECK(leda.window->currentPage() == leda.window->coursePage());
    // Hjälp › Kom i gång shows the first steps on demand.
    leda.window->findChild<QAction *>(u"welcomeAction"_s)->trigger();
    CHECK(leda.window->currentPage() == leda.window->welcomePage());
}

TEST_CASE("user guide: F1 opens the guide at the section of the page one is on, and a search marks its words")
{
    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    const UserGuide swedish = UserGuide::load(u"sv"_s);
    const QList<std::pair<QString, std::function<void()>>> visits{
        {u"course"_s, [window] { window->showCourse(); }},
        {u"meetings"_s, [window] { window->showMeetings(); }},
        {u"meeting"_s, [window, &record] { window->openMeeting(record.meetings.last()); }},
        {u"preparation"_s, [&leda] { QTest::mouseClick(leda.find<QAbstractButton>(u"preparationButton"_s), Qt::LeftButton); }},
        {u"series-plan"_s, [window] { window->showSeriesPlan(); }},
        {u"next-steps"_s, [window] { window->showAllSteps(); }},
        {u"measures"_s, [window] { window->showMeasures(); }},
    };
    for (const auto &[section, visit] : visits) {
        INFO(section.toStdString());
        visit();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, Qt::Key_F1);
        auto *guide = window->findChild<GuideWindow *>();
        REQUIRE(guide);
        REQUIRE(QTest::qWaitFor([guide] { return guide->isVisible(); }, 1000));
        CHECK(guide->currentSection() == section);
        // The text shown is that section's, under its title, in Swedish (Leda's default).
        const GuideSection *shown = swedish.section(section);
        REQUIRE(shown);
        CHECK(guide->browser()->toPlainText().startsWith(shown->title));
        CHECK(guide->sectionList()->currentItem()->text() == shown->title);
        guide->close();
    }

    GuideWindow *guide = window->openGuide();
    auto *search = guide->findChild<QLineEdit *>(u"guideSearch"_s);
    search->insert(u"säkerhetskopi"_s); // as typed (QTest types ASCII only)
    CHECK(guide->currentSection() == u"backups"_s);
    CHECK(!guide->browser()->extraSelections().isEmpty()); // the word is marked in the text
    CHECK(guide->browser()->extraSelections().first().cursor.selectedText().toLower() == u"säkerhetskopi"_s);
    search->clear();
    QTest::keyClicks(search, u"xyzzy"_s);
    CHECK(guide->sectionList()->count() == 0);
    CHECK(guide->findChild<QLabel *>(u"guideNoMatch"_s)->isVisible());
    search->clear();
    CHECK(guide->sectionList()->count() == swedish.sections().size());
}

TEST_CASE("keyboard shortcuts: Hjälp › Kortkommandon lists the menus' keys, the film's and the room's")
{
    QTemporaryDir dir;
    LedaSession leda(dir);
    leda.window->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
    auto *dialog = leda.window->findChild<ShortcutsDialog *>();
    REQUIRE(dialog);
    QStringList lines;
    QTreeWidgetItemIterator it(dialog->tree());
    for (; *it; ++it)
        lines.append((*it)->text(0) + u" | "_s + (*it)->text(1));
    const QString all = lines.join(u'\n');
    INFO(all.toStdString());
    // From the menus as they are (the tests run untranslated): New group's and the guide's own
    // keys, with the menu path; a page's button with a key of its own; not every Alt+letter.
    const auto keys = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    CHECK(lines.contains(keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)) + u" | File › New group…"_s));
    CHECK(lines.contains(keys(QKeySequence::HelpContents) + u" | Help › Guide"_s));
    CHECK(lines.contains(keys(QKeySequence(Qt::Key_F5)) + u" | The button Run the meeting…"_s));
    CHECK(!all.contains(u"Alt+"_s));
    // The film's keys from the player's own table, the room's from the presentation.
    CHECK(lines.contains(keys(QKeySequence(Qt::Key_C)) + u" | Captions on or off"_s));
    CHECK(lines.contains(keys(QKeySequence(Qt::Key_P)) + u" | Pause or start the time"_s));
    dialog->close();
}

namespace {

// The events of an .ics file as python3-icalendar (Debian's) reads them: "start|summary" each.
QStringList calendarEvents(const QString &path)
{
    const QString script = uR"(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print(e.decoded('DTSTART').isoformat() + '|' + str(e['SUMMARY']))
)"_s;
    int code = -1;
    const QString parsed = runTool(u"/usr/bin/python3"_s, {u"-c"_s, script, path}, &code);
    INFO(parsed.toStdString());
    REQUIRE(code == 0);
    return parsed.trimmed().split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("calendar buttons: the preparation saves its meeting, the series plan every planned meeting, as .ics files a "
          "calendar reads")
{
    QTemporaryDir dir;
    const SeriesRecord record = seedSeriesFile(dir, bundledContent().course);
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->selectGroup(record.group));
    const Meeting meeting = MeetingStore(leda.database).meeting(record.meetings.last());
    REQUIRE(window->openMeeting(meeting.id));
    QTest::mouseClick(leda.find<QAbstractButton>(u"preparationButton"_s), Qt::LeftButton);

    const QString one = dir.filePath(u"mötet.ics"_s);
    answerFileDialog(one);
    QTest::mouseClick(leda.find<QAbstractButton>(u"saveCalendar"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&one] { return QFileInfo::exists(one); }, 5000));
    const QStringList meetingEvents = calendarEvents(one);
    REQUIRE(meetingEvents.size() == 1);
    // The meeting's own date and start, in Swedish time (offset +01:00 or +02:00 as the date has it).
    const QDateTime start(meeting.date, meeting.startTime, QTimeZone("Europe/Stockholm"));
    CHECK(meetingEvents.first().startsWith(start.toString(Qt::ISODate)));

    window->showSeriesPlan();
    const int planned = leda.find<QTableWidget>(u"planTable"_s)->rowCount();
    REQUIRE(planned >= 15);
    const QString series = dir.filePath(u"serien.ics"_s);
    answerFileDialog(series);
    QTest::mouseClick(leda.find<QAbstractButton>(u"planCalendar"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&series] { return QFileInfo::exists(series); }, 5000));
    const QStringList seriesEvents = calendarEvents(series);
    CHECK(seriesEvents.size() == planned); // one event per meeting on the plan the user sees
    CHECK(seriesEvents.filter(start.toString(Qt::ISODate)).size() == 1);
}

TEST_CASE("a record on a network share: Leda says the risk and, when asked, goes on in a copy on this computer")
{
    QTemporaryDir share;
    QTemporaryDir local;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(share.filePath(u"leda.sqlite"_s), &error));
        REQUIRE(GroupStore(seeding).createGroup(u"Ledningsgruppen"_s, {}, &error) > 0);
    }
    FileSystem::setTypeForTests(u"cifs"_s);
    struct Reset
    {
        ~Reset() { FileSystem::setTypeForTests({}); }
    } reset;

    SECTION("copied: the copy is the open record, and the share's file is left as it was")
    {
        const QString copy = local.filePath(u"leda.sqlite"_s);
        QString question;
        answerNextDialog<QMessageBox>([&question, copy](QMessageBox *box) {
            question = box->text();
            FileSystem::setTypeForTests({}); // where the copy goes is this computer's disk
            answerFileDialog(copy);
            box->findChild<QPushButton *>(u"copyToThisComputer"_s)->click();
        });
        LedaSession leda(share);
        REQUIRE(QTest::qWaitFor([&leda, &copy] { return leda.database.path() == QFileInfo(copy).canonicalFilePath(); },
                                5000));
        CHECK(question.contains(QDir::toNativeSeparators(leda.path())));
        CHECK(question.contains(u"cifs"_s));
        CHECK(GroupStore(leda.database).groupByName(u"Ledningsgruppen"_s).id > 0);
        CHECK(leda.window->currentGroupId() > 0);
        CHECK(leda.window->messageBar()->text().contains(QDir::toNativeSeparators(leda.database.path())));
    }
    SECTION("kept: the risk stays said in the window, and the record is written without WAL")
    {
        answerNextDialog<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click(); // keep working on the share
            }
        });
        LedaSession leda(share);
        REQUIRE(QTest::qWaitFor([&leda] { return !leda.window->messageBar()->text().isEmpty(); }, 5000));
        CHECK(leda.window->messageBar()->text().contains(u"cifs"_s));
        CHECK(leda.database.path() == QFileInfo(leda.path()).canonicalFilePath());
        CHECK(!QFileInfo::exists(leda.path() + u"-wal"_s));
    }
}
