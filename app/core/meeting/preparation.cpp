#include "core/meeting/preparation.h"

#include "core/meeting/defaulttext.h"
#include "core/meeting/swedishcalendar.h"

#include <QHash>
#include <QSet>
#include <QLocale>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr std::array<std::pair<AgendaItem::Kind, const char *>, 9> kKinds{
    {{AgendaItem::Kind::Review, "review"},
     {AgendaItem::Kind::Film, "film"},
     {AgendaItem::Kind::Question, "question"},
     {AgendaItem::Kind::DecisionsAndNextSteps, "decisions"},
     {AgendaItem::Kind::ClosingRound, "closing"},
     {AgendaItem::Kind::Other, "other"},
     {AgendaItem::Kind::Opening, "opening"},
     {AgendaItem::Kind::Summary, "summary"},
     {AgendaItem::Kind::Measures, "measures"}}};

constexpr std::array<std::pair<ChecklistItem::Phase, const char *>, 3> kPhases{
    {{ChecklistItem::Phase::Before, "before"}, {ChecklistItem::Phase::During, "during"}, {ChecklistItem::Phase::After, "after"}}};

// The agenda's standard items and the checklist, as Leda writes them (shown translated).
const char *const kReviewTitle = QT_TRANSLATE_NOOP("Agenda", "Open next steps from earlier meetings");
const char *const kFilmTitle = QT_TRANSLATE_NOOP("Agenda", "Film: %1");
const char *const kMeasuresTitle = QT_TRANSLATE_NOOP("Agenda", "Our measures");
const char *const kDecisionsTitle = QT_TRANSLATE_NOOP("Agenda", "Decisions and next steps");
const char *const kClosingTitle = QT_TRANSLATE_NOOP("Agenda", "Closing round: my next step");

const char *const kChecklist[] = {
    QT_TRANSLATE_NOOP("Checklist", "Room and big screen booked"),
    QT_TRANSLATE_NOOP("Checklist", "Film and sound tested in the room"),
    QT_TRANSLATE_NOOP("Checklist", "Invitation with the module's questions sent"),
    QT_TRANSLATE_NOOP("Checklist", "Open next steps from the last meeting gathered"),
    QT_TRANSLATE_NOOP("Checklist", "Attendance noted"),
    QT_TRANSLATE_NOOP("Checklist", "Timeboxes kept"),
    QT_TRANSLATE_NOOP("Checklist", "Every next step has someone responsible and a date"),
    QT_TRANSLATE_NOOP("Checklist", "Minutes exported and sent to the group"),
    QT_TRANSLATE_NOOP("Checklist", "Next meeting booked"),
};

} // namespace

AgendaItem Agenda::measuresItem(bool groupHasMeasures)
{
    return {0, AgendaItem::Kind::Measures, tr(kMeasuresTitle), groupHasMeasures ? 10 : 0, -1};
}

QList<AgendaItem> Agenda::prefilled(const Module &module, qint64 filmMs, bool groupHasMeasures, int minutesPerQuestion)
{
    QList<AgendaItem> items;
    items.append({0, AgendaItem::Kind::Review, tr(kReviewTitle), 10, -1});
    items.append(measuresItem(groupHasMeasures));
    // The film's real length, rounded up to whole minutes.
    const int filmMinutes = filmMs > 0 ? int(std::ceil(double(filmMs) / 60000.0)) : 5;
    items.append({0, AgendaItem::Kind::Film, tr(kFilmTitle).arg(module.title), filmMinutes, -1});
    // The module's recommended questions get the time; the others are on the agenda with none, so
    // the room leaves them out until the process leader gives them minutes.
    for (int i = 0; i < module.questions.size(); ++i) {
        const bool taken = module.recommended.isEmpty() || module.recommended.contains(i);
        items.append({0, AgendaItem::Kind::Question, module.questions.at(i), taken ? minutesPerQuestion : 0, i});
    }
    items.append({0, AgendaItem::Kind::DecisionsAndNextSteps, tr(kDecisionsTitle), 10, -1});
    items.append({0, AgendaItem::Kind::ClosingRound, tr(kClosingTitle), 10, -1});
    return items;
}

