#pragma once

#include "core/meeting/preparation.h"

namespace Leda {

class Database;

// What the process leader prepares: the group's series plan, each meeting's agenda and
// checklist, and the private notes that never reach the room view or (by default) an export.
class PreparationStore final
{
public:
    explicit PreparationStore(Database &database);

    QList<PlanEntry> plan(qint64 groupId) const;
    bool savePlan(qint64 groupId, const QList<PlanEntry> &plan, QString *error);

    // The meeting's agenda for its module; empty until one is saved for that module (an agenda
    // from a version 3 record, made before agendas noted their module, counts for any module).
    QList<AgendaItem> agenda(qint64 meetingId, const QString &moduleId) const;
    bool saveAgenda(qint64 meetingId, const QString &moduleId, const QList<AgendaItem> &items, QString *error);

    // The meeting's checklist; the defaults are stored the first time it is asked for.
    QList<ChecklistItem> checklist(qint64 meetingId, QString *error);
    bool setChecked(qint64 itemId, bool done, QString *error);
    bool setChecklistText(qint64 itemId, const QString &text, QString *error);
    qint64 addChecklistItem(qint64 meetingId, ChecklistItem::Phase phase, const QString &text, QString *error);
    bool removeChecklistItem(qint64 itemId, QString *error);

    QString privateNotes(qint64 meetingId) const;
    bool setPrivateNotes(qint64 meetingId, const QString &text, QString *error);

private:
    Database &m_database;
};

} // namespace Leda
