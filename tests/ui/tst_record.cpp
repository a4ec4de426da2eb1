#include "core/content/contentloader.h"
#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/groupstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/ledasession.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"
#include "support/typing.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingpage.h"
#include "ui/meeting/allstepspage.h"
#include "ui/meeting/meetingspage.h"
#include "ui/meeting/nextstepseditor.h"
#include "ui/meeting/preparationpage.h"
#include "ui/meeting/seriesplanpage.h"
#include "ui/widgets/messagebar.h"
#include "ui/dialogs/conflictdialog.h"
#include "support/dialogs.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <memory>

#include <sys/stat.h>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const ContentLoader::Result &course()
{
    return bundledContent();
}

using Session = LedaSession;

bool waitSaved(MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.autosave()->state() == Autosave::State::Saved; }, 1500);
}

} // namespace

TEST_CASE("minutes typed into a meeting are saved within a second and are there after closing and reopening Leda")
{
    QTemporaryDir dir;
    qint64 meetingId = 0;
    QString moduleId;
    {
        Session leda(dir);
        const qint64 group = leda.window->newGroup(u"Ledningsgruppen medicin"_s);
        REQUIRE(group > 0);
        QTest::mouseClick(leda.find<QPushButton>(u"addMemberButton"_s), Qt::LeftButton);
        const qint64 memberId = peek(leda.path(), u"SELECT max(id) FROM members"_s).toLongLong();
        REQUIRE(memberId > 0);
        typeText(leda.find<QLineEdit>(u"memberName_%1"_s.arg(memberId)), u"Åsa Öberg"_s);
        typeText(leda.find<QLineEdit>(u"memberTitle_%1"_s.arg(memberId)), u"verksamhetschef"_s);
        typeText(leda.find<QLineEdit>(u"memberEmail_%1"_s.arg(memberId)), u"asa.oberg@region.se"_s);
        REQUIRE(leda.waitSaved());
        REQUIRE(peek(leda.path(), u"SELECT title || ' ' || email FROM members WHERE id = %1"_s.arg(memberId)).toString()
                == u"verksamhetschef asa.oberg@region.se"_s);

        meetingId = leda.window->newMeeting();
        REQUIRE(meetingId > 0);
        REQUIRE(leda.window->meetingPage()->isVisible());
        moduleId = course().course.modules.first().id; // the first meeting takes the introduction
        REQUIRE(peek(leda.path(), u"SELECT module_id FROM meeting_modules WHERE meeting_id = %1"_s.arg(meetingId))
                    .toString()
                == moduleId);

        QElapsedTimer clock;
        typeText(leda.find<QPlainTextEdit>(u"today_%1_0"_s.arg(moduleId)), u"Vi mäter inte processen."_s);
        clock.start();
        typeText(leda.find<QPlainTextEdit>(u"nextStep_%1_0"_s.arg(moduleId)), u"Jag tar fram ett körschema."_s);
        REQUIRE(leda.find<QCheckBox>(u"present_%1"_s.arg(memberId))->text().startsWith(u"Åsa Öberg"_s));
        leda.find<QCheckBox>(u"present_%1"_s.arg(memberId))->click();

        QTest::mouseClick(leda.find<QPushButton>(u"records_decision_add"_s), Qt::LeftButton);
        auto *decision = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(decision);
        typeText(decision, u"Förbättring blir en stående punkt."_s);
        QTest::mouseClick(leda.find<QPushButton>(u"addNextStep"_s), Qt::LeftButton);
        auto *what = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(what);
        typeText(what, u"Boka möte med kvalitetsregistret"_s);

        // Saved within a second of typing, shown in the status bar, without pressing anything.
        REQUIRE(QTest::qWaitFor([&] { return leda.window->autosave()->state() == Autosave::State::Saved; }, 1000));
        REQUIRE(leda.find<QLabel>(u"saveState"_s)->text().contains(u"saved"_s));
        REQUIRE(peek(leda.path(), u"SELECT today FROM question_notes WHERE meeting_id = %1"_s.arg(meetingId)).toString()
                == u"Vi mäter inte processen."_s);
        REQUIRE(peek(leda.path(), u"SELECT present FROM attendance WHERE member_id = %1"_s.arg(memberId)).toInt() == 1);
        REQUIRE(peek(leda.path(), u"SELECT name FROM members WHERE id = %1"_s.arg(memberId)).toString()
                == u"Åsa Öberg"_s);
        leda.window->close();
    }

    Session again(dir);
    REQUIRE(again.window->openMeeting(meetingId));
    REQUIRE(again.find<QPlainTextEdit>(u"today_%1_0"_s.arg(moduleId))->toPlainText() == u"Vi mäter inte processen."_s);
    REQUIRE(again.find<QPlainTextEdit>(u"nextStep_%1_0"_s.arg(moduleId))->toPlainText()
            == u"Jag tar fram ett körschema."_s);
    const qint64 decisionId = peek(again.path(), u"SELECT id FROM record_items"_s).toLongLong();
    REQUIRE(again.find<QLineEdit>(u"records_decision_text_%1"_s.arg(decisionId))->text()
            == u"Förbättring blir en stående punkt."_s);
    const qint64 stepId = peek(again.path(), u"SELECT id FROM next_steps"_s).toLongLong();
    REQUIRE(again.find<QLineEdit>(u"nextStepWhat_%1"_s.arg(stepId))->text() == u"Boka möte med kvalitetsregistret"_s);
}

