#include "core/storage/database.h"
#include "core/storage/progressstore.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/searchstore.h"
#include "support/sqlitepeek.h"
#include "support/testpaths.h"

#include "support/catchqt.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("a new database is created private, in WAL mode, at the current schema version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/leda.sqlite"_s);
    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    REQUIRE(error.isEmpty());
    REQUIRE(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                              | QFileDevice::WriteUser));
    REQUIRE(database.schemaVersion() == Database::kSchemaVersion);
    REQUIRE(pragma(database, u"journal_mode"_s) == u"wal"_s);
    REQUIRE(pragma(database, u"foreign_keys"_s) == u"1"_s);
    REQUIRE(pragma(database, u"application_id"_s).toInt() == Database::kApplicationId);
    REQUIRE_FALSE(database.isReadOnly());
}

TEST_CASE("watched films are stored and survive closing the database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    const QDateTime when(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    {
        Database database;
        QString error;
        REQUIRE(database.open(path, &error));
        ProgressStore store(database);
        REQUIRE_FALSE(store.progress(u"jamlik-vard"_s).watched());
        REQUIRE(store.recordDuration(u"jamlik-vard"_s, 185'000, &error));
        REQUIRE(store.markWatched(u"jamlik-vard"_s, when, &error));
    }
    Database database;
    QString error;
    REQUIRE(database.open(path, &error));
    ProgressStore store(database);
    const FilmProgress progress = store.progress(u"jamlik-vard"_s);
    REQUIRE(progress.watched());
    REQUIRE(progress.watchedAt == when);
    REQUIRE(progress.durationMs == 185'000);
    REQUIRE(store.all().size() == 1);
}

TEST_CASE("files that are not Leda databases are refused, named, and left unchanged")
{
    QTemporaryDir dir;
    struct Case
    {
        QString file;
        QString expected;
    };
    const QList<Case> cases{{u"not-a-database.sqlite"_s, u"is not a Leda record"_s},
                            {u"foreign.sqlite"_s, u"from another program"_s},
                            {u"newer-version.sqlite"_s, u"newer version of Leda"_s},
                            {u"corrupt.sqlite"_s, u"damaged"_s}};
    for (const Case &c : cases) {
        INFO(c.file.toStdString());
        const QString path = TestPaths::fixtureCopy(dir, c.file);
        const QByteArray before = checksum(path);
        Database database;
        QString error;
        REQUIRE_FALSE(database.open(path, &error));
        REQUIRE(error.contains(path));
        REQUIRE(error.contains(c.expected));
        REQUIRE_FALSE(error.contains(u"--"_s)); // said for a desktop user, not as command-line advice
        REQUIRE_FALSE(database.isOpen());
        REQUIRE(checksum(path) == before);
        REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
    }
}

TEST_CASE("what is at a path is known before opening it — reading a record leaves no files beside it")
{
    QTemporaryDir dir;
    REQUIRE(Database::fileState(dir.filePath(u"saknas.sqlite"_s)) == Database::FileState::Missing);
    REQUIRE(Database::fileState(dir.filePath(u"mapp/saknas.sqlite"_s)) == Database::FileState::MissingFolder);
    QFile(dir.filePath(u"tom.sqlite"_s)).open(QIODevice::WriteOnly);
    REQUIRE(Database::fileState(dir.filePath(u"tom.sqlite"_s)) == Database::FileState::Empty);

    const QString path = dir.filePath(u"leda.sqlite"_s);
    QString error;
    {
        Database writer;
        REQUIRE(writer.open(path, &error));
    }
    REQUIRE(Database::fileState(path) == Database::FileState::Exists);
    REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
    // An export reads it, read-only (as `leda export` does), also when the file is read-only.
    for (const bool fileReadOnly : {false, true}) {
        if (fileReadOnly)
            REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        Database reader;
        REQUIRE(reader.open(path, &error, Database::Access::ReadOnly));
        REQUIRE(reader.schemaVersion() == Database::kSchemaVersion);
        reader.close();
        INFO("file read-only: " << fileReadOnly);
        REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
        REQUIRE_FALSE(QFileInfo::exists(path + u"-shm"_s));
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // While Leda has it open, the files beside it are Leda's: a reader leaves them alone.
    Database leda;
    REQUIRE(leda.open(path, &error));
    REQUIRE(QFileInfo::exists(path + u"-wal"_s));
    {
        Database reader;
        REQUIRE(reader.open(path, &error, Database::Access::ReadOnly));
    }
    REQUIRE(QFileInfo::exists(path + u"-wal"_s));
    REQUIRE(QFileInfo::exists(path + u"-shm"_s));
}

namespace {

// How long leda-test-open takes with arguments on this machine when nobody kills it (ms, with
// its start): the kills below land at random moments within that time, on a fast or a slow machine.
qint64 unkilledRunMs(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess leda;
    leda.start(QStringLiteral(LEDA_TEST_OPEN), arguments);
    REQUIRE(leda.waitForFinished(10000));
    REQUIRE(leda.exitCode() == 0);
    return std::max<qint64>(timer.elapsed(), 2);
}

} // namespace

TEST_CASE("Leda killed (SIGKILL) at any moment while it migrates an older record: the record opens whole afterwards")
{
    int killedBeforeOpened = 0;
    int foundUnmigrated = 0;
    QTemporaryDir timing;
    const qint64 wholeRunMs = unkilledRunMs({TestPaths::fixtureCopy(timing, u"schema-v2.sqlite"_s)});
    for (int round = 0; round < 40; ++round) {
        QTemporaryDir dir;
        const QString path = TestPaths::fixtureCopy(dir, u"schema-v2.sqlite"_s);
        QProcess leda;
        leda.start(QStringLiteral(LEDA_TEST_OPEN), {path});
        REQUIRE(leda.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(wholeRunMs));
        ::kill(pid_t(leda.processId()), SIGKILL);
        REQUIRE(leda.waitForFinished(5000));
        if (!leda.readAllStandardOutput().contains("opened"))
            ++killedBeforeOpened;
        if (peek(path, u"PRAGMA user_version"_s).toInt() < Database::kSchemaVersion)
            ++foundUnmigrated; // killed before its migration committed: rolled back whole
        // Opened again, as Leda would be: migrated (again, or for the first time) with everything in it.
        Database database;
        QString error;
        INFO("round " << round);
        const bool opened = database.open(path, &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        REQUIRE(database.schemaVersion() == Database::kSchemaVersion);
        QSqlQuery check(database.connection());
        REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(check.next());
        REQUIRE(check.value(0).toString() == u"ok"_s);
        const Group group = GroupStore(database).groupByName(u"Ledningsgruppen version 2"_s);
        REQUIRE(group.id > 0);
        const QList<Meeting> meetings = MeetingStore(database).meetings(group.id);
        REQUIRE(meetings.size() == 1);
        REQUIRE(MeetingStore(database).recordItems(meetings.first().id).size() == 20);
        REQUIRE(SearchStore(database).search(group.id, u"beslut"_s).size() == 20);
    }
    WARN("killed before it had opened: " << killedBeforeOpened << " of 40; still version 2 afterwards: "
                                         << foundUnmigrated);
    REQUIRE(killedBeforeOpened >= 10); // the kills did land while it was opening
}

TEST_CASE("Leda killed (SIGKILL) at any moment while it restores a backup: the record is the old one or the backup, whole")
{
    int restored = 0;
    int killedBefore = 0;
    qint64 wholeRunMs = 0;
    for (int round = 0; round < 30; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"leda.sqlite"_s);
        QString backupPath;
        {
            Database database;
            QString error;
            REQUIRE(database.open(path, &error));
            GroupStore groups(database);
            REQUIRE(groups.createGroup(u"I säkerhetskopian"_s, {}, &error) > 0);
            REQUIRE(database.backup(u"test"_s, &error, &backupPath));
            REQUIRE(groups.createGroup(u"Efter säkerhetskopian"_s, {}, &error) > 0);
        }
        if (wholeRunMs == 0) { // once, on a copy: how long opening and restoring take here
            QTemporaryDir timing;
            const QString copy = timing.filePath(u"leda.sqlite"_s);
            REQUIRE(QFile::copy(path, copy));
            wholeRunMs = unkilledRunMs({copy, backupPath});
        }
        QProcess leda;
        leda.start(QStringLiteral(LEDA_TEST_OPEN), {path, backupPath});
        REQUIRE(leda.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(wholeRunMs));
        ::kill(pid_t(leda.processId()), SIGKILL);
        REQUIRE(leda.waitForFinished(5000));
        const QByteArray output = leda.readAllStandardOutput();
        if (output.contains("restored"))
            ++restored;
        else
            ++killedBefore;
        Database database;
        QString error;
        INFO("round " << round << ", output: " << output.toStdString());
        const bool opened = database.open(path, &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        QSqlQuery check(database.connection());
        REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(check.next());
        REQUIRE(check.value(0).toString() == u"ok"_s);
        // Either the record as it was (both groups) or the backup (the first only): never a mix.
        GroupStore groups(database);
        REQUIRE(groups.groupByName(u"I säkerhetskopian"_s).id > 0);
        if (output.contains("restored"))
            REQUIRE(groups.groupByName(u"Efter säkerhetskopian"_s).id == 0);
    }
    WARN("restore finished before the kill: " << restored << " of 30; killed before it finished: " << killedBefore);
    REQUIRE(killedBefore >= 5);
}
