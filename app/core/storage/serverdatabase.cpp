// Database on a region's PostgreSQL server: what differs from a file (connecting, the schema's
// version in a table, no file to back up or lock). The stores' SQL is the same on both.
#include "core/storage/database.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Leda {

bool Database::isServerAddress(const QString &address)
{
    return address.startsWith(u"postgresql://"_s) || address.startsWith(u"postgres://"_s)
        || address.startsWith(u"service="_s);
}

bool Database::wantsPassword(const QString &error)
{
    // libpq's own words, in English and in Swedish, and the server's code for a wrong password.
    static const QStringList signs{u"no password supplied"_s, u"password authentication failed"_s,
                                   u"inget lösenord angivet"_s, u"lösenordsautentisering misslyckades"_s,
                                   u"(28P01)"_s};
    for (const QString &sign : signs) {
        if (error.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString Database::withPassword(const QString &address, const QString &password)
{
    if (address.startsWith(u"service="_s))
        return {};
    QUrl url(address);
    url.setPassword(password);
    return url.toString();
}

bool Database::openServer(const QString &address, QString *error)
{
    close();
    m_engine = Engine::PostgreSQL;
    m_readOnly = false;
    m_networkFileSystem.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid()) {
        *error = tr("Leda cannot reach database servers on this computer: the PostgreSQL driver for Qt is not "
                    "installed. Ask IT to install the package libqt6sql6-psql.");
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    // Everything but the password goes into libpq's connection options; a password comes from
    // ~/.pgpass or the service file, never from Leda's settings.
    QStringList options;
    if (address.startsWith(u"service="_s)) {
        options.append(address);
        m_path = address;
    } else {
        const QUrl url(address);
        db.setDatabaseName(url.path().mid(1));
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"host"_s) // a unix socket folder: postgresql:///leda?host=/run/postgresql
                db.setHostName(value);
            else
                options.append(key + u'=' + value);
        }
        QUrl shown = url;
        shown.setPassword({});
        m_path = shown.toString();
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = tr("Leda cannot connect to the database server %1: %2").arg(m_path, db.lastError().text().trimmed());
        db = {};
        close();
        return false;
    }
    const int version = serverSchemaVersion();
    if (version < 0) {
        *error = tr("The database %1 holds tables of another program, not Leda's. Leda has not changed it. Ask IT "
                    "for an empty database for Leda.")
                     .arg(m_path);
        close();
        return false;
    }
    if (version > kSchemaVersion) {
        *error = tr("%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update "
                    "Leda to open it. The database has not been changed.")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        close();
        return false;
    }
    if (version < kSchemaVersion && !migrateServer(version, error)) {
        close();
        return false;
    }
    return true;
}

bool Database::isReachable() const
{
    if (!isServer())
        return isOpen();
    QSqlQuery query(connection());
    return query.exec(u"SELECT 1"_s);
}

bool Database::reconnect(QString *error)
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        *error = tr("Leda cannot connect to the database server %1: %2").arg(m_path, db.lastError().text().trimmed());
        return false;
    }
    qCInfo(lcStorage) << "Connected again to" << m_path;
    return true;
}

int Database::serverSchemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(u"SELECT value FROM leda_meta WHERE key = 'schema_version'"_s) && query.next())
        return query.value(0).toInt();
    // No version table: an empty database is a new record; one with tables is someone else's.
    QSqlQuery tables(connection());
    if (!tables.exec(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s)
        || !tables.next())
        return -1;
    return tables.value(0).toInt() == 0 ? 0 : -1;
}

bool Database::migrateServer(int fromVersion, QString *error)
{
    // PostgreSQL changes tables inside a transaction too: a migration is whole or not at all.
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = tr("The database %1 could not be updated: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QStringList statements;
    if (fromVersion == 0)
        statements.append(u"CREATE TABLE leda_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
    for (int version = fromVersion; version < kSchemaVersion; ++version)
        statements += Schema::statements(version, Engine::PostgreSQL);
    statements.append(u"INSERT INTO leda_meta (key, value) VALUES ('schema_version', '%1') "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(kSchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(statement, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = tr("The database %1 could not be updated: %2").arg(m_path, db.lastError().text());
        db.rollback();
        return false;
    }
    qCInfo(lcStorage) << "Migrated server database" << m_path << "from version" << fromVersion << "to"
                      << kSchemaVersion;
    return true;
}

} // namespace Leda
