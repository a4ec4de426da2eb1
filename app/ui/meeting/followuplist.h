#pragma once

#include "core/meeting/record.h"

#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace Leda {

// The follow-up of earlier next steps at one meeting, as buttons per step: Done, In progress,
// Carry forward (asks for a new date and, if wanted, a new owner), Drop (asks for a reason).
// Clicking the chosen outcome again takes it back. Used by the meeting page and by both
// presentation views; what it shows and records is NextStepStore's follow-up.
class FollowUpList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpList)

public:
    using Decide = std::function<bool(const StepReview &review)>;

    // In the room the buttons take no keyboard focus: Space walks the agenda there.
    FollowUpList(Decide decide, bool room, QWidget *parent = nullptr);

    void setItems(const QList<FollowUpItem> &items, const QList<Member> &members, const QStringList &guests,
                  const QDate &meetingDate);
    int stepCount() const { return int(m_items.size()); }

    // The keyboard in the room: ↑/↓ choose a step, 1–4 decide its outcome (again: take it back).
    // A carry-forward puts the cursor in its date, a drop in its reason.
    void moveSelection(int by);
    void decideSelected(FollowUpOutcome outcome);
    int selected() const { return m_selected; }

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *row(const FollowUpItem &item);
    void showSelection();

    Decide m_decide;
    bool m_room = false;
    QList<FollowUpItem> m_items;
    QList<Member> m_members;
    QStringList m_guests; // who outside the group can be named as owner
    QDate m_meetingDate;
    QVBoxLayout *m_rows = nullptr;
    int m_selected = 0;
};

} // namespace Leda