TEST_CASE("the next meeting lists the open next steps first — done and carried forward are recorded")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Vårdcentralen"_s) > 0);
    const qint64 first = leda.window->newMeeting();
    QTest::mouseClick(leda.find<QPushButton>(u"addNextStep"_s), Qt::LeftButton);
    typeText(qobject_cast<QLineEdit *>(QApplication::focusWidget()), u"Ta fram ett körschema"_s);
    QTest::mouseClick(leda.find<QPushButton>(u"addNextStep"_s), Qt::LeftButton);
    typeText(qobject_cast<QLineEdit *>(QApplication::focusWidget()), u"Bjud in en patientrepresentant"_s);
    REQUIRE(waitSaved(*leda.window));
    const QVariantList steps = peekColumn(leda.path(), u"SELECT id FROM next_steps ORDER BY id"_s);
    REQUIRE(steps.size() == 2);

    // The next meeting: a week later.
    const qint64 second = leda.window->newMeeting();
    REQUIRE(second != first);
    auto *review = leda.window->meetingPage()->openStepsReview();
    REQUIRE(review->isVisible());
    const auto chart = steps.at(0).toLongLong();
    const auto invite = steps.at(1).toLongLong();
    REQUIRE(leda.find<QLabel>(u"openStepText_%1"_s.arg(chart))->text().contains(u"Ta fram ett körschema"_s));
    QTest::mouseClick(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(chart)), Qt::LeftButton);
    QTest::mouseClick(leda.find<QPushButton>(u"outcome_%1_carried_forward"_s.arg(invite)), Qt::LeftButton);
    REQUIRE(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(chart))->isChecked());
    REQUIRE(peek(leda.path(), u"SELECT status FROM next_steps WHERE id = %1"_s.arg(chart)).toString() == u"done"_s);
    REQUIRE(peek(leda.path(), u"SELECT meeting_id FROM next_step_reviews WHERE next_step_id = %1 AND outcome = "
                              "'carried_forward'"_s.arg(invite))
                .toLongLong()
            == second);
    // The carry-forward asks for its new date: typed the Swedish way.
    auto *newDate = leda.find<QLineEdit>(u"carryDue_%1"_s.arg(invite));
    newDate->setFocus();
    newDate->selectAll();
    typeText(newDate, u"15/12"_s);
    QTest::keyClick(newDate, Qt::Key_Return);
    REQUIRE(peek(leda.path(), u"SELECT substr(new_due_date, 6) FROM next_step_reviews WHERE next_step_id = %1"_s.arg(invite))
                .toString()
            == u"12-15"_s);
    // A second click takes the outcome back.
    QTest::mouseClick(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(chart)), Qt::LeftButton);
    REQUIRE(peek(leda.path(), u"SELECT status FROM next_steps WHERE id = %1"_s.arg(chart)).toString() == u"open"_s);
    QTest::mouseClick(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(chart)), Qt::LeftButton);

    // A third meeting shows only what is still open.
    leda.window->newMeeting();
    REQUIRE(leda.window->meetingPage()->openStepsReview()->stepCount() == 1);
    REQUIRE(leda.window->findChild<QLabel *>(u"openStepText_%1"_s.arg(chart)) == nullptr);
}

TEST_CASE("search from the meetings page marks the Swedish words found and opens the meeting")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    auto *notes = leda.find<QPlainTextEdit>(u"freeNotes"_s);
    notes->setPlainText(u"Väntetiderna på öronmottagningen ökar."_s);
    REQUIRE(waitSaved(*leda.window));
    leda.window->newMeeting(); // another meeting, without the word
    leda.window->showMeetings();

    auto *field = leda.find<QLineEdit>(u"searchField"_s);
    field->setText(u"öronmottagning"_s);
    QListWidget *results = leda.window->meetingsPage()->searchResults();
    REQUIRE(QTest::qWaitFor([&] { return results->isVisible() && results->count() == 1; }, 2000));
    auto *hit = qobject_cast<QLabel *>(results->itemWidget(results->item(0)));
    REQUIRE(hit);
    REQUIRE(hit->text().contains(u"<b>öronmottagningen</b>"_s));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    REQUIRE(leda.window->meetingPage()->isVisible());
    REQUIRE(leda.window->meetingPage()->meetingId() == meeting);
    REQUIRE(leda.find<QPlainTextEdit>(u"freeNotes"_s)->toPlainText() == u"Väntetiderna på öronmottagningen ökar."_s);
}

TEST_CASE("opening a file that is not a Leda record shows a clear message and keeps the current record")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Gruppen"_s) > 0);
    const QString foreign = dir.filePath(u"kunder.sqlite"_s);
    REQUIRE(QFile::copy(TestPaths::data(u"databases/foreign.sqlite"_s), foreign));
    REQUIRE_FALSE(leda.window->openDatabase(foreign));
    REQUIRE(leda.window->messageBar()->text().contains(foreign));
    REQUIRE(leda.window->messageBar()->text().contains(u"another program"_s));
    REQUIRE(leda.database.isOpen());
    REQUIRE(leda.database.path() == leda.path());
    REQUIRE(leda.window->currentGroupId() > 0);

    // A new, empty record file opens and is a separate record.
    REQUIRE(leda.window->openDatabase(dir.filePath(u"ny.sqlite"_s), true));
    REQUIRE(leda.window->currentGroupId() == 0);
    REQUIRE(leda.window->openDatabase(leda.path()));
    REQUIRE(leda.window->currentGroupId() > 0);
}

