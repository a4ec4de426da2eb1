#pragma once

#include <QString>

namespace Leda {

class Database;

// One change of several statements, all or nothing. A SAVEPOINT, so that it nests inside
// Autosave's (itself a Transaction) as well as standing alone, where SQLite makes it a
// transaction of its own and a server gets a BEGIN around it. Every transaction of the stores and
// of Autosave is one of these, so the outermost is known. Rolled back unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error);

private:
    Database &m_database;
    QString m_name;
    bool m_active = false;
    bool m_begun = false; // on a server, the outermost change: began with BEGIN, ends with COMMIT or ROLLBACK
};

} // namespace Leda
