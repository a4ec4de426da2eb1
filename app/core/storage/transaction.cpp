#include "core/storage/transaction.h"

#include "core/logging.h"
#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
int g_depth = 0; // one connection per thread, and storage lives in the GUI thread
}

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_name(u"leda_change_%1"_s.arg(++g_depth))
{
    QSqlQuery query(m_database.connection());
    // SQLite starts a transaction with the first SAVEPOINT; PostgreSQL wants BEGIN around them.
    if (m_database.isServer() && g_depth == 1) {
        m_begun = query.exec(u"BEGIN"_s);
        if (!m_begun) {
            qCWarning(lcStorage) << "Cannot start a change:" << query.lastError().text();
            return;
        }
    }
    m_active = query.exec(u"SAVEPOINT %1"_s.arg(m_name));
    if (!m_active)
        qCWarning(lcStorage) << "Cannot start a change:" << query.lastError().text();
}

Transaction::~Transaction()
{
    QSqlQuery query(m_database.connection());
    if (m_active) {
        query.exec(u"ROLLBACK TO %1"_s.arg(m_name));
        query.exec(u"RELEASE %1"_s.arg(m_name));
    }
    if (m_begun)
        query.exec(u"ROLLBACK"_s); // on a server: the transaction this change began, not committed
    --g_depth;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error && error->isEmpty())
            *error = Database::tr("The database %1 could not start a change.").arg(m_database.path());
        return false;
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"RELEASE %1"_s.arg(m_name))) {
        if (error)
            *error = Database::describe(query.lastError());
        return false;
    }
    m_active = false;
    if (m_begun) {
        const bool committed = query.exec(u"COMMIT"_s);
        m_begun = false; // committed, or rolled back by the server when COMMIT failed
        if (!committed) {
            if (error)
                *error = Database::describe(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace Leda
