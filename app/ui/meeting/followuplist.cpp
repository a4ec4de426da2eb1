#include "ui/meeting/followuplist.h"

#include "ui/meeting/textbinding.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/stepfields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Leda {

FollowUpList::FollowUpList(Decide decide, bool room, QWidget *parent)
    : QWidget(parent)
    , m_decide(std::move(decide))
    , m_room(room)
{
    setObjectName(u"followUpList"_s);
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, room ? 16 : 0, 0);
    m_rows->setSpacing(room ? 20 : 8);
}

void FollowUpList::setItems(const QList<FollowUpItem> &items, const QList<Member> &members, const QStringList &guests,
                            const QDate &meetingDate)
{
    // Only a new date, owner or reason: the rows stay, so that the cursor stays in its field
    // (Tab from the new date on to the new owner).
    const auto shape = [](const QList<FollowUpItem> &list) {
        QList<std::tuple<qint64, qint64, FollowUpOutcome, qint64, QString, QDate, QString>> result;
        for (const FollowUpItem &item : list) {
            result.append({item.step.id, item.review.meetingId, item.review.outcome, item.step.owner.memberId,
                           item.step.owner.guest, item.step.due, item.step.what});
        }
        return result;
    };
    const bool sameRows = !m_rows->isEmpty() && shape(items) == shape(m_items) && members.size() == m_members.size()
        && guests == m_guests;
    m_items = items;
    if (sameRows)
        return;
    m_members = members;
    m_guests = guests;
    m_meetingDate = meetingDate;
    // A field of the old rows must not pass its focus on to a field of the new ones: in the room
    // Space would type there instead of moving on.
    if (QWidget *focused = window()->focusWidget(); focused && isAncestorOf(focused))
        window()->setFocus(Qt::OtherFocusReason);
    // Rebuilt from a click on one of its own buttons: delete the old rows once that has returned.
    clearLayoutLater(m_rows);
    if (m_items.isEmpty()) {
        auto *none = new QLabel(tr("No open next steps from earlier meetings."));
        none->setObjectName(u"followUpNone"_s);
        none->setWordWrap(true);
        m_rows->addWidget(none);
    }
    for (const FollowUpItem &item : std::as_const(m_items)) {
        QWidget *added = row(item);
        m_rows->addWidget(added);
        if (isVisible())
            added->show(); // now, not from the event loop: a field in it may take the focus next
    }
    m_rows->addStretch(1);
    m_selected = qBound(0, m_selected, qMax(0, int(m_items.size()) - 1));
    if (m_room)
        showSelection();
}

void FollowUpList::showSelection()
{
    for (int i = 0; i < m_items.size(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        if (!row)
            continue;
        row->setProperty("selected", i == m_selected);
        row->style()->unpolish(row);
        row->style()->polish(row);
        if (i == m_selected) {
            // Into view in the scroll area around the list.
            for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                    area->ensureWidgetVisible(row, 0, 24);
                    break;
                }
            }
        }
    }
}

void FollowUpList::moveSelection(int by)
{
    if (m_items.isEmpty())
        return;
    m_selected = qBound(0, m_selected + by, int(m_items.size()) - 1);
    showSelection();
}

void FollowUpList::decideSelected(FollowUpOutcome outcome)
{
    if (m_selected < 0 || m_selected >= m_items.size())
        return;
    const FollowUpItem item = m_items.at(m_selected);
    StepReview decided = item.review;
    decided.outcome = item.review.outcome == outcome ? FollowUpOutcome::NotReviewed : outcome;
    if (!m_decide(decided))
        return;
    // What the outcome asks for next: a date, or a reason.
    const QString field = decided.outcome == FollowUpOutcome::CarriedForward ? u"carryDue_%1"_s.arg(item.step.id)
                          : decided.outcome == FollowUpOutcome::Dropped      ? u"dropReason_%1"_s.arg(item.step.id)
                                                                             : QString();
    if (field.isEmpty())
        return;
    for (auto *edit : findChildren<QLineEdit *>(field)) {
        if (edit->parentWidget() && isAncestorOf(edit)) {
            edit->show();
            edit->setFocus(Qt::OtherFocusReason);
            edit->selectAll();
        }
    }
}

