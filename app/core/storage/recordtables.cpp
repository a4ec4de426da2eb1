#include "core/storage/recordtables.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Leda {

const QList<RecordTable> &RecordTables::groupTables()
{
    static const QList<RecordTable> tables{
        {u"groups"_s, u"id"_s, {}, {}, QT_TRANSLATE_NOOP("RecordTables", "The group")},
        {u"members"_s, u"group_id"_s, u"groups"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "A member")},
        {u"meetings"_s, u"group_id"_s, u"groups"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "A meeting")},
        {u"meeting_modules"_s, u"meeting_id"_s, u"meetings"_s, {u"meeting_id"_s, u"module_id"_s},
         QT_TRANSLATE_NOOP("RecordTables", "A meeting's module")},
        {u"attendance"_s, u"meeting_id"_s, u"meetings"_s, {u"meeting_id"_s, u"member_id"_s},
         QT_TRANSLATE_NOOP("RecordTables", "Attendance")},
        {u"guests"_s, u"meeting_id"_s, u"meetings"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "A guest")},
        {u"question_notes"_s, u"meeting_id"_s, u"meetings"_s, {u"meeting_id"_s, u"module_id"_s, u"question_index"_s},
         QT_TRANSLATE_NOOP("RecordTables", "Notes on a question")},
        {u"record_items"_s, u"meeting_id"_s, u"meetings"_s, {},
         QT_TRANSLATE_NOOP("RecordTables", "A decision, choice or soft result")},
        {u"next_steps"_s, u"group_id"_s, u"groups"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "A next step")},
        {u"next_step_events"_s, u"next_step_id"_s, u"next_steps"_s, {},
         QT_TRANSLATE_NOOP("RecordTables", "A next step's history")},
        {u"next_step_reviews"_s, u"meeting_id"_s, u"meetings"_s, {u"next_step_id"_s, u"meeting_id"_s},
         QT_TRANSLATE_NOOP("RecordTables", "The follow-up of a next step")},
        {u"series_plan"_s, u"group_id"_s, u"groups"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "The series plan")},
        {u"agenda_items"_s, u"meeting_id"_s, u"meetings"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "An agenda item")},
        {u"checklist_items"_s, u"meeting_id"_s, u"meetings"_s, {},
         QT_TRANSLATE_NOOP("RecordTables", "A checklist item")},
        {u"meeting_private_notes"_s, u"meeting_id"_s, u"meetings"_s, {u"meeting_id"_s},
         QT_TRANSLATE_NOOP("RecordTables", "Own notes for a meeting")},
        {u"measures"_s, u"group_id"_s, u"groups"_s, {}, QT_TRANSLATE_NOOP("RecordTables", "A measure")},
        {u"measure_values"_s, u"measure_id"_s, u"measures"_s, {u"measure_id"_s, u"period"_s},
         QT_TRANSLATE_NOOP("RecordTables", "A measure's value")},
        {u"meeting_measures"_s, u"meeting_id"_s, u"meetings"_s, {u"meeting_id"_s, u"measure_id"_s},
         QT_TRANSLATE_NOOP("RecordTables", "What a meeting said about a measure")},
    };
    return tables;
}

QString RecordTables::referencedTable(const QString &column)
{
    static const QHash<QString, QString> references{
        {u"group_id"_s, u"groups"_s},
        {u"meeting_id"_s, u"meetings"_s},
        {u"origin_meeting_id"_s, u"meetings"_s},
        {u"member_id"_s, u"members"_s},
        {u"owner_member_id"_s, u"members"_s},
        {u"new_owner_member_id"_s, u"members"_s},
        {u"previous_owner_member_id"_s, u"members"_s},
        {u"next_step_id"_s, u"next_steps"_s},
        {u"measure_id"_s, u"measures"_s},
    };
    return references.value(column);
}

QString RecordTables::rowsOfGroup(const RecordTable &table, const QString &columns)
{
    if (table.groupVia.isEmpty() || table.groupVia == u"groups"_s)
        return u"SELECT %1 FROM %2 WHERE %3 = :group"_s.arg(columns, table.name, table.groupColumn);
    return u"SELECT %1 FROM %2 WHERE %3 IN (SELECT id FROM %4 WHERE group_id = :group)"_s.arg(
        columns, table.name, table.groupColumn, table.groupVia);
}

QString RecordTables::label(const RecordTable &table)
{
    return QCoreApplication::translate("RecordTables", table.label);
}

QString RecordTables::canonical(const QVariant &value)
{
    if (value.isNull())
        return u"∅"_s;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    bool integer = false;
    const qlonglong number = value.toLongLong(&integer);
    if (integer && value.typeId() != QMetaType::QString)
        return QString::number(number);
    return value.toString();
}

} // namespace Leda