QString Agenda::shownTitle(const QString &stored)
{
    return DefaultText::shown("Agenda", {kReviewTitle, kMeasuresTitle, kFilmTitle, kDecisionsTitle, kClosingTitle}, stored);
}

int Agenda::totalMinutes(const QList<AgendaItem> &items)
{
    int total = 0;
    for (const AgendaItem &item : items)
        total += qMax(0, item.minutes);
    return total;
}

QTime Agenda::startOf(const QList<AgendaItem> &items, int index, const QTime &meetingStart)
{
    return meetingStart.addSecs(60 * totalMinutes(items.mid(0, qMax(0, index))));
}

QTime Agenda::plannedEnd(const QList<AgendaItem> &items, const QTime &meetingStart)
{
    return meetingStart.addSecs(60 * totalMinutes(items));
}

QString Agenda::kindKey(AgendaItem::Kind kind)
{
    for (const auto &[entry, key] : kKinds) {
        if (entry == kind)
            return QString::fromLatin1(key);
    }
    return u"other"_s;
}

AgendaItem::Kind Agenda::kindFromKey(const QString &key)
{
    for (const auto &[entry, name] : kKinds) {
        if (key == QLatin1String(name))
            return entry;
    }
    return AgendaItem::Kind::Other;
}

QList<ChecklistItem> Checklist::defaults()
{
    using Phase = ChecklistItem::Phase;
    QList<ChecklistItem> items;
    for (int i = 0; i < int(std::size(kChecklist)); ++i) {
        const Phase phase = i < 4 ? Phase::Before : i < 7 ? Phase::During : Phase::After;
        items.append({0, phase, tr(kChecklist[i]), false});
    }
    return items;
}

QString Checklist::shownText(const QString &stored)
{
    return DefaultText::shown("Checklist",
                              {kChecklist[0], kChecklist[1], kChecklist[2], kChecklist[3], kChecklist[4], kChecklist[5],
                               kChecklist[6], kChecklist[7], kChecklist[8]},
                              stored);
}

QString Checklist::phaseKey(ChecklistItem::Phase phase)
{
    for (const auto &[entry, key] : kPhases) {
        if (entry == phase)
            return QString::fromLatin1(key);
    }
    return u"before"_s;
}

ChecklistItem::Phase Checklist::phaseFromKey(const QString &key)
{
    for (const auto &[entry, name] : kPhases) {
        if (key == QLatin1String(name))
            return entry;
    }
    return ChecklistItem::Phase::Before;
}

QString Invitation::subject(const Group &group, const Meeting &meeting, const Module &module)
{
    return tr("%1: meeting %2 – %3")
        .arg(group.name, QLocale().toString(meeting.date, u"d MMMM yyyy"_s), module.title);
}

QString Invitation::text(const Group &group, const Meeting &meeting, const Module &module, bool firstMeeting)
{
    QStringList lines;
    lines << tr("Welcome to the next meeting of %1.").arg(group.name) << QString();
    QString when = QLocale().toString(meeting.date, u"dddd d MMMM yyyy"_s);
    if (meeting.startTime.isValid())
        when += u", "_s + tr("%1–%2").arg(meeting.startTime.toString(u"HH.mm"_s),
                                         meeting.endTime.isValid() ? meeting.endTime.toString(u"HH.mm"_s) : QString());
    lines << tr("When: %1").arg(when);
    if (!meeting.place.isEmpty())
        lines << tr("Where: %1").arg(meeting.place);
    lines << QString();
    lines << (module.number > 0 ? tr("Module %1: %2").arg(module.number).arg(module.title) : module.title);
    lines << module.summary << QString();
    if (!module.questions.isEmpty()) {
        lines << tr("Questions to think about beforehand:");
        for (int i = 0; i < module.questions.size(); ++i)
            lines << u"%1. %2"_s.arg(i + 1).arg(module.questions.at(i));
        lines << QString();
    }
    if (!firstMeeting)
        lines << tr("Bring your next step from the last meeting; we start by following them up.");
    return lines.join(u'\n');
}

