#pragma once

#include <QStringList>

namespace Leda {

// The record's tables, version by version: the same numbered steps on a file (SQLite) and on a
// region server (PostgreSQL), written once in SQLite's words and said in PostgreSQL's here.
class Schema final
{
public:
    enum class Engine { SQLite, PostgreSQL };
    static constexpr int kVersion = 11;

    // The statements that take a record from fromVersion to fromVersion + 1, as engine runs them.
    static QStringList statements(int fromVersion, Engine engine);
};

} // namespace Leda
