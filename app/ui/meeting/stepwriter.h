#pragma once

#include "core/meeting/record.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Leda {

class Autosave;
class NextStepStore;

// Writes a page's changes to next steps on the version the page read (or last wrote). When another
// PC changed the step meanwhile, the user sees both (ConflictDialog: what, owner, date) and keeps
// theirs, the saved one or both; a step removed meanwhile comes back with what was typed. Then the
// page shows the steps as saved (resolved). An edit kept after the page is gone keeps both.
class StepWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepWriter)

public:
    StepWriter(NextStepStore &store, Autosave &autosave, QWidget *page);

    void setMembers(const QList<Member> &members) { m_members = members; }
    // The step as the page shows it (its version is what the page's changes are written on).
    void shown(const NextStep &step) { m_versions.insert(step.id, step.version); }
    void save(const NextStep &step);

signals:
    void resolved();
    void errorOccurred(const QString &message);

private:
    void resolve(const NextStep &mine, const NextStep &saved);

    NextStepStore &m_store;
    Autosave &m_autosave;
    QPointer<QWidget> m_page;
    QList<Member> m_members;
    QHash<qint64, qint64> m_versions; // step id → version
};

} // namespace Leda
