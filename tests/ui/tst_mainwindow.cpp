#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/content/coursemodel.h"
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"
#include "ui/course/coursepage.h"
#include "ui/course/modulepage.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingpage.h"
#include "ui/player/filmplayer.h"
#include "ui/widgets/messagebar.h"

#include "support/catchqt.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QAction>
#include <QSpinBox>
#include <QTimeEdit>
#include <QWheelEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(u"settings.ini"_s)};
    Database database;
    ContentLoader::Result content = ContentLoader::load(TestPaths::modules(), TestPaths::films());

    Fixture()
    {
        QString error;
        REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    }
};

QStringList visibleTexts(QWidget &root)
{
    QStringList texts;
    const auto labels = root.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

TEST_CASE("the main window lists the 15 modules and opens one with its questions on screen")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showCourse(); // a new record starts on the first steps; the course is a click away

    auto *table = window.findChild<QTableView *>(u"courseTable"_s);
    REQUIRE(table->isVisible());
    REQUIRE(table->model()->rowCount() == 15);
    REQUIRE(table->model()->index(0, CourseModel::TitleColumn).data().toString().startsWith(u"Introduktion"_s));
    REQUIRE(table->model()->index(14, CourseModel::NumberColumn).data().toInt() == 14);
    REQUIRE(window.findChild<MessageBar *>(u"messageBar"_s)->text().isEmpty());

    // Select module 7 and press "Open module", as a user would.
    table->selectRow(7);
    QTest::mouseClick(window.findChild<QPushButton *>(u"openModuleButton"_s), Qt::LeftButton);
    ModulePage *page = window.modulePage();
    REQUIRE(page->isVisible());
    REQUIRE_FALSE(table->isVisible());
    const Module &module = f.content.course.modules.at(7);
    REQUIRE(page->module().id == module.id);
    REQUIRE(window.findChild<QLabel *>(u"moduleTitle"_s)->text().contains(module.title));

    const QStringList onScreen = visibleTexts(window);
    REQUIRE(module.questions.size() >= 4);
    for (const QString &question : module.questions)
        REQUIRE(onScreen.contains(question));

    // Back to the course; the same module stays selected.
    QTest::mouseClick(window.findChild<QPushButton *>(u"backButton"_s), Qt::LeftButton);
    REQUIRE(table->isVisible());
    REQUIRE(table->currentIndex().row() == 7);

    // From the keyboard: arrow down and Enter open the next module.
    QApplication::setActiveWindow(&window);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(page->isVisible());
    REQUIRE(page->module().id == f.content.course.modules.at(8).id);

    // Space, sent where the keyboard focus is, starts the film and keeps the module open.
    QWidget *focus = QApplication::focusWidget();
    INFO("focus: " << (focus ? focus->metaObject()->className() : "none") << " "
                   << (focus ? focus->objectName().toStdString() : std::string()));
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key_Space);
    REQUIRE(page->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return page->player()->isPlaying(); }, 5000));
}

TEST_CASE("worksheet prompts, literature and facilitator notes are on their tabs")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openModule(12));
    const Module &module = f.content.course.modules.at(12);
    auto *tabs = window.findChild<QTabWidget *>(u"materialTabs"_s);
    REQUIRE(tabs->count() == 4);

    tabs->setCurrentIndex(1);
    QStringList onScreen = visibleTexts(window);
    REQUIRE(onScreen.contains(module.worksheet.first().topic));
    REQUIRE(onScreen.contains(module.worksheet.first().today));
    REQUIRE(onScreen.contains(module.worksheet.first().nextStep));

    tabs->setCurrentIndex(2);
    onScreen = visibleTexts(window);
    for (const QString &reference : module.literature)
        REQUIRE(onScreen.contains(u"• "_s + reference));

    tabs->setCurrentIndex(3);
    onScreen = visibleTexts(window);
    REQUIRE(onScreen.contains(module.facilitatorNotes.first()));
}

