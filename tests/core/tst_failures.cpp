// Failure injection: what the user is told, and that nothing reported as saved is lost, when the
// disk is full, the file is made read-only or removed while Leda runs, the -wal file is gone,
// or a backup was cut short.
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

struct Running
{
    Database database;
    qint64 meeting = 0;
    QString error;

    explicit Running(const QString &path)
    {
        REQUIRE(database.open(path, &error));
        GroupStore groups(database);
        const qint64 group = groups.createGroup(u"Gruppen"_s, {}, &error);
        Meeting details;
        details.groupId = group;
        details.date = QDate(2027, 1, 12);
        meeting = MeetingStore(database).createMeeting(details, &error);
        REQUIRE(meeting > 0);
    }
};

void type(Autosave &autosave, MeetingStore &meetings, qint64 meeting, const QString &text)
{
    autosave.queue(u"meeting/%1/freeNotes"_s.arg(meeting),
                   [&meetings, meeting, text](QString *error) { return meetings.setFreeNotes(meeting, text, error); });
}

QString integrity(Database &database)
{
    QSqlQuery check(database.connection());
    return check.exec(u"PRAGMA integrity_check"_s) && check.next() ? check.value(0).toString() : u"failed"_s;
}

QString stored(const QString &path, qint64 meeting)
{
    Database reader;
    QString error;
    REQUIRE(reader.open(path, &error, Database::Access::ReadOnly));
    REQUIRE(integrity(reader) == u"ok"_s);
    return MeetingStore(reader).meeting(meeting).freeNotes;
}

} // namespace

TEST_CASE("a full disk: the user is told to free space, the text is kept and saved once there is room")
{
    QTemporaryDir dir;
    Running leda(dir.filePath(u"leda.sqlite"_s));
    MeetingStore meetings(leda.database);
    Autosave autosave(leda.database);
    type(autosave, meetings, leda.meeting, u"Det som hann sparas."_s);
    REQUIRE(autosave.flush());
    // No page more may be written: SQLite answers as on a full disk (SQLITE_FULL).
    QSqlQuery(leda.database.connection()).exec(u"PRAGMA max_page_count = (SELECT page_count FROM pragma_page_count)"_s);
    QSqlQuery pages(leda.database.connection());
    REQUIRE(pages.exec(u"PRAGMA page_count"_s));
    REQUIRE(pages.next());
    QSqlQuery(leda.database.connection()).exec(u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toInt()));
    const QString longText = QString(u"Vi mäter väntetiden varje vecka. "_s).repeated(3000);
    type(autosave, meetings, leda.meeting, longText);
    QSignalSpy failed(&autosave, &Autosave::saveFailed);
    REQUIRE_FALSE(autosave.flush());
    REQUIRE(failed.count() == 1);
    REQUIRE(autosave.lastError().contains(u"the disk is full. Free some space"_s));
    REQUIRE(autosave.pendingCount() == 1);                                    // kept, to be tried again
    REQUIRE(meetings.meeting(leda.meeting).freeNotes == u"Det som hann sparas."_s); // nothing half-written
    REQUIRE(integrity(leda.database) == u"ok"_s);
    // Room again: the retry saves it.
    QSqlQuery(leda.database.connection()).exec(u"PRAGMA max_page_count = 1073741823"_s);
    REQUIRE(QTest::qWaitFor([&] { return autosave.state() == Autosave::State::Saved; }, Autosave::kRetryMs + 2000));
    leda.database.close();
    REQUIRE(stored(dir.filePath(u"leda.sqlite"_s), leda.meeting) == longText);
}

TEST_CASE("the file made read-only while Leda runs: what is typed is still saved in it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    Running leda(path);
    MeetingStore meetings(leda.database);
    Autosave autosave(leda.database);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    type(autosave, meetings, leda.meeting, u"Skrivet efter att filen blev skrivskyddad."_s);
    REQUIRE(autosave.flush()); // the open file stays writable for Leda
    leda.database.close();
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(stored(path, leda.meeting) == u"Skrivet efter att filen blev skrivskyddad."_s);
}

