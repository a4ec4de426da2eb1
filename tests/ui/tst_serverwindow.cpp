// Leda's window on a region's PostgreSQL server: connected from the File menu, the group and its
// meeting made and typed in as on a file, found on the server by another connection. Hidden
// ([.]): CTest runs it against a throwaway server (tests/support/pg_cluster.sh).
#include "support/dialogs.h"
#include "support/ledasession.h"
#include "support/onemeeting.h"
#include "support/serverdatabase.h"
#include "support/typing.h"

#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/help/welcomepage.h"
#include "ui/meeting/meetingpage.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QInputDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

void answerText(const QString &text)
{
    answerNextDialog<QInputDialog>([text](QInputDialog *dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("server in the window: connected from the File menu, a group and its minutes are written to the server",
          "[.][postgresql]")
{
    ServerDatabase server;
    QTemporaryDir dir;
    LedaSession leda(dir); // starts on a file, as Leda does
    MainWindow *window = leda.window.get();

    // A wrong address: said, and the file stays open.
    answerText(u"service=leda-no-such-service"_s);
    window->findChild<QAction *>(u"connectServerAction"_s)->trigger();
    CHECK(!leda.database.isServer());
    CHECK(leda.database.path() == QFileInfo(leda.path()).canonicalFilePath());
    CHECK(window->messageBar()->text().contains(u"leda-no-such-service"_s));

    answerText(server.address);
    window->findChild<QAction *>(u"connectServerAction"_s)->trigger();
    REQUIRE(leda.database.isServer());
    CHECK(window->currentPage() == window->welcomePage()); // a new record: the first steps
    CHECK(!window->findChild<QAction *>(u"restoreBackupAction"_s)->isEnabled());

    const qint64 group = window->newGroup(u"Ledningsgruppen på regionens server"_s);
    REQUIRE(group > 0);
    const qint64 meeting = window->newMeeting();
    REQUIRE(meeting > 0);
    auto *notes = leda.find<QPlainTextEdit>(u"freeNotes"_s);
    typeText(notes, u"Anteckningar som ska hamna på servern, med åäö."_s);
    REQUIRE(leda.waitSaved());

    // Another connection (another PC) finds them.
    Database other;
    QString error;
    REQUIRE(other.open(server.address, &error));
    const Group onServer = GroupStore(other).groupByName(u"Ledningsgruppen på regionens server"_s);
    REQUIRE(onServer.id == group);
    const QList<Meeting> meetings = MeetingStore(other).meetings(onServer.id);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.first().freeNotes == u"Anteckningar som ska hamna på servern, med åäö."_s);
}

TEST_CASE("server in the window: a decision another PC adds shows on the meeting page within 2 seconds, and what was "
          "typed here stays",
          "[.][postgresql]")
{
    ServerDatabase server;
    const qint64 meetingId = seedOneMeeting(server.address).meeting;
    REQUIRE(meetingId > 0);
    QTemporaryDir dir;
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->openDatabase(server.address));
    REQUIRE(window->openMeeting(meetingId));
    auto *notes = leda.find<QPlainTextEdit>(u"freeNotes"_s);
    typeText(notes, u"Skrivet här, på mötesdatorn."_s);

    Database otherPc;
    QString error;
    REQUIRE(otherPc.open(server.address, &error));
    RecordItem decision;
    decision.meetingId = meetingId;
    decision.text = u"Beslut från processledarens dator"_s;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(MeetingStore(otherPc).addRecordItem(decision, &error) > 0);
    const auto shown = [window] {
        for (QLineEdit *field : window->meetingPage()->findChildren<QLineEdit *>()) {
            if (field->text() == u"Beslut från processledarens dator"_s && field->isVisibleTo(window))
                return true;
        }
        return false;
    };
    REQUIRE(QTest::qWaitFor(shown, 2000));
    INFO("shown after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 2000);
    // What was typed here was saved first, and is still on the page and on the server.
    CHECK(leda.find<QPlainTextEdit>(u"freeNotes"_s)->toPlainText() == u"Skrivet här, på mötesdatorn."_s);
    CHECK(MeetingStore(otherPc).meeting(meetingId).freeNotes == u"Skrivet här, på mötesdatorn."_s);
}

TEST_CASE("server in the window: two PCs writing the free notes at once — nothing is overwritten unseen, the user "
          "keeps both",
          "[.][postgresql]")
{
    ServerDatabase server;
    const qint64 meetingId = seedOneMeeting(server.address).meeting;
    REQUIRE(meetingId > 0);
    QTemporaryDir dir;
    LedaSession leda(dir);
    MainWindow *window = leda.window.get();
    REQUIRE(window->openDatabase(server.address));
    REQUIRE(window->openMeeting(meetingId));

    // The other PC saves first; this PC's typing was read before that.
    Database otherPc;
    QString error;
    REQUIRE(otherPc.open(server.address, &error));
    REQUIRE(MeetingStore(otherPc).setFreeNotes(meetingId, u"Skrivet på processledarens dator."_s, &error));
    QString shownMine;
    QString shownTheirs;
    answerNextDialog<ConflictDialog>([&shownMine, &shownTheirs](ConflictDialog *dialog) {
        const QList<QPlainTextEdit *> views = dialog->findChildren<QPlainTextEdit *>();
        if (views.size() == 2) {
            shownMine = views.at(0)->toPlainText();
            shownTheirs = views.at(1)->toPlainText();
        }
        dialog->findChild<QPushButton *>(u"conflictBoth"_s)->click();
    });
    auto *notes = leda.find<QPlainTextEdit>(u"freeNotes"_s);
    typeText(notes, u"Skrivet på mötesdatorn."_s);
    REQUIRE(QTest::qWaitFor([&] { return !shownTheirs.isEmpty(); }, 5000));
    CHECK(shownMine == u"Skrivet på mötesdatorn."_s);
    CHECK(shownTheirs == u"Skrivet på processledarens dator."_s);
    const QString both = u"Skrivet på processledarens dator.\n\nSkrivet på mötesdatorn."_s;
    REQUIRE(QTest::qWaitFor([&] { return MeetingStore(otherPc).meeting(meetingId).freeNotes == both; }, 5000));
    CHECK(notes->toPlainText() == both);
}

TEST_CASE("server in the window: a server that wants a password asks for it, uses it for this connection only and "
          "never writes it down",
          "[.][postgresql]")
{
    ServerDatabase server;
    const QUrl address = server.tlsAddress(u"leda_password_user"_s); // over TCP, where it needs its password
    REQUIRE(!address.isEmpty());
    QTemporaryDir dir;
    LedaSession leda(dir);
    QString asked;
    bool hidden = false;
    answerNextDialog<QInputDialog>([&](QInputDialog *dialog) {
        dialog->setTextValue(address.toString());
        dialog->accept();
        answerNextDialog<QInputDialog>([&](QInputDialog *password) {
            asked = password->labelText();
            hidden = password->textEchoMode() == QLineEdit::Password;
            password->setTextValue(u"lösen-för-test"_s);
            password->accept();
        });
    });
    leda.find<QAction>(u"connectServerAction"_s)->trigger();
    INFO(leda.window->messageBar()->text().toStdString());
    REQUIRE(leda.database.isServer());
    CHECK(asked.contains(u"localhost"_s));
    CHECK(hidden);
    CHECK(leda.window->newGroup(u"Ledningsgruppen med lösenord"_s) > 0);
    // Nowhere in what Leda shows or keeps.
    CHECK(!leda.database.path().contains(u"lösen"_s));
    leda.settings.sync();
    QFile settings(dir.filePath(u"settings.ini"_s));
    if (settings.open(QIODevice::ReadOnly)) {
        const QByteArray kept = settings.readAll();
        CHECK(!kept.contains("l\xc3\xb6sen"));
        CHECK(!kept.contains("l%C3%B6sen"));
    }
}
