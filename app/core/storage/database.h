#pragma once

#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace Leda {

// Owns Leda's connection to the record: a SQLite file by default — opened or created (mode 0600,
// it holds names and minutes), refused when it is not a Leda database or comes from a newer
// Leda, older schemas migrated inside a transaction, never altered when refused — or a region's
// PostgreSQL server (postgresql://host/dbname, or service=NAME from pg_service.conf), where the
// same numbered schema is kept and the server's own backups are IT's.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    enum class Access {
        ReadWrite, // Leda itself: one Leda per file (locked), migrates if needed
        ReadOnly,  // exports and other readers: no lock, never writes, works while Leda runs
    };
    bool open(const QString &path, QString *error, Access access = Access::ReadWrite);
    void close();

    using Engine = Schema::Engine;
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // A server answers (a query round trip); a file always does.
    bool isReachable() const;
    // A server's connection made again after it was lost (the same address and options).
    bool reconnect(QString *error);
    // postgresql://…, postgres://… or service=…: a server, not a file.
    static bool isServerAddress(const QString &address);
    // The server asked for a password that libpq had none (or the wrong one) for: a user without a
    // .pgpass may then be asked. The address with the password, for this connection only (the path
    // Leda shows and remembers never holds it); empty for a service name.
    static bool wantsPassword(const QString &error);
    static QString withPassword(const QString &address, const QString &password);

    // What is at a path before it is opened (from the folder entry only: no descriptor on the
    // file, see open()). Opening a missing or empty file creates a record there, which the user
    // is asked about first.
    enum class FileState { Exists, Empty, Missing, MissingFolder };
    static FileState fileState(const QString &path);

    // A consistent copy (VACUUM INTO) in the backups folder beside the file; keeps the newest kKeepBackups.
    bool backup(const QString &reason, QString *error, QString *backupPath = nullptr);
    // Backs up when the record holds something and has changed since the newest backup (at start,
    // on close, and once a day while open): a backup of the day's work, never of an empty file.
    bool backupIfChanged(const QString &reason, QString *error);
    // Replaces the file with a backup, after backing up the current state; reopens it.
    bool restore(const QString &backupPath, QString *error);

    // What went wrong, said for the user: a full disk, a file made read-only, another program
    // holding it, a disk that could not be written; SQLite's own text only for anything else.
    static QString describe(const class QSqlError &error);

    // Whether the file Leda opened is still where it was opened (not removed, moved or replaced).
    // Writes to a removed file succeed but would be lost when Leda closes it.
    bool isInPlace() const;
    // Writes the whole record to a new file and goes on with that one: back where it was when its
    // folder is still there and nothing else has taken its place, else a new file in Leda's data
    // folder. *newPath says where.
    bool rescue(QString *newPath, QString *error);
    // The whole record written to target (a new file), which is then the one open; the old file
    // stays as it was. False with *error when it could not, and the old one stays open.
    bool copyAndOpen(const QString &target, QString *error);
    // The type of network file system ("nfs4", "cifs", "fuse.sshfs" …) the open record lies on,
    // empty when it is on this computer's own disk. WAL is off there.
    QString networkFileSystem() const { return m_networkFileSystem; }

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    static QString defaultPath();

    struct BackupInfo
    {
        QString path;
        QDateTime created;
        QString reason;
    };
    static QString backupFolder(const QString &databasePath);
    static QList<BackupInfo> backups(const QString &databasePath); // newest first
    // Which backups to remove: all but the newest kKeepBackups and the newest of each of the last
    // kKeepWeeks weeks (a backup made before a migration is kept with them).
    static QStringList backupsToRemove(const QList<BackupInfo> &newestFirst, const QDateTime &now);
    static constexpr int kKeepBackups = 10;
    static constexpr int kKeepWeeks = 8;

    static constexpr int kSchemaVersion = Schema::kVersion;
    static constexpr int kApplicationId = 0x4C454441; // "LEDA" in PRAGMA application_id

private:
    bool openServer(const QString &address, QString *error);
    bool migrateServer(int fromVersion, QString *error);
    int serverSchemaVersion() const; // 0 for an empty database, -1 for one that is not Leda's
    bool migrate(int fromVersion, QString *error);
    bool exec(const QString &sql, QString *error);
    int pragmaInt(const QString &sql) const; // -1 when the query fails

    void pruneBackups() const;
    void removeSidecarsLeftByReading();

    QString m_connectionName;
    QString m_path; // the file, or the server's address without a password
    Engine m_engine = Engine::SQLite;
    bool m_readOnly = false;
    QString m_networkFileSystem;
    std::unique_ptr<QLockFile> m_lock;         // one Leda at a time per file, beside it
    std::unique_ptr<QLockFile> m_identityLock; // and per file whatever its name (hard links)
    QStringList m_sidecarsCreated; // -wal and -shm that a read-only or failed open made
    quint64 m_device = 0;          // the opened file's identity, to notice when it is removed
    quint64 m_inode = 0;
};

} // namespace Leda