TEST_CASE("the record's folder removed while Leda runs: everything is saved in a new file and the user told where")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"delad-mapp"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + u"/leda.sqlite"_s;
    Running leda(path);
    MeetingStore meetings(leda.database);
    Autosave autosave(leda.database);
    type(autosave, meetings, leda.meeting, u"Före."_s);
    REQUIRE(autosave.flush());
    REQUIRE(QDir(folder).removeRecursively());
    QSignalSpy rescued(&autosave, &Autosave::rescued);
    type(autosave, meetings, leda.meeting, u"Efter att mappen togs bort."_s);
    REQUIRE(autosave.flush());
    REQUIRE(rescued.count() == 1);
    const QString message = rescued.first().first().toString();
    INFO(message.toStdString());
    REQUIRE(message.contains(QDir::toNativeSeparators(path)));
    const QString newPath = leda.database.path();
    REQUIRE(newPath != path);
    REQUIRE(message.contains(QDir::toNativeSeparators(newPath)));
    REQUIRE(newPath.startsWith(QFileInfo(Database::defaultPath()).absolutePath()));
    // Edits go on into the new file.
    type(autosave, meetings, leda.meeting, u"Och ännu mer."_s);
    REQUIRE(autosave.flush());
    leda.database.close();
    REQUIRE(stored(newPath, leda.meeting) == u"Och ännu mer."_s);
    QFile::remove(newPath);
}

TEST_CASE("the record file removed while Leda runs, its folder still there: saved back where it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    Running leda(path);
    MeetingStore meetings(leda.database);
    Autosave autosave(leda.database);
    REQUIRE(QFile::remove(path));
    QSignalSpy rescued(&autosave, &Autosave::rescued);
    type(autosave, meetings, leda.meeting, u"Skrivet när filen var borta."_s);
    REQUIRE(autosave.flush());
    REQUIRE(rescued.count() == 1);
    REQUIRE(leda.database.path() == path);
    leda.database.close();
    REQUIRE(stored(path, leda.meeting) == u"Skrivet när filen var borta."_s);
}

TEST_CASE("the -wal file deleted after Leda closed: nothing is missing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    qint64 meeting = 0;
    {
        Running leda(path);
        meeting = leda.meeting;
        REQUIRE(MeetingStore(leda.database).setFreeNotes(meeting, u"Sparat innan Leda stängdes."_s, &leda.error));
    }
    QFile::remove(path + u"-wal"_s); // a clean close has written everything into the file itself
    QFile::remove(path + u"-shm"_s);
    REQUIRE(stored(path, meeting) == u"Sparat innan Leda stängdes."_s);
}

TEST_CASE("a backup cut short (a crash while it was written) never replaces the record")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    Running leda(path);
    REQUIRE(MeetingStore(leda.database).setFreeNotes(leda.meeting, u"Dagens arbete."_s, &leda.error));
    QString backupPath;
    REQUIRE(leda.database.backup(u"test"_s, &leda.error, &backupPath));
    // What a crash halfway through writing it leaves: the first half of the file.
    QFile backup(backupPath);
    REQUIRE(backup.open(QIODevice::ReadWrite));
    REQUIRE(backup.resize(backup.size() / 2));
    backup.close();
    QString error;
    REQUIRE_FALSE(leda.database.restore(backupPath, &error));
    INFO(error.toStdString());
    REQUIRE(error.contains(u"is damaged"_s));
    REQUIRE(error.contains(QDir::toNativeSeparators(backupPath)));
    REQUIRE(leda.database.isOpen());
    REQUIRE(MeetingStore(leda.database).meeting(leda.meeting).freeNotes == u"Dagens arbete."_s);
    REQUIRE_FALSE(QFileInfo::exists(path + u".restoring"_s));
}
