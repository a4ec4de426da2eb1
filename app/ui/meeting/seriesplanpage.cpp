#include "ui/meeting/seriesplanpage.h"
#include "ui/widgets/flowlayout.h"

#include "core/meeting/calendarfile.h"

#include "core/settings/settings.h"
#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/preparationstore.h"
#include "ui/dialogs/filedialogs.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/pagetop.h"
#include "ui/widgets/stepfields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

enum Column { MeetingColumn, DateColumn, ModuleColumn, StateColumn, ActionsColumn, ColumnCount };

} // namespace

SeriesPlanPage::SeriesPlanPage(PreparationStore &store, MeetingStore &meetings, GroupStore &groups,
                               Autosave &autosave, Settings &settings, const Course &course, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_meetings(meetings)
    , m_groups(groups)
    , m_autosave(autosave)
    , m_settings(settings)
    , m_course(course)
{
    setObjectName(u"seriesPlanPage"_s);
    const PageTop top = makePageTop(this, u"seriesPlanBackButton"_s, tr("Meetings"), [this] {
        m_autosave.flush();
        emit backRequested();
    });
    m_title = top.title;
    m_title->setObjectName(u"seriesPlanTitle"_s);

    m_firstDate = StepFields::dateEdit(this, u"planFirstDate"_s);
    m_firstDate->setCalendarPopup(true);
    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(u"planWeeks"_s);
    m_weeks->setAccessibleName(tr("Weeks between meetings"));
    m_firstDate->setAccessibleName(tr("Date of the first meeting"));
    m_weeks->setRange(1, 12);
    m_weeks->setValue(4);
    m_weeks->setSuffix(tr(" weeks"));
    auto *redateButton = new QPushButton(tr("Lay out the dates again"), this);
    redateButton->setObjectName(u"planRedate"_s);
    redateButton->setToolTip(tr("Gives every module that is not skipped a date, from the first meeting on."));
    // Which weeks the dates avoid (public holidays always), remembered for the next plan.
    auto *skipSummer = new QCheckBox(tr("Not in the summer weeks (27–32)"), this);
    skipSummer->setObjectName(u"planSkipSummer"_s);
    auto *skipChristmas = new QCheckBox(tr("Not at Christmas and New Year"), this);
    skipChristmas->setObjectName(u"planSkipChristmas"_s);
    skipSummer->setChecked(m_settings.meetingDayRules().skipSummer);
    skipChristmas->setChecked(m_settings.meetingDayRules().skipChristmas);
    for (QCheckBox *box : {skipSummer, skipChristmas}) {
        connect(box, &QCheckBox::toggled, this, [this, skipSummer, skipChristmas] {
            MeetingDayRules rules = m_settings.meetingDayRules();
            rules.skipSummer = skipSummer->isChecked();
            rules.skipChristmas = skipChristmas->isChecked();
            m_settings.setMeetingDayRules(rules);
        });
    }
    connect(redateButton, &QPushButton::clicked, this, [this] {
        SeriesPlan::redate(m_plan, m_firstDate->date(), m_weeks->value(), m_settings.meetingDayRules());
        apply(true);
    });
    // One row that wraps on a narrow screen, each label kept with its field.
    const auto labelled = [this](const QString &text, QWidget *field) {
        auto *pair = new QWidget(this);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 12, 0);
        auto *label = new QLabel(text, pair);
        label->setBuddy(field);
        pairLayout->addWidget(label);
        pairLayout->addWidget(field);
        return pair;
    };
    auto *planning = new FlowLayout;
    planning->addWidget(labelled(tr("First meeting"), m_firstDate));
    planning->addWidget(labelled(tr("Time between meetings"), m_weeks));
    planning->addWidget(skipSummer);
    planning->addWidget(skipChristmas);
    planning->addWidget(redateButton);
    // The whole series in the members' calendars, booked at once.
    auto *calendar = new QPushButton(tr("Save the series for the calendar (.ics)…"), this);
    calendar->setObjectName(u"planCalendar"_s);
    markReadOnlySafe(calendar);
    connect(calendar, &QPushButton::clicked, this, [this] {
        const Group group = m_groups.group(m_groupId);
        const QByteArray bytes = CalendarFile::write(
            CalendarFile::forSeries(group, m_meetings.meetings(m_groupId), m_plan, m_course));
        QString error;
        if (!FileDialogs::saveFile(this, tr("Save the series for the calendar"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       + u"/mötesserie.ics"_s,
                                   tr("Calendar files (*.ics)"), bytes, &error)
            && !error.isEmpty())
            emit errorOccurred(error);
    });
    planning->addWidget(calendar);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"planTable"_s);
    m_table->setAccessibleName(tr("Series plan"));
    m_table->setHorizontalHeaderLabels({tr("Meeting"), tr("Date"), tr("Module"), tr("Status"), {}});
    m_table->horizontalHeader()->setSectionResizeMode(ModuleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 8);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *help = new QLabel(tr("The course is meant to be used freely: take the modules in the order that suits the "
                               "group, skip one, or give a module two meetings. New meetings follow the plan."),
                            this);
    help->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top.layout);
    layout->addWidget(help);
    layout->addLayout(planning);
    layout->addWidget(m_table, 1);
}

