#include "core/presentation/presentationsession.h"

#include <QPointer>
#include <QTimer>

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr int kTickMs = 250;

PresentationSession::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

PresentationSession::PresentationSession(Stores stores, const Course &course, qint64 meetingId, Clock clock,
                                         QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_course(course)
    , m_clock(clock ? std::move(clock) : steadyClock())
{
    m_meeting = m_stores.meetings.meeting(meetingId);
    m_groupName = m_stores.groups.group(m_meeting.groupId).name;
    for (const Module &module : m_course.modules) {
        if (!m_meeting.moduleIds.isEmpty() && module.id == m_meeting.moduleIds.first())
            m_module = &module;
    }

    m_steps = m_stores.preparation.agenda(meetingId, m_module ? m_module->id : QString());
    // Questions the module does not have (an agenda kept from before the module was changed) are
    // left out: there is nothing to ask and nowhere to keep the answers.
    m_steps.removeIf([this](const AgendaItem &item) {
        return item.kind == AgendaItem::Kind::Question
            && (!m_module || item.questionIndex < 0 || item.questionIndex >= m_module->questions.size());
    });
    if (m_steps.isEmpty()) {
        m_steps = Agenda::prefilled(m_module ? *m_module : Module{}, m_module ? m_module->film.durationMs : 0,
                                    !m_stores.measures.measures(m_meeting.groupId).isEmpty());
        if (!m_module) // nothing to show or ask without a module
            m_steps.removeIf([](const AgendaItem &item) { return item.kind == AgendaItem::Kind::Film; });
    }
    // Items of 0 minutes are left out of the room.
    m_steps.removeIf([](const AgendaItem &item) { return item.minutes <= 0; });
    expandMeasures();
    m_steps.prepend({0, AgendaItem::Kind::Opening, m_module ? m_module->title : m_groupName, 0, -1});
    m_steps.append({0, AgendaItem::Kind::Summary, tr("What we decided today"), 0, -1});
    for (const AgendaItem &item : std::as_const(m_steps))
        m_countdowns.append(Countdown(qint64(qMax(0, item.minutes)) * 60'000));
    m_timeUpReported = QList<bool>(m_steps.size(), false);
    m_filmStarted = QList<bool>(m_steps.size(), false);

    // Attendees: those ticked present, or every active member before attendance is taken.
    m_members = m_stores.groups.members(m_meeting.groupId);
    const QHash<qint64, bool> attendance = m_stores.meetings.attendance(meetingId);
    const bool taken = std::any_of(attendance.cbegin(), attendance.cend(), [](bool present) { return present; });
    for (const Member &member : std::as_const(m_members)) {
        if (taken ? attendance.value(member.id, false) : member.active)
            m_attendees.append(member);
    }

    if (m_module) {
        const QList<QuestionNote> notes = m_stores.meetings.questionNotes(meetingId);
        for (const QuestionNote &note : notes) {
            if (note.moduleId == m_module->id)
                m_questionNotes.insert(note.questionIndex, note);
        }
    }

    for (const NextStep &step : m_stores.nextSteps.fromMeeting(meetingId)) {
        if (step.fromClosingRound && step.owner.memberId > 0)
            m_closingSteps.insert(step.owner.memberId, step);
    }
    reloadFollowUp();

    connect(&m_stores.autosave, &Autosave::saveFailed, this, [this](const QString &error) {
        emit errorOccurred(tr("What was typed could not be saved yet: %1. Leda keeps it and tries again.").arg(error));
    });
    connect(&m_stores.autosave, &Autosave::saved, this, &PresentationSession::recordSaved);
    connect(&m_ticker, &QTimer::timeout, this, &PresentationSession::tick);
    m_ticker.start(kTickMs);
    startCountdown();
}

void PresentationSession::startCountdown()
{
    // A film's time starts with the film, not when its item is shown.
    if (current().kind != AgendaItem::Kind::Film || m_filmStarted.at(m_current))
        countdown().start(now());
}

void PresentationSession::filmStarted()
{
    if (m_steps.isEmpty() || current().kind != AgendaItem::Kind::Film || m_filmStarted.at(m_current))
        return;
    m_filmStarted[m_current] = true;
    countdown().start(now());
    emit timerChanged();
}

QList<AgendaItem> PresentationSession::agenda() const
{
    QList<AgendaItem> items = m_steps;
    items.removeIf([](const AgendaItem &item) {
        return item.kind == AgendaItem::Kind::Opening || item.kind == AgendaItem::Kind::Summary;
    });
    return items;
}

PresentationSession::NextMeeting PresentationSession::nextMeeting() const
{
    const SeriesPlan::NextMeeting next = SeriesPlan::nextMeetingAfter(
        m_meeting, m_stores.meetings.meetings(m_meeting.groupId), m_stores.preparation.plan(m_meeting.groupId));
    for (const Module &module : m_course.modules) {
        if (module.id == next.moduleId)
            return {next.date, module.number > 0 ? tr("Module %1: %2").arg(module.number).arg(module.title) : module.title};
    }
    return {next.date, {}};
}

PresentationSession::~PresentationSession()
{
    finish();
}

void PresentationSession::expandMeasures()
{
    // The Mått item becomes one step per measure, the item's minutes shared between them; with
    // no measure to show it is left out.
    const auto item = std::find_if(m_steps.begin(), m_steps.end(),
                                   [](const AgendaItem &step) { return step.kind == AgendaItem::Kind::Measures; });
    if (item == m_steps.end())
        return;
    const int minutes = item->minutes;
    const qsizetype at = item - m_steps.begin();
    m_steps.removeIf([](const AgendaItem &step) { return step.kind == AgendaItem::Kind::Measures; });
    m_measures = m_stores.measures.shownAtMeeting(m_meeting.id, m_meeting.groupId);
    for (const MeetingMeasure &noted : m_stores.measures.meetingMeasures(m_meeting.id)) {
        m_measureNotes.insert(noted.measureId, noted.notes);
        m_measureVersions.insert(noted.measureId, noted.version);
    }
    const int each = m_measures.isEmpty() ? 0 : std::max(1, int((minutes + m_measures.size() - 1) / m_measures.size()));
    for (int i = 0; i < m_measures.size(); ++i)
        m_steps.insert(at + i, {0, AgendaItem::Kind::Measures, m_measures.at(i).name, each, i});
}

MeasureSeries PresentationSession::measureSeries(int measureIndex) const
{
    if (measureIndex < 0 || measureIndex >= m_measures.size())
        return MeasureSeries({}, {});
    const Measure &measure = m_measures.at(measureIndex);
    return MeasureSeries(measure, m_stores.measures.valuesUntil(measure.id, std::max(m_meeting.date, QDate::currentDate())));
}

QString PresentationSession::measureNotes(int measureIndex) const
{
    return measureIndex >= 0 && measureIndex < m_measures.size() ? m_measureNotes.value(m_measures.at(measureIndex).id)
                                                                  : QString();
}

void PresentationSession::setMeasureNotes(int measureIndex, const QString &text)
{
    if (measureIndex < 0 || measureIndex >= m_measures.size())
        return;
    const qint64 measureId = m_measures.at(measureIndex).id;
    m_measureNotes.insert(measureId, text);
    // Written only on the version the room read: when another PC saved notes on the measure
    // meanwhile, nobody in the room is asked — both are kept, the saved ones first.
    m_stores.autosave.queue(AutosaveKey::meetingMeasureNotes(m_meeting.id, measureId),
                            [self = QPointer(this), &store = m_stores.measures, meetingId = m_meeting.id, measureId,
                             text](QString *error) {
                                QString written = text;
                                qint64 version = self ? self->m_measureVersions.value(measureId) : kAnyVersion;
                                const Saved saved = writeKeepingBoth(
                                    [&store, meetingId, measureId](QString *notes, qint64 *at, QString *e) {
                                        return store.setMeetingMeasureNotesIfUnchanged(meetingId, measureId, notes, at, e);
                                    },
                                    &written, &version, error);
                                if (saved == Saved::Yes && self) {
                                    self->m_measureVersions.insert(measureId, version);
                                    if (written != text) { // both kept: the room shows them
                                        self->m_measureNotes.insert(measureId, written);
                                        QTimer::singleShot(0, self, [self] {
                                            if (self)
                                                emit self->recordChanged(u"measures"_s);
                                        });
                                    }
                                }
                                return saved == Saved::Yes;
                            });
    emit recordChanged(u"measures"_s);
}

QString PresentationSession::questionText(int questionIndex) const
{
    // The agenda keeps only questions the module has (see the constructor).
    if (m_module && questionIndex >= 0 && questionIndex < m_module->questions.size())
        return m_module->questions.at(questionIndex);
    return {};
}

bool PresentationSession::next()
{
    if (!hasNext())
        return false;
    enter(m_current + 1);
    return true;
}

bool PresentationSession::back()
{
    if (m_current == 0)
        return false;
    enter(m_current - 1);
    return true;
}

void PresentationSession::goTo(int index)
{
    if (index >= 0 && index < m_steps.size() && index != m_current)
        enter(index);
}

void PresentationSession::enter(int index)
{
    countdown().pause(now());
    m_current = index;
    // A measure looked at is one the minutes show, with its chart, even when nothing is said.
    if (current().kind == AgendaItem::Kind::Measures && !m_measureNotes.contains(m_measures.at(current().questionIndex).id))
        setMeasureNotes(current().questionIndex, {});
    startCountdown();
    emit stepChanged(m_current);
    emit timerChanged();
}

qint64 PresentationSession::timeboxMs() const
{
    return m_steps.isEmpty() ? 0 : m_countdowns.at(m_current).durationMs();
}

qint64 PresentationSession::remainingMs() const
{
    return m_steps.isEmpty() ? 0 : m_countdowns.at(m_current).remainingMs(now());
}

bool PresentationSession::isTimeUp() const
{
    return !m_steps.isEmpty() && m_countdowns.at(m_current).isTimeUp(now());
}

bool PresentationSession::isTimerRunning() const
{
    return !m_steps.isEmpty() && m_countdowns.at(m_current).isRunning();
}

void PresentationSession::toggleTimer()
{
    if (m_steps.isEmpty())
        return;
    if (countdown().isRunning())
        countdown().pause(now());
    else
        countdown().start(now());
    emit timerChanged();
}

void PresentationSession::extendTimer(int minutes)
{
    if (m_steps.isEmpty())
        return;
    countdown().extend(qint64(minutes) * 60'000);
    m_timeUpReported[m_current] = isTimeUp();
    emit timerChanged();
}

void PresentationSession::restartTimer()
{
    if (m_steps.isEmpty())
        return;
    countdown().restart(now());
    m_timeUpReported[m_current] = false;
    emit timerChanged();
}

void PresentationSession::tick()
{
    if (m_steps.isEmpty())
        return;
    emit timerChanged();
    if (isTimeUp() && !m_timeUpReported.at(m_current)) {
        m_timeUpReported[m_current] = true;
        emit timeUp(m_current);
    }
}

QuestionNote PresentationSession::questionNote(int questionIndex) const
{
    return m_questionNotes.value(questionIndex,
                                 QuestionNote{m_module ? m_module->id : QString(), questionIndex, {}, {}, {}, {}});
}

void PresentationSession::setQuestionField(int questionIndex, Field field, const QString &text)
{
    if (!m_module)
        return;
    QuestionNote note = questionNote(questionIndex);
    QString &target = field == Field::Today ? note.today : field == Field::Desired ? note.desired : note.nextStep;
    if (target == text)
        return;
    target = text;
    m_questionNotes.insert(questionIndex, note);
    // The same key as the meeting page's editor. Written only on the version the room read: when
    // another PC saved the question meanwhile, nobody in the room is asked — both texts are kept.
    m_stores.autosave.queue(AutosaveKey::questionNote(m_meeting.id, note.moduleId, questionIndex),
                            [self = QPointer(this), &meetings = m_stores.meetings, note,
                             meeting = m_meeting.id](QString *error) {
                                // The session may be gone when a kept edit is tried again.
                                QuestionNote written = note;
                                if (self)
                                    written.version = self->m_questionNotes.value(note.questionIndex, note).version;
                                switch (meetings.saveQuestionNoteIfUnchanged(meeting, &written, error)) {
                                case MeetingStore::Saved::Yes:
                                    if (self)
                                        self->m_questionNotes[note.questionIndex].version = written.version;
                                    return true;
                                case MeetingStore::Saved::Conflict:
                                    break;
                                case MeetingStore::Saved::Failed:
                                    return false;
                                }
                                QuestionNote both = written; // what is saved, with its version
                                both.today = keepBoth(written.today, note.today);
                                both.desired = keepBoth(written.desired, note.desired);
                                both.nextStep = keepBoth(written.nextStep, note.nextStep);
                                both.notes = keepBoth(written.notes, note.notes);
                                if (meetings.saveQuestionNoteIfUnchanged(meeting, &both, error) != MeetingStore::Saved::Yes)
                                    return false; // tried again with what is there then
                                if (self) {
                                    self->m_questionNotes.insert(both.questionIndex, both);
                                    QTimer::singleShot(0, self, [self, index = both.questionIndex] {
                                        if (self)
                                            emit self->recordChanged(u"question/%1"_s.arg(index));
                                    });
                                }
                                return true;
                            });
    emit recordChanged(u"question/%1"_s.arg(questionIndex));
}

void PresentationSession::reloadFollowUp()
{
    QString error;
    m_followUp = m_stores.nextSteps.followUp(m_meeting.id, &error);
    if (!error.isEmpty())
        emit errorOccurred(error);
}

StepReview PresentationSession::review(qint64 stepId) const
{
    for (const FollowUpItem &item : m_followUp) {
        if (item.step.id == stepId)
            return item.review;
    }
    return {};
}

bool PresentationSession::decide(StepReview review)
{
    review.meetingId = m_meeting.id;
    m_stores.autosave.flush();
    QString error;
    const bool ok = m_stores.nextSteps.review(review, &error); // one transaction: all or nothing
    reloadFollowUp();
    emit recordChanged(u"followUp"_s);
    if (!ok)
        emit errorOccurred(error);
    return ok;
}

QList<RecordItem> PresentationSession::decisions() const
{
    return records(RecordKind::Decision);
}

QList<RecordItem> PresentationSession::records(RecordKind kind) const
{
    QList<RecordItem> result = m_stores.meetings.recordItems(m_meeting.id);
    result.removeIf([kind](const RecordItem &item) { return item.kind != kind || item.text.trimmed().isEmpty(); });
    return result;
}

bool PresentationSession::addDecision(const QString &text)
{
    return addRecord(RecordKind::Decision, text);
}

bool PresentationSession::addRecord(RecordKind kind, const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    m_stores.autosave.flush();
    RecordItem item;
    item.meetingId = m_meeting.id;
    item.kind = kind;
    item.text = text.trimmed();
    QString error;
    if (m_stores.meetings.addRecordItem(item, &error) == 0) {
        emit errorOccurred(error);
        return false;
    }
    emit recordChanged(u"decisions"_s);
    return true;
}

QList<NextStep> PresentationSession::newNextSteps() const
{
    QList<NextStep> result = m_stores.nextSteps.fromMeeting(m_meeting.id);
    result.removeIf([](const NextStep &step) { return step.fromClosingRound; });
    return result;
}

bool PresentationSession::addNextStep(const QString &what, const StepOwner &owner, const QDate &due)
{
    if (what.trimmed().isEmpty())
        return false;
    m_stores.autosave.flush();
    NextStep step;
    step.originMeetingId = m_meeting.id;
    step.what = what.trimmed();
    step.owner = owner;
    step.due = due;
    QString error;
    if (m_stores.nextSteps.add(step, &error) == 0) {
        emit errorOccurred(error);
        return false;
    }
    emit recordChanged(u"nextSteps"_s);
    return true;
}

bool PresentationSession::updateNextStep(const NextStep &step)
{
    if (step.what.trimmed().isEmpty())
        return removeNextStep(step.id);
    queueStepUpdate(step);
    emit recordChanged(u"nextSteps"_s);
    return true;
}

void PresentationSession::queueStepUpdate(const NextStep &step)
{
    // Written only on the version the room read (or last wrote itself): when another PC changed the
    // step meanwhile, nobody in the room is asked — both texts are kept, the saved one first.
    m_stores.autosave.queue(AutosaveKey::nextStep(step.id), [self = QPointer(this), &steps = m_stores.nextSteps,
                                                             step](QString *error) {
        NextStep written = step;
        if (self)
            written.version = self->m_stepVersions.value(step.id, step.version);
        const QString typed = step.what;
        const Saved saved = steps.updateKeepingBoth(&written, error);
        if (saved == Saved::Yes && self) {
            self->m_stepVersions.insert(step.id, written.version);
            if (written.what != typed) { // both kept: the room shows them
                QTimer::singleShot(0, self, [self] {
                    if (self)
                        emit self->recordChanged(u"nextSteps"_s);
                });
            }
        }
        // Removed on another PC meanwhile: nothing left to write.
        return saved == Saved::Yes || (saved == Saved::Conflict && written.id == 0);
    });
}

bool PresentationSession::removeNextStep(qint64 stepId)
{
    m_stores.autosave.flush();
    QString error;
    if (!m_stores.nextSteps.remove(stepId, &error)) {
        emit errorOccurred(error);
        return false;
    }
    emit recordChanged(u"nextSteps"_s);
    return true;
}

QString PresentationSession::closingStep(qint64 memberId) const
{
    return m_closingSteps.value(memberId).what;
}

void PresentationSession::setClosingStep(qint64 memberId, const QString &text)
{
    auto existing = m_closingSteps.find(memberId);
    if (existing == m_closingSteps.end()) {
        if (text.trimmed().isEmpty())
            return;
        NextStep step;
        step.originMeetingId = m_meeting.id;
        step.what = text;
        step.owner = StepOwner::member(memberId);
        step.fromClosingRound = true;
        QString error;
        step.id = m_stores.nextSteps.add(step, &error);
        if (step.id == 0) {
            emit errorOccurred(error);
            return;
        }
        m_closingSteps.insert(memberId, m_stores.nextSteps.nextStep(step.id));
    } else if (text.trimmed().isEmpty()) {
        // An emptied row leaves no empty next step behind.
        const qint64 id = existing->id;
        m_closingSteps.erase(existing);
        m_stores.autosave.queue(AutosaveKey::nextStep(id),
                                [&steps = m_stores.nextSteps, id](QString *error) { return steps.remove(id, error); });
    } else {
        existing->what = text;
        queueStepUpdate(*existing);
    }
    emit recordChanged(u"closing"_s);
}

QStringList PresentationSession::guestOwners() const
{
    return m_stores.nextSteps.guestOwners(m_meeting.groupId);
}

QStringList PresentationSession::facilitatorNotes() const
{
    return m_module ? m_module->facilitatorNotes : QStringList();
}

QString PresentationSession::privateNotes() const
{
    return m_stores.preparation.privateNotes(m_meeting.id);
}

void PresentationSession::finish()
{
    m_ticker.stop();
    if (!m_steps.isEmpty())
        countdown().pause(now());
    m_stores.autosave.flush();
}

} // namespace Leda
