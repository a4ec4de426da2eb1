#pragma once

#include "core/meeting/record.h"

namespace Leda {

class Database;

// Full-text search (SQLite FTS5) over a group's minutes, decisions, choices, soft results and
// next steps. Words match from their start, so "patient" finds "patienter"; best hits first.
class SearchStore final
{
public:
    explicit SearchStore(Database &database);

    QList<SearchHit> search(qint64 groupId, const QString &text, int limit = 50) const;

    // The FTS5 query for what the user typed: each word quoted (so no operator syntax leaks in)
    // and matched as a prefix. Empty when there is nothing to search for.
    static QString matchExpression(const QString &text);
    // The same for a server: a to_tsquery text in the Swedish configuration ("väntetid:* & mål:*").
    static QString serverQuery(const QString &text);

private:
    Database &m_database;
};

} // namespace Leda
