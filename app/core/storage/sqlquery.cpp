#include "core/storage/sqlquery.h"

#include "core/logging.h"
#include "core/storage/database.h"

#include <QDir>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Leda {

SqlStatement::SqlStatement(Database &database, const QString &sql)
    : m_database(database)
    , m_query(database.connection())
{
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        qCWarning(lcStorage) << "Cannot prepare" << sql << m_query.lastError().text();
}

SqlStatement &SqlStatement::bind(const QString &name, const QVariant &value)
{
    // A null QString means "no text" (columns are NOT NULL DEFAULT ''); a real NULL is QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(name, QString(u""_s));
    else if (value.typeId() == QMetaType::Bool) // flags are 0/1 integers on both engines
        m_query.bindValue(name, value.toBool() ? 1 : 0);
    else
        m_query.bindValue(name, value);
    return *this;
}

qint64 SqlStatement::insertedId()
{
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish(); // done with the statement: SQLite cannot end a transaction while it is open
    return id;
}

bool SqlStatement::removeRow(Database &database, const QString &table, qint64 id, QString *error)
{
    SqlStatement query(database, u"DELETE FROM %1 WHERE id = :id"_s.arg(table));
    query.bind(u":id"_s, id);
    return query.exec(error);
}

bool SqlStatement::exec(QString *error)
{
    if (m_prepared && m_query.exec())
        return true;
    qCWarning(lcStorage) << "Cannot run" << m_query.lastQuery() << m_query.lastError().text();
    if (error) {
        *error = m_database.isReadOnly()
            ? tr("%1 is open read-only, so changes cannot be saved.").arg(QDir::toNativeSeparators(m_database.path()))
            : tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(m_database.path()),
                                                Database::describe(m_query.lastError()));
    }
    return false;
}

} // namespace Leda