TEST_CASE("watching a film to the end is stored in the database and shown in the course list")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int row = 14;
    const Module &module = f.content.course.modules.at(row);
    REQUIRE(window.courseModel()->index(row, CourseModel::WatchedColumn).data().toString() == u"Not watched"_s);

    REQUIRE(window.openModule(row));
    FilmPlayer *player = window.modulePage()->player();
    player->play();
    REQUIRE(QTest::qWaitFor([&] { return player->duration() > 0; }, 20'000));
    player->seek(player->duration() - 4000);
    // The film plays out; the group has now watched it.
    const QString watchedAt = u"SELECT watched_at FROM film_progress WHERE module_id = '%1'"_s.arg(module.id);
    REQUIRE(QTest::qWaitFor([&] { return !peek(f.database.path(), watchedAt).toString().isEmpty(); }, 20'000));
    REQUIRE(QDateTime::fromString(peek(f.database.path(), watchedAt).toString(), Qt::ISODate).toLocalTime().date()
            == QDate::currentDate());
    window.showCourse();
    REQUIRE(window.courseModel()->index(row, CourseModel::WatchedColumn).data().toString().startsWith(u"Watched"_s));
}

TEST_CASE("broken modules are listed as unavailable with the reason, the rest of the course works")
{
    Fixture f;
    const auto broken = ContentLoader::load(TestPaths::data(u"broken-course"_s), {});
    MainWindow window(f.settings, f.database, broken.course, broken.problems);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showCourse();
    const QString message = window.coursePage()->findChild<MessageBar *>(u"messageBar"_s)->text();
    REQUIRE(message.contains(u"02-bad-json"_s));
    REQUIRE(message.contains(u"05-duplicate-id"_s));
    auto rowOf = [&](const QString &folder) {
        for (int row = 0; row < broken.course.modules.size(); ++row) {
            if (broken.course.modules.at(row).folderName == folder)
                return row;
        }
        return -1;
    };
    REQUIRE_FALSE(window.openModule(rowOf(u"02-bad-json"_s)));
    REQUIRE(window.messageBar()->text().contains(u"02-bad-json"_s));
    REQUIRE(window.messageBar()->text().contains(u"not valid JSON"_s));
    REQUIRE(window.coursePage()->isVisible());
    REQUIRE(window.openModule(rowOf(u"01-good"_s)));
    REQUIRE(window.modulePage()->isVisible());
}

TEST_CASE("Leda speaks Swedish by default and English with --lang en")
{
    Fixture f;
    REQUIRE(f.settings.language() == u"sv"_s);
    CommandLine::installTranslators(f.settings.language());
    {
        MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
        window.show();
        REQUIRE(window.windowTitle() == u"Leda – leda förbättringsarbete tillsammans"_s);
        auto *table = window.findChild<QTableView *>(u"courseTable"_s);
        REQUIRE(table->model()->headerData(CourseModel::TitleColumn, Qt::Horizontal).toString() == u"Modul"_s);
        REQUIRE(table->model()->index(2, CourseModel::WatchedColumn).data().toString() == u"Inte sedd"_s);
        REQUIRE(window.openModule(2));
        REQUIRE(window.findChild<QTabWidget *>(u"materialTabs"_s)->tabText(0) == u"Diskussionsfrågor"_s);
    }
    CommandLineOptions options;
    QString error;
    REQUIRE(CommandLine::parse({u"leda"_s, u"--lang"_s, u"en"_s}, &options, &error));
    REQUIRE(options.language == u"en"_s);
    CommandLine::installTranslators(options.language);
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    REQUIRE(window.windowTitle() == u"Leda – leading improvement together"_s);
    REQUIRE_FALSE(CommandLine::parse({u"leda"_s, u"--lang"_s, u"fi"_s}, &options, &error));
    REQUIRE(error.contains(u"fi"_s));
}

TEST_CASE("Qt's own dialogs, buttons and menus speak Swedish in a Swedish Leda")
{
    CommandLine::installTranslators(u"sv"_s);
    // The standard buttons (Qt 6's context, which Debian's qt_sv.qm lacks: Leda's own catalogue).
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    REQUIRE(buttons.button(QDialogButtonBox::Cancel)->text() == u"Avbryt"_s);
    REQUIRE(buttons.button(QDialogButtonBox::Save)->text() == u"Spara"_s);
    // The file dialog (from Debian's qt_sv.qm) and the text fields' context menu.
    QFileDialog dialog(nullptr, {}, QDir::tempPath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    QStringList labels;
    for (auto *label : dialog.findChildren<QLabel *>())
        labels << label->text();
    INFO(labels.join(u" | "_s).toStdString());
    REQUIRE(labels.contains(u"Leta i:"_s));
    REQUIRE(labels.contains(u"Fil&namn:"_s));
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList entries;
    for (QAction *action : menu->actions())
        entries << action->text().section(u'\t', 0, 0); // without the shortcut
    INFO(entries.join(u" | "_s).toStdString());
    REQUIRE(entries.contains(u"&Kopiera"_s));
    REQUIRE(entries.contains(u"Klistra &in"_s));
    CommandLine::installTranslators(u"en"_s);
}

TEST_CASE("the mouse wheel over a date, time or choice that has not been clicked into changes nothing")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = window.newMeeting();
    REQUIRE(meeting > 0);
    const QString dateBefore = peek(f.dir.filePath(u"leda.sqlite"_s), u"SELECT date FROM meetings WHERE id = %1"_s.arg(meeting)).toString();
    auto wheelOver = [](QWidget *widget) {
        const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
        for (int i = 0; i < 5; ++i) {
            QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &wheel);
        }
    };
    auto *date = window.findChild<QDateEdit *>(u"meetingDate"_s);
    auto *start = window.findChild<QTimeEdit *>(u"meetingStart"_s);
    REQUIRE(date);
    REQUIRE(start);
    const QDate shownDate = date->date();
    const QTime shownStart = start->time();
    wheelOver(date);
    wheelOver(start);
    REQUIRE(date->date() == shownDate);
    REQUIRE(start->time() == shownStart);
    // Even with the cursor put there by the page (not by the user), the wheel leaves it alone.
    date->setFocus(Qt::OtherFocusReason);
    wheelOver(date);
    REQUIRE(date->date() == shownDate);
    // A spin box and a combo box elsewhere in Leda: the same.
    QSpinBox spin;
    spin.setRange(0, 100);
    spin.setValue(50);
    QComboBox combo;
    combo.addItems({u"a"_s, u"b"_s, u"c"_s});
    combo.setCurrentIndex(1);
    spin.show();
    combo.show();
    wheelOver(&spin);
    wheelOver(&combo);
    REQUIRE(spin.value() == 50);
    REQUIRE(combo.currentIndex() == 1);
    // Clicked into, the wheel works as Qt's fields do.
    spin.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&spin));
    spin.setFocus(Qt::MouseFocusReason);
    wheelOver(&spin);
    REQUIRE(spin.value() != 50);
    QTest::qWait(Autosave::kDelayMs + 200);
    REQUIRE(peek(f.dir.filePath(u"leda.sqlite"_s), u"SELECT date FROM meetings WHERE id = %1"_s.arg(meeting)).toString() == dateBefore);
}