TEST_CASE("opening an empty file or a path in a missing folder asks first — no answer changes nothing")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Gruppen"_s) > 0);
    // Answers the question Leda asks next, and remembers what it said.
    QString asked;
    const auto answerNext = [&asked](QMessageBox::StandardButton answer) {
        QTimer::singleShot(50, [&asked, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            asked = box->text();
            box->button(answer)->click();
        });
    };

    const QString empty = dir.filePath(u"tom.sqlite"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    answerNext(QMessageBox::No);
    REQUIRE_FALSE(leda.window->openDatabase(empty));
    REQUIRE(asked.contains(QDir::toNativeSeparators(empty)));
    REQUIRE(asked.contains(u"empty file"_s));
    REQUIRE(QFileInfo(empty).size() == 0); // not made a record
    REQUIRE(leda.database.path() == leda.path());
    REQUIRE(leda.window->currentGroupId() > 0);

    const QString nowhere = dir.filePath(u"finns-inte/ny.sqlite"_s);
    answerNext(QMessageBox::No);
    REQUIRE_FALSE(leda.window->openDatabase(nowhere));
    REQUIRE(asked.contains(u"does not exist"_s));
    REQUIRE_FALSE(QFileInfo::exists(dir.filePath(u"finns-inte"_s)));

    // Said yes to: the empty file becomes a new record.
    answerNext(QMessageBox::Yes);
    REQUIRE(leda.window->openDatabase(empty));
    REQUIRE(QFileInfo(empty).size() > 0);
    REQUIRE(leda.window->currentGroupId() == 0);
}

TEST_CASE("preparing a meeting: the agenda's timeboxes set the planned end, ticks and private notes are saved")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    leda.find<QTimeEdit>(u"meetingStart"_s)->setTime(QTime(13, 0));
    emit leda.find<QTimeEdit>(u"meetingStart"_s)->userTimeChanged(QTime(13, 0));
    QTest::mouseClick(leda.find<QPushButton>(u"preparationButton"_s), Qt::LeftButton);
    PreparationPage *page = leda.window->preparationPage();
    REQUIRE(page->isVisible());

    const Module &module = course().course.modules.first(); // the first meeting takes the introduction
    const int filmMinutes = int((module.film.durationMs + 59'999) / 60'000);
    // The module's recommended questions have the time; the others none until given some.
    const int total = 10 + filmMinutes + 10 * int(module.recommended.size()) + 20;
    REQUIRE(page->plannedEndText().contains(u"%1 minutes"_s.arg(total)));
    REQUIRE(page->plannedEndText().contains(QTime(13, 0).addSecs(60 * total).toString(u"HH.mm"_s)));

    int other = 0; // a question the module does not recommend, taken too, for long
    while (module.recommended.contains(other))
        ++other;
    // Rows: the follow-up, the group's measures (no time: the group has none), the film, the questions.
    leda.find<QSpinBox>(u"timebox_%1"_s.arg(3 + other))->setValue(25);
    REQUIRE(page->plannedEndText().contains(u"%1 minutes"_s.arg(total + 25)));
    REQUIRE(waitSaved(*leda.window));
    REQUIRE(peek(leda.path(), u"SELECT minutes FROM agenda_items WHERE meeting_id = %1 AND position = %2"_s.arg(meeting)
                                  .arg(3 + other))
                .toInt()
            == 25);

    const qint64 check = peek(leda.path(), u"SELECT id FROM checklist_items WHERE meeting_id = %1 ORDER BY position "
                                           "LIMIT 1 OFFSET 1"_s.arg(meeting))
                             .toLongLong();
    leda.find<QCheckBox>(u"check_%1"_s.arg(check))->click();
    typeText(leda.find<QPlainTextEdit>(u"privateNotes"_s), u"Ge ordet till de tysta först."_s);
    REQUIRE(waitSaved(*leda.window));
    REQUIRE(peek(leda.path(), u"SELECT done FROM checklist_items WHERE id = %1"_s.arg(check)).toInt() == 1);
    REQUIRE(peek(leda.path(), u"SELECT text FROM meeting_private_notes WHERE meeting_id = %1"_s.arg(meeting)).toString()
            == u"Ge ordet till de tysta först."_s);
    REQUIRE(page->invitationText().contains(module.title));
    REQUIRE(page->invitationText().contains(module.questions.first()));

    // The checklist is the process leader's own: reworded, added to, shortened.
    auto *text = leda.find<QLineEdit>(u"checkText_%1"_s.arg(check));
    text->selectAll();
    typeText(text, u"Filmen och ljudet provade i Ljuset"_s);
    QTest::mouseClick(leda.find<QPushButton>(u"checkAdd_after"_s), Qt::LeftButton);
    const qint64 added = peek(leda.path(), u"SELECT max(id) FROM checklist_items"_s).toLongLong();
    REQUIRE(QTest::qWaitFor([&] { return leda.window->findChild<QLineEdit *>(u"checkText_%1"_s.arg(added)); }));
    auto *addedText = leda.find<QLineEdit>(u"checkText_%1"_s.arg(added));
    REQUIRE(QTest::qWaitFor([&] { return addedText->hasFocus(); }));
    typeText(addedText, u"Tacka gästen"_s);
    const qint64 first = peek(leda.path(), u"SELECT id FROM checklist_items WHERE meeting_id = %1 ORDER BY position "
                                           "LIMIT 1"_s.arg(meeting))
                             .toLongLong();
    QTest::mouseClick(leda.find<QToolButton>(u"checkRemove_%1"_s.arg(first)), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !leda.window->findChild<QCheckBox *>(u"check_%1"_s.arg(first)); }));
    REQUIRE(waitSaved(*leda.window));
    REQUIRE(peek(leda.path(), u"SELECT text FROM checklist_items WHERE id = %1"_s.arg(check)).toString()
            == u"Filmen och ljudet provade i Ljuset"_s);
    REQUIRE(peek(leda.path(), u"SELECT phase || ':' || text FROM checklist_items WHERE id = %1"_s.arg(added)).toString()
            == u"after:Tacka gästen"_s);
    REQUIRE(peek(leda.path(), u"SELECT count(*) FROM checklist_items WHERE id = %1"_s.arg(first)).toInt() == 0);
    REQUIRE(peek(leda.path(), u"SELECT done FROM checklist_items WHERE id = %1"_s.arg(check)).toInt() == 1);
}

