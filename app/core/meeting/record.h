#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Leda {

// The dosing model's levels (IHI "dosing approach"): how much improvement knowledge a role needs.
enum class RoleLevel { ClinicalStaff, FirstLineManager, ProcessRole, SeniorManagement, Board };

struct Group
{
    qint64 id = 0;
    QString name;
    QString organisation;
};

struct Member
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    RoleLevel role = RoleLevel::FirstLineManager;
    bool active = true;
    QString title{}; // e.g. "verksamhetschef" (optional)
    QString email{}; // where the invitation goes (optional)
};

struct Meeting
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDate date;
    QTime startTime; // invalid when not set
    QTime endTime;
    QString place;
    QStringList moduleIds; // in the order they were covered
    QString freeNotes;
    qint64 version = 0; // of the free notes, see MeetingStore::setFreeNotesIfUnchanged
};

struct Guest
{
    qint64 id = 0;
    QString name;
    QString role;
};

// The worksheet for one discussion question: today / desired / next step, plus free notes.
struct QuestionNote
{
    QString moduleId;
    int questionIndex = 0;
    QString today;
    QString desired;
    QString nextStep;
    QString notes;
    qint64 version = 0; // as read; see MeetingStore::saveQuestionNoteIfUnchanged
    bool isEmpty() const { return today.isEmpty() && desired.isEmpty() && nextStep.isEmpty() && notes.isEmpty(); }
};

// Two texts written at once by two people, both kept: the saved one first, then the other
// (once, when they are the same or one is empty).
QString keepBoth(const QString &saved, const QString &mine, const QString &separator = QStringLiteral("\n\n"));

// Beslut, vägval och prioriteringar (with the reason), mjuka resultat.
enum class RecordKind { Decision, Choice, SoftResult };

struct RecordItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    RecordKind kind = RecordKind::Decision;
    QString text;
    QString reason; // used for choices and priorities
    qint64 version = 0; // as read; see MeetingStore::updateRecordItemIfUnchanged
};

enum class NextStepStatus { Open, Done, Dropped };

// Who answers for a next step: a member of the group, or someone named who is not a member
// (a guest at the meeting, a colleague). Nobody when both are empty.
struct StepOwner
{
    qint64 memberId = 0;
    QString guest; // when memberId is 0

    static StepOwner member(qint64 id) { return {id, {}}; }
    bool isEmpty() const { return memberId == 0 && guest.isEmpty(); }
    QString name(const QList<Member> &members) const
    {
        for (const Member &member : members) {
            if (memberId != 0 && member.id == memberId)
                return member.name;
        }
        return memberId != 0 ? QString() : guest;
    }
    friend bool operator==(const StepOwner &a, const StepOwner &b)
    {
        return a.memberId == b.memberId && (a.memberId != 0 || a.guest == b.guest);
    }
    friend bool operator!=(const StepOwner &a, const StepOwner &b) { return !(a == b); }
};

struct NextStep
{
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 originMeetingId = 0;
    QString what;
    StepOwner owner;
    QDate due;
    NextStepStatus status = NextStepStatus::Open;
    bool fromClosingRound = false; // an attendee's "my next step" from the closing round
    qint64 version = 0; // of what, owner and date, as read; see NextStepStore::updateIfUnchanged
};

// The same for a next step (its text is one line): both texts, this side's owner and date when it
// set them, on the saved step's version.
NextStep keepBoth(const NextStep &saved, const NextStep &mine);

// Open and past its date on the given day (the meeting's date, or today).
inline bool isOverdue(const NextStep &step, const QDate &on)
{
    return step.status == NextStepStatus::Open && step.due.isValid() && step.due < on;
}

enum class NextStepAction { Created, Done, Dropped, CarriedForward, Reopened };

struct NextStepEvent
{
    qint64 meetingId = 0; // 0 when the meeting is gone
    NextStepAction action = NextStepAction::Created;
    QDateTime at;
};

// What a meeting decided about a next step set at an earlier meeting (uppföljning). The outcome
// belongs to that meeting's record: a later meeting never changes an earlier meeting's minutes.
enum class FollowUpOutcome { NotReviewed, Done, InProgress, CarriedForward, Dropped };

struct StepReview
{
    qint64 stepId = 0;
    qint64 meetingId = 0;
    FollowUpOutcome outcome = FollowUpOutcome::NotReviewed;
    QDate newDue;              // carried forward: the new date
    StepOwner newOwner;        // carried forward: the new owner (empty: the owner stays)
    QString reason;            // dropped: why
    // As the step stood before this review (kept so that the review can be undone).
    StepOwner previousOwner;
    QDate previousDue;
    QDate meetingDate; // the meeting where it was decided (read only)
};

// One open step at one meeting's follow-up: the step as it stood when the meeting began, where
// it came from, and what the meeting decided (outcome NotReviewed when nothing yet).
struct FollowUpItem
{
    NextStep step;
    QDate originDate;
    StepReview review;
};

struct SearchHit
{
    qint64 meetingId = 0;
    QDate meetingDate;
    QString kind;    // "question", "decision", "choice", "soft_result", "next_step", "notes"
    QString snippet; // HTML-escaped text with the matched words in <b>…</b>
    double rank = 0; // lower is better (bm25)
};

// Stable keys in the database, translated names on screen.
class RecordNames final
{
    Q_DECLARE_TR_FUNCTIONS(RecordNames)

public:
    static QString key(RoleLevel role);
    static RoleLevel roleFromKey(const QString &key);
    static QString name(RoleLevel role);
    static QList<RoleLevel> roles();

    static QString key(RecordKind kind);
    static RecordKind kindFromKey(const QString &key);

    static QString key(NextStepStatus status);
    static NextStepStatus statusFromKey(const QString &key);
    static QString name(NextStepStatus status);

    static QString key(FollowUpOutcome outcome);
    static FollowUpOutcome outcomeFromKey(const QString &key);
    static QString name(FollowUpOutcome outcome);
    // The outcome with its details as the minutes say it: "Carried forward to 15 Mar 2027, Anna".
    static QString describe(const StepReview &review, const QString &newOwnerName);

    static QString key(NextStepAction action);
    static NextStepAction actionFromKey(const QString &key);
    static QString name(NextStepAction action);
};

} // namespace Leda
