#include "ui/presentation/roomview.h"

#include "core/presentation/presentationsession.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/presentationtext.h"
#include "ui/presentation/steppanel.h"

#include <QCloseEvent>
#include <QFile>
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
    static const QString style = [] {
        QFile file(u":/style/roomview.qss"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    QString sized = style;
    sized.replace(u"@BODY@"_s, QString::number(body))
        .replace(u"@SMALL@"_s, QString::number(small))
        .replace(u"@TITLE@"_s, QString::number(h / 18))
        .replace(u"@TIMER@"_s, QString::number(h / 12))
        .replace(u"@AGENDA@"_s, QString::number(h / 38));
    setStyleSheet(sized);
}

void RoomView::closeEvent(QCloseEvent *event)
{
    event->ignore(); // the presentation decides; it closes both views together
    emit closeRequested();
}

} // namespace Leda