TEST_CASE("the series plan: modules moved, skipped and given two meetings — new meetings follow it")
{
    QTemporaryDir dir;
    Session leda(dir);
    const qint64 group = leda.window->newGroup(u"Ledningsgruppen kirurgi"_s);
    REQUIRE(group > 0);
    QTest::mouseClick(leda.find<QPushButton>(u"seriesPlanButton"_s), Qt::LeftButton);
    SeriesPlanPage *page = leda.window->seriesPlanPage();
    REQUIRE(page->isVisible());
    auto *table = leda.find<QTableWidget>(u"planTable"_s);
    const QList<Module> &modules = course().course.modules;
    REQUIRE(table->rowCount() == 15);
    REQUIRE(table->item(0, 2)->text() == modules.at(0).title);

    // Module 2 before module 1, module 3 skipped, module 4 over two meetings.
    QTest::mouseClick(leda.find<QToolButton>(u"plan_up_2"_s), Qt::LeftButton);
    REQUIRE(table->item(1, 2)->text().endsWith(modules.at(2).title));
    REQUIRE(table->item(2, 2)->text().endsWith(modules.at(1).title));
    QTest::mouseClick(leda.find<QToolButton>(u"plan_skip_3"_s), Qt::LeftButton);
    REQUIRE(table->item(3, 3)->text() == u"Skipped"_s);
    REQUIRE(table->item(3, 0)->text() == u"–"_s);
    QTest::mouseClick(leda.find<QToolButton>(u"plan_double_4"_s), Qt::LeftButton);
    REQUIRE(table->rowCount() == 16);
    REQUIRE(table->item(5, 2)->text() == table->item(4, 2)->text());
    REQUIRE(table->item(5, 0)->text() == u"5"_s);

    REQUIRE(waitSaved(*leda.window));
    const QString planSql = u"SELECT module_id FROM series_plan WHERE group_id = %1 ORDER BY position"_s.arg(group);
    const QVariantList stored = peekColumn(leda.path(), planSql);
    REQUIRE(stored.size() == 16);
    REQUIRE(stored.at(1).toString() == modules.at(2).id);
    REQUIRE(stored.at(5).toString() == modules.at(4).id);
    REQUIRE(peek(leda.path(), u"SELECT module_id FROM series_plan WHERE skipped = 1"_s).toString() == modules.at(3).id);

    // Meetings follow the plan: the introduction, then module 2, then module 1, then (skipping 3) module 4 twice.
    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        const qint64 meeting = leda.window->newMeeting();
        REQUIRE(meeting > 0);
        taken << peek(leda.path(), u"SELECT module_id FROM meeting_modules WHERE meeting_id = %1"_s.arg(meeting)).toString();
    }
    REQUIRE(taken == QStringList{modules.at(0).id, modules.at(2).id, modules.at(1).id, modules.at(4).id, modules.at(4).id});

    leda.window->showSeriesPlan();
    // The first meeting took the plan's date, a week from now: created, not held yet.
    REQUIRE(table->item(0, 3)->text().startsWith(u"Meeting created for"_s));
    REQUIRE(table->item(6, 3)->text() == u"Next meeting"_s);

    // The weeks the dates avoid are a setting, remembered: the summer weeks by default.
    const auto inSummer = [page] {
        return std::any_of(page->plan().cbegin(), page->plan().cend(), [](const PlanEntry &entry) {
            return entry.plannedDate.isValid() && entry.plannedDate.weekNumber() >= 27 && entry.plannedDate.weekNumber() <= 32;
        });
    };
    auto *summer = leda.find<QCheckBox>(u"planSkipSummer"_s);
    REQUIRE(summer->isChecked());
    leda.find<QDateEdit>(u"planFirstDate"_s)->setDate(QDate(2027, 6, 8));
    leda.find<QSpinBox>(u"planWeeks"_s)->setValue(2);
    QTest::mouseClick(leda.find<QPushButton>(u"planRedate"_s), Qt::LeftButton);
    REQUIRE_FALSE(inSummer());
    summer->setChecked(false);
    REQUIRE_FALSE(leda.settings.meetingDayRules().skipSummer);
    QTest::mouseClick(leda.find<QPushButton>(u"planRedate"_s), Qt::LeftButton);
    REQUIRE(inSummer());
}

