// A whole series, end to end: three meetings in a row run in the room by keyboard, as a
// process leader would, then the record, each meeting's page after a restart and each
// meeting's minutes.
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/storage/groupstore.h"
#include "core/storage/nextstepstore.h"
#include "support/ledasession.h"
#include "support/seriesrecord.h"
#include "support/pdftext.h"
#include "support/sqlitepeek.h"
#include "support/typing.h"
#include "ui/meeting/allstepspage.h"
#include "ui/meeting/meetingpage.h"
#include "ui/meeting/nextstepseditor.h"
#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"

#include <QApplication>
#include <QCheckBox>
#include <QTableWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

void press(QWidget *window, Qt::Key key)
{
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, key);
}

QString roomTitle(RoomView *room)
{
    return room->findChild<QLabel *>(u"roomTitle"_s)->text();
}

// Walks the room to the item with this title.
void walkTo(RoomView *room, const QString &title)
{
    QStringList seen;
    for (int i = 0; i < 30 && roomTitle(room) != title; ++i) {
        seen << roomTitle(room);
        press(room, Qt::Key_Space);
    }
    INFO("walked past: " << seen.join(u" | "_s).toStdString());
    REQUIRE(roomTitle(room) == title);
    QTest::qWait(50); // the item's widgets are shown by the event loop
}

// Text, owner and date of a new next step, typed as in the room: Tab between them, Enter adds.
void enterStep(RoomView *room, const QString &what, const QString &owner, const QString &due)
{
    auto *text = room->findChild<QLineEdit *>(u"newNextStep"_s);
    REQUIRE(text);
    room->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(room));
    REQUIRE(QTest::qWaitFor([text] { return text->isVisible(); })); // the item's fields are shown
    text->setFocus();
    typeText(text, what);
    QTest::keyClick(text, Qt::Key_Tab);
    QWidget *ownerField = room->focusWidget();
    REQUIRE(ownerField);
    INFO("after Tab: " << ownerField->metaObject()->className() << " " << ownerField->objectName().toStdString());
    REQUIRE((qobject_cast<QComboBox *>(ownerField) || qobject_cast<QComboBox *>(ownerField->parentWidget())));
    typeText(ownerField, owner);
    QTest::keyClick(ownerField, Qt::Key_Tab);
    QWidget *dueField = room->focusWidget();
    REQUIRE(dueField);
    REQUIRE(dueField->objectName() == u"newNextStepDue"_s);
    typeText(dueField, due);
    QTest::keyClick(dueField, Qt::Key_Return);
    REQUIRE(text->text().isEmpty()); // added, and ready for the next
}

QString minutesText(LedaSession &leda, qint64 meetingId, const QString &name)
{
    const MinutesContent content = RecordExport(leda.database, bundledContent().course).minutes(meetingId);
    const QString pdf = leda.dir.filePath(name);
    QString error;
    REQUIRE(Exporter().writeMinutes(content, Exporter::Format::Pdf, pdf, &error) == Exporter::Result::Written);
    return pdfText(pdf);
}

QString stepId(const QString &path, const QString &what)
{
    return peek(path, u"SELECT id FROM next_steps WHERE what LIKE '%1%'"_s.arg(what)).toString();
}

QString reviewOf(const QString &path, const QString &step, qint64 meeting)
{
    return peek(path, u"SELECT outcome FROM next_step_reviews WHERE next_step_id = %1 AND meeting_id = %2"_s
                          .arg(step)
                          .arg(meeting))
        .toString();
}

} // namespace

