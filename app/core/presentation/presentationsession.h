#pragma once

#include "core/content/module.h"
#include "core/measures/measure.h"
#include "core/meeting/preparation.h"
#include "core/meeting/record.h"
#include "core/presentation/countdown.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Leda {

class Autosave;
class GroupStore;
class MeasureStore;
class MeetingStore;
class NextStepStore;
class PreparationStore;

// A meeting as it runs in the room: walks the meeting's agenda item by item, keeps a countdown
// per item, and writes what the group says straight into the meeting record through the same
// autosave as the meeting page. Both the room view and the facilitator view show one session,
// so an edit in one appears in the other.
class PresentationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationSession)

public:
    struct Stores
    {
        GroupStore &groups;
        MeetingStore &meetings;
        NextStepStore &nextSteps;
        PreparationStore &preparation;
        MeasureStore &measures;
        Autosave &autosave;
    };
    using Clock = std::function<qint64()>; // milliseconds on a monotonic clock

    enum class Field { Today, Desired, NextStep };

    // Without a clock the session uses a steady clock of its own; tests give theirs.
    PresentationSession(Stores stores, const Course &course, qint64 meetingId, Clock clock = {},
                        QObject *parent = nullptr);
    ~PresentationSession() override;

    const Meeting &meeting() const { return m_meeting; }
    const Module *module() const { return m_module; } // the meeting's first module, if any
    QString groupName() const { return m_groupName; }

    // The agenda: the one prepared for the meeting, or the module's default, between an opening
    // slide (group, module, agenda with times) and a summary of what the meeting decided.
    const QList<AgendaItem> &steps() const { return m_steps; }
    int stepCount() const { return int(m_steps.size()); }
    const AgendaItem &step(int index) const { return m_steps.at(index); }
    int currentIndex() const { return m_current; }
    const AgendaItem &current() const { return m_steps.at(m_current); }
    bool hasNext() const { return m_current + 1 < m_steps.size(); }
    QString questionText(int questionIndex) const;

    bool next();
    bool back();
    void goTo(int index);

    // The current item's countdown. It starts when the item is first shown, pauses while another
    // item is shown, and continues when the group comes back to it.
    qint64 timeboxMs() const; // 0: the item has no timebox, and no countdown
    qint64 remainingMs() const;
    bool isTimeUp() const;
    bool isTimerRunning() const;
    void toggleTimer();
    void extendTimer(int minutes);
    void restartTimer();
    void tick(); // called on a timer; emits timeUp once per item
    // The film item's countdown waits for the film: it starts when the film first plays.
    void filmStarted();

    // The agenda items the meeting works through (no opening or summary), for the opening slide.
    QList<AgendaItem> agenda() const;
    // The group's next meeting after this one (SeriesPlan::nextMeetingAfter), with its module's title.
    struct NextMeeting
    {
        QDate date;
        QString moduleTitle;
    };
    NextMeeting nextMeeting() const;
    QList<RecordItem> records(RecordKind kind) const;
    bool addRecord(RecordKind kind, const QString &text);

    QuestionNote questionNote(int questionIndex) const;
    void setQuestionField(int questionIndex, Field field, const QString &text);

    // The follow-up: steps open when the meeting began, as they stood then, with this meeting's
    // outcome for each. The same model as the meeting page and the minutes (NextStepStore).
    const QList<FollowUpItem> &followUp() const { return m_followUp; }
    StepReview review(qint64 stepId) const;
    // Records the outcome (NotReviewed takes it back), as NextStepStore::review does.
    bool decide(StepReview review);

    // The Mått item: one step per measure the meeting looks at (MeasureStore::shownAtMeeting),
    // its chart with the values up to the meeting, and what the group says about it.
    int measureCount() const { return int(m_measures.size()); }
    MeasureSeries measureSeries(int measureIndex) const;
    QString measureNotes(int measureIndex) const;
    void setMeasureNotes(int measureIndex, const QString &text);

    QList<RecordItem> decisions() const;
    bool addDecision(const QString &text);
    QList<NextStep> newNextSteps() const; // set at this meeting, not in the closing round
    bool addNextStep(const QString &what, const StepOwner &owner, const QDate &due);
    bool updateNextStep(const NextStep &step);
    bool removeNextStep(qint64 stepId);

    // The closing round: one row per attendee (those ticked present, or every active member
    // when attendance has not been taken).
    QList<Member> attendees() const { return m_attendees; }
    QString closingStep(qint64 memberId) const;
    void setClosingStep(qint64 memberId, const QString &text);
    QStringList guestOwners() const; // see NextStepStore::guestOwners
    const QList<Member> &members() const { return m_members; }

    // Only for the facilitator view: the module's facilitator notes and the private notes.
    QStringList facilitatorNotes() const;
    QString privateNotes() const;

    void finish(); // writes what is pending and stops the clock

signals:
    void stepChanged(int index);
    void timerChanged();
    void timeUp(int index);
    // area: "question/<index>", "followUp", "decisions", "nextSteps", "closing"
    void recordChanged(const QString &area);
    void errorOccurred(const QString &message); // also when autosave could not write
    void recordSaved();                          // autosave wrote everything pending

private:
    qint64 now() const { return m_clock(); }
    Countdown &countdown() { return m_countdowns[m_current]; }
    void enter(int index);
    void expandMeasures();
    void startCountdown();
    void queueStepUpdate(const NextStep &step);

    Stores m_stores;
    const Course &m_course;
    Clock m_clock;
    Meeting m_meeting;
    const Module *m_module = nullptr;
    QString m_groupName;
    QList<Member> m_members;
    QList<Member> m_attendees;
    QList<AgendaItem> m_steps;
    int m_current = 0;
    QList<Countdown> m_countdowns;
    QList<bool> m_timeUpReported;
    QList<bool> m_filmStarted;
    QHash<int, QuestionNote> m_questionNotes;
    void reloadFollowUp();
    QList<FollowUpItem> m_followUp;
    QHash<qint64, NextStep> m_closingSteps; // member id → step
    QHash<qint64, qint64> m_stepVersions;   // step id → the version the room last wrote
    QList<Measure> m_measures;
    QHash<qint64, QString> m_measureNotes;   // measure id → what the group said
    QHash<qint64, qint64> m_measureVersions; // measure id → the version of those notes read or written
    QTimer m_ticker;
};

} // namespace Leda
