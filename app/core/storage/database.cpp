#include "core/storage/database.h"
#include "core/storage/filesystem.h"
#include "core/storage/schema.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cstdio>
#include <sys/stat.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Database::Database()
    : m_connectionName(u"leda-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/leda.sqlite"_s;
}

QString Database::describe(const QSqlError &error)
{
    // SQLite's primary result codes (the low byte of an extended code).
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return tr("the disk is full. Free some space (empty the wastebasket, remove large files)");
    case 8: // SQLITE_READONLY
        return tr("the file has become read-only. Check its permissions, or open a copy in a folder you may write in");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is using the file. Close it there");
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return tr("the disk could not be written. Check that it is still connected");
    default:
        return error.text();
    }
}

bool Database::isInPlace() const
{
    if (isServer())
        return true; // no file that could be removed under Leda
    struct stat now = {};
    return ::stat(QFile::encodeName(m_path).constData(), &now) == 0 && quint64(now.st_dev) == m_device
        && quint64(now.st_ino) == m_inode;
}

bool Database::rescue(QString *newPath, QString *error)
{
    QString target = m_path;
    if (QFileInfo::exists(target) || !QFileInfo(QFileInfo(target).absolutePath()).isWritable()) {
        const QString folder = QFileInfo(defaultPath()).absolutePath();
        QDir().mkpath(folder);
        target = u"%1/%2-%3.sqlite"_s.arg(folder, QFileInfo(m_path).completeBaseName(),
                                         QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    }
    if (!copyAndOpen(target, error))
        return false;
    *newPath = m_path;
    return true;
}

bool Database::copyAndOpen(const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = tr("There is already a file at %1. Choose another name, or move that file first.").arg(native(target));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        *error = tr("Leda cannot create the folder %1 for its database.").arg(native(QFileInfo(target).absolutePath()));
        return false;
    }
    {
        QSqlQuery query(connection());
        query.prepare(u"VACUUM INTO :target"_s);
        query.bindValue(u":target"_s, target);
        if (!query.exec()) {
            *error = tr("Leda could not save the record to %1: %2").arg(native(target), describe(query.lastError()));
            return false;
        }
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return open(target, error);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    removeSidecarsLeftByReading();
    m_lock.reset();
    m_identityLock.reset();
}

void Database::removeSidecarsLeftByReading()
{
    // A reader of a WAL file makes -wal and -shm beside it, and, being read-only, cannot remove
    // them: those it made are removed when nothing was written to the -wal.
    const QStringList created = std::exchange(m_sidecarsCreated, {});
    if (created.isEmpty() || QFileInfo(m_path + u"-wal"_s).size() > 0)
        return;
    for (const QString &sidecar : created)
        QFile::remove(sidecar);
}

Database::FileState Database::fileState(const QString &path)
{
    if (isServerAddress(path))
        return FileState::Exists; // a server's database: nothing to ask before connecting
    const QFileInfo info(path);
    if (info.exists())
        return info.size() > 0 ? FileState::Exists : FileState::Empty;
    return QFileInfo(info.absolutePath()).isDir() ? FileState::Missing : FileState::MissingFolder;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        *error = tr("The database %1 could not be updated: %2").arg(native(m_path), query.lastError().text());
        return false;
    }
    return true;
}

