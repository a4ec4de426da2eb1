#include "ui/meeting/preparationpage.h"

#include "core/meeting/calendarfile.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/preparationstore.h"
#include "ui/dialogs/filedialogs.h"
#include "ui/meeting/textbinding.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/layouts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

PreparationPage::PreparationPage(PreparationStore &store, MeetingStore &meetings, GroupStore &groups,
                                 MeasureStore &measures, Autosave &autosave, const Course &course, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_meetings(meetings)
    , m_groups(groups)
    , m_measures(measures)
    , m_autosave(autosave)
    , m_course(course)
{
    setObjectName(u"preparationPage"_s);
    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Meeting"), this);
    markReadOnlySafe(back);
    back->setObjectName(u"preparationBackButton"_s);
    connect(back, &QPushButton::clicked, this, [this] {
        m_autosave.flush();
        emit backRequested();
    });
    auto *title = headingLabel(tr("Preparation for the process leader"), 1.6);
    title->setObjectName(u"preparationTitle"_s);

    m_agendaTable = new QTableWidget(0, 2, this);
    m_agendaTable->setObjectName(u"agendaTable"_s);
    m_agendaTable->setAccessibleName(tr("Agenda"));
    m_agendaTable->setHorizontalHeaderLabels({tr("Agenda item"), tr("Minutes")});
    m_agendaTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A long question wraps onto a second line (a narrow window, 200 % text) rather than being cut.
    m_agendaTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agendaTable->verticalHeader()->setDefaultSectionSize(m_agendaTable->fontMetrics().lineSpacing() * 2 + 10);
    m_agendaTable->setWordWrap(true);
    m_agendaTable->setMinimumHeight(m_agendaTable->fontMetrics().height() * 2 * 12);
    // A title of the process leader's own items (a break, other questions) is typed in the table.
    connect(m_agendaTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 0 || item->row() >= m_agenda.size())
            return;
        m_agenda[item->row()].title = item->text().trimmed();
        agendaEdited();
    });
    auto *addItem = new QPushButton(tr("&Add an item"), this);
    addItem->setObjectName(u"agendaAdd"_s);
    connect(addItem, &QPushButton::clicked, this, [this] { addAgendaItem(tr("New item"), 5); });
    auto *addBreak = new QPushButton(tr("Add a &break"), this);
    addBreak->setObjectName(u"agendaAddBreak"_s);
    connect(addBreak, &QPushButton::clicked, this, [this] { addAgendaItem(tr("Break"), 10); });
    auto *addOther = new QPushButton(tr("Add &other questions"), this);
    addOther->setObjectName(u"agendaAddOther"_s);
    connect(addOther, &QPushButton::clicked, this, [this] { addAgendaItem(tr("Other questions"), 5); });
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"agendaRemove"_s);
    connect(remove, &QPushButton::clicked, this, &PreparationPage::removeAgendaItem);
    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(u"agendaUp"_s);
    connect(up, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    auto *down = new QPushButton(tr("Move do&wn"), this);
    down->setObjectName(u"agendaDown"_s);
    connect(down, &QPushButton::clicked, this, [this] { moveAgendaItem(1); });
    auto *agendaButtons = new QHBoxLayout;
    for (QPushButton *button : {addItem, addBreak, addOther, remove, up, down})
        agendaButtons->addWidget(button);
    agendaButtons->addStretch(1);

    m_endTime = new QLabel(this);
    m_endTime->setObjectName(u"plannedEnd"_s);
    auto *reset = new QPushButton(tr("Fill in from the module"), this);
    reset->setObjectName(u"agendaFromModule"_s);
    connect(reset, &QPushButton::clicked, this, [this] {
        const Module *module = meetingModule();
        if (!module)
            return;
        m_agenda = Agenda::prefilled(*module, module->film.durationMs, groupHasMeasures());
        agendaEdited();
        fillAgenda();
    });

    // Which of the group's measures the Mått item shows; none ticked: every active measure with values.
    m_measureChoice = new QListWidget(this);
    m_measureChoice->setObjectName(u"meetingMeasures"_s);
    m_measureChoice->setAccessibleName(tr("Measures to look at"));
    m_measureChoice->setMaximumHeight(m_measureChoice->fontMetrics().height() * 8);
    connect(m_measureChoice, &QListWidget::itemChanged, this, [this] {
        QList<qint64> chosen;
        for (int row = 0; row < m_measureChoice->count(); ++row) {
            if (m_measureChoice->item(row)->checkState() == Qt::Checked)
                chosen.append(m_measureChoice->item(row)->data(Qt::UserRole).toLongLong());
        }
        m_autosave.queue(AutosaveKey::meetingMeasures(m_meeting.id),
                         [&store = m_measures, meeting = m_meeting.id, chosen](QString *error) {
                             return store.setMeetingMeasures(meeting, chosen, error);
                         });
    });

    auto *checklistBox = new QWidget(this);
    m_checklist = new QVBoxLayout(checklistBox);
    m_checklist->setContentsMargins(0, 0, 0, 0);

    m_privateNotes = makeNoteEdit(u"privateNotes"_s, tr("Private notes"), {},
                                  tr("Only for you: how to open the discussion, what to watch for"));
    // The meeting is the one shown when the text was typed (captured now, not when it is written).
    connect(m_privateNotes, &QPlainTextEdit::textChanged, this, [this] {
        const qint64 meeting = m_meeting.id;
        m_autosave.queue(AutosaveKey::privateNotes(meeting), [this, meeting, text = m_privateNotes->toPlainText()](QString *e) {
            return m_store.setPrivateNotes(meeting, text, e);
        });
    });

    m_invitation = new QPlainTextEdit(this);
    m_invitation->setObjectName(u"invitationText"_s);
    m_invitation->setAccessibleName(tr("Invitation"));
    m_invitation->setMinimumHeight(220);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"copyInvitation"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_invitation->toPlainText()); });
    auto *save = new QPushButton(tr("Save as text file…"), this);
    save->setObjectName(u"saveInvitation"_s);
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!FileDialogs::saveFile(this, tr("Save the invitation"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/inbjudan.txt"_s,
                                   u"*.txt"_s, m_invitation->toPlainText().toUtf8(), &error)
            && !error.isEmpty())
            emit errorOccurred(error);
    });
    // The meeting in the members' calendars: date, time, place and the questions to think about.
    auto *calendar = new QPushButton(tr("Save for the calendar (.ics)…"), this);
    calendar->setObjectName(u"saveCalendar"_s);
    calendar->setToolTip(tr("A calendar file that Outlook, Thunderbird and GNOME Calendar import: send it with the "
                            "invitation."));
    markReadOnlySafe(calendar);
    connect(calendar, &QPushButton::clicked, this, [this] {
        const QList<Meeting> meetings = m_meetings.meetings(m_meeting.groupId);
        const Module *module = meetingModule();
        const CalendarEvent event = CalendarFile::forMeeting(
            m_groups.group(m_meeting.groupId), m_meeting, module,
            meetings.isEmpty() || meetings.first().id == m_meeting.id, CalendarFile::occurrence(meetings, m_meeting));
        QString error;
        if (!FileDialogs::saveFile(this, tr("Save the meeting for the calendar"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       + u"/möte-%1.ics"_s.arg(m_meeting.date.toString(Qt::ISODate)),
                                   tr("Calendar files (*.ics)"), CalendarFile::write({event}), &error)
            && !error.isEmpty())
            emit errorOccurred(error);
    });
    auto *mail = new QPushButton(tr("Open in the mail program"), this);
    for (QWidget *reading : std::initializer_list<QWidget *>{copy, save, mail, m_invitation})
        markReadOnlySafe(reading); // the invitation is read, copied and sent, not changed
    mail->setObjectName(u"mailInvitation"_s);
    connect(mail, &QPushButton::clicked, this, [this] {
        const Module *module = meetingModule();
        const Group group = m_groups.group(m_meeting.groupId);
        const QString subject = module ? Invitation::subject(group, m_meeting, *module) : group.name;
        // To every active member with an address; the mail program lets the user add others.
        QDesktopServices::openUrl(Invitation::mailto(Invitation::recipients(m_groups.members(m_meeting.groupId)),
                                                     subject, m_invitation->toPlainText()));
    });
    auto *invitationButtons = new QHBoxLayout;
    invitationButtons->addWidget(copy);
    invitationButtons->addWidget(save);
    invitationButtons->addWidget(mail);
    invitationButtons->addWidget(calendar);
    invitationButtons->addStretch(1);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(headingLabel(tr("Agenda"), 1.25));
    auto *agendaHint = new QLabel(tr("The module's recommended questions have the time. An item with 0 minutes is "
                                     "left out on the big screen: give a question minutes to take it too."),
                                  this);
    agendaHint->setObjectName(u"agendaHint"_s);
    agendaHint->setWordWrap(true);
    column->addWidget(agendaHint);
    column->addWidget(m_agendaTable);
    column->addLayout(agendaButtons);
    auto *agendaFooter = new QHBoxLayout;
    agendaFooter->addWidget(m_endTime, 1);
    agendaFooter->addWidget(reset);
    column->addLayout(agendaFooter);
    column->addWidget(headingLabel(tr("Measures"), 1.25));
    auto *measuresHint = new QLabel(tr("Tick the measures the group looks at under “Our measures”, one chart per step "
                                       "on the big screen. With none ticked, every active measure with values is "
                                       "shown."),
                                    this);
    measuresHint->setWordWrap(true);
    column->addWidget(measuresHint);
    column->addWidget(m_measureChoice);
    column->addWidget(headingLabel(tr("Checklist"), 1.25));
    column->addWidget(checklistBox);
    column->addWidget(headingLabel(tr("Private notes"), 1.25));
    column->addWidget(new QLabel(tr("Never shown in the room view; in an export only when you choose the notes for the process leader."), this));
    column->addWidget(m_privateNotes);
    column->addWidget(headingLabel(tr("Invitation"), 1.25));
    column->addWidget(m_invitation);
    column->addLayout(invitationButtons);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *present = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run the meeting…"), this);
    present->setObjectName(u"preparationPresentButton"_s);
    connect(present, &QPushButton::clicked, this, [this] {
        m_autosave.flush();
        emit presentationRequested();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(title, 1);
    top->addWidget(present);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

const Module *PreparationPage::meetingModule() const
{
    if (m_meeting.moduleIds.isEmpty())
        return nullptr;
    for (const Module &module : m_course.modules) {
        if (module.id == m_meeting.moduleIds.first())
            return &module;
    }
    return nullptr;
}

void PreparationPage::setMeeting(qint64 meetingId)
{
    m_autosave.flush();
    m_meeting = m_meetings.meeting(meetingId);
    const Module *module = meetingModule();
    m_agenda = m_store.agenda(meetingId, module ? module->id : QString());
    if (m_agenda.isEmpty() && module) {
        m_agenda = Agenda::prefilled(*module, module->film.durationMs, groupHasMeasures());
        if (m_autosave.acceptsEdits())
            agendaEdited(); // the prefilled agenda is the meeting's until someone changes it
    } else if (!m_agenda.isEmpty() && std::none_of(m_agenda.cbegin(), m_agenda.cend(), [](const AgendaItem &item) {
                   return item.kind == AgendaItem::Kind::Measures;
               })) {
        // An agenda made before Leda had measures: the item is offered with no time (not saved
        // until it is given some).
        const auto review = std::find_if(m_agenda.cbegin(), m_agenda.cend(),
                                         [](const AgendaItem &item) { return item.kind == AgendaItem::Kind::Review; });
        m_agenda.insert(review == m_agenda.cend() ? 0 : review - m_agenda.cbegin() + 1,
                        Agenda::measuresItem(false));
    }
    fillAgenda();
    fillChecklist();
    fillMeasures();
    {
        const QSignalBlocker blocker(m_privateNotes);
        m_privateNotes->setPlainText(m_store.privateNotes(meetingId));
    }
    const QList<Meeting> meetings = m_meetings.meetings(m_meeting.groupId);
    const bool first = meetings.isEmpty() || meetings.first().id == m_meeting.id;
    m_invitation->setPlainText(module ? Invitation::text(m_groups.group(m_meeting.groupId), m_meeting, *module, first)
                                      : QString());
}

bool PreparationPage::groupHasMeasures() const
{
    return !m_measures.measures(m_meeting.groupId).isEmpty();
}

void PreparationPage::fillMeasures()
{
    const QSignalBlocker blocker(m_measureChoice);
    m_measureChoice->clear();
    QSet<qint64> chosen;
    for (const MeetingMeasure &measure : m_measures.meetingMeasures(m_meeting.id)) {
        if (measure.chosen)
            chosen.insert(measure.measureId);
    }
    for (const Measure &measure : m_measures.measures(m_meeting.groupId)) {
        auto *item = new QListWidgetItem(measure.name, m_measureChoice);
        item->setData(Qt::UserRole, measure.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(measure.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_measureChoice->count() == 0)
        new QListWidgetItem(tr("The group has no measures yet (Meetings › Measures…)."), m_measureChoice);
}

void PreparationPage::addAgendaItem(const QString &title, int minutes)
{
    // After the chosen item; with none chosen, before the decisions and the closing round.
    int at = m_agendaTable->currentRow() + 1;
    if (at <= 0) {
        at = int(m_agenda.size());
        while (at > 0 && (m_agenda.at(at - 1).kind == AgendaItem::Kind::DecisionsAndNextSteps
                          || m_agenda.at(at - 1).kind == AgendaItem::Kind::ClosingRound))
            --at;
    }
    m_agenda.insert(at, {0, AgendaItem::Kind::Other, title, minutes, -1});
    agendaEdited();
    fillAgenda(at);
}

void PreparationPage::removeAgendaItem()
{
    const int row = m_agendaTable->currentRow();
    if (row < 0 || row >= m_agenda.size())
        return;
    m_agenda.removeAt(row);
    agendaEdited();
    fillAgenda(std::min(row, int(m_agenda.size()) - 1));
}

void PreparationPage::moveAgendaItem(int by)
{
    const int row = m_agendaTable->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_agenda.size())
        return;
    m_agenda.move(row, to);
    agendaEdited();
    fillAgenda(to);
}

void PreparationPage::fillAgenda(int selectRow)
{
    const QSignalBlocker blocker(m_agendaTable);
    m_agendaTable->setRowCount(int(m_agenda.size()));
    for (int row = 0; row < m_agenda.size(); ++row) {
        auto *title = new QTableWidgetItem(m_agenda.at(row).title);
        // The course's own items keep their titles; the process leader's own can be renamed.
        const bool own = m_agenda.at(row).kind == AgendaItem::Kind::Other;
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (own ? Qt::ItemIsEditable : Qt::NoItemFlags));
        m_agendaTable->setItem(row, 0, title);
        auto *minutes = new QSpinBox(m_agendaTable);
        minutes->setObjectName(u"timebox_%1"_s.arg(row));
        minutes->setAccessibleName(tr("Minutes for %1").arg(m_agenda.at(row).title));
        minutes->setRange(0, 240);
        minutes->setSuffix(tr(" min"));
        minutes->setValue(m_agenda.at(row).minutes);
        connect(minutes, &QSpinBox::valueChanged, this, [this, row](int value) {
            m_agenda[row].minutes = value;
            agendaEdited();
        });
        m_agendaTable->setCellWidget(row, 1, minutes);
    }
    if (selectRow >= 0)
        m_agendaTable->setCurrentCell(selectRow, 0);
    updateEndTime();
}

void PreparationPage::agendaEdited()
{
    const Module *module = meetingModule();
    m_autosave.queue(AutosaveKey::agenda(m_meeting.id), [this, agenda = m_agenda, id = m_meeting.id,
                                   moduleId = module ? module->id : QString()](QString *error) {
        return m_store.saveAgenda(id, moduleId, agenda, error);
    });
    updateEndTime();
}

void PreparationPage::updateEndTime()
{
    m_endTime->setText(plannedEndText());
}

QString PreparationPage::plannedEndText() const
{
    const int total = Agenda::totalMinutes(m_agenda);
    if (!m_meeting.startTime.isValid())
        return tr("In all %1 minutes. Set the meeting's start time to see when it ends.").arg(total);
    return tr("In all %1 minutes: from %2 to %3 (planned end %4).")
        .arg(total)
        .arg(m_meeting.startTime.toString(u"HH.mm"_s), Agenda::plannedEnd(m_agenda, m_meeting.startTime).toString(u"HH.mm"_s),
             m_meeting.endTime.isValid() ? m_meeting.endTime.toString(u"HH.mm"_s) : u"–"_s);
}

QString PreparationPage::invitationText() const
{
    return m_invitation->toPlainText();
}

void PreparationPage::fillChecklist()
{
    m_autosave.flush(); // the rows are rebuilt from what is stored
    clearLayout(m_checklist);
    QString error;
    const QList<ChecklistItem> items = m_store.checklist(m_meeting.id, &error);
    if (items.isEmpty() && !error.isEmpty())
        emit errorOccurred(error);
    const QList<std::pair<ChecklistItem::Phase, QString>> phases{
        {ChecklistItem::Phase::Before, tr("Before the meeting")},
        {ChecklistItem::Phase::During, tr("During the meeting")},
        {ChecklistItem::Phase::After, tr("After the meeting")}};
    for (const auto &[phase, phaseName] : phases) {
        m_checklist->addWidget(headingLabel(phaseName, 1.0));
        for (const ChecklistItem &item : items) {
            if (item.phase != phase)
                continue;
            auto *box = new QCheckBox;
            box->setObjectName(u"check_%1"_s.arg(item.id));
            box->setChecked(item.done);
            box->setAccessibleName(item.text);
            connect(box, &QCheckBox::toggled, this, [this, id = item.id](bool done) {
                m_autosave.queue(AutosaveKey::checklistTick(id), [this, id, done](QString *e) { return m_store.setChecked(id, done, e); });
            });
            auto *text = recordLine(item.text);
            text->setObjectName(u"checkText_%1"_s.arg(item.id));
            text->setAccessibleName(tr("Checklist item"));
            text->setFrame(false);
            bindText(text, m_autosave, AutosaveKey::checklistText(item.id), [this, id = item.id](const QString &value, QString *e) {
                return m_store.setChecklistText(id, value, e);
            });
            auto *remove = new QToolButton;
            remove->setObjectName(u"checkRemove_%1"_s.arg(item.id));
            remove->setText(u"×"_s);
            remove->setToolTip(tr("Remove from the checklist"));
            remove->setAccessibleName(tr("Remove from the checklist"));
            connect(remove, &QToolButton::clicked, this, [this, id = item.id] {
                QString removeError;
                m_autosave.flush();
                if (!m_store.removeChecklistItem(id, &removeError))
                    emit errorOccurred(removeError);
                QTimer::singleShot(0, this, &PreparationPage::fillChecklist); // not while the button is in use
            });
            auto *row = new QHBoxLayout;
            row->addWidget(box);
            row->addWidget(text, 1);
            row->addWidget(remove);
            m_checklist->addLayout(row);
        }
        auto *add = new QPushButton(tr("Add an item"));
        add->setObjectName(u"checkAdd_%1"_s.arg(Checklist::phaseKey(phase)));
        connect(add, &QPushButton::clicked, this, [this, phase = phase] {
            QString addError;
            m_autosave.flush();
            const qint64 id = m_store.addChecklistItem(m_meeting.id, phase, {}, &addError);
            if (id == 0) {
                emit errorOccurred(addError);
                return;
            }
            QTimer::singleShot(0, this, [this, id] {
                fillChecklist();
                if (auto *text = findChild<QLineEdit *>(u"checkText_%1"_s.arg(id))) {
                    text->show();
                    text->setFocus();
                }
            });
        });
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(add);
        addRow->addStretch(1);
        m_checklist->addLayout(addRow);
    }
}

} // namespace Leda