TEST_CASE("a whole date typed into the meeting's date field, with or without dashes, is the date")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = window.newMeeting();
    auto *date = window.findChild<QDateEdit *>(u"meetingDate"_s);
    for (const QString &typed : {u"2027-02-15"_s, u"20270316"_s, u"2027-1-5"_s, u"2027-4-9"_s}) {
        date->setFocus(Qt::TabFocusReason); // Tab selects the year: what is typed replaces it
        date->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(date, typed);
        QTest::keyClick(date, Qt::Key_Tab);
        INFO(typed.toStdString() << " gave " << date->date().toString(Qt::ISODate).toStdString());
        CHECK(date->date() == (typed == u"2027-02-15"_s ? QDate(2027, 2, 15)
                               : typed == u"20270316"_s ? QDate(2027, 3, 16)
                               : typed == u"2027-1-5"_s ? QDate(2027, 1, 5)
                                                         : QDate(2027, 4, 9)));
    }
    QTest::qWait(Autosave::kDelayMs + 200);
    REQUIRE(peek(f.dir.filePath(u"leda.sqlite"_s), u"SELECT date FROM meetings WHERE id = %1"_s.arg(meeting)).toString()
            == u"2027-04-09"_s);
}

TEST_CASE("a keyboard user can start: a new group from the File menu, Tab out of the course list, Enter on New meeting")
{
    Fixture f;
    MainWindow window(f.settings, f.database, f.content.course, f.content.problems);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *newGroup = window.findChild<QAction *>(u"newGroupAction"_s);
    REQUIRE(newGroup);
    REQUIRE(newGroup->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    REQUIRE(window.menuBar()->actions().first()->menu()->actions().contains(newGroup));

    auto *table = window.findChild<QTableView *>(u"courseTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() != table); // on to "Open the module"

    REQUIRE(window.newGroup(u"Ledningsgruppen"_s) > 0);
    window.showMeetings();
    auto *newMeeting = window.findChild<QPushButton *>(u"newMeetingButton"_s);
    newMeeting->setFocus();
    QTest::keyClick(newMeeting, Qt::Key_Return);
    REQUIRE(window.meetingPage()->isVisible());
    REQUIRE(peek(f.dir.filePath(u"leda.sqlite"_s), u"SELECT count(*) FROM meetings"_s).toInt() == 1);
}