int Database::pragmaInt(const QString &sql) const
{
    QSqlQuery query(connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int Database::schemaVersion() const
{
    if (isServer())
        return serverSchemaVersion();
    return pragmaInt(u"PRAGMA user_version"_s);
}

bool Database::open(const QString &path, QString *error, Access access)
{
    if (isServerAddress(path))
        return openServer(path, error);
    close();
    m_engine = Engine::SQLite;
    // The real file, however it was named (a symlink, "..", another spelling): the lock beside
    // it keeps a second Leda out whichever way that one names it.
    const QFileInfo named(path);
    const QString folder = QFileInfo(named.absolutePath()).canonicalFilePath();
    m_path = named.exists() ? named.canonicalFilePath()
                            : (folder.isEmpty() ? named.absoluteFilePath() : QDir(folder).filePath(named.fileName()));
    m_readOnly = false;
    m_networkFileSystem = FileSystem::networkType(m_path);
    const QFileInfo info(m_path);

    if (info.exists() && info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Leda cannot read %1: %2. Check the file's permissions.").arg(native(m_path), file.errorString());
            return false;
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *error = tr("%1 is not a Leda record. Leda has not changed it. Open another record with File › Open "
                        "record file…, or start a new one with File › New record file….")
                         .arg(native(m_path));
            return false;
        }
        m_readOnly = access == Access::ReadOnly || !info.isWritable();
    } else if (access == Access::ReadOnly) {
        *error = tr("There is no Leda record at %1.").arg(native(m_path));
        return false;
    } else if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("Leda cannot create the folder %1 for its database.").arg(native(info.absolutePath()));
            return false;
        }
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("Leda cannot create the database %1: %2").arg(native(m_path), file.errorString());
            return false;
        }
    }

    // Two Ledas writing one file would overwrite each other's minutes: the second one is told.
    // Readers take no lock: SQLite lets them share the file with the Leda that writes it.
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<QLockFile> identityLock;
    if (access == Access::ReadWrite) {
        lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
        lock->setStaleLockTime(0); // a lock left by a crashed Leda is stale because its process is gone
        // A hard link is another name for the same file, perhaps in another folder: on this
        // computer a second lock, named by the file's identity, keeps a second Leda out too.
        struct stat file = {};
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (!runtime.isEmpty() && ::stat(QFile::encodeName(m_path).constData(), &file) == 0) {
            identityLock = std::make_unique<QLockFile>(
                u"%1/leda-%2-%3.lock"_s.arg(runtime).arg(quint64(file.st_dev)).arg(quint64(file.st_ino)));
            identityLock->setStaleLockTime(0);
        }
    }
    for (QLockFile *held : {lock.get(), identityLock.get()}) {
        if (!held || held->tryLock(0) || held->error() != QLockFile::LockFailedError)
            continue;
        qint64 pid = 0;
        QString host;
        QString application;
        // A lock file without a process in it was left by a Leda killed while it wrote it: it
        // holds nothing, and would otherwise keep the record shut for good.
        if (!held->getLockInfo(&pid, &host, &application) && held->removeStaleLockFile() && held->tryLock(0))
            continue;
        *error = tr("%1 is already open in another Leda (process %2 on %3). Close Leda there first, or open "
                    "another file. The file has not been changed.")
                     .arg(native(m_path))
                     .arg(pid)
                     .arg(host);
        return false;
    }
    m_identityLock = std::move(identityLock);
    if (lock && !lock->isLocked())
        lock.reset(); // a folder we may not write in: read-only below, no lock needed
    m_lock = std::move(lock);
    if (m_readOnly || access == Access::ReadOnly) {
        for (const QString &sidecar : {m_path + u"-wal"_s, m_path + u"-shm"_s}) {
            if (!QFileInfo::exists(sidecar))
                m_sidecarsCreated.append(sidecar);
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        if (m_readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *error = tr("Leda cannot open the database %1: %2").arg(native(m_path), db.lastError().text());
            db = {};
            close();
            return false;
        }
    }

    struct stat opened = {};
    if (::stat(QFile::encodeName(m_path).constData(), &opened) == 0) {
        m_device = quint64(opened.st_dev);
        m_inode = quint64(opened.st_ino);
    }
    const int version = pragmaInt(u"PRAGMA user_version"_s);
    const int applicationId = pragmaInt(u"PRAGMA application_id"_s);
    const int tableCount = pragmaInt(u"SELECT count(*) FROM sqlite_master"_s);
    if (version < 0 || applicationId < 0 || tableCount < 0) {
        *error = tr("%1 is damaged or not a database. Leda has not changed it. Restore a backup or choose "
                    "another file.")
                     .arg(native(m_path));
        close();
        return false;
    }
    if (tableCount > 0 && applicationId != kApplicationId) {
        *error = tr("%1 is a database from another program, not from Leda. Leda has not changed it. Choose another "
                    "file.")
                     .arg(native(m_path));
        close();
        return false;
    }
    if (version > kSchemaVersion) {
        *error = tr("%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update "
                    "Leda to open it. The file has not been changed.")
                     .arg(native(m_path))
                     .arg(version)
                     .arg(kSchemaVersion);
        close();
        return false;
    }

    if (m_readOnly) {
        if (version < kSchemaVersion) {
            *error = tr("%1 is read-only and from an older Leda, so it cannot be updated. Copy it to a folder where "
                        "you may write and open the copy.")
                         .arg(native(m_path));
            close();
            return false;
        }
        return true;
    }

    // FULL: a saved edit survives a power cut too, not only a crash of Leda. WAL needs memory
    // shared by every program using the file, which a network share cannot give: there the
    // journal is the classic one (and the user is told of the risk).
    const QString journal = m_networkFileSystem.isEmpty() ? u"WAL"_s : u"DELETE"_s;
    if (!exec(u"PRAGMA foreign_keys = ON"_s, error) || !exec(u"PRAGMA journal_mode = %1"_s.arg(journal), error)
        || !exec(u"PRAGMA synchronous = FULL"_s, error)) {
        close();
        return false;
    }
    if (version < kSchemaVersion) {
        QString backupError;
        if (version > 0 && !backup(u"before-migration-v%1"_s.arg(version), &backupError)) {
            *error = tr("Leda needs to update %1 but could not back it up first: %2. The file has not been "
                        "changed.")
                         .arg(native(m_path), backupError);
            close();
            return false;
        }
        if (!migrate(version, error)) {
            close();
            return false;
        }
    }
    return true;
}