void SeriesPlanPage::setGroup(qint64 groupId)
{
    m_autosave.flush();
    m_groupId = groupId;
    m_title->setText(tr("Series plan: %1").arg(m_groups.group(groupId).name));
    m_plan = m_store.plan(groupId);
    const QList<Meeting> held = m_meetings.meetings(groupId);
    if (m_plan.isEmpty()) {
        // A first plan from the course: from the group's first meeting, or a week from today.
        const QDate first = held.isEmpty() ? QDate::currentDate().addDays(7) : held.first().date;
        m_plan = SeriesPlan::fromCourse(m_course, first, m_weeks->value(), m_settings.meetingDayRules());
        if (m_autosave.acceptsEdits())
            changed();
    }
    const auto firstPlanned = std::find_if(m_plan.cbegin(), m_plan.cend(),
                                           [](const PlanEntry &entry) { return entry.plannedDate.isValid(); });
    m_firstDate->setDate(firstPlanned != m_plan.cend() ? firstPlanned->plannedDate : QDate::currentDate());
    fill();
}

QString SeriesPlanPage::moduleTitle(const QString &moduleId) const
{
    for (const Module &module : m_course.modules) {
        if (module.id == moduleId)
            return module.number > 0 ? u"%1. %2"_s.arg(module.number).arg(module.title) : module.title;
    }
    return tr("%1 (not in this course)").arg(moduleId);
}

void SeriesPlanPage::changed()
{
    m_autosave.queue(AutosaveKey::seriesPlan(m_groupId), [this, plan = m_plan, group = m_groupId](QString *error) {
        return m_store.savePlan(group, plan, error);
    });
}

void SeriesPlanPage::apply(bool edited)
{
    if (edited) {
        changed();
        fill();
    }
}

void SeriesPlanPage::fill()
{
    const QList<Meeting> held = m_meetings.meetings(m_groupId);
    const int next = SeriesPlan::nextEntry(m_plan, held);
    // Which plan entries the meetings held so far stand for, as nextEntry counts them.
    QHash<QString, QList<QDate>> heldDates;
    for (const Meeting &meeting : held) {
        for (const QString &moduleId : meeting.moduleIds)
            heldDates[moduleId].append(meeting.date);
    }

    for (auto *old : m_table->findChildren<QDateEdit *>())
        old->blockSignals(true); // replaced below; a half-typed date must not land on another row
    m_table->setRowCount(int(m_plan.size()));
    int number = 0;
    for (int row = 0; row < m_plan.size(); ++row) {
        const PlanEntry &entry = m_plan.at(row);
        const auto item = [&](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled);
            if (entry.skipped)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            return cell;
        };
        m_table->setItem(row, MeetingColumn, item(entry.skipped ? u"–"_s : QString::number(++number)));
        m_table->setItem(row, ModuleColumn, item(moduleTitle(entry.moduleId)));

        auto *date = StepFields::dateEdit(m_table, u"planDate_%1"_s.arg(row));
        date->setAccessibleName(tr("Date for %1").arg(moduleTitle(entry.moduleId)));
        date->setCalendarPopup(true);
        date->setEnabled(!entry.skipped);
        date->setSpecialValueText(tr("no date"));
        date->setMinimumDate(QDate(2000, 1, 1));
        date->setDate(entry.plannedDate.isValid() ? entry.plannedDate : date->minimumDate());
        connect(date, &QDateEdit::userDateChanged, this, [this, row](const QDate &value) {
            if (row >= m_plan.size()) // an editor of a row that has just gone
                return;
            m_plan[row].plannedDate = value;
            changed();
        });
        m_table->setCellWidget(row, DateColumn, date);

        QString state;
        QList<QDate> &dates = heldDates[entry.moduleId];
        if (entry.skipped)
            state = tr("Skipped");
        else if (!dates.isEmpty()) {
            // A meeting already created for a later date is not held yet.
            const QDate date = dates.takeFirst();
            state = (date > QDate::currentDate() ? tr("Meeting created for %1") : tr("Held %1"))
                        .arg(QLocale().toString(date, QLocale::ShortFormat));
        }
        else if (row == next)
            state = tr("Next meeting");
        m_table->setItem(row, StateColumn, item(state));

        auto *actions = new QWidget(m_table);
        auto *buttons = new QHBoxLayout(actions);
        buttons->setContentsMargins(4, 0, 4, 0);
        const auto button = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
            auto *b = new QToolButton(actions);
            b->setObjectName(u"plan_%1_%2"_s.arg(name).arg(row));
            b->setText(text);
            b->setToolTip(tip);
            b->setAccessibleName(tip);
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
            connect(b, &QToolButton::clicked, this, slot);
            buttons->addWidget(b);
            return b;
        };
        button(u"up"_s, u"↑"_s, tr("Earlier"), [this, row] { apply(SeriesPlan::move(m_plan, row, row - 1)); })
            ->setEnabled(row > 0);
        button(u"down"_s, u"↓"_s, tr("Later"), [this, row] { apply(SeriesPlan::move(m_plan, row, row + 1)); })
            ->setEnabled(row + 1 < m_plan.size());
        button(u"skip"_s, entry.skipped ? tr("Take along") : tr("Skip"),
               entry.skipped ? tr("Take the module along again") : tr("Skip the module"), [this, row] {
                   apply(SeriesPlan::setSkipped(m_plan, row, !m_plan.at(row).skipped, m_weeks->value()));
               });
        button(u"double"_s, tr("Two meetings"), tr("Give the module one more meeting"),
               [this, row] { apply(SeriesPlan::spendTwoMeetings(m_plan, row, m_weeks->value())); });
        const bool extra = std::count_if(m_plan.cbegin(), m_plan.cend(),
                                         [&](const PlanEntry &e) { return e.moduleId == entry.moduleId; })
                           > 1;
        if (extra)
            button(u"remove"_s, tr("Remove"), tr("Remove this extra meeting"),
                   [this, row] { apply(SeriesPlan::removeExtraMeeting(m_plan, row)); });
        m_table->setCellWidget(row, ActionsColumn, actions);
    }
}

} // namespace Leda