TEST_CASE("a series of three meetings: next steps set in the room come back and are followed up, and each "
          "meeting's minutes keep what was decided there")
{
    QTemporaryDir dir;
    qint64 first = 0, second = 0, third = 0;
    QString firstMinutes, secondMinutes;
    const QString longStep = u"Kartlägga flödet från akuten till avdelning 12 "_s + QString(u"med alla yrkesgrupper "_s).repeated(25);
    {
        LedaSession leda(dir);
        const qint64 group = leda.window->newGroup(u"Ledningsgruppen kirurgi"_s);
        REQUIRE(group > 0);
        QString error;
        GroupStore groups(leda.database);
        for (const QString &name : {u"Åsa Lindqvist"_s, u"Erik Öberg"_s, u"Maria Svensson"_s, u"Johan Ek"_s})
            REQUIRE(groups.addMember({0, group, name, RoleLevel::FirstLineManager, true}, &error) > 0);

        // Meeting 1: six next steps entered in the room.
        first = leda.window->newMeeting();
        Presentation *presentation = leda.window->presentMeeting(first);
        RoomView *room = presentation->roomView();
        REQUIRE(QTest::qWaitForWindowExposed(room));
        walkTo(room, u"Decisions and next steps"_s);
        enterStep(room, u"Ta fram ett körschema för väntetider"_s, u"erik"_s, u"om 2 veckor"_s);
        enterStep(room, u"Bjuda in en patientrepresentant"_s, u"Maria Svensson"_s, u"15/2"_s);
        enterStep(room, longStep, u"Åsa"_s, u"2027-03-01"_s);
        enterStep(room, u"Gå igenom PREM-enkäten"_s, u"Johan"_s, u"om 3 veckor"_s);
        enterStep(room, u"Boka tid med kvalitetsregistret"_s, QString(), QString());
        enterStep(room, u"Skriva en rutin för överrapportering"_s, u"Erik Öberg"_s, u"om en månad"_s);
        press(room, Qt::Key_Escape);
        press(room, Qt::Key_Escape);
        REQUIRE_FALSE(presentation->isRunning());
        REQUIRE(peek(leda.path(), u"SELECT count(*) FROM next_steps WHERE origin_meeting_id = %1"_s.arg(first)).toInt() == 6);
        REQUIRE(peek(leda.path(), u"SELECT m.name FROM next_steps s JOIN members m ON m.id = s.owner_member_id "
                                  "WHERE s.what LIKE 'Ta fram%'"_s)
                    .toString()
                == u"Erik Öberg"_s);
        REQUIRE(peek(leda.path(), u"SELECT owner_member_id IS NULL FROM next_steps WHERE what LIKE 'Boka tid%'"_s).toBool());
        firstMinutes = minutesText(leda, first, u"m1.pdf"_s);
        REQUIRE(firstMinutes.contains(u"Ta fram ett körschema för väntetider"_s));

        // Meeting 2: the six come back; each outcome by keyboard.
        second = leda.window->newMeeting();
        presentation = leda.window->presentMeeting(second);
        room = presentation->roomView();
        walkTo(room, u"Open next steps from earlier meetings"_s);
        room->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(room));
        REQUIRE(presentation->session().followUp().size() == 6);
        press(room, Qt::Key_1); // done
        press(room, Qt::Key_Down);
        press(room, Qt::Key_2); // in progress
        press(room, Qt::Key_Down);
        press(room, Qt::Key_3); // carry forward: new date, new owner
        REQUIRE(QApplication::focusWidget()->objectName().startsWith(u"carryDue_"_s));
        static_cast<QLineEdit *>(QApplication::focusWidget())->clear();
        typeText(QApplication::focusWidget(), u"2027-04-20"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), u"Johan"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        press(room, Qt::Key_Escape); // out of the field
        press(room, Qt::Key_Down);
        press(room, Qt::Key_4); // drop, with a reason
        REQUIRE(QApplication::focusWidget()->objectName().startsWith(u"dropReason_"_s));
        typeText(QApplication::focusWidget(), u"Enkäten är inställd"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        press(room, Qt::Key_Escape);
        press(room, Qt::Key_Down);
        press(room, Qt::Key_1); // done, then taken back with a second 1
        press(room, Qt::Key_1);
        // The sixth is not followed up at this meeting.
        walkTo(room, u"Decisions and next steps"_s);
        enterStep(room, u"Följa upp körschemat i april"_s, u"Maria"_s, u"om 4 veckor"_s);
        press(room, Qt::Key_Escape);
        press(room, Qt::Key_Escape);

        const QString path = leda.path();
        REQUIRE(reviewOf(path, stepId(path, u"Ta fram"_s), second) == u"done"_s);
        REQUIRE(reviewOf(path, stepId(path, u"Bjuda in"_s), second) == u"in_progress"_s);
        REQUIRE(reviewOf(path, stepId(path, u"Kartlägga"_s), second) == u"carried_forward"_s);
        REQUIRE(reviewOf(path, stepId(path, u"Gå igenom"_s), second) == u"dropped"_s);
        REQUIRE(reviewOf(path, stepId(path, u"Boka tid"_s), second).isEmpty()); // taken back
        REQUIRE(peek(path, u"SELECT new_due_date || ' ' || (SELECT name FROM members WHERE id = new_owner_member_id) "
                           "FROM next_step_reviews WHERE meeting_id = %1 AND outcome = 'carried_forward'"_s.arg(second))
                    .toString()
                == u"2027-04-20 Johan Ek"_s);
        REQUIRE(peek(path, u"SELECT reason FROM next_step_reviews WHERE outcome = 'dropped'"_s).toString()
                == u"Enkäten är inställd"_s);

        // Meeting 1's minutes have not changed; meeting 2's follow up.
        REQUIRE(minutesText(leda, first, u"m1-after-2.pdf"_s) == firstMinutes);
        secondMinutes = minutesText(leda, second, u"m2.pdf"_s);
        const QString followUp = secondMinutes.simplified();
        REQUIRE(followUp.contains(u"Follow-up of earlier next steps"_s));
        INFO(followUp.toStdString());
        REQUIRE(followUp.contains(u"Carried forward to %1, responsible: Johan Ek"_s.arg(
            QLocale().toString(QDate(2027, 4, 20), QLocale::ShortFormat))));
        REQUIRE(followUp.contains(u"Dropped: Enkäten är inställd"_s));
        REQUIRE(followUp.contains(u"In progress"_s));
        REQUIRE(followUp.contains(u"Not followed up"_s));

        // Meeting 3: what is still open comes back, as it stands now.
        third = leda.window->newMeeting();
        presentation = leda.window->presentMeeting(third);
        room = presentation->roomView();
        walkTo(room, u"Open next steps from earlier meetings"_s);
        room->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(room));
        const QList<FollowUpItem> open = presentation->session().followUp();
        QStringList whats;
        for (const FollowUpItem &item : open)
            whats << item.step.what.left(20);
        INFO(whats.join(u" | "_s).toStdString());
        REQUIRE(open.size() == 5); // in progress, carried forward, not followed up (2), and the new one
        REQUIRE(open.at(1).step.what.startsWith(u"Kartlägga"_s));
        REQUIRE(open.at(1).step.due == QDate(2027, 4, 20)); // the carry-forward's date …
        press(room, Qt::Key_1);                             // the one in progress is done now
        press(room, Qt::Key_Down);
        press(room, Qt::Key_3); // carried forward again, with the date it has
        press(room, Qt::Key_Escape);
        press(room, Qt::Key_Escape);
        press(room, Qt::Key_Escape);
        REQUIRE_FALSE(presentation->isRunning());
        REQUIRE(reviewOf(path, stepId(path, u"Bjuda in"_s), third) == u"done"_s);
        REQUIRE(reviewOf(path, stepId(path, u"Kartlägga"_s), third) == u"carried_forward"_s);

        // The earlier minutes stay as they were filed.
        REQUIRE(minutesText(leda, first, u"m1-after-3.pdf"_s) == firstMinutes);
        REQUIRE(minutesText(leda, second, u"m2-after-3.pdf"_s) == secondMinutes);
        const QString thirdMinutes = minutesText(leda, third, u"m3.pdf"_s).simplified();
        REQUIRE(thirdMinutes.contains(u"Follow-up of earlier next steps"_s));
        REQUIRE(thirdMinutes.contains(u"Följa upp körschemat i april"_s));
        REQUIRE(thirdMinutes.contains(u"Carried forward to"_s));
    }

    // After a restart each meeting's page shows its own outcomes.
    LedaSession leda(dir);
    const QString path = leda.path();
    REQUIRE(leda.window->openMeeting(second));
    REQUIRE(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(stepId(path, u"Ta fram"_s)))->isChecked());
    REQUIRE(leda.find<QPushButton>(u"outcome_%1_in_progress"_s.arg(stepId(path, u"Bjuda in"_s)))->isChecked());
    REQUIRE(leda.find<QPushButton>(u"outcome_%1_carried_forward"_s.arg(stepId(path, u"Kartlägga"_s)))->isChecked());
    REQUIRE(leda.find<QLineEdit>(u"dropReason_%1"_s.arg(stepId(path, u"Gå igenom"_s)))->text() == u"Enkäten är inställd"_s);
    REQUIRE(leda.window->meetingPage()->openStepsReview()->stepCount() == 6);
    REQUIRE(leda.window->openMeeting(third));
    REQUIRE(leda.find<QPushButton>(u"outcome_%1_done"_s.arg(stepId(path, u"Bjuda in"_s)))->isChecked());
    REQUIRE(leda.window->meetingPage()->openStepsReview()->stepCount() == 5);
    REQUIRE(minutesText(leda, first, u"m1-after-restart.pdf"_s) == firstMinutes);
}