QString Database::backupFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u"/leda-backups"_s;
}

QList<Database::BackupInfo> Database::backups(const QString &databasePath)
{
    // Names: <base>-yyyyMMdd-HHmmsszzz-<reason>.sqlite
    const QString base = QFileInfo(databasePath).completeBaseName();
    static const QRegularExpression pattern(u"^(.+)-(\\d{8}-\\d{9})-([a-z0-9-]+)\\.sqlite$"_s);
    QList<BackupInfo> result;
    const QDir folder(backupFolder(databasePath));
    const QStringList files = folder.entryList({u"*.sqlite"_s}, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch() || match.captured(1) != base)
            continue;
        BackupInfo info;
        info.path = folder.filePath(file);
        info.created = QDateTime::fromString(match.captured(2), u"yyyyMMdd-HHmmsszzz"_s);
        info.reason = match.captured(3);
        result.append(info);
    }
    std::sort(result.begin(), result.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.created > b.created; });
    return result;
}

bool Database::backup(const QString &reason, QString *error, QString *backupPath)
{
    if (isServer()) {
        *error = tr("A record on a database server is backed up by the server (ask IT), not by Leda.");
        return false;
    }
    const QString folder = backupFolder(m_path);
    if (!QDir().mkpath(folder)) {
        *error = tr("Leda cannot create the backup folder %1.").arg(native(folder));
        return false;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString target = u"%1/%2-%3-%4.sqlite"_s.arg(folder, QFileInfo(m_path).completeBaseName(),
                                                        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmsszzz"_s),
                                                        reason);
    QSqlQuery query(connection());
    query.prepare(u"VACUUM INTO :target"_s);
    query.bindValue(u":target"_s, target);
    if (!query.exec()) {
        *error = tr("Leda could not back up %1 to %2: %3")
                     .arg(native(m_path), native(target), query.lastError().text());
        return false;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (backupPath)
        *backupPath = target;
    pruneBackups();
    return true;
}

QStringList Database::backupsToRemove(const QList<BackupInfo> &newestFirst, const QDateTime &now)
{
    QStringList remove;
    QSet<QString> weeksKept;
    const QDateTime oldestWeekly = now.addDays(-7 * kKeepWeeks);
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const BackupInfo &backup = newestFirst.at(i);
        int year = 0;
        const QString week = u"%1-%2"_s.arg(backup.created.date().weekNumber(&year)).arg(year);
        const bool newestOfItsWeek = backup.created >= oldestWeekly && !weeksKept.contains(week);
        if (newestOfItsWeek)
            weeksKept.insert(week);
        if (i >= kKeepBackups && !newestOfItsWeek)
            remove.append(backup.path);
    }
    return remove;
}

void Database::pruneBackups() const
{
    const QStringList old = backupsToRemove(backups(m_path), QDateTime::currentDateTime());
    for (const QString &path : old)
        QFile::remove(path);
}

bool Database::backupIfChanged(const QString &reason, QString *error)
{
    if (!isOpen() || m_readOnly || isServer()) // a server is backed up by its own IT
        return true;
    // Nothing to keep yet: a record without a group is a new, empty file.
    if (pragmaInt(u"SELECT count(*) FROM groups"_s) <= 0)
        return true;
    // The file's times, not its contents (no second descriptor on the live file: see FileDialogs).
    QDateTime changed = QFileInfo(m_path).lastModified();
    const QFileInfo wal(m_path + u"-wal"_s);
    if (wal.exists() && wal.lastModified() > changed)
        changed = wal.lastModified();
    const QList<BackupInfo> existing = backups(m_path);
    if (!existing.isEmpty() && existing.first().created >= changed)
        return true;
    return backup(reason, error);
}

bool Database::restore(const QString &backupPath, QString *error)
{
    if (isServer()) {
        *error = tr("A record on a database server is restored by the server's IT, not by Leda.");
        return false;
    }
    if (m_readOnly) {
        *error = tr("%1 is read-only, so it cannot be replaced by a backup.").arg(native(m_path));
        return false;
    }
    if (!backup(u"before-restore"_s, error))
        return false;
    const QString path = m_path;
    close();
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    const QString partial = path + u".restoring"_s;
    QFile::remove(partial);
    // A backup cut short (a crash while it was written, a damaged disk) never replaces the record:
    // the copy is checked whole before it takes the record's place.
    if (QFile::copy(backupPath, partial)) {
        Database candidate;
        QString candidateError;
        bool whole = candidate.open(partial, &candidateError); // an older backup is brought up to date here
        if (whole) {
            QSqlQuery check(candidate.connection());
            whole = check.exec(u"PRAGMA integrity_check"_s) && check.next() && check.value(0).toString() == u"ok"_s;
        }
        candidate.close();
        if (!whole) {
            QFile::remove(partial);
            *error = tr("The backup %1 is damaged, so %2 was not replaced. Choose another backup.")
                         .arg(native(backupPath), native(path));
            QString reopenError;
            open(path, &reopenError);
            return false;
        }
    }
    // The copy replaces the file in one step (rename): at no moment is there no record at path.
    if (!QFileInfo::exists(partial)
        || std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("Leda could not restore %1 from %2. The backup made just before is in %3.")
                     .arg(native(path), native(backupPath), native(backupFolder(path)));
        QFile::remove(partial);
        QString reopenError;
        open(path, &reopenError);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return open(path, error);
}

bool Database::migrate(int fromVersion, QString *error)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = tr("The database %1 is in use by another program: %2").arg(native(m_path), db.lastError().text());
        return false;
    }
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        for (const QString &statement : Schema::statements(version, Schema::Engine::SQLite)) {
            if (!exec(statement, error)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId), error)
        || !exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion), error) || !db.commit()) {
        db.rollback();
        return false;
    }
    qCInfo(lcStorage) << "Migrated" << m_path << "from version" << fromVersion << "to" << kSchemaVersion;
    return true;
}

} // namespace Leda
