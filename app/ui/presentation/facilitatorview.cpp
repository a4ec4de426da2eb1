#include "ui/presentation/facilitatorview.h"

#include "core/presentation/presentationsession.h"
#include "ui/presentation/presentationtext.h"
#include "ui/presentation/steppanel.h"
#include "ui/widgets/labels.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {


FacilitatorView::FacilitatorView(PresentationSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(u"facilitatorView"_s);
    setWindowTitle(tr("Leda – facilitator view"));

    // Current and next item, the timer and its controls.
    m_now = headingLabel({}, 1.6);
    m_now->setObjectName(u"facilitatorNow"_s);
    m_next = new QLabel(this);
    m_next->setObjectName(u"facilitatorNext"_s);
    m_next->setWordWrap(true);
    m_timer = headingLabel({}, 2.4);
    m_timer->setObjectName(u"facilitatorTimer"_s);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(u"timerPause"_s);
    connect(m_pause, &QPushButton::clicked, &m_session, &PresentationSession::toggleTimer);
    auto *extend = new QPushButton(tr("+1 min"), this);
    extend->setObjectName(u"timerExtend"_s);
    connect(extend, &QPushButton::clicked, this, [this] { m_session.extendTimer(1); });
    auto *restart = new QPushButton(tr("Start the time again"), this);
    restart->setObjectName(u"timerRestart"_s);
    connect(restart, &QPushButton::clicked, &m_session, &PresentationSession::restartTimer);
    auto *back = new QPushButton(tr("← Back"), this);
    back->setObjectName(u"facilitatorBack"_s);
    connect(back, &QPushButton::clicked, &m_session, &PresentationSession::back);
    auto *forward = new QPushButton(tr("Next →"), this);
    forward->setObjectName(u"facilitatorForward"_s);
    connect(forward, &QPushButton::clicked, &m_session, &PresentationSession::next);

    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timer);
    timerRow->addWidget(m_pause);
    timerRow->addWidget(extend);
    timerRow->addWidget(restart);
    timerRow->addStretch(1);
    timerRow->addWidget(back);
    timerRow->addWidget(forward);

    m_panel = new StepPanel(session, StepPanel::Audience::Facilitator, this);
    connect(m_panel, &StepPanel::filmToggleRequested, this, &FacilitatorView::filmToggleRequested);

    auto *problem = new QLabel(this);
    problem->setObjectName(u"facilitatorProblem"_s);
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #b71c1c; font-weight: bold;"_s);
    problem->hide();
    connect(&m_session, &PresentationSession::errorOccurred, problem, [problem](const QString &message) {
        problem->setText(message);
        problem->show();
    });
    connect(&m_session, &PresentationSession::recordSaved, problem, &QLabel::hide);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->addWidget(problem);
    mainLayout->addWidget(m_now);
    mainLayout->addWidget(m_next);
    mainLayout->addLayout(timerRow);
    mainLayout->addWidget(m_panel, 1);

    // The side: the agenda to jump in, and the notes that stay on this screen.
    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(u"facilitatorAgenda"_s);
    m_agenda->setTextElideMode(Qt::ElideRight);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QList<AgendaItem> &items = m_session.steps();
    const QTime start = m_session.meeting().startTime;
    for (int i = 0; i < items.size(); ++i) {
        // The opening and closing slides take no time of their own.
        const QString text = items.at(i).minutes > 0
            ? tr("%1 (%2 min)").arg(PresentationText::title(m_session, i)).arg(items.at(i).minutes)
            : PresentationText::title(m_session, i);
        m_agenda->addItem(start.isValid() ? u"%1  %2"_s.arg(Agenda::startOf(items, i, start).toString(u"HH.mm"_s), text)
                                          : text);
        m_agenda->item(i)->setToolTip(PresentationText::title(m_session, i));
    }
    connect(m_agenda, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_session.goTo(m_agenda->row(item)); });

    QStringList notes;
    for (const QString &note : m_session.facilitatorNotes())
        notes << u"• "_s + note;
    auto *moduleNotes = new QLabel(notes.isEmpty() ? tr("The module has no facilitator notes.") : notes.join(u"\n"_s), this);
    moduleNotes->setObjectName(u"facilitatorNotes"_s);
    moduleNotes->setWordWrap(true);
    moduleNotes->setTextFormat(Qt::PlainText);
    const QString privateText = m_session.privateNotes();
    auto *privateNotes = new QLabel(privateText.isEmpty() ? tr("No private notes for this meeting.") : privateText, this);
    privateNotes->setObjectName(u"facilitatorPrivateNotes"_s);
    privateNotes->setWordWrap(true);
    privateNotes->setTextFormat(Qt::PlainText);
    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(headingLabel(tr("Facilitator notes (only on this screen)"), 1.1));
    notesLayout->addWidget(moduleNotes);
    notesLayout->addWidget(headingLabel(tr("Your private notes"), 1.1));
    notesLayout->addWidget(privateNotes);
    notesLayout->addStretch(1);
    auto *notesScroll = new QScrollArea(this);
    notesScroll->setWidgetResizable(true);
    notesScroll->setWidget(notesBox);

    m_screens = new QComboBox(this);
    m_screens->setObjectName(u"roomScreen"_s);
    connect(m_screens, &QComboBox::activated, this, [this](int index) { emit roomScreenChosen(m_screens->itemText(index)); });
    auto *leave = new QPushButton(tr("End the presentation (Esc)"), this);
    leave->setObjectName(u"leavePresentation"_s);
    connect(leave, &QPushButton::clicked, this, &FacilitatorView::leaveRequested);
    auto *screenRow = new QHBoxLayout;
    screenRow->addWidget(new QLabel(tr("Big screen:"), this));
    screenRow->addWidget(m_screens, 1);
    screenRow->addWidget(leave);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addLayout(screenRow);
    sideLayout->addWidget(headingLabel(tr("Agenda"), 1.1));
    sideLayout->addWidget(m_agenda, 1);
    sideLayout->addWidget(notesScroll, 2);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(main, 3);
    layout->addWidget(side, 2);

    connect(&m_session, &PresentationSession::stepChanged, this, &FacilitatorView::showStep);
    connect(&m_session, &PresentationSession::timerChanged, this, &FacilitatorView::updateTimer);
    showStep();
}

void FacilitatorView::setScreens(const QStringList &screens, const QString &roomScreen)
{
    const QSignalBlocker blocker(m_screens);
    m_screens->clear();
    m_screens->addItems(screens);
    m_screens->setCurrentIndex(int(screens.indexOf(roomScreen)));
}

void FacilitatorView::showStep()
{
    if (m_session.stepCount() == 0)
        return;
    const int index = m_session.currentIndex();
    m_now->setText(tr("Now: %1").arg(PresentationText::title(m_session, index)));
    m_next->setText(m_session.hasNext() ? tr("Next: %1").arg(PresentationText::title(m_session, index + 1))
                                        : tr("Next: the end of the meeting"));
    m_agenda->setCurrentRow(index);
    updateTimer();
}

void FacilitatorView::updateTimer()
{
    m_timer->setText(PresentationText::countdown(m_session));
    const QString style = m_session.isTimeUp() ? u"color: #c62828;"_s : QString();
    if (m_timer->styleSheet() != style)
        m_timer->setStyleSheet(style);
    m_pause->setText(m_session.isTimerRunning() ? tr("Pause (P)") : tr("Continue (P)"));
}

void FacilitatorView::closeEvent(QCloseEvent *event)
{
    event->ignore();
    emit leaveRequested();
}

} // namespace Leda
