#pragma once

#include <QStringList>

namespace Leda {

// The record's tables, version by version: the same numbered steps on a file (SQLite) and on a
// region server (PostgreSQL), written once in SQLite's words and said in PostgreSQL's here.
class Schema final
{
public:
    enum class Engine { SQLite, PostgreSQL };
    static constexpr int kVersion = 12;

    // The statements that take a record from fromVersion to fromVersion + 1, as engine runs them.
    static QStringList statements(int fromVersion, Engine engine);
    // SQL for the engine's clock as a row's changed_at keeps it: UTC to the millisecond, as text
    // ("2027-03-04T08:15:00.123Z"), so that times from both engines compare as text.
    static QString now(Engine engine);
};

} // namespace Leda