TEST_CASE("an edit that cannot be saved yet stays with its own meeting when another meeting is opened")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 first = leda.window->newMeeting();
    const qint64 second = leda.window->newMeeting();
    REQUIRE(leda.window->openMeeting(first));
    auto *notes = leda.find<QPlainTextEdit>(u"freeNotes"_s);
    // Saving fails for a while (the file locked by another program, a full disk).
    QSqlQuery(leda.database.connection()).exec(u"PRAGMA query_only = 1"_s);
    typeText(notes, u"Det första mötets anteckning"_s);
    REQUIRE_FALSE(leda.window->autosave()->flush());
    REQUIRE(leda.window->openMeeting(second));
    typeText(notes, u"Det andra mötets anteckning"_s);
    REQUIRE_FALSE(leda.window->autosave()->flush());
    REQUIRE(leda.window->autosave()->pendingCount() == 2); // one per meeting, neither replaced the other
    // Saving works again: each text lands in the meeting it was typed into.
    QSqlQuery(leda.database.connection()).exec(u"PRAGMA query_only = 0"_s);
    REQUIRE(leda.window->autosave()->flush());
    REQUIRE(peek(leda.path(), u"SELECT free_notes FROM meetings WHERE id = %1"_s.arg(first)).toString()
            == u"Det första mötets anteckning"_s);
    REQUIRE(peek(leda.path(), u"SELECT free_notes FROM meetings WHERE id = %1"_s.arg(second)).toString()
            == u"Det andra mötets anteckning"_s);
}

namespace {

// The POSIX locks this process holds on a file, as the kernel lists them in /proc/locks (what
// another program trying to write the file would run into).
int locksHeldOn(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    int held = 0;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 4242 fe:01:1311877 1073741826 1073742335"
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(1) == u"POSIX"_s && fields.at(4) == pid
            && fields.at(5).section(u':', 2).toULongLong() == quint64(info.st_ino))
            ++held;
    }
    return held;
}

} // namespace

TEST_CASE("Leda's file dialogs leave the record's locks in place: another program is still kept out")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    REQUIRE(meeting > 0);
    REQUIRE(leda.waitSaved());
    const int before = locksHeldOn(leda.path());
    INFO("locks before: " << before);
    REQUIRE(before > 0);

    // Each dialog is shown on the record's folder until its list is filled, then closed.
    const auto throughDialog = [&](const std::function<void()> &open) {
        int during = -1;
        QTimer poll;
        int ticks = 0;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                if (ticks == 0)
                    files->setDirectory(dir.path());
                if (++ticks > 8) { // the folder's files listed, their icons and types looked up
                    during = locksHeldOn(leda.path());
                    files->reject();
                }
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                dialog->accept(); // the export dialog's choices: go on to the file dialog
            }
        });
        poll.start(100);
        open();
        REQUIRE(QTest::qWaitFor([&] { return during >= 0; }, 10'000));
        poll.stop();
        return during;
    };
    REQUIRE(throughDialog([&] { leda.window->findChild<QAction *>(u"openDatabaseAction"_s)->trigger(); }) == before);
    REQUIRE(locksHeldOn(leda.path()) == before);
    REQUIRE(throughDialog([&] { leda.window->findChild<QAction *>(u"newDatabaseAction"_s)->trigger(); }) == before);
    REQUIRE(throughDialog([&] { leda.window->exportMinutes(); }) == before);
    leda.window->findChild<QPushButton *>(u"preparationButton"_s)->click();
    REQUIRE(throughDialog([&] { leda.find<QPushButton>(u"saveInvitation"_s)->click(); }) == before);
    REQUIRE(locksHeldOn(leda.path()) == before);
    REQUIRE(leda.database.path() == QFileInfo(leda.path()).canonicalFilePath());
}

