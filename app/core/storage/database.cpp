#include "core/storage/database.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Each step takes the schema from version (index) to version (index + 1).
const QStringList &migrationSteps()
{
    static const QStringList steps{
        // 0 → 1: watched state of each module's film
        uR"(CREATE TABLE film_progress (
                module_id   TEXT PRIMARY KEY NOT NULL,
                watched_at  TEXT,
                duration_ms INTEGER NOT NULL DEFAULT 0
            ))"_s,
    };
    return steps;
}

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
    return pragmaInt(u"PRAGMA user_version"_s);
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = false;
    const QFileInfo info(m_path);

    if (info.exists() && info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Leda cannot read %1: %2. Check the file's permissions.").arg(native(m_path), file.errorString());
            return false;
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *error = tr("%1 is not a Leda database. Leda has not changed it. Choose another file, or start Leda "
                        "with --database and a new file name.")
                         .arg(native(m_path));
            return false;
        }
        m_readOnly = !info.isWritable();
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

    if (!exec(u"PRAGMA foreign_keys = ON"_s, error) || !exec(u"PRAGMA journal_mode = WAL"_s, error)
        || !exec(u"PRAGMA synchronous = NORMAL"_s, error)) {
        close();
        return false;
    }
    if (version < kSchemaVersion && !migrate(version, error)) {
        close();
        return false;
    }
    return true;
}

bool Database::migrate(int fromVersion, QString *error)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = tr("The database %1 is in use by another program: %2").arg(native(m_path), db.lastError().text());
        return false;
    }
    const QStringList &steps = migrationSteps();
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        if (!exec(steps.at(version), error)) {
            db.rollback();
            return false;
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