TEST_CASE("all next steps of the group in one list: filtered by owner, status and overdue, edited, and leading "
          "to their meeting")
{
    QTemporaryDir dir;
    SeriesRecord record;
    NextStep late;
    QString error;
    {
        Database seeding;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        record = seedSeriesRecord(seeding, bundledContent().course, 12, 3, 0, 300);
        // One step a day overdue.
        late = NextStepStore(seeding).all(record.group).first();
        late.due = QDate::currentDate().addDays(-1);
        REQUIRE(NextStepStore(seeding).update(late, &error));
    }
    LedaSession leda(dir);
    NextStepStore steps(leda.database);
    REQUIRE(leda.window->selectGroup(record.group));
    leda.window->showAllSteps();
    AllStepsPage *page = leda.window->allStepsPage();
    REQUIRE(page->isVisible());
    REQUIRE(page->shownCount() == 15); // the open ones

    auto *owner = leda.find<QComboBox>(u"allStepsOwner"_s);
    owner->setCurrentIndex(owner->findData(record.members.at(0)));
    emit owner->activated(owner->currentIndex());
    const int annas = peek(leda.path(), u"SELECT count(*) FROM next_steps WHERE owner_member_id = %1 AND status = 'open'"_s
                                            .arg(record.members.at(0)))
                          .toInt();
    REQUIRE(annas > 0);
    REQUIRE(page->shownCount() == annas);
    owner->setCurrentIndex(0);
    emit owner->activated(0);
    leda.find<QCheckBox>(u"allStepsOverdue"_s)->setChecked(true);
    REQUIRE(page->shownCount() == 1);
    REQUIRE(leda.find<QTableWidget>(u"allStepsTable"_s)->item(0, 0)->text().contains(u"overdue"_s));
    leda.find<QCheckBox>(u"allStepsOverdue"_s)->setChecked(false);

    // Status, owner and date changed here reach the record.
    auto *status = leda.find<QComboBox>(u"allStepsStatus_%1"_s.arg(late.id));
    status->setCurrentIndex(status->findData(int(NextStepStatus::Done)));
    emit status->activated(status->currentIndex());
    REQUIRE(steps.nextStep(late.id).status == NextStepStatus::Done);
    REQUIRE(steps.reviews(late.id).size() == 1);
    auto *due = leda.find<QLineEdit>(u"allStepsDue_%1"_s.arg(late.id + 1));
    due->setText(u"2027-05-04"_s);
    emit due->editingFinished();
    REQUIRE(leda.waitSaved());
    REQUIRE(steps.nextStep(late.id + 1).due == QDate(2027, 5, 4));
    // The owner can be a guest: typed here, then found under the guest's name in the filter.
    auto *stepOwner = leda.find<QComboBox>(u"allStepsOwner_%1"_s.arg(late.id + 2));
    stepOwner->setEditText(u"Karin Holm"_s);
    emit stepOwner->lineEdit()->editingFinished();
    REQUIRE(leda.waitSaved());
    REQUIRE(steps.nextStep(late.id + 2).owner == StepOwner{0, u"Karin Holm"_s});
    leda.window->showAllSteps(); // the list is read again
    const int karin = owner->findData(u"Karin Holm"_s);
    REQUIRE(karin > 0);
    REQUIRE(owner->itemText(karin) == u"Karin Holm (guest)"_s);
    owner->setCurrentIndex(karin);
    emit owner->activated(karin);
    REQUIRE(page->shownCount() == 1);
    owner->setCurrentIndex(0);
    emit owner->activated(0);
    // Done ones are listed under Done.
    auto *statusFilter = leda.find<QComboBox>(u"allStepsStatus"_s);
    statusFilter->setCurrentIndex(statusFilter->findData(1));
    emit statusFilter->activated(statusFilter->currentIndex());
    REQUIRE(page->shownCount() == 1);
    // From a step to the meeting that set it.
    QTest::mouseClick(leda.find<QPushButton>(u"allStepsMeeting_%1"_s.arg(late.id)), Qt::LeftButton);
    REQUIRE(leda.window->meetingPage()->isVisible());
    REQUIRE(leda.window->meetingPage()->meetingId() == late.originMeetingId);
}
