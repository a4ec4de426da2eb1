#include "ui/meeting/meetingpage.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/widgets/taborder.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "ui/measures/chartview.h"
#include "ui/meeting/nextstepseditor.h"
#include "ui/meeting/recordlisteditor.h"
#include "ui/meeting/textbinding.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/stepfields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {


MeetingPage::MeetingPage(Stores stores, const Course &course, QWidget *parent)
    : QWidget(parent)
    , m_stores(stores)
    , m_course(course)
{
    setObjectName(u"meetingPage"_s);

    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Meetings"), this);
    back->setObjectName(u"meetingBackButton"_s);
    connect(back, &QPushButton::clicked, this, [this] {
        m_stores.autosave.flush();
        emit backRequested();
    });

    // Details
    m_date = StepFields::dateEdit(this, u"meetingDate"_s);
    m_date->setCalendarPopup(true);
    m_start = new QTimeEdit(this);
    m_start->setObjectName(u"meetingStart"_s);
    m_start->setAccessibleName(tr("Starts at"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(u"meetingEnd"_s);
    m_end->setAccessibleName(tr("Ends at"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(u"meetingPlace"_s);
    m_place->setPlaceholderText(tr("Room or link"));
    for (QTimeEdit *time : {m_start, m_end})
        time->setDisplayFormat(u"HH:mm"_s);
    connect(m_date, &QDateEdit::userDateChanged, this, &MeetingPage::saveDetails);
    connect(m_start, &QTimeEdit::userTimeChanged, this, &MeetingPage::saveDetails);
    connect(m_end, &QTimeEdit::userTimeChanged, this, &MeetingPage::saveDetails);
    connect(m_place, &QLineEdit::textEdited, this, &MeetingPage::saveDetails);

    m_modules = new QListWidget(this);
    m_modules->setObjectName(u"meetingModules"_s);
    m_modules->setAccessibleName(tr("Modules covered"));
    m_modules->setMaximumHeight(m_modules->fontMetrics().height() * 7);
    for (const Module &module : course.modules) {
        if (!module.available)
            continue;
        auto *item = new QListWidgetItem(module.number > 0 ? u"%1. %2"_s.arg(module.number).arg(module.title)
                                                           : module.title,
                                         m_modules);
        item->setData(Qt::UserRole, module.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_modules, &QListWidget::itemChanged, this, &MeetingPage::saveModules);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(u"–"_s, details));
    times->addWidget(m_end);
    times->addStretch(1);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), times);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Modules"), m_modules);

    m_openSteps = new OpenStepsReview(m_stores.nextSteps, m_stores.autosave, this);
    m_attendance = new QWidget(this);
    m_attendanceLayout = new QVBoxLayout(m_attendance);
    m_attendanceLayout->setContentsMargins(0, 0, 0, 0);
    m_questions = new QWidget(this);
    m_questionsLayout = new QVBoxLayout(m_questions);
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_decisions = new RecordListEditor(RecordKind::Decision, m_stores.meetings, m_stores.autosave, this);
    m_choices = new RecordListEditor(RecordKind::Choice, m_stores.meetings, m_stores.autosave, this);
    m_softResults = new RecordListEditor(RecordKind::SoftResult, m_stores.meetings, m_stores.autosave, this);
    m_nextSteps = new NextStepsEditor(m_stores.nextSteps, m_stores.autosave, this);
    m_freeNotes = makeNoteEdit(u"freeNotes"_s, tr("Free notes"), {}, tr("Anything else worth keeping"));
    // The meeting is the one shown when the text was typed (captured now, not when it is written).
    connect(m_freeNotes, &QPlainTextEdit::textChanged, this, [this] {
        const qint64 meeting = m_meeting.id;
        m_stores.autosave.queue(AutosaveKey::freeNotes(meeting), [this, meeting, text = m_freeNotes->toPlainText()](QString *e) {
            if (m_meeting.id != meeting) // written after the page moved on: the version read is gone
                return m_stores.meetings.setFreeNotes(meeting, text, e);
            switch (m_stores.meetings.setFreeNotesIfUnchanged(meeting, text, &m_meeting.version, e)) {
            case MeetingStore::Saved::Yes:
                return true;
            case MeetingStore::Saved::Conflict: // asked once this save is over; nothing is retried
                QTimer::singleShot(0, this, [this, meeting, text] { resolveFreeNotes(meeting, text); });
                return true;
            case MeetingStore::Saved::Failed:
                break;
            }
            return false;
        });
    });
    for (RecordListEditor *records : {m_decisions, m_choices, m_softResults})
        connect(records, &RecordListEditor::errorOccurred, this, &MeetingPage::errorOccurred);
    connect(m_openSteps, &OpenStepsReview::errorOccurred, this, &MeetingPage::errorOccurred);
    connect(m_nextSteps, &NextStepsEditor::errorOccurred, this, &MeetingPage::errorOccurred);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(section(tr("Open next steps from earlier meetings"), m_openSteps, u"sectionOpenSteps"_s));
    auto *measures = new QWidget(this);
    m_measuresLayout = new QVBoxLayout(measures);
    m_measuresLayout->setContentsMargins(0, 0, 0, 0);
    m_measuresSection = section(tr("Our measures"), measures, u"sectionMeasures"_s);
    column->addWidget(m_measuresSection);
    column->addWidget(section(tr("Meeting"), details, u"sectionDetails"_s));
    column->addWidget(section(tr("Attendance"), m_attendance, u"sectionAttendance"_s));
    column->addWidget(section(tr("Discussion questions"), m_questions, u"sectionQuestions"_s));
    column->addWidget(section(tr("Decisions"), m_decisions, u"sectionDecisions"_s));
    column->addWidget(section(tr("Choices and priorities"), m_choices, u"sectionChoices"_s));
    column->addWidget(section(tr("Soft results"), m_softResults, u"sectionSoftResults"_s));
    column->addWidget(section(tr("Next steps"), m_nextSteps, u"sectionNextSteps"_s));
    column->addWidget(section(tr("Free notes"), m_freeNotes, u"sectionFreeNotes"_s));
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"meetingScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: it scrolls to the field Tab reaches
    scroll->setWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    auto *title = headingLabel({}, 1.6);
    title->setObjectName(u"meetingTitle"_s);
    top->addWidget(title, 1);
    auto *exportButton = new QPushButton(tr("Export the minutes…"), this);
    exportButton->setObjectName(u"exportMinutesButton"_s);
    connect(exportButton, &QPushButton::clicked, this, &MeetingPage::exportRequested);
    auto *printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(u"printMinutesButton"_s);
    connect(printButton, &QPushButton::clicked, this, &MeetingPage::printRequested);
    auto *prepareButton = new QPushButton(tr("Preparation…"), this);
    prepareButton->setObjectName(u"preparationButton"_s);
    connect(prepareButton, &QPushButton::clicked, this, [this] {
        m_stores.autosave.flush();
        emit preparationRequested();
    });
    auto *presentButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run the meeting…"), this);
    presentButton->setObjectName(u"presentButton"_s);
    presentButton->setToolTip(tr("Full screen for the room: the agenda item by item, with the film, a countdown "
                                 "and the notes. With a second screen you keep a facilitator view. (F5)"));
    presentButton->setShortcut(QKeySequence(Qt::Key_F5));
    connect(presentButton, &QPushButton::clicked, this, [this] {
        m_stores.autosave.flush();
        emit presentationRequested();
    });
    top->addWidget(presentButton);
    top->addWidget(prepareButton);
    top->addWidget(exportButton);
    top->addWidget(printButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

bool MeetingPage::focusNextPrevChild(bool next)
{
    orderTabsByLayout(this);
    return QWidget::focusNextPrevChild(next);
}

QWidget *MeetingPage::section(const QString &title, QWidget *content, const QString &objectName)
{
    // A heading over a framed area (a QGroupBox title font would be inherited by every field).
    auto *box = new QWidget(this);
    box->setObjectName(objectName);
    auto *frame = new QFrame(box);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *inner = new QVBoxLayout(frame);
    inner->addWidget(content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(headingLabel(title, 1.25));
    layout->addWidget(frame);
    return box;
}

void MeetingPage::setMeeting(qint64 meetingId)
{
    m_stores.autosave.flush();
    m_meeting = m_stores.meetings.meeting(meetingId);
    m_members = m_stores.groups.members(m_meeting.groupId);
    findChild<QLabel *>(u"meetingTitle"_s)
        ->setText(tr("Meeting %1").arg(QLocale().toString(m_meeting.date, QLocale::LongFormat)));

    const QSignalBlocker blockDate(m_date), blockStart(m_start), blockEnd(m_end), blockModules(m_modules);
    m_date->setDate(m_meeting.date);
    m_start->setTime(m_meeting.startTime.isValid() ? m_meeting.startTime : QTime(0, 0));
    m_end->setTime(m_meeting.endTime.isValid() ? m_meeting.endTime : QTime(0, 0));
    m_place->setText(m_meeting.place);
    for (int i = 0; i < m_modules->count(); ++i) {
        QListWidgetItem *item = m_modules->item(i);
        item->setCheckState(m_meeting.moduleIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                : Qt::Unchecked);
    }
    {
        const QSignalBlocker blockNotes(m_freeNotes);
        m_freeNotes->setPlainText(m_meeting.freeNotes);
    }

    m_openSteps->setMeeting(m_meeting, m_members);
    buildAttendance();
    buildMeasures();
    buildQuestions();
    m_decisions->setMeeting(m_meeting.id);
    m_choices->setMeeting(m_meeting.id);
    m_softResults->setMeeting(m_meeting.id);
    m_nextSteps->setMeeting(m_meeting, m_members);
    // A meeting opens at its top, where the follow-up of earlier next steps is.
    auto *scroll = findChild<QScrollArea *>(u"meetingScroll"_s);
    setRecordReadOnly(scroll->widget(), m_readOnly);
    scroll->verticalScrollBar()->setValue(0);
    QTimer::singleShot(0, scroll, [scroll] { scroll->verticalScrollBar()->setValue(0); });
}

QStringList MeetingPage::questionFieldTitles()
{
    return {tr("This is how it looks today"), tr("This is how we would like it to be"), tr("This will be my next step")};
}

void MeetingPage::resolveFreeNotes(qint64 meetingId, const QString &mine)
{
    if (m_meeting.id != meetingId)
        return;
    const Meeting saved = m_stores.meetings.meeting(meetingId);
    const ConflictField field{tr("Free notes"), mine, saved.freeNotes};
    ConflictDialog dialog(tr("the free notes"), {field}, this);
    dialog.exec();
    m_meeting.version = saved.version;
    // The choice is saved as an edit on what is there now (choosing theirs saves nothing).
    const QString text = ConflictDialog::resolved(field, dialog.choice());
    const bool save = dialog.choice() != ConflictDialog::Choice::Theirs;
    {
        const QSignalBlocker quiet(m_freeNotes);
        m_freeNotes->setPlainText(text);
    }
    if (save)
        emit m_freeNotes->textChanged(); // saved as an edit on the version there now
}

void MeetingPage::resolveQuestionNote(qint64 meetingId, const QuestionNote &mine, const QuestionNote &saved,
                                      const QList<QPlainTextEdit *> &edits)
{
    if (m_meeting.id != meetingId)
        return;
    const QStringList titles = questionFieldTitles();
    const QList<ConflictField> fields{{titles.at(0), mine.today, saved.today},
                                      {titles.at(1), mine.desired, saved.desired},
                                      {titles.at(2), mine.nextStep, saved.nextStep},
                                      {tr("Notes"), mine.notes, saved.notes}};
    ConflictDialog dialog(tr("the notes of question %1").arg(mine.questionIndex + 1), fields, this);
    dialog.exec();
    // Each field as chosen, then the whole question saved as one edit on the version there now.
    for (int i = 0; i < fields.size() && i < edits.size(); ++i) {
        const QSignalBlocker quiet(edits.at(i));
        edits.at(i)->setPlainText(ConflictDialog::resolved(fields.at(i), dialog.choice()));
    }
    if (dialog.choice() != ConflictDialog::Choice::Theirs && !edits.isEmpty())
        emit edits.first()->textChanged();
}

void MeetingPage::reload()
{
    auto *scroll = findChild<QScrollArea *>(u"meetingScroll"_s);
    const int at = scroll->verticalScrollBar()->value();
    setMeeting(m_meeting.id);
    // After setMeeting's own move to the top, which waits for the new layout too.
    QTimer::singleShot(0, scroll, [scroll, at] { scroll->verticalScrollBar()->setValue(at); });
}

void MeetingPage::buildMeasures()
{
    // The measures the meeting looked at, each chart as it stood that day, with what was said
    // (editable here after the meeting, as every other field of the record).
    clearLayout(m_measuresLayout);
    const QList<MeetingMeasure> reviewed = m_stores.measures.meetingMeasures(m_meeting.id);
    m_measuresSection->setVisible(!reviewed.isEmpty() || !m_stores.measures.measures(m_meeting.groupId).isEmpty());
    if (reviewed.isEmpty()) {
        auto *none = new QLabel(tr("No measure was looked at in this meeting. Choose measures for it in the "
                                   "preparation; the room shows them under “Our measures”."));
        none->setWordWrap(true);
        m_measuresLayout->addWidget(none);
        return;
    }
    for (const MeetingMeasure &entry : reviewed) {
        const Measure measure = m_stores.measures.measure(entry.measureId);
        auto *chart = new ChartView;
        chart->setObjectName(u"meetingChart_%1"_s.arg(measure.id));
        chart->setMinimumHeight(260);
        chart->setSeries(MeasureSeries(measure, m_stores.measures.valuesUntil(measure.id, m_meeting.date)));
        m_measuresLayout->addWidget(chart);
        auto *notes = makeNoteEdit(u"measureNotes_%1"_s.arg(measure.id), tr("What we said about %1").arg(measure.name),
                                   entry.notes, tr("What we said about the measure"));
        bindVersionedText(notes, m_stores.autosave, AutosaveKey::meetingMeasureNotes(m_meeting.id, measure.id),
                          entry.version, tr("what the meeting said about %1").arg(measure.name),
                          [&store = m_stores.measures, meeting = m_meeting.id, id = measure.id](
                              QString *text, qint64 *version, QString *error) {
                              return store.setMeetingMeasureNotesIfUnchanged(meeting, id, text, version, error);
                          });
        m_measuresLayout->addWidget(notes);
    }
}

void MeetingPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setRecordReadOnly(findChild<QScrollArea *>(u"meetingScroll"_s)->widget(), readOnly);
}

void MeetingPage::saveDetails()
{
    Meeting updated = m_meeting;
    updated.date = m_date->date();
    updated.startTime = m_start->time() == QTime(0, 0) ? QTime() : m_start->time();
    updated.endTime = m_end->time() == QTime(0, 0) ? QTime() : m_end->time();
    updated.place = m_place->text();
    m_meeting = updated;
    m_stores.autosave.queue(AutosaveKey::meetingDetails(updated.id), [this, updated](QString *error) {
        return m_stores.meetings.updateDetails(updated, error);
    });
    emit meetingChanged();
}

void MeetingPage::saveModules()
{
    QStringList ids;
    for (int i = 0; i < m_modules->count(); ++i) {
        if (m_modules->item(i)->checkState() == Qt::Checked)
            ids.append(m_modules->item(i)->data(Qt::UserRole).toString());
    }
    m_meeting.moduleIds = ids;
    m_stores.autosave.queue(AutosaveKey::meetingModules(m_meeting.id), [this, ids, id = m_meeting.id](QString *error) {
        return m_stores.meetings.setModules(id, ids, error);
    });
    buildQuestions();
    emit meetingChanged();
}

void MeetingPage::buildAttendance()
{
    clearLayout(m_attendanceLayout);
    const QHash<qint64, bool> attendance = m_stores.meetings.attendance(m_meeting.id);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const Member &member : std::as_const(m_members)) {
        if (!member.active && !attendance.contains(member.id))
            continue;
        auto *present = new QCheckBox(u"%1 (%2)"_s.arg(member.name, RecordNames::name(member.role)), m_attendance);
        present->setObjectName(u"present_%1"_s.arg(member.id));
        present->setChecked(attendance.value(member.id, false));
        connect(present, &QCheckBox::toggled, this, [this, id = member.id](bool checked) {
            const qint64 meeting = m_meeting.id;
            m_stores.autosave.queue(AutosaveKey::attendance(meeting, id), [this, id, checked, meeting](QString *error) {
                return m_stores.meetings.setAttendance(meeting, id, checked, error);
            });
        });
        grid->addWidget(present, row / 2, row % 2);
        ++row;
    }
    m_attendanceLayout->addWidget(new QLabel(tr("Tick those present; the others are recorded as absent."), m_attendance));
    m_attendanceLayout->addLayout(grid);
    if (m_members.isEmpty())
        m_attendanceLayout->addWidget(new QLabel(tr("The group has no members yet: add them under Group."), m_attendance));

    auto *guests = new QLineEdit(m_attendance);
    guests->setObjectName(u"guests"_s);
    guests->setAccessibleName(tr("Guests"));
    guests->setPlaceholderText(tr("Guests, separated by commas: Name (role), Name (role)"));
    QStringList names;
    const QList<Guest> existing = m_stores.meetings.guests(m_meeting.id);
    for (const Guest &guest : existing)
        names.append(guest.role.isEmpty() ? guest.name : u"%1 (%2)"_s.arg(guest.name, guest.role));
    guests->setText(names.join(u", "_s));
    bindText(guests, m_stores.autosave, AutosaveKey::guests(m_meeting.id), [this, meeting = m_meeting.id](const QString &text, QString *error) {
        // The line is the list: replace the meeting's guests with what it says now.
        for (const Guest &guest : m_stores.meetings.guests(meeting)) {
            if (!m_stores.meetings.removeGuest(guest.id, error))
                return false;
        }
        for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
            Guest guest;
            guest.name = entry.section(u'(', 0, 0).trimmed();
            guest.role = entry.section(u'(', 1).remove(u')').trimmed();
            if (!guest.name.isEmpty() && m_stores.meetings.addGuest(meeting, guest, error) == 0)
                return false;
        }
        return true;
    });
    m_attendanceLayout->addWidget(new QLabel(tr("Guests"), m_attendance));
    m_attendanceLayout->addWidget(guests);
}

void MeetingPage::buildQuestions()
{
    m_stores.autosave.flush(); // the editors are rebuilt from what is stored
    clearLayout(m_questionsLayout);
    QHash<QString, QuestionNote> notes;
    const QList<QuestionNote> stored = m_stores.meetings.questionNotes(m_meeting.id);
    for (const QuestionNote &note : stored)
        notes.insert(u"%1/%2"_s.arg(note.moduleId).arg(note.questionIndex), note);

    if (m_meeting.moduleIds.isEmpty())
        m_questionsLayout->addWidget(new QLabel(tr("Choose the meeting's module above to see its questions."), m_questions));
    for (const QString &moduleId : std::as_const(m_meeting.moduleIds)) {
        const auto module = std::find_if(m_course.modules.cbegin(), m_course.modules.cend(),
                                         [&](const Module &m) { return m.id == moduleId; });
        if (module == m_course.modules.cend())
            continue;
        m_questionsLayout->addWidget(headingLabel(module->title, 1.2));
        for (int q = 0; q < module->questions.size(); ++q) {
            const QString key = u"%1/%2"_s.arg(moduleId).arg(q);
            const QuestionNote note = notes.value(key, QuestionNote{moduleId, q, {}, {}, {}, {}});
            m_questionVersions.insert(key, note.version);
            auto *box = new QWidget(m_questions);
            box->setObjectName(u"question_%1_%2"_s.arg(moduleId).arg(q));
            auto *grid = new QGridLayout(box);
            grid->setContentsMargins(0, 8, 0, 8);
            auto *question = new QLabel(u"%1. %2"_s.arg(q + 1).arg(module->questions.at(q)), box);
            question->setWordWrap(true);
            question->setTextFormat(Qt::PlainText);
            QFont font = question->font();
            font.setBold(true);
            question->setFont(font);
            grid->addWidget(question, 0, 0, 1, 3);
            const QStringList titles = questionFieldTitles();
            const QStringList names{u"today"_s, u"desired"_s, u"nextStep"_s};
            const QStringList texts{note.today, note.desired, note.nextStep};
            QList<QPlainTextEdit *> edits;
            for (int c = 0; c < 3; ++c) {
                grid->addWidget(new QLabel(titles.at(c), box), 1, c);
                auto *edit = makeNoteEdit(u"%1_%2_%3"_s.arg(names.at(c), moduleId).arg(q), titles.at(c), texts.at(c));
                grid->addWidget(edit, 2, c);
                grid->setColumnStretch(c, 1);
                edits.append(edit);
            }
            auto *free = makeNoteEdit(u"notes_%1_%2"_s.arg(moduleId).arg(q), tr("Notes"), note.notes, tr("Notes"));
            grid->addWidget(free, 3, 0, 1, 3);
            edits.append(free);
            for (QPlainTextEdit *edit : std::as_const(edits)) {
                connect(edit, &QPlainTextEdit::textChanged, this, [this, edits, moduleId, q, key] {
                    const QuestionNote updated{moduleId, q, edits.at(0)->toPlainText(), edits.at(1)->toPlainText(),
                                               edits.at(2)->toPlainText(), edits.at(3)->toPlainText()};
                    const qint64 meeting = m_meeting.id;
                    m_stores.autosave.queue(AutosaveKey::questionNote(meeting, moduleId, q), [this, updated, meeting, key, edits](QString *error) {
                        if (m_meeting.id != meeting)
                            return m_stores.meetings.saveQuestionNote(meeting, updated, error);
                        QuestionNote note = updated;
                        note.version = m_questionVersions.value(key);
                        switch (m_stores.meetings.saveQuestionNoteIfUnchanged(meeting, &note, error)) {
                        case MeetingStore::Saved::Yes:
                            m_questionVersions.insert(key, note.version);
                            return true;
                        case MeetingStore::Saved::Conflict:
                            m_questionVersions.insert(key, note.version);
                            QTimer::singleShot(0, this, [this, meeting, updated, note, edits] {
                                resolveQuestionNote(meeting, updated, note, edits);
                            });
                            return true;
                        case MeetingStore::Saved::Failed:
                            break;
                        }
                        return false;
                    });
                });
            }
            m_questionsLayout->addWidget(box);
        }
    }
}

} // namespace Leda
