#include "ui/presentation/roomview.h"

#include "core/presentation/presentationsession.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/presentationtext.h"
#include "ui/presentation/steppanel.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

RoomView::RoomView(PresentationSession &session, Settings &settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
{
    setObjectName(u"roomView"_s);
    setWindowTitle(tr("Leda – the meeting"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_StyledBackground);

    m_position = new QLabel(this);
    m_position->setObjectName(u"roomPosition"_s);
    m_timer = new QLabel(this);
    m_timer->setObjectName(u"roomTimer"_s);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(u"roomTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);

    m_panel = new StepPanel(session, StepPanel::Audience::Room, this);
    m_player = new FilmPlayer(settings, this);
    // The player's controls at a size the room can see, as light buttons on the dark screen.
    for (auto *button : m_player->findChildren<QToolButton *>())
        button->setIconSize(QSize(40, 40));
    connect(m_player, &FilmPlayer::positionChanged, &m_session, [this](qint64 position) {
        if (position > 0)
            m_session.filmStarted(); // the film item's countdown runs from when the film plays
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_panel);
    m_stack->addWidget(m_player);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"roomProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(&m_session, &PresentationSession::errorOccurred, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(&m_session, &PresentationSession::recordSaved, m_problem, &QLabel::hide);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"roomHint"_s);
    m_hint->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_position, 1);
    header->addWidget(m_timer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 24);
    layout->setSpacing(24);
    layout->addLayout(header);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);

    connect(&m_session, &PresentationSession::stepChanged, this, &RoomView::showStep);
    connect(&m_session, &PresentationSession::timerChanged, this, &RoomView::updateTimer);
    showStep();
    applyStyle();
}

void RoomView::showStep()
{
    if (m_session.stepCount() == 0)
        return;
    m_position->setText(PresentationText::position(m_session));
    m_title->setText(PresentationText::title(m_session, m_session.currentIndex()));
    const bool film = m_session.current().kind == AgendaItem::Kind::Film && m_session.module();
    if (film && !m_filmLoaded) {
        m_player->setFilm(m_session.module()->film);
        m_filmLoaded = true;
    }
    if (!film && m_filmLoaded)
        m_player->pause();
    m_stack->setCurrentWidget(film ? static_cast<QWidget *>(m_player) : m_panel);
    m_hint->setText(PresentationText::keyHint(m_session.current()));
    updateTimer();
}

QString RoomView::timerText() const
{
    return m_timer->text();
}

QString RoomView::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool RoomView::showsTimeUp() const
{
    return m_timer->property("state").toString() == u"up"_s;
}

void RoomView::updateTimer()
{
    m_timer->setText(PresentationText::countdown(m_session));
    const QString state = m_session.isTimeUp() ? u"up"_s : m_session.isTimerRunning() ? u"running"_s : u"paused"_s;
    if (m_timer->property("state").toString() != state) {
        m_timer->setProperty("state", state);
        style()->unpolish(m_timer);
        style()->polish(m_timer);
    }
}

void RoomView::scrollPage(int direction)
{
    m_panel->scrollPage(direction);
}

void RoomView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyStyle();
}

void RoomView::applyStyle()
{
    // Type sized from the screen's height, never from the window's: on a 1080-line screen the body
    // text is 36 px high. (Sized from the window, a list wider than the screen grew the window,
    // which grew the type, which grew the window…)
    const int h = qMax(600, screen() ? screen()->geometry().height() : height());
    if (h == m_styledHeight)
        return;
    m_styledHeight = h;
    const int body = h / 30;
    const int small = h / 45;
    setStyleSheet(uR"(
        #roomView { background: #0e141b; }
        #roomView QLabel { color: #f4f6f8; font-size: %1px; }
        #roomView QLabel#roomPosition, #roomView QLabel#roomHint { color: #b7c3cf; font-size: %2px; }
        #roomView QLabel#roomTitle { font-size: %3px; font-weight: bold; }
        #roomView QLabel[role="columnTitle"] { color: #ffd54f; font-weight: bold; }
        #roomView QLabel#roomProblem { color: #ffffff; background: #b71c1c; padding: 8px 16px; border-radius: 8px; }
        #roomView QLabel#roomTimer { font-size: %4px; font-weight: bold; padding: 4px 24px; border-radius: 12px; }
        #roomView QLabel#roomTimer[state="paused"] { color: #90a4ae; }
        #roomView QLabel#roomTimer[state="up"] { color: #ffffff; background: #c62828; }
        #roomView QToolButton { padding: 6px 10px; color: #0e141b; background: #e8edf2; border-radius: 6px;
            font-size: %2px; }
        #roomView QToolButton:checked { background: #ffd54f; }
        #roomView QComboBox { font-size: %2px; } /* the film player's; the panel's are larger, below */
        #roomView QSlider::groove:horizontal { height: 10px; background: #3d4f61; border-radius: 5px; }
        #roomView QSlider::sub-page:horizontal { background: #ffd54f; border-radius: 5px; }
        #roomView QSlider::handle:horizontal { width: 28px; margin: -9px 0; background: #ffffff; border-radius: 14px; }
        #roomStepPanel QPlainTextEdit, #roomStepPanel QLineEdit, #roomStepPanel QComboBox, #roomStepPanel QDateEdit {
            color: #ffffff; background: #1b2631; font-size: %1px; border: 3px solid #3d4f61;
            border-radius: 8px; padding: 6px; selection-background-color: #ffd54f; selection-color: #000000; }
        #roomStepPanel QPlainTextEdit:focus, #roomStepPanel QLineEdit:focus, #roomStepPanel QComboBox:focus {
            border-color: #ffd54f; }
        #roomStepPanel QWidget[selected="true"] { background: #1b2631; border-left: 8px solid #ffd54f; }
        #roomStepPanel QLabel[role="detail"] { color: #b7c3cf; font-size: %2px; }
        #roomStepPanel QLabel[role="agenda"] { font-size: %5px; }
        #roomStepPanel QToolButton { font-size: %2px; }
        #roomStepPanel QScrollBar:vertical { width: 16px; background: #1b2631; }
        #roomStepPanel QScrollBar::handle:vertical { background: #b7c3cf; border-radius: 8px; min-height: 40px; }
        #roomStepPanel QScrollBar::add-line:vertical, #roomStepPanel QScrollBar::sub-line:vertical { height: 0; }
        QAbstractItemView { color: #ffffff; background: #1b2631; font-size: %1px; border: 3px solid #ffd54f;
            selection-background-color: #ffd54f; selection-color: #000000; }
        #roomStepPanel QPushButton { color: #ffffff; background: #1b2631; font-size: %1px; border: 3px solid #3d4f61;
            border-radius: 8px; padding: 8px 24px; }
        #roomStepPanel QPushButton:checked { background: #2e7d32; border-color: #81c784; }
    )"_s.arg(body)
                      .arg(small)
                      .arg(h / 18)
                      .arg(h / 12)
                      .arg(h / 38));
}

void RoomView::closeEvent(QCloseEvent *event)
{
    event->ignore(); // the presentation decides; it closes both views together
    emit closeRequested();
}

} // namespace Leda
