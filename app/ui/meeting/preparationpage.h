#pragma once

#include "core/content/module.h"
#include "core/meeting/preparation.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace Leda {

class Autosave;
class GroupStore;
class MeasureStore;
class MeetingStore;
class PreparationStore;

// The process leader's preparation of one meeting: the agenda with timeboxes and the planned
// end time, the checklist, private notes (never shown in the room, never exported) and the
// invitation to copy, save or send. Everything is saved as it is edited.
class PreparationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparationPage)

public:
    PreparationPage(PreparationStore &store, MeetingStore &meetings, GroupStore &groups, MeasureStore &measures,
                    Autosave &autosave, const Course &course, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meeting.id; }
    QString plannedEndText() const;
    QString invitationText() const;

signals:
    void backRequested();
    void presentationRequested();
    void errorOccurred(const QString &message);

private:
    void fillAgenda(int selectRow = -1);
    void addAgendaItem(const QString &title, int minutes);
    void removeAgendaItem();
    void moveAgendaItem(int by);
    void agendaEdited();
    void updateEndTime();
    void fillChecklist();
    void fillMeasures();
    bool groupHasMeasures() const;
    const Module *meetingModule() const;

    PreparationStore &m_store;
    MeetingStore &m_meetings;
    GroupStore &m_groups;
    MeasureStore &m_measures;
    Autosave &m_autosave;
    const Course &m_course;
    Meeting m_meeting;
    QList<AgendaItem> m_agenda;
    QTableWidget *m_agendaTable = nullptr;
    QListWidget *m_measureChoice = nullptr;
    QLabel *m_endTime = nullptr;
    QVBoxLayout *m_checklist = nullptr;
    QPlainTextEdit *m_privateNotes = nullptr;
    QPlainTextEdit *m_invitation = nullptr;
};

} // namespace Leda
