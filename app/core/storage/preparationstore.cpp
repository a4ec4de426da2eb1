#include "core/storage/preparationstore.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Leda {

PreparationStore::PreparationStore(Database &database)
    : m_database(database)
{
}

QList<PlanEntry> PreparationStore::plan(qint64 groupId) const
{
    QList<PlanEntry> result;
    SqlStatement query(m_database, u"SELECT id, module_id, planned_date, skipped FROM series_plan "
                                   "WHERE group_id = :group ORDER BY position"_s);
    query.bind(u":group"_s, groupId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toString(),
                           QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toBool()});
        }
    }
    return result;
}

bool PreparationStore::savePlan(qint64 groupId, const QList<PlanEntry> &plan, QString *error)
{
    Transaction change(m_database);
    SqlStatement clear(m_database, u"DELETE FROM series_plan WHERE group_id = :group"_s);
    clear.bind(u":group"_s, groupId);
    if (!clear.exec(error))
        return false;
    for (int i = 0; i < plan.size(); ++i) {
        SqlStatement insert(m_database, u"INSERT INTO series_plan (group_id, position, module_id, planned_date, "
                                        "skipped) VALUES (:group, :position, :module, :date, :skipped)"_s);
        insert.bind(u":group"_s, groupId)
            .bind(u":position"_s, i)
            .bind(u":module"_s, plan.at(i).moduleId)
            .bind(u":date"_s, plan.at(i).plannedDate.isValid() ? plan.at(i).plannedDate.toString(Qt::ISODate) : QString())
            .bind(u":skipped"_s, plan.at(i).skipped);
        if (!insert.exec(error))
            return false;
    }
    return change.commit(error);
}

QList<AgendaItem> PreparationStore::agenda(qint64 meetingId, const QString &moduleId) const
{
    QList<AgendaItem> items;
    SqlStatement query(m_database, u"SELECT id, kind, title, minutes, question_index FROM agenda_items "
                                   "WHERE meeting_id = :id AND module_id IN (:module, '') ORDER BY position"_s);
    query.bind(u":id"_s, meetingId).bind(u":module"_s, moduleId);
    if (query.exec(nullptr)) {
        while (query.next()) {
            items.append({query.value(0).toLongLong(), Agenda::kindFromKey(query.value(1).toString()),
                          Agenda::shownTitle(query.value(2).toString()), query.value(3).toInt(),
                          query.value(4).toInt()});
        }
    }
    return items;
}

bool PreparationStore::saveAgenda(qint64 meetingId, const QString &moduleId, const QList<AgendaItem> &items,
                                  QString *error)
{
    Transaction change(m_database);
    SqlStatement clear(m_database, u"DELETE FROM agenda_items WHERE meeting_id = :id"_s);
    clear.bind(u":id"_s, meetingId);
    if (!clear.exec(error))
        return false;
    for (int i = 0; i < items.size(); ++i) {
        SqlStatement insert(m_database, u"INSERT INTO agenda_items (meeting_id, position, kind, title, minutes, "
                                        "question_index, module_id) VALUES (:id, :position, :kind, :title, :minutes, "
                                        ":q, :module)"_s);
        insert.bind(u":id"_s, meetingId)
            .bind(u":module"_s, moduleId)
            .bind(u":position"_s, i)
            .bind(u":kind"_s, Agenda::kindKey(items.at(i).kind))
            .bind(u":title"_s, items.at(i).title)
            .bind(u":minutes"_s, items.at(i).minutes)
            .bind(u":q"_s, items.at(i).questionIndex);
        if (!insert.exec(error))
            return false;
    }
    return change.commit(error);
}

QList<ChecklistItem> PreparationStore::checklist(qint64 meetingId, QString *error)
{
    auto read = [&] {
        QList<ChecklistItem> items;
        SqlStatement query(m_database, u"SELECT id, phase, text, done FROM checklist_items WHERE meeting_id = :id "
                                       "ORDER BY position"_s);
        query.bind(u":id"_s, meetingId);
        if (query.exec(error)) {
            while (query.next()) {
                items.append({query.value(0).toLongLong(), Checklist::phaseFromKey(query.value(1).toString()),
                              Checklist::shownText(query.value(2).toString()), query.value(3).toBool()});
            }
        }
        return items;
    };
    QList<ChecklistItem> items = read();
    if (!items.isEmpty())
        return items;
    const QList<ChecklistItem> defaults = Checklist::defaults();
    Transaction change(m_database);
    for (int i = 0; i < defaults.size(); ++i) {
        SqlStatement insert(m_database, u"INSERT INTO checklist_items (meeting_id, phase, position, text, done) "
                                        "VALUES (:id, :phase, :position, :text, 0)"_s);
        insert.bind(u":id"_s, meetingId)
            .bind(u":phase"_s, Checklist::phaseKey(defaults.at(i).phase))
            .bind(u":position"_s, i)
            .bind(u":text"_s, defaults.at(i).text);
        if (!insert.exec(error))
            return {};
    }
    if (!change.commit(error))
        return {};
    return read();
}

bool PreparationStore::setChecked(qint64 itemId, bool done, QString *error)
{
    SqlStatement query(m_database, u"UPDATE checklist_items SET done = :done WHERE id = :id"_s);
    query.bind(u":done"_s, done).bind(u":id"_s, itemId);
    return query.exec(error);
}

bool PreparationStore::setChecklistText(qint64 itemId, const QString &text, QString *error)
{
    SqlStatement query(m_database, u"UPDATE checklist_items SET text = :text WHERE id = :id"_s);
    query.bind(u":text"_s, text).bind(u":id"_s, itemId);
    return query.exec(error);
}

qint64 PreparationStore::addChecklistItem(qint64 meetingId, ChecklistItem::Phase phase, const QString &text,
                                          QString *error)
{
    // Last in its phase: the list is shown phase by phase, in position order within each.
    SqlStatement insert(m_database, u"INSERT INTO checklist_items (meeting_id, phase, position, text, done) "
                                    "VALUES (:id, :phase, (SELECT coalesce(max(position), -1) + 1 FROM checklist_items "
                                    "WHERE meeting_id = :id2), :text, 0) RETURNING id"_s);
    insert.bind(u":id"_s, meetingId)
        .bind(u":id2"_s, meetingId)
        .bind(u":phase"_s, Checklist::phaseKey(phase))
        .bind(u":text"_s, text);
    return insert.exec(error) ? insert.insertedId() : 0;
}

bool PreparationStore::removeChecklistItem(qint64 itemId, QString *error)
{
    return SqlStatement::removeRow(m_database, u"checklist_items"_s, itemId, error);
}

QString PreparationStore::privateNotes(qint64 meetingId) const
{
    SqlStatement query(m_database, u"SELECT text FROM meeting_private_notes WHERE meeting_id = :id"_s);
    query.bind(u":id"_s, meetingId);
    return query.exec(nullptr) && query.next() ? query.value(0).toString() : QString();
}

bool PreparationStore::setPrivateNotes(qint64 meetingId, const QString &text, QString *error)
{
    SqlStatement query(m_database, u"INSERT INTO meeting_private_notes (meeting_id, text) VALUES (:id, :text) "
                                   "ON CONFLICT (meeting_id) DO UPDATE SET text = excluded.text"_s);
    query.bind(u":id"_s, meetingId).bind(u":text"_s, text);
    return query.exec(error);
}

} // namespace Leda
