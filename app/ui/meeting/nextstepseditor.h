#pragma once

#include "core/meeting/record.h"

#include <QWidget>

class QGridLayout;
class QVBoxLayout;

namespace Leda {

class Autosave;
class NextStepStore;

// The next steps set at this meeting: what, who is responsible, when, and their status.
class NextStepsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextStepsEditor)

public:
    NextStepsEditor(NextStepStore &store, Autosave &autosave, QWidget *parent = nullptr);

    void setMeeting(qint64 meetingId, const QList<Member> &members);
    int rowCount() const { return m_rowCount; }

signals:
    void errorOccurred(const QString &message);

private:
    void addRow(const NextStep &step, bool focus);
    void addNew();

    NextStepStore &m_store;
    Autosave &m_autosave;
    qint64 m_meetingId = 0;
    QList<Member> m_members;
    QGridLayout *m_grid = nullptr;
    int m_rowCount = 0;
};

// The open next steps from earlier meetings, shown first when a meeting opens: each can be
// marked done, dropped or carried forward (and undone), with the meeting recorded in its history.
class OpenStepsReview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenStepsReview)

public:
    explicit OpenStepsReview(NextStepStore &store, QWidget *parent = nullptr);

    // earlierMeetings gives the date each step came from.
    void setMeeting(qint64 meetingId, const QList<Member> &members, const QList<Meeting> &earlierMeetings);
    int stepCount() const { return int(m_steps.size()); }

signals:
    void errorOccurred(const QString &message);

private:
    QList<NextStep> m_steps;
    NextStepStore &m_store;
    qint64 m_meetingId = 0;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace Leda
