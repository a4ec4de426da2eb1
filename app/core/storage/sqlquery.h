#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace Leda {

class Database;

// A prepared statement with named values; a failure becomes a translated message that names
// the database and its reason. Used by every store so the UI never sees SQL; its SQL is what a
// file (SQLite) and a server (PostgreSQL) both understand.
class SqlStatement final
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)

public:
    SqlStatement(Database &database, const QString &sql);

    SqlStatement &bind(const QString &name, const QVariant &value);
    bool exec(QString *error);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // The id of the row an INSERT … RETURNING id made: the same on a file and on a server
    // (PostgreSQL has no last insert id of its own); 0 when there is none.
    qint64 insertedId();
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // DELETE FROM table WHERE id = :id; table is one of Leda's own table names, never user input.
    static bool removeRow(Database &database, const QString &table, qint64 id, QString *error);

private:
    Database &m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace Leda
