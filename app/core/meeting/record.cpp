#include "core/meeting/record.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

template<typename Enum, size_t N>
QString keyOf(Enum value, const std::array<std::pair<Enum, const char *>, N> &table)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, size_t N>
Enum fromKey(const QString &key, const std::array<std::pair<Enum, const char *>, N> &table, Enum fallback)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name))
            return entry;
    }
    return fallback;
}

constexpr std::array<std::pair<RoleLevel, const char *>, 5> kRoles{{{RoleLevel::ClinicalStaff, "clinical_staff"},
                                                                    {RoleLevel::FirstLineManager, "first_line_manager"},
                                                                    {RoleLevel::ProcessRole, "process_role"},
                                                                    {RoleLevel::SeniorManagement, "senior_management"},
                                                                    {RoleLevel::Board, "board"}}};
constexpr std::array<std::pair<RecordKind, const char *>, 3> kKinds{
    {{RecordKind::Decision, "decision"}, {RecordKind::Choice, "choice"}, {RecordKind::SoftResult, "soft_result"}}};
constexpr std::array<std::pair<NextStepStatus, const char *>, 3> kStatuses{
    {{NextStepStatus::Open, "open"}, {NextStepStatus::Done, "done"}, {NextStepStatus::Dropped, "dropped"}}};
constexpr std::array<std::pair<NextStepAction, const char *>, 5> kActions{
    {{NextStepAction::Created, "created"},
     {NextStepAction::Done, "done"},
     {NextStepAction::Dropped, "dropped"},
     {NextStepAction::CarriedForward, "carried_forward"},
     {NextStepAction::Reopened, "reopened"}}};

constexpr std::array<std::pair<FollowUpOutcome, const char *>, 4> kOutcomes{
    {{FollowUpOutcome::Done, "done"},
     {FollowUpOutcome::InProgress, "in_progress"},
     {FollowUpOutcome::CarriedForward, "carried_forward"},
     {FollowUpOutcome::Dropped, "dropped"}}};

} // namespace

QString RecordNames::key(FollowUpOutcome outcome)
{
    return keyOf(outcome, kOutcomes);
}

FollowUpOutcome RecordNames::outcomeFromKey(const QString &key)
{
    return fromKey(key, kOutcomes, FollowUpOutcome::NotReviewed);
}

QString RecordNames::name(FollowUpOutcome outcome)
{
    switch (outcome) {
    case FollowUpOutcome::NotReviewed:
        return tr("Not followed up");
    case FollowUpOutcome::Done:
        return tr("Done");
    case FollowUpOutcome::InProgress:
        return tr("In progress");
    case FollowUpOutcome::CarriedForward:
        return tr("Carried forward");
    case FollowUpOutcome::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString RecordNames::describe(const StepReview &review, const QString &newOwnerName)
{
    switch (review.outcome) {
    case FollowUpOutcome::CarriedForward: {
        QString text = review.newDue.isValid()
            ? tr("Carried forward to %1").arg(QLocale().toString(review.newDue, QLocale::ShortFormat))
            : tr("Carried forward");
        if (!newOwnerName.isEmpty())
            text += tr(", responsible: %1").arg(newOwnerName);
        return text;
    }
    case FollowUpOutcome::Dropped:
        return review.reason.trimmed().isEmpty() ? tr("Dropped") : tr("Dropped: %1").arg(review.reason.trimmed());
    default:
        return name(review.outcome);
    }
}

QString RecordNames::key(RoleLevel role)
{
    return keyOf(role, kRoles);
}

RoleLevel RecordNames::roleFromKey(const QString &key)
{
    return fromKey(key, kRoles, RoleLevel::FirstLineManager);
}

QList<RoleLevel> RecordNames::roles()
{
    QList<RoleLevel> result;
    for (const auto &entry : kRoles)
        result.append(entry.first);
    return result;
}

QString RecordNames::name(RoleLevel role)
{
    switch (role) {
    case RoleLevel::ClinicalStaff:
        return tr("Clinical staff");
    case RoleLevel::FirstLineManager:
        return tr("First-line manager");
    case RoleLevel::ProcessRole:
        return tr("Process role");
    case RoleLevel::SeniorManagement:
        return tr("Senior management");
    case RoleLevel::Board:
        return tr("Board");
    }
    return {};
}

QString RecordNames::key(RecordKind kind)
{
    return keyOf(kind, kKinds);
}

RecordKind RecordNames::kindFromKey(const QString &key)
{
    return fromKey(key, kKinds, RecordKind::Decision);
}

QString RecordNames::key(NextStepStatus status)
{
    return keyOf(status, kStatuses);
}

NextStepStatus RecordNames::statusFromKey(const QString &key)
{
    return fromKey(key, kStatuses, NextStepStatus::Open);
}

QString RecordNames::name(NextStepStatus status)
{
    switch (status) {
    case NextStepStatus::Open:
        return tr("Open");
    case NextStepStatus::Done:
        return tr("Done");
    case NextStepStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString RecordNames::key(NextStepAction action)
{
    return keyOf(action, kActions);
}

NextStepAction RecordNames::actionFromKey(const QString &key)
{
    return fromKey(key, kActions, NextStepAction::Created);
}

QString RecordNames::name(NextStepAction action)
{
    switch (action) {
    case NextStepAction::Created:
        return tr("Created");
    case NextStepAction::Done:
        return tr("Marked done");
    case NextStepAction::Dropped:
        return tr("Dropped");
    case NextStepAction::CarriedForward:
        return tr("Carried forward");
    case NextStepAction::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString keepBoth(const QString &saved, const QString &mine, const QString &separator)
{
    if (mine.trimmed().isEmpty() || mine == saved)
        return saved;
    if (saved.trimmed().isEmpty())
        return mine;
    return saved + separator + mine;
}

NextStep keepBoth(const NextStep &saved, const NextStep &mine)
{
    NextStep both = saved;
    both.what = keepBoth(saved.what, mine.what, QStringLiteral(" / "));
    if (!mine.owner.isEmpty())
        both.owner = mine.owner;
    if (mine.due.isValid())
        both.due = mine.due;
    return both;
}

} // namespace Leda
