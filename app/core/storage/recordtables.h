#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Leda {

// The tables of a group's record as they are today, each after the ones it refers to: how a row
// finds its group, which columns point at other rows, and what makes a row the same row in two
// copies of a record when its stable id (uid) differs. Used to move a whole record (RecordCopy)
// and one group as a package (GroupPackage). The schema's migration steps keep their own lists:
// they are history, and must not change when a table is added here.
struct RecordTable
{
    QString name;
    // The column that leads to the group, and the table it points at (groups, meetings,
    // next_steps or measures); for groups itself the id.
    QString groupColumn;
    QString groupVia;
    // Columns that say the same row in two copies (besides uid), e.g. one note per question.
    QStringList naturalKey;
    // A short name for the user, as a translatable source text (context RecordTables).
    const char *label = nullptr;
};

class RecordTables final
{
public:
    static const QList<RecordTable> &groupTables();
    // The table a column refers to (meeting_id → meetings), empty when it is not a reference.
    static QString referencedTable(const QString &column);
    // SQL that selects the ids of a group's rows of table (:group bound to the group's id).
    static QString rowsOfGroup(const RecordTable &table, const QString &columns);
    static QString label(const RecordTable &table);
    // A value as both engines (and a package) give it back: NULL, or its text; 1 and 1.0 in a
    // REAL column are the same number.
    static QString canonical(const QVariant &value);
};

} // namespace Leda
