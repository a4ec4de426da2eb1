// File › Export group… and File › Import group…: a group carried from the process leader's laptop
// to the meeting-room PC as a .leda file, and changes on both sides brought together.
#include "core/package/grouppackage.h"
#include "core/storage/meetingstore.h"
#include "support/dialogs.h"
#include "support/ledasession.h"
#include "support/seriesrecord.h"
#include "ui/dialogs/importgroupdialog.h"
#include "ui/meeting/meetingspage.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTableWidget>

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("package in the window: a group exported on the laptop, imported at the meeting room, changed on both "
          "sides and imported again: the conflict is shown before anything changes")
{
    const Course &course = bundledContent().course;
    QTemporaryDir laptopDir;
    QTemporaryDir roomDir;
    const SeriesRecord series = seedSeriesFile(laptopDir, course);
    REQUIRE(series.group > 0);
    const QString package = laptopDir.filePath(u"kirurgen"_s); // typed without .leda
    {
        LedaSession laptop(laptopDir);
        answerFileDialog(package);
        laptop.find<QAction>(u"exportGroupAction"_s)->trigger();
        REQUIRE(QFileInfo::exists(package + u".leda"_s));
        CHECK(laptop.window->messageBar()->text().contains(package + u".leda"_s));
    }

    LedaSession room(roomDir);
    REQUIRE(GroupStore(room.database).groups().isEmpty());
    QString effect;
    bool listed = true;
    answerFileDialog(package + u".leda"_s);
    answerNextDialog<ImportGroupDialog>([&](ImportGroupDialog *dialog) {
        effect = dialog->findChild<QLabel *>(u"importEffect"_s)->text();
        listed = dialog->findChild<QTableWidget *>(u"importConflicts"_s) != nullptr;
        dialog->findChild<QPushButton *>(u"importButton"_s)->click();
    });
    // The meeting-room PC starts with no group: the first steps offer the import.
    room.find<QPushButton>(u"welcomeImportGroup"_s)->click();
    CHECK(effect.contains(u"not in"_s));
    CHECK(!listed);
    const QList<Group> groups = GroupStore(room.database).groups();
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().name == u"Ledningsgruppen kirurgkliniken"_s);
    CHECK(room.find<QComboBox>(u"groupSelector"_s)->currentText() == u"Ledningsgruppen kirurgkliniken"_s);
    CHECK(room.window->meetingsPage()->isVisible()); // the group's meetings, not the first steps
    MeetingStore roomMeetings(room.database);
    const QList<Meeting> meetings = roomMeetings.meetings(groups.first().id);
    REQUIRE(meetings.size() == 3);

    // The same decision changed on the laptop, then in the room: the room's (later) stays.
    QString error;
    {
        Database laptop;
        REQUIRE(laptop.open(laptopDir.filePath(u"leda.sqlite"_s), &error));
        MeetingStore laptopMeetings(laptop);
        RecordItem decision = laptopMeetings.recordItems(series.meetings.last()).first();
        decision.text = u"Beslut 1 i processledarens ord"_s;
        REQUIRE(laptopMeetings.updateRecordItem(decision, &error));
        QThread::msleep(15);
        RecordItem roomDecision = roomMeetings.recordItems(meetings.last().id).first();
        roomDecision.text = u"Beslut 1 i gruppens ord"_s;
        REQUIRE(roomMeetings.updateRecordItem(roomDecision, &error));
        REQUIRE(GroupPackage::write(laptop, series.group, package + u"-2.leda"_s, &error));
    }
    QStringList shown;
    bool cancelled = false;
    answerFileDialog(package + u"-2.leda"_s);
    answerNextDialog<ImportGroupDialog>([&](ImportGroupDialog *dialog) {
        auto *list = dialog->findChild<QTableWidget *>(u"importConflicts"_s);
        if (list && list->rowCount() == 1) {
            for (int column = 0; column < 4; ++column)
                shown.append(list->item(0, column)->text());
        }
        cancelled = true;
        dialog->reject();
    });
    room.find<QAction>(u"importGroupAction"_s)->trigger();
    REQUIRE(cancelled);
    CHECK(shown == QStringList{u"A decision, choice or soft result (meeting 2027-03-09)"_s,
                               u"Beslut 1 i gruppens ord"_s, u"Beslut 1 i processledarens ord"_s,
                               u"This one (later)"_s});
    CHECK(roomMeetings.recordItems(meetings.last().id).first().text == u"Beslut 1 i gruppens ord"_s);

    // Imported after all: the room's text stays, the message says what was done.
    answerFileDialog(package + u"-2.leda"_s);
    answerNextDialog<ImportGroupDialog>(
        [](ImportGroupDialog *dialog) { dialog->findChild<QPushButton *>(u"importButton"_s)->click(); });
    room.find<QAction>(u"importGroupAction"_s)->trigger();
    CHECK(roomMeetings.recordItems(meetings.last().id).first().text == u"Beslut 1 i gruppens ord"_s);
    CHECK(room.window->messageBar()->text().contains(u"brought up to date"_s));
}

TEST_CASE("package in the window: a damaged package is refused with a message that names it, and nothing changes")
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(u"trasig.leda"_s);
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 inte alls en hel zip-fil");
    file.close();
    LedaSession leda(dir);
    answerFileDialog(damaged);
    leda.find<QAction>(u"importGroupAction"_s)->trigger();
    CHECK(leda.window->messageBar()->text().contains(u"trasig.leda"_s));
    CHECK(leda.window->messageBar()->text().contains(u"damaged"_s));
    CHECK(GroupStore(leda.database).groups().isEmpty());
}