QWidget *FollowUpList::row(const FollowUpItem &item)
{
    const NextStep &step = item.step;
    const StepReview &review = item.review;
    auto *row = new QWidget;
    row->setObjectName(u"openStep_%1"_s.arg(step.id));
    row->setAttribute(Qt::WA_StyledBackground); // the room marks the chosen step
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(m_room ? 16 : 0, 2, 0, 2); // room: room for the mark of the chosen step

    QStringList details;
    const QString owner = step.owner.name(m_members);
    details << (owner.isEmpty() ? tr("no one responsible yet") : tr("responsible: %1").arg(owner));
    if (step.due.isValid())
        details << tr("done by %1").arg(QLocale().toString(step.due, QLocale::ShortFormat));
    details << tr("from the meeting of %1").arg(QLocale().toString(item.originDate, QLocale::ShortFormat));
    const bool overdue = isOverdue(step, m_meetingDate.isValid() ? m_meetingDate : QDate::currentDate());
    auto *text = new QLabel(u"<b>%1</b><br>%2%3"_s.arg(
        step.what.toHtmlEscaped(), details.join(u" · "_s).toHtmlEscaped(),
        overdue ? u" · <span style='color:%1'><b>%2</b></span>"_s.arg(m_room ? u"#ff8a80"_s : u"#b71c1c"_s, tr("overdue"))
                : QString())); // red that reads on the room's dark ground and on the page's light one
    text->setObjectName(u"openStepText_%1"_s.arg(step.id));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(text);

    const QList<std::pair<FollowUpOutcome, QString>> outcomes{{FollowUpOutcome::Done, tr("Done")},
                                                              {FollowUpOutcome::InProgress, tr("In progress")},
                                                              {FollowUpOutcome::CarriedForward, tr("Carry forward")},
                                                              {FollowUpOutcome::Dropped, tr("Drop")}};
    auto *buttons = new QHBoxLayout;
    for (const auto &[outcome, label] : outcomes) {
        auto *button = new QPushButton(label);
        button->setObjectName(u"outcome_%1_%2"_s.arg(step.id).arg(RecordNames::key(outcome)));
        button->setCheckable(true);
        button->setChecked(review.outcome == outcome);
        button->setToolTip(review.outcome == outcome ? tr("Click again to take the outcome back") : QString());
        if (m_room)
            button->setFocusPolicy(Qt::NoFocus); // Space walks the agenda, it does not click
        connect(button, &QPushButton::clicked, this, [this, review, outcome = outcome] {
            StepReview decided = review;
            decided.outcome = review.outcome == outcome ? FollowUpOutcome::NotReviewed : outcome;
            m_decide(decided);
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    if (review.outcome == FollowUpOutcome::CarriedForward) {
        auto *fields = new QHBoxLayout;
        auto *dueLabel = new QLabel(tr("New date:"));
        auto *due = StepFields::dateField(review.newDue, u"carryDue_%1"_s.arg(step.id));
        dueLabel->setBuddy(due);
        auto *ownerLabel = new QLabel(tr("Responsible:"));
        auto *newOwner = StepFields::ownerChooser(m_members, m_guests,
                                                  review.newOwner.isEmpty() ? step.owner : review.newOwner,
                                                  u"carryOwner_%1"_s.arg(step.id));
        ownerLabel->setBuddy(newOwner);
        fields->addWidget(dueLabel);
        fields->addWidget(due, 1);
        fields->addWidget(ownerLabel);
        fields->addWidget(newOwner, 1);
        auto apply = [this, review, due, newOwner, ownerBefore = step.owner] {
            QString error;
            StepReview decided = review;
            decided.newDue = StepFields::typedDate(due, &error);
            const StepOwner chosen = StepFields::chosenOwner(newOwner, m_members);
            if (!error.isEmpty()) {
                emit errorOccurred(error);
                return;
            }
            if (!decided.newDue.isValid())
                decided.newDue = review.newDue; // a carry-forward always has a date
            decided.newOwner = chosen == ownerBefore ? StepOwner{} : chosen;
            if (decided.newDue != review.newDue || decided.newOwner != review.newOwner)
                m_decide(decided);
        };
        connect(due, &QLineEdit::editingFinished, this, apply);
        connect(newOwner, &QComboBox::activated, this, apply);
        connect(newOwner->lineEdit(), &QLineEdit::editingFinished, this, apply);
        layout->addLayout(fields);
    } else if (review.outcome == FollowUpOutcome::Dropped) {
        auto *reason = recordLine(review.reason);
        reason->setObjectName(u"dropReason_%1"_s.arg(step.id));
        reason->setAccessibleName(tr("Why it is dropped"));
        reason->setPlaceholderText(tr("Why it is dropped (short)"));
        connect(reason, &QLineEdit::editingFinished, this, [this, review, reason] {
            if (reason->text() == review.reason)
                return;
            StepReview decided = review;
            decided.reason = reason->text();
            m_decide(decided);
        });
        layout->addWidget(reason);
    }
    return row;
}

} // namespace Leda
