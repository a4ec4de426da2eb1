#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Leda {

// Owns Leda's SQLite connection: opens or creates the file (mode 0600, it holds names and
// minutes), refuses files that are not Leda databases or come from a newer Leda, and migrates
// older schemas inside a transaction. Never alters a file it refuses.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    bool open(const QString &path, QString *error);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    static QString defaultPath();

    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x4C454441; // "LEDA" in PRAGMA application_id

private:
    bool migrate(int fromVersion, QString *error);
    bool exec(const QString &sql, QString *error);
    int pragmaInt(const QString &sql) const; // -1 when the query fails

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace Leda
