#pragma once

#include "core/content/module.h"
#include "core/meeting/record.h"
#include "core/meeting/swedishcalendar.h"

#include <QCoreApplication>
#include <QTime>
#include <QUrl>

namespace Leda {

// One item of a meeting's agenda with its timebox.
struct AgendaItem
{
    // Opening and Summary are the room view's first and last slides; never stored in an agenda.
    // Measures: the group's measures, one room step per measure (questionIndex: which).
    enum class Kind { Review, Film, Question, DecisionsAndNextSteps, ClosingRound, Other, Opening, Summary, Measures };
    qint64 id = 0;
    Kind kind = Kind::Other;
    QString title;
    int minutes = 0;
    int questionIndex = -1; // for Kind::Question; for Kind::Measures in the room, the measure's place
};

// The agenda's arithmetic: prefilled from the module, start and end times from the timeboxes.
class Agenda final
{
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    // Review of open next steps, the group's measures (see measuresItem), the film (its real
    // length), each discussion question (time for the module's recommended ones, none for the
    // others), decisions and next steps, and the closing round "my next step".
    static QList<AgendaItem> prefilled(const Module &module, qint64 filmMs, bool groupHasMeasures = false,
                                       int minutesPerQuestion = 10);
    // The Mått item: 10 minutes when the group has measures, else none (left out of the room
    // until it is given time).
    static AgendaItem measuresItem(bool groupHasMeasures);
    // A standard item's title as stored, in the language Leda runs in (see DefaultText).
    static QString shownTitle(const QString &stored);
    static int totalMinutes(const QList<AgendaItem> &items);
    static QTime startOf(const QList<AgendaItem> &items, int index, const QTime &meetingStart);
    static QTime plannedEnd(const QList<AgendaItem> &items, const QTime &meetingStart);
    static QString kindKey(AgendaItem::Kind kind);
    static AgendaItem::Kind kindFromKey(const QString &key);
};

struct ChecklistItem
{
    enum class Phase { Before, During, After };
    qint64 id = 0;
    Phase phase = Phase::Before;
    QString text;
    bool done = false;
};

class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    // Sensible defaults for the process leader, editable per meeting.
    static QList<ChecklistItem> defaults();
    // A default item's text as stored, in the language Leda runs in (see DefaultText).
    static QString shownText(const QString &stored);
    static QString phaseKey(ChecklistItem::Phase phase);
    static ChecklistItem::Phase phaseFromKey(const QString &key);
};

struct PlanEntry
{
    qint64 id = 0;
    QString moduleId;
    QDate plannedDate; // invalid when not yet planned
    bool skipped = false;
};

// The series plan: which module at which meeting and date. The course is meant to be used
// flexibly: modules can be reordered, skipped, or given two meetings.
namespace SeriesPlan {
QList<PlanEntry> fromCourse(const Course &course, const QDate &firstMeeting, int weeksBetween,
                            const MeetingDayRules &rules = {});
bool move(QList<PlanEntry> &plan, int from, int to);
bool setSkipped(QList<PlanEntry> &plan, int index, bool skipped, int weeksBetween = 4);
bool spendTwoMeetings(QList<PlanEntry> &plan, int index, int weeksBetween);
// Removes an entry whose module has another meeting in the plan (undoes spendTwoMeetings).
bool removeExtraMeeting(QList<PlanEntry> &plan, int index);
// New dates from firstMeeting on, one meeting every weeksBetween weeks; skipped modules get none.
void redate(QList<PlanEntry> &plan, const QDate &firstMeeting, int weeksBetween, const MeetingDayRules &rules = {});
// The plan entry the group's next meeting is for: each meeting held so far uses up one entry
// for its module, in plan order. -1 when the whole plan has been held.
int nextEntry(const QList<PlanEntry> &plan, const QList<Meeting> &meetingsHeld);
// The meeting "New meeting" creates: the plan's next module (and its date, unless that has
// passed), else the first module neither covered nor skipped; the time and place of the
// group's last meeting (13.00–15.00 for the first).
// The group's next meeting after this one: a later meeting already in the record, else the plan's
// next entry after the meetings held up to this one. Invalid date when none is known.
struct NextMeeting
{
    QDate date;
    QString moduleId;
};
NextMeeting nextMeetingAfter(const Meeting &meeting, const QList<Meeting> &groupMeetings, const QList<PlanEntry> &plan);
Meeting proposeMeeting(qint64 groupId, const QList<Meeting> &earlier, const QList<PlanEntry> &plan,
                       const Course &course, const QDate &today);
} // namespace SeriesPlan

// The invitation the process leader sends before a meeting.
class Invitation final
{
    Q_DECLARE_TR_FUNCTIONS(Invitation)

public:
    static QString subject(const Group &group, const Meeting &meeting, const Module &module);
    // The first meeting of a series has no next steps to bring.
    static QString text(const Group &group, const Meeting &meeting, const Module &module, bool firstMeeting = false);
    // Who the invitation goes to: the active members with an e-mail address.
    static QStringList recipients(const QList<Member> &members);
    // mailto: link with subject and body, for the user's mail program.
    static QUrl mailto(const QStringList &recipients, const QString &subject, const QString &body);
};

} // namespace Leda
