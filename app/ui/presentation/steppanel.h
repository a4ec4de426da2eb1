#pragma once

#include "core/presentation/presentationsession.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLineEdit;
class QVBoxLayout;

namespace Leda {

class FollowUpList;

// What the group works with at the current agenda item: the open next steps with their
// outcome, the worksheet of a question, the decisions and next steps, the closing round.
// The room view and the facilitator view each show one; both edit the same session, and an
// edit in one appears in the other.
class StepPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPanel)

public:
    enum class Audience { Room, Facilitator };

    StepPanel(PresentationSession &session, Audience audience, QWidget *parent = nullptr);

    void scrollPage(int direction); // +1 a screenful down, -1 up
    FollowUpList *followUpList() const { return m_followUp; } // on the follow-up item, else null

signals:
    void filmToggleRequested(); // the facilitator's play/pause for the film in the room

private:
    void rebuild();
    void refresh(const QString &area);
    void buildOpening();
    void buildSummary();
    void buildReview();
    void buildFilm();
    void buildQuestion(int questionIndex);
    void buildMeasure(int measureIndex);
    void buildDecisions();
    void buildClosingRound();
    void fillDecisionLists();
    QWidget *column(const QString &title, QWidget *content);
    QStringList whoAndWhen(const NextStep &step) const; // the owner and the due date, as far as set

    PresentationSession &m_session;
    Audience m_audience;
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_decisionList = nullptr;
    QVBoxLayout *m_stepList = nullptr;
    FollowUpList *m_followUp = nullptr;
    QList<QWidget *> m_entryFields; // a new next step: text, owner, date
};

} // namespace Leda
