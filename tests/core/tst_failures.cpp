// Failure injection: what the user is told, and that nothing reported as saved is lost, when the
// disk is full, the file is made read-only or removed while Leda runs, the -wal file is gone,
// or a backup was cut short.
#include "core/storage/autosave.h"
#include "core/storage/database.h"
#include "core/storage/filesystem.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "support/catchqt.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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

namespace {

// Every path said to be on a network file system of type while it lives (the seam in FileSystem).
struct NetworkShare
{
    explicit NetworkShare(const QString &type) { FileSystem::setTypeForTests(type); }
    ~NetworkShare() { FileSystem::setTypeForTests({}); }
    Q_DISABLE_COPY_MOVE(NetworkShare)
};

QString journalMode(Database &database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(u"PRAGMA journal_mode"_s));
    REQUIRE(query.next());
    return query.value(0).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("file systems: network shares are told from local disks by the kernel's type")
{
    for (const QString &network : {u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb3"_s, u"fuse.sshfs"_s, u"9p"_s})
        CHECK(FileSystem::isNetworkType(network));
    for (const QString &local : {u"ext4"_s, u"xfs"_s, u"btrfs"_s, u"tmpfs"_s, u"overlay"_s, u"fuseblk"_s, u"vfat"_s})
        CHECK(!FileSystem::isNetworkType(local));
    CHECK(FileSystem::type(u"/proc/self"_s) == u"proc"_s);
    QTemporaryDir dir;
    // A file not made yet: the folder it would be made in.
    CHECK(FileSystem::type(dir.filePath(u"ny/mapp/leda.sqlite"_s)) == FileSystem::type(dir.path()));
    CHECK(!FileSystem::type(dir.path()).isEmpty());
    CHECK(FileSystem::networkType(dir.path()).isEmpty()); // the tests' own temp folder is local
}

TEST_CASE("a record on a network share is written without WAL, and copied whole to this computer on request")
{
    QTemporaryDir share;
    QTemporaryDir local;
    const QString onShare = share.filePath(u"leda.sqlite"_s);
    {
        const NetworkShare nfs(u"nfs4"_s);
        Database database;
        QString error;
        REQUIRE(database.open(onShare, &error));
        CHECK(database.networkFileSystem() == u"nfs4"_s);
        CHECK(journalMode(database) == u"delete"_s);
        GroupStore groups(database);
        REQUIRE(groups.createGroup(u"Ledningsgruppen på nätverket"_s, {}, &error) > 0);
        CHECK(!QFileInfo::exists(onShare + u"-wal"_s)); // no WAL, no shared memory beside it
        CHECK(!QFileInfo::exists(onShare + u"-shm"_s));
    }
    // A WAL record made on this computer and later put on a share: switched to the classic journal.
    const QString madeHere = local.filePath(u"here.sqlite"_s);
    {
        Database database;
        QString error;
        REQUIRE(database.open(madeHere, &error));
        CHECK(journalMode(database) == u"wal"_s);
    }
    {
        const NetworkShare smb(u"cifs"_s);
        Database database;
        QString error;
        REQUIRE(database.open(madeHere, &error));
        CHECK(journalMode(database) == u"delete"_s);
    }

    const NetworkShare nfs(u"nfs4"_s);
    Database database;
    QString error;
    REQUIRE(database.open(onShare, &error));
    const QByteArray before = fileHash(onShare);
    // Not over a file that is there already: said, and the record on the share stays open.
    REQUIRE(!database.copyAndOpen(madeHere, &error));
    CHECK(error.contains(QDir::toNativeSeparators(madeHere)));
    CHECK(database.path() == QFileInfo(onShare).canonicalFilePath());
    FileSystem::setTypeForTests({}); // the copy goes to a local disk
    const QString copy = local.filePath(u"kopia/leda.sqlite"_s);
    REQUIRE(database.copyAndOpen(copy, &error));
    CHECK(database.path() == QFileInfo(copy).canonicalFilePath());
    CHECK(database.networkFileSystem().isEmpty());
    CHECK(journalMode(database) == u"wal"_s);
    CHECK(GroupStore(database).groupByName(u"Ledningsgruppen på nätverket"_s).id > 0);
    CHECK(fileHash(onShare) == before); // the file on the share as it was
}