QStringList Invitation::recipients(const QList<Member> &members)
{
    QStringList addresses;
    for (const Member &member : members) {
        const QString address = member.email.trimmed();
        if (member.active && address.contains(u'@') && !address.contains(u' '))
            addresses.append(address);
    }
    return addresses;
}

QUrl Invitation::mailto(const QStringList &recipients, const QString &subject, const QString &body)
{
    QByteArray encoded = "mailto:";
    QByteArrayList addresses;
    for (const QString &recipient : recipients)
        addresses.append(QUrl::toPercentEncoding(recipient, "@"));
    encoded += addresses.join(',') + "?subject=" + QUrl::toPercentEncoding(subject)
        + "&body=" + QUrl::toPercentEncoding(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QList<PlanEntry> SeriesPlan::fromCourse(const Course &course, const QDate &firstMeeting, int weeksBetween,
                                        const MeetingDayRules &rules)
{
    QList<PlanEntry> plan;
    for (const Module &module : course.modules) {
        if (module.available)
            plan.append({0, module.id, QDate(), false});
    }
    redate(plan, firstMeeting, weeksBetween, rules);
    return plan;
}

SeriesPlan::NextMeeting SeriesPlan::nextMeetingAfter(const Meeting &meeting, const QList<Meeting> &groupMeetings,
                                                     const QList<PlanEntry> &plan)
{
    QList<Meeting> upToThis;
    for (const Meeting &other : groupMeetings) { // oldest first
        if (other.date > meeting.date)
            return {other.date, other.moduleIds.isEmpty() ? QString() : other.moduleIds.first()};
        upToThis.append(other);
    }
    const int next = nextEntry(plan, upToThis);
    if (next < 0)
        return {};
    return {plan.at(next).plannedDate, plan.at(next).moduleId};
}

Meeting SeriesPlan::proposeMeeting(qint64 groupId, const QList<Meeting> &earlier, const QList<PlanEntry> &plan,
                                   const Course &course, const QDate &today)
{
    Meeting meeting;
    meeting.groupId = groupId;
    meeting.date = today;
    meeting.startTime = QTime(13, 0);
    meeting.endTime = QTime(15, 0);
    if (!earlier.isEmpty()) { // groups usually meet at the same time and place
        const Meeting &last = earlier.last();
        if (last.startTime.isValid()) {
            meeting.startTime = last.startTime;
            meeting.endTime = last.endTime;
        }
        meeting.place = last.place;
    }
    const int next = nextEntry(plan, earlier);
    if (next >= 0) {
        meeting.moduleIds = {plan.at(next).moduleId};
        if (plan.at(next).plannedDate >= today)
            meeting.date = plan.at(next).plannedDate;
        return meeting;
    }
    QSet<QString> coveredOrSkipped;
    for (const Meeting &held : earlier) {
        for (const QString &id : held.moduleIds)
            coveredOrSkipped.insert(id);
    }
    for (const PlanEntry &entry : plan) {
        if (entry.skipped)
            coveredOrSkipped.insert(entry.moduleId);
    }
    for (const Module &module : course.modules) {
        if (module.available && !coveredOrSkipped.contains(module.id)) {
            meeting.moduleIds = {module.id};
            break;
        }
    }
    return meeting;
}

namespace {

// The plan's meeting dates in order: one per module that is not skipped (invalid when unplanned).
QList<QDate> meetingDates(const QList<PlanEntry> &plan)
{
    QList<QDate> dates;
    for (const PlanEntry &entry : plan) {
        if (!entry.skipped)
            dates.append(entry.plannedDate);
    }
    return dates;
}

// Gives the dates back in order to the modules that are not skipped. The dates belong to the
// meetings, not to the modules: a module moved, skipped or doubled changes which module a
// meeting takes, not when the group meets. One meeting more than dates gets one weeksBetween on.
void giveDates(QList<PlanEntry> &plan, QList<QDate> dates, int weeksBetween)
{
    int next = 0;
    for (PlanEntry &entry : plan) {
        if (entry.skipped) {
            entry.plannedDate = QDate();
            continue;
        }
        if (next >= dates.size()) {
            const QDate last = dates.isEmpty() ? QDate() : dates.last();
            dates.append(last.isValid()
                             ? SwedishCalendar::nextMeetingDay(last.addDays(7 * qMax(1, weeksBetween)), MeetingDayRules{})
                             : QDate());
        }
        entry.plannedDate = dates.at(next++);
    }
}

} // namespace

bool SeriesPlan::move(QList<PlanEntry> &plan, int from, int to)
{
    if (from < 0 || to < 0 || from >= plan.size() || to >= plan.size())
        return false;
    const QList<QDate> dates = meetingDates(plan);
    plan.move(from, to);
    giveDates(plan, dates, 0);
    return true;
}

bool SeriesPlan::setSkipped(QList<PlanEntry> &plan, int index, bool skipped, int weeksBetween)
{
    if (index < 0 || index >= plan.size())
        return false;
    const QList<QDate> dates = meetingDates(plan);
    plan[index].skipped = skipped;
    giveDates(plan, dates, weeksBetween);
    return true;
}

bool SeriesPlan::removeExtraMeeting(QList<PlanEntry> &plan, int index)
{
    if (index < 0 || index >= plan.size())
        return false;
    const QString moduleId = plan.at(index).moduleId;
    const auto sameModule = std::count_if(plan.cbegin(), plan.cend(),
                                          [&](const PlanEntry &entry) { return entry.moduleId == moduleId; });
    if (sameModule < 2)
        return false; // the module's only meeting: skip it instead
    const QList<QDate> dates = meetingDates(plan);
    plan.removeAt(index);
    giveDates(plan, dates, 0);
    return true;
}

void SeriesPlan::redate(QList<PlanEntry> &plan, const QDate &firstMeeting, int weeksBetween, const MeetingDayRules &rules)
{
    // Every weeksBetween weeks on the same weekday, moved past public holidays, the summer and
    // Christmas (SwedishCalendar).
    const auto count = std::count_if(plan.cbegin(), plan.cend(), [](const PlanEntry &entry) { return !entry.skipped; });
    const QList<QDate> dates = firstMeeting.isValid()
        ? SwedishCalendar::layOut(firstMeeting, int(count), qMax(1, weeksBetween), rules)
        : QList<QDate>();
    int next = 0;
    for (PlanEntry &entry : plan)
        entry.plannedDate = entry.skipped || next >= dates.size() ? QDate() : dates.at(next++);
}

int SeriesPlan::nextEntry(const QList<PlanEntry> &plan, const QList<Meeting> &meetingsHeld)
{
    QHash<QString, int> held; // module → meetings that covered it
    for (const Meeting &meeting : meetingsHeld) {
        for (const QString &moduleId : meeting.moduleIds)
            ++held[moduleId];
    }
    for (int i = 0; i < plan.size(); ++i) {
        if (plan.at(i).skipped)
            continue;
        int &left = held[plan.at(i).moduleId];
        if (left == 0)
            return i;
        --left;
    }
    return -1;
}

bool SeriesPlan::spendTwoMeetings(QList<PlanEntry> &plan, int index, int weeksBetween)
{
    if (index < 0 || index >= plan.size())
        return false;
    // The second meeting on the module takes the next date; later modules move one meeting on.
    const QList<QDate> dates = meetingDates(plan);
    PlanEntry second = plan.at(index);
    second.id = 0;
    plan.insert(index + 1, second);
    giveDates(plan, dates, weeksBetween);
    return true;
}

} // namespace Leda
