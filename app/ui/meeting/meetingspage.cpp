#include "ui/meeting/meetingspage.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/layouts.h"

#include "core/storage/meetingstore.h"
#include "core/storage/searchstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
constexpr int kMeetingIdRole = Qt::UserRole + 1;
}

MeetingsPage::MeetingsPage(MeetingStore &meetings, SearchStore &search, const Course &course, QWidget *parent)
    : QWidget(parent)
    , m_meetings(meetings)
    , m_search(search)
    , m_course(course)
{
    setObjectName(u"meetingsPage"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"meetingsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_newMeeting = new QPushButton(tr("New meeting"), this);
    m_newMeeting->setObjectName(u"newMeetingButton"_s);
    m_newMeeting->setAutoDefault(true); // Enter presses it when it has the focus
    connect(m_newMeeting, &QPushButton::clicked, this, &MeetingsPage::newMeetingRequested);
    auto *editGroup = new QPushButton(tr("Group and members…"), this);
    editGroup->setObjectName(u"editGroupButton"_s);
    connect(editGroup, &QPushButton::clicked, this, &MeetingsPage::editGroupRequested);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"meetingList"_s);
    m_list->setAccessibleName(tr("Meetings"));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.2);
    m_list->setFont(listFont);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openMeetingRequested(item->data(kMeetingIdRole).toLongLong()); });

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setAccessibleName(tr("Search the group's record"));
    m_searchField->setPlaceholderText(tr("Search minutes, decisions and next steps"));
    m_searchField->setClearButtonEnabled(true);
    markReadOnlySafe(m_searchField);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_searchField, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, &MeetingsPage::runSearch);
    connect(searchDelay, &QTimer::timeout, this, &MeetingsPage::runSearch);

    m_results = new QListWidget(this);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->hide();
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openMeetingRequested(item->data(kMeetingIdRole).toLongLong()); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit openMeetingRequested(item->data(kMeetingIdRole).toLongLong()); });

    auto *report = new QPushButton(tr("Course report…"), this);
    report->setObjectName(u"courseReportButton"_s);
    connect(report, &QPushButton::clicked, this, &MeetingsPage::reportRequested);

    auto *plan = new QPushButton(tr("Series plan…"), this);
    plan->setObjectName(u"seriesPlanButton"_s);
    connect(plan, &QPushButton::clicked, this, &MeetingsPage::seriesPlanRequested);

    auto *allSteps = new QPushButton(tr("All next steps…"), this);
    auto *measures = new QPushButton(tr("Measures…"), this);
    measures->setObjectName(u"measuresButton"_s);
    connect(measures, &QPushButton::clicked, this, &MeetingsPage::measuresRequested);
    for (QWidget *reading : std::initializer_list<QWidget *>{editGroup, report, plan, allSteps, measures})
        markReadOnlySafe(reading); // they lead to pages that are read-only themselves
    allSteps->setObjectName(u"allStepsButton"_s);
    connect(allSteps, &QPushButton::clicked, this, &MeetingsPage::allStepsRequested);

    // The group's name, then its buttons in a row that wraps on a narrow screen.
    m_title->setWordWrap(true);
    auto *buttons = new FlowLayout;
    for (QWidget *button : std::initializer_list<QWidget *>{m_newMeeting, allSteps, measures, plan, report, editGroup})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_searchField);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_list, 2);
}

void MeetingsPage::setGroup(const Group &group)
{
    m_group = group;
    m_searchField->clear();
    refresh();
}

QString MeetingsPage::moduleTitles(const QStringList &ids) const
{
    QStringList titles;
    for (const QString &id : ids) {
        for (const Module &module : m_course.modules) {
            if (module.id == id)
                titles.append(module.number > 0 ? tr("Module %1").arg(module.number) : module.title);
        }
    }
    return titles.join(u", "_s);
}

void MeetingsPage::refresh()
{
    m_title->setText(m_group.id ? tr("Meetings of %1").arg(m_group.name) : tr("Meetings"));
    m_newMeeting->setEnabled(m_group.id != 0);
    m_list->clear();
    if (m_group.id == 0)
        return;
    QList<Meeting> meetings = m_meetings.meetings(m_group.id);
    std::reverse(meetings.begin(), meetings.end()); // newest first
    for (const Meeting &meeting : std::as_const(meetings)) {
        QStringList parts{QLocale().toString(meeting.date, QLocale::LongFormat)};
        if (meeting.startTime.isValid())
            parts.append(QLocale().toString(meeting.startTime, QLocale::ShortFormat));
        const QString modules = moduleTitles(meeting.moduleIds);
        if (!modules.isEmpty())
            parts.append(modules);
        if (!meeting.place.isEmpty())
            parts.append(meeting.place);
        auto *item = new QListWidgetItem(parts.join(u" · "_s), m_list);
        item->setData(kMeetingIdRole, meeting.id);
    }
    if (meetings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No meetings yet. Start with New meeting."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    runSearch();
}

void MeetingsPage::runSearch()
{
    m_results->clear();
    const QString text = m_searchField->text();
    if (text.trimmed().isEmpty() || m_group.id == 0) {
        m_results->hide();
        return;
    }
    const QList<SearchHit> hits = m_search.search(m_group.id, text);
    m_results->show();
    if (hits.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing found for \"%1\".").arg(text), m_results);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const QHash<QString, QString> kinds{{u"question"_s, tr("Discussion question")}, {u"decision"_s, tr("Decision")},
                                        {u"choice"_s, tr("Choice or priority")},   {u"soft_result"_s, tr("Soft result")},
                                        {u"next_step"_s, tr("Next step")},        {u"notes"_s, tr("Free notes")}};
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(kMeetingIdRole, hit.meetingId);
        auto *label = new QLabel(u"<b>%1</b> · %2<br>%3"_s.arg(QLocale().toString(hit.meetingDate, QLocale::ShortFormat),
                                                              kinds.value(hit.kind).toHtmlEscaped(), hit.snippet),
                                 m_results);
        label->setObjectName(u"searchHit"_s);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setMargin(4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(QSize(0, label->sizeHint().height() + 8));
        m_results->setItemWidget(item, label);
    }
}

} // namespace Leda