TEST_CASE("a record opened read-only shows every field read-only: nothing is typed that could not be saved")
{
    QTemporaryDir dir;
    qint64 meeting = 0;
    {
        Session leda(dir);
        REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
        meeting = leda.window->newMeeting();
        typeText(leda.find<QPlainTextEdit>(u"freeNotes"_s), u"Skrivet före"_s);
        REQUIRE(leda.waitSaved());
        NextStep step;
        step.originMeetingId = meeting;
        step.what = u"Mät väntetiden"_s;
        QString error;
        REQUIRE(NextStepStore(leda.database).add(step, &error) > 0);
        REQUIRE(GroupStore(leda.database).addMember({0, leda.window->currentGroupId(), u"Anna"_s,
                                                     RoleLevel::FirstLineManager, true},
                                                    &error)
                > 0);
    }
    Settings settings(dir.filePath(u"settings.ini"_s));
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error, Database::Access::ReadOnly));
    MainWindow window(settings, database, course().course, course().problems);
    window.show();
    REQUIRE(window.openMeeting(meeting));
    auto *notes = window.findChild<QPlainTextEdit *>(u"freeNotes"_s);
    REQUIRE(notes->toPlainText() == u"Skrivet före"_s);
    REQUIRE(notes->isReadOnly());
    REQUIRE(window.findChild<QLineEdit *>(u"meetingPlace"_s)->isReadOnly());
    REQUIRE(window.findChild<QDateEdit *>(u"meetingDate"_s)->isReadOnly());
    REQUIRE_FALSE(window.findChild<QPushButton *>(u"addNextStep"_s)->isEnabled());
    typeText(notes, u" och efter"_s);
    REQUIRE(notes->toPlainText() == u"Skrivet före"_s);
    REQUIRE(window.autosave()->pendingCount() == 0); // nothing waiting that could never be written
    REQUIRE(window.messageBar()->text().contains(u"read-only"_s));

    // Every other page that edits the record: read, and go back, but change nothing.
    const auto requireReadOnly = [&window](QWidget *page, const QStringList &stillWorking) {
        REQUIRE(page->isVisible());
        int fields = 0;
        for (auto *edit : page->findChildren<QLineEdit *>()) {
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && edit->isVisible() && !stillWorking.contains(edit->objectName())) {
                INFO(edit->objectName().toStdString());
                REQUIRE(edit->isReadOnly());
                ++fields;
            }
        }
        for (auto *button : page->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            INFO(button->objectName().toStdString() << " " << button->text().toStdString());
            REQUIRE(button->isEnabled() == stillWorking.contains(button->objectName()));
        }
        Q_UNUSED(window);
        return fields;
    };
    emit window.findChild<MeetingsPage *>()->editGroupRequested();
    REQUIRE(requireReadOnly(window.findChild<QWidget *>(u"groupPage"_s), QStringList{u"groupBackButton"_s}) > 0);
    window.showAllSteps();
    const qint64 stepId = NextStepStore(database).all(window.currentGroupId()).first().id;
    requireReadOnly(window.allStepsPage(),
                    QStringList{u"allStepsBack"_s, u"allStepsOverdue"_s, u"allStepsMeeting_%1"_s.arg(stepId)});
    REQUIRE(window.findChild<QComboBox *>(u"allStepsOwner"_s)->isEnabled()); // the filters still filter
    REQUIRE_FALSE(window.findChild<QComboBox *>(u"allStepsStatus_%1"_s.arg(stepId))->isEnabled());
    window.showSeriesPlan();
    requireReadOnly(window.seriesPlanPage(), QStringList{u"seriesPlanBackButton"_s, u"planCalendar"_s});
    REQUIRE(window.openMeeting(meeting));
    emit window.meetingPage()->preparationRequested();
    requireReadOnly(window.preparationPage(), QStringList{u"preparationBackButton"_s, u"copyInvitation"_s, u"saveInvitation"_s,
                                               u"mailInvitation"_s, u"saveCalendar"_s});
    REQUIRE_FALSE(window.findChild<QAction *>(u"newGroupAction"_s)->isEnabled());
    REQUIRE(window.autosave()->pendingCount() == 0); // the pages wrote nothing of their own either
}

TEST_CASE("a long text pasted into a decision is kept whole, not cut at 32 767 characters")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    QTest::mouseClick(leda.find<QWidget>(u"sectionDecisions"_s)->findChild<QPushButton *>(), Qt::LeftButton);
    const qint64 id = peek(leda.path(), u"SELECT max(id) FROM record_items WHERE meeting_id = %1"_s.arg(meeting)).toLongLong();
    REQUIRE(id > 0);
    auto *line = leda.find<QWidget>(u"sectionDecisions"_s)->findChildren<QLineEdit *>().first();
    const QString pasted = QString(u"Beslut om flödet. "_s).repeated(2500); // 45 000 characters
    line->setFocus();
    QApplication::clipboard()->setText(pasted);
    QTest::keyClick(line, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(line->text().size() == pasted.size());
    REQUIRE(leda.waitSaved());
    REQUIRE(peek(leda.path(), u"SELECT length(text) FROM record_items WHERE id = %1"_s.arg(id)).toInt() == pasted.size());
}

TEST_CASE("a meeting's year can be typed into its date")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    auto *date = leda.find<QDateEdit>(u"meetingDate"_s);
    leda.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(leda.window.get()));
    // Clicked at its start, the year (dates are shown year first, as Swedish dates are written).
    const QDate before = date->date();
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(8, date->height() / 2));
    REQUIRE(date->hasFocus());
    typeText(date, u"2028"_s);
    INFO(date->text().toStdString());
    REQUIRE(date->date() == QDate(2028, before.month(), before.day()));
    REQUIRE(leda.waitSaved());
    REQUIRE(peek(leda.path(), u"SELECT date FROM meetings WHERE id = %1"_s.arg(meeting)).toString()
            == QDate(2028, before.month(), before.day()).toString(Qt::ISODate));
}

#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"

