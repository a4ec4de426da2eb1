#include "ui/help/welcomepage.h"
#include "ui/widgets/flowlayout.h"

#include "ui/widgets/labels.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *title = headingLabel(tr("Welcome to Leda"), 1.8);
    title->setObjectName(u"welcomeTitle"_s);
    auto *about = new QLabel(tr("Leda helps a leadership group learn to lead improvement work together: one module of "
                                "the course per meeting, with a film, questions to discuss and the group's own "
                                "minutes, decisions and next steps. At every meeting the group comes back to what it "
                                "decided last time."),
                             this);
    about->setWordWrap(true);

    // The three steps, each a button with a line on what it leads to.
    const struct
    {
        QString objectName;
        QString text;
        QString explanation;
        void (WelcomePage::*signal)();
    } steps[] = {
        {u"welcomeCreateGroup"_s, tr("&1. Create the leadership group"),
         tr("Name the group and add its members, with title and e-mail address for the invitations."),
         &WelcomePage::createGroupRequested},
        {u"welcomePlanSeries"_s, tr("&2. Plan the series"),
         tr("Dates for the course's meetings, one module at each, and a calendar file for everyone."),
         &WelcomePage::planSeriesRequested},
        {u"welcomePrepareMeeting"_s, tr("&3. Prepare the first meeting"),
         tr("The agenda, the questions to take and the invitation. In the meeting, Leda runs it on the big screen."),
         &WelcomePage::prepareMeetingRequested},
    };
    auto *stepGrid = new QGridLayout;
    stepGrid->setColumnStretch(1, 1);
    stepGrid->setHorizontalSpacing(18);
    int row = 0;
    for (const auto &step : steps) {
        auto *button = new QPushButton(step.text, this);
        button->setObjectName(step.objectName);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        button->setFont(font);
        button->setAutoDefault(true); // Enter presses the one with the focus
        button->setAccessibleDescription(step.explanation);
        connect(button, &QPushButton::clicked, this, step.signal);
        auto *explanation = new QLabel(step.explanation, this);
        explanation->setWordWrap(true);
        explanation->setBuddy(button);
        stepGrid->addWidget(button, row, 0);
        stepGrid->addWidget(explanation, row, 1);
        m_steps.append(button);
        ++row;
    }

    m_places = new QLabel(this);
    m_places->setObjectName(u"welcomePlaces"_s);
    m_places->setWordWrap(true);
    m_places->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *course = new QPushButton(tr("Look at the &course first"), this);
    course->setObjectName(u"welcomeCourse"_s);
    connect(course, &QPushButton::clicked, this, &WelcomePage::courseRequested);
    auto *guide = new QPushButton(tr("Read the &guide (F1)"), this);
    guide->setObjectName(u"welcomeGuide"_s);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
    m_importGroup = new QPushButton(tr("&Import a group from another computer…"), this);
    m_importGroup->setObjectName(u"welcomeImportGroup"_s);
    m_importGroup->setToolTip(tr("A group package (.leda) that Leda on another computer exported with File › "
                                 "Export group…"));
    connect(m_importGroup, &QPushButton::clicked, this, &WelcomePage::importGroupRequested);
    // Wraps when the text is large (200 %) rather than squeezing a button.
    auto *more = new FlowLayout;
    more->addWidget(course);
    more->addWidget(guide);
    more->addWidget(m_importGroup);

    // A column of readable width in the middle of a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(900);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(title);
    columnLayout->addWidget(about);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(stepGrid);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_places);
    columnLayout->addLayout(more);
    columnLayout->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 32, 24, 24);
    layout->addStretch(1);
    layout->addWidget(column, 4);
    layout->addStretch(1);
    setTabOrder(m_steps.at(0), m_steps.at(1));
    setTabOrder(m_steps.at(1), m_steps.at(2));
    setTabOrder(m_steps.at(2), course);
    setTabOrder(course, guide);
    setTabOrder(guide, m_importGroup);
}

void WelcomePage::setPlaces(const QString &courseFolder, const QString &record, bool onServer, bool readOnly)
{
    QString text = onServer ? tr("The course is read from %1. What the group writes is saved as you type, on the "
                                 "region's server %2, which IT backs up.")
                                  .arg(QDir::toNativeSeparators(courseFolder), record)
                            : tr("The course is read from %1. What the group writes is saved as you type, in %2; "
                                 "Leda backs it up by itself (File › Restore from backup).")
                                  .arg(QDir::toNativeSeparators(courseFolder), QDir::toNativeSeparators(record));
    if (readOnly)
        text += u' ' + tr("This record is read-only: open or create a record you may write to (File menu) to start.");
    m_places->setText(text);
    for (QPushButton *step : std::as_const(m_steps))
        step->setEnabled(!readOnly);
    m_importGroup->setEnabled(!readOnly);
}

} // namespace Leda
