#pragma once

#include "core/meeting/record.h"

#include <QWidget>

class QGridLayout;
class QVBoxLayout;

namespace Leda {

class Autosave;
class FollowUpList;
class NextStepStore;
class StepWriter;

// The next steps set at this meeting: what, who is responsible, when, and their status.
class NextStepsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextStepsEditor)

public:
    NextStepsEditor(NextStepStore &store, Autosave &autosave, QWidget *parent = nullptr);

    void setMeeting(const Meeting &meeting, const QList<Member> &members);
    int rowCount() const { return m_rowCount; }

signals:
    void errorOccurred(const QString &message);

private:
    void addRow(const NextStep &step, bool focus);
    void addNew();

    NextStepStore &m_store;
    Autosave &m_autosave;
    Meeting m_meeting;
    qint64 m_meetingId = 0;
    StepWriter *m_writer = nullptr;
    QList<Member> m_members;
    QStringList m_guests; // who outside the group can be named as owner
    QGridLayout *m_grid = nullptr;
    int m_rowCount = 0;
};

// The follow-up of the open next steps from earlier meetings, shown first when a meeting opens:
// each can be marked done, in progress, carried forward (new date, owner) or dropped (reason),
// and taken back; the outcome belongs to this meeting's record.
class OpenStepsReview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStepsReview)

public:
    OpenStepsReview(NextStepStore &store, Autosave &autosave, QWidget *parent = nullptr);

    void setMeeting(const Meeting &meeting, const QList<Member> &members);
    int stepCount() const;

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    bool decide(StepReview review);

    NextStepStore &m_store;
    Autosave &m_autosave;
    Meeting m_meeting;
    QList<Member> m_members;
    FollowUpList *m_list = nullptr;
};

} // namespace Leda