TEST_CASE("an agenda of one's own: items added, renamed, moved and removed are saved, and the room follows them")
{
    QTemporaryDir dir;
    Session leda(dir);
    REQUIRE(leda.window->newGroup(u"Ledningsgruppen"_s) > 0);
    const qint64 meeting = leda.window->newMeeting();
    QTest::mouseClick(leda.find<QPushButton>(u"preparationButton"_s), Qt::LeftButton);
    auto *table = leda.find<QTableWidget>(u"agendaTable"_s);
    const Module &module = course().course.modules.first();
    // Open steps, our measures, the film, the questions, decisions, the closing round.
    REQUIRE(table->rowCount() == 3 + module.questions.size() + 2);

    // A break after the film, and other questions before the decisions.
    table->setCurrentCell(2, 0);
    QTest::mouseClick(leda.find<QPushButton>(u"agendaAddBreak"_s), Qt::LeftButton);
    CHECK(table->item(3, 0)->text() == u"Break"_s);
    CHECK(table->currentRow() == 3);
    table->setCurrentCell(-1, -1);
    QTest::mouseClick(leda.find<QPushButton>(u"agendaAddOther"_s), Qt::LeftButton);
    const int other = table->rowCount() - 3;
    CHECK(table->item(other, 0)->text() == u"Other questions"_s);
    // Renamed as typed in the table.
    table->setCurrentCell(other, 0);
    table->editItem(table->item(other, 0));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    typeText(editor, u"Övriga frågor och nästa möte"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The first question moved up before the film, the last one removed.
    table->setCurrentCell(4, 0);
    const QString firstQuestion = table->item(4, 0)->text();
    QTest::mouseClick(leda.find<QPushButton>(u"agendaUp"_s), Qt::LeftButton);
    QTest::mouseClick(leda.find<QPushButton>(u"agendaUp"_s), Qt::LeftButton);
    CHECK(table->item(2, 0)->text() == firstQuestion);
    const QString lastQuestion = table->item(other - 1, 0)->text();
    table->setCurrentCell(other - 1, 0);
    QTest::mouseClick(leda.find<QPushButton>(u"agendaRemove"_s), Qt::LeftButton);
    // The moved question gets time, so the room shows it.
    leda.find<QSpinBox>(u"timebox_2"_s)->setValue(12);
    REQUIRE(waitSaved(*leda.window));

    QStringList stored;
    for (const QVariant &title : peekColumn(leda.path(), u"SELECT title FROM agenda_items WHERE meeting_id = %1 "
                                                          "ORDER BY position"_s.arg(meeting)))
        stored.append(title.toString());
    INFO(stored.join(u" | "_s).toStdString());
    REQUIRE(stored.size() == 3 + module.questions.size() + 2 + 2 - 1);
    CHECK(stored.at(2) == firstQuestion);
    CHECK(stored.at(4) == u"Break"_s);
    CHECK(stored.contains(u"Övriga frågor och nästa möte"_s));
    CHECK_FALSE(stored.contains(lastQuestion));

    // The room walks the agenda as it now stands (items without time left out).
    Presentation *presentation = leda.window->presentMeeting(meeting);
    RoomView *room = presentation->roomView();
    REQUIRE(QTest::qWaitForWindowExposed(room));
    QStringList walked;
    for (int i = 0; i < presentation->session().stepCount(); ++i)
        walked.append(presentation->session().step(i).title);
    presentation->leave();
    INFO(walked.join(u" | "_s).toStdString());
    const int question = int(walked.indexOf(firstQuestion));
    const int film = int(walked.indexOf(QRegularExpression(u"^Film: .*"_s)));
    const int pause = int(walked.indexOf(u"Break"_s));
    REQUIRE(question > 0);
    CHECK(question < film);
    CHECK(film < pause);
    CHECK(walked.indexOf(u"Övriga frågor och nästa möte"_s) > pause);
    CHECK(walked.indexOf(u"Övriga frågor och nästa möte"_s) < walked.indexOf(u"Decisions and next steps"_s));
    CHECK_FALSE(walked.contains(u"Our measures"_s)); // no time: the group has no measures
}

TEST_CASE("members over time: one never in the record is removed, one in it made inactive, a guest made a member "
          "takes over the guest's next steps")
{
    QTemporaryDir dir;
    qint64 group = 0;
    qint64 used = 0;
    qint64 unused = 0;
    {
        Database seeding;
        QString error;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        GroupStore groups(seeding);
        group = groups.createGroup(u"Ledningsgruppen"_s, {}, &error);
        used = groups.addMember({0, group, u"Åsa Lindqvist"_s, RoleLevel::FirstLineManager, true}, &error);
        unused = groups.addMember({0, group, u"Felskriven Person"_s, RoleLevel::FirstLineManager, true}, &error);
        MeetingStore meetings(seeding);
        Meeting meeting;
        meeting.groupId = group;
        meeting.date = QDate(2027, 1, 12);
        const qint64 first = meetings.createMeeting(meeting, &error);
        REQUIRE(meetings.setAttendance(first, used, true, &error));
        NextStep step;
        step.originMeetingId = first;
        step.what = u"Bjuda in patientrådet"_s;
        step.owner = StepOwner{0, u"Karin Holm"_s};
        step.due = QDate(2027, 2, 1);
        REQUIRE(NextStepStore(seeding).add(step, &error) > 0);
    }
    Session leda(dir);
    REQUIRE(leda.window->selectGroup(group));
    QTest::mouseClick(leda.find<QPushButton>(u"editGroupButton"_s), Qt::LeftButton);

    CHECK_FALSE(leda.find<QToolButton>(u"removeMember_%1"_s.arg(used))->isEnabled());
    QTest::mouseClick(leda.find<QToolButton>(u"removeMember_%1"_s.arg(unused)), Qt::LeftButton);
    QTest::qWait(20);
    CHECK(peek(leda.path(), u"SELECT count(*) FROM members WHERE id = %1"_s.arg(unused)).toInt() == 0);
    CHECK(peek(leda.path(), u"SELECT count(*) FROM members WHERE id = %1"_s.arg(used)).toInt() == 1);

    QTest::mouseClick(leda.find<QPushButton>(u"makeMember_Karin Holm"_s), Qt::LeftButton);
    QTest::qWait(20);
    const qint64 karin = peek(leda.path(), u"SELECT id FROM members WHERE name = 'Karin Holm'"_s).toLongLong();
    REQUIRE(karin > 0);
    CHECK(peek(leda.path(), u"SELECT owner_member_id FROM next_steps WHERE what = 'Bjuda in patientrådet'"_s).toLongLong()
          == karin);
    CHECK(peek(leda.path(), u"SELECT owner_name FROM next_steps WHERE what = 'Bjuda in patientrådet'"_s).toString()
              .isEmpty());
    CHECK(leda.find<QLineEdit>(u"memberName_%1"_s.arg(karin))->text() == u"Karin Holm"_s);
    CHECK_FALSE(leda.window->findChild<QPushButton *>(u"makeMember_Karin Holm"_s)); // no longer a guest
}

TEST_CASE("a decision changed elsewhere while it is typed here: both texts shown, the chosen one kept")
{
    QTemporaryDir dir;
    Session leda(dir);
    const qint64 group = leda.window->newGroup(u"Ledningsgruppen"_s);
    REQUIRE(group > 0);
    const qint64 meeting = leda.window->newMeeting();
    REQUIRE(meeting > 0);
    MeetingStore elsewhere(leda.database); // another writer than the page (on a server: another PC)
    RecordItem decision;
    decision.meetingId = meeting;
    decision.text = u"Vi kartlägger flödet"_s;
    QString error;
    decision.id = elsewhere.addRecordItem(decision, &error);
    REQUIRE(decision.id > 0);
    REQUIRE(leda.window->openMeeting(meeting)); // the page reads the decision as it is now
    decision.text = u"Vi kartlägger flödet före jul"_s;
    REQUIRE(elsewhere.updateRecordItem(decision, &error));

    QString shownTheirs;
    answerNextDialog<ConflictDialog>([&shownTheirs](ConflictDialog *dialog) {
        const QList<QPlainTextEdit *> views = dialog->findChildren<QPlainTextEdit *>();
        shownTheirs = views.size() == 2 ? views.at(1)->toPlainText() : QString();
        dialog->findChild<QPushButton *>(u"conflictMine"_s)->click();
    });
    auto *line = leda.find<QLineEdit>(u"records_decision_text_%1"_s.arg(decision.id));
    line->setFocus();
    line->end(false);
    QTest::keyClicks(line, u" i februari"_s);
    REQUIRE(QTest::qWaitFor([&] { return !shownTheirs.isEmpty(); }, 5000));
    CHECK(shownTheirs == u"Vi kartlägger flödet före jul"_s);
    REQUIRE(QTest::qWaitFor(
        [&] { return elsewhere.recordItems(meeting).first().text == u"Vi kartlägger flödet i februari"_s; }, 5000));
    CHECK(line->text() == u"Vi kartlägger flödet i februari"_s);
}

TEST_CASE("a next step changed elsewhere while it is typed here: what and who shown side by side, both kept")
{
    QTemporaryDir dir;
    Session leda(dir);
    const qint64 group = leda.window->newGroup(u"Ledningsgruppen"_s);
    REQUIRE(group > 0);
    QString error;
    const qint64 anna = GroupStore(leda.database).addMember({0, group, u"Anna Ek"_s, RoleLevel::FirstLineManager, true}, &error);
    const qint64 meeting = leda.window->newMeeting();
    REQUIRE(meeting > 0);
    NextStepStore elsewhere(leda.database); // another writer than the page (on a server: another PC)
    NextStep step;
    step.originMeetingId = meeting;
    step.what = u"Kartlägg flödet"_s;
    step.id = elsewhere.add(step, &error);
    REQUIRE(step.id > 0);
    REQUIRE(leda.window->openMeeting(meeting)); // the page reads the step as it is now
    step = elsewhere.nextStep(step.id);
    step.what = u"Kartlägg flödet på akuten"_s;
    step.owner = StepOwner::member(anna);
    REQUIRE(elsewhere.update(step, &error));

    QStringList shown;
    answerNextDialog<ConflictDialog>([&shown](ConflictDialog *dialog) {
        for (const QPlainTextEdit *view : dialog->findChildren<QPlainTextEdit *>())
            shown.append(view->toPlainText());
        dialog->findChild<QPushButton *>(u"conflictBoth"_s)->click();
    });
    auto *line = leda.find<QLineEdit>(u"nextStepWhat_%1"_s.arg(step.id));
    line->setFocus();
    line->end(false);
    QTest::keyClicks(line, u" i december"_s);
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000));
    CHECK(shown == QStringList{u"Kartlägg flödet i december"_s, u"Kartlägg flödet på akuten"_s, QString(), u"Anna Ek"_s});
    REQUIRE(QTest::qWaitFor(
        [&] { return elsewhere.nextStep(step.id).what == u"Kartlägg flödet på akuten / Kartlägg flödet i december"_s; },
        5000));
    CHECK(elsewhere.nextStep(step.id).owner == StepOwner::member(anna));
    CHECK(leda.find<QLineEdit>(u"nextStepWhat_%1"_s.arg(step.id))->text()
          == u"Kartlägg flödet på akuten / Kartlägg flödet i december"_s);
}
