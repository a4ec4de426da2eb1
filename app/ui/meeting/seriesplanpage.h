#pragma once

#include "core/content/module.h"
#include "core/meeting/preparation.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Leda {

class Autosave;
class GroupStore;
class MeetingStore;
class PreparationStore;
class Settings;

// The group's series plan: which module at which meeting and on which date. Modules can be
// moved, skipped or given two meetings; the dates can be laid out again from a first meeting.
// New meetings follow the plan. Saved as it is edited.
class SeriesPlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesPlanPage)

public:
    SeriesPlanPage(PreparationStore &store, MeetingStore &meetings, GroupStore &groups, Autosave &autosave,
                   Settings &settings, const Course &course, QWidget *parent = nullptr);

    void setGroup(qint64 groupId);
    const QList<PlanEntry> &plan() const { return m_plan; }

signals:
    void backRequested();
    void errorOccurred(const QString &message);

private:
    void apply(bool edited); // after an edit of the plan: save and show it
    void changed();          // save
    void fill();
    QString moduleTitle(const QString &moduleId) const;

    PreparationStore &m_store;
    MeetingStore &m_meetings;
    GroupStore &m_groups;
    Autosave &m_autosave;
    Settings &m_settings;
    const Course &m_course;
    qint64 m_groupId = 0;
    QList<PlanEntry> m_plan;
    QLabel *m_title = nullptr;
    QDateEdit *m_firstDate = nullptr;
    QSpinBox *m_weeks = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Leda
