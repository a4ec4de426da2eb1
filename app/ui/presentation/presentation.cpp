#include "ui/presentation/presentation.h"

#include "core/presentation/screenchoice.h"
#include "core/settings/settings.h"
#include "ui/meeting/followuplist.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/facilitatorview.h"
#include "ui/presentation/roomview.h"
#include "ui/presentation/steppanel.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

bool takesText(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || (qobject_cast<const QComboBox *>(widget) && static_cast<const QComboBox *>(widget)->isEditable());
}

ScreenInfo infoOf(const QScreen *screen)
{
    return {screen->name(), screen->size()};
}

void showFullScreenOn(QWidget *window, QScreen *screen)
{
    if (screen) {
        window->setScreen(screen);
        window->setMaximumSize(screen->geometry().size()); // whatever the record holds, lists scroll
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
}

} // namespace

Presentation::Presentation(PresentationSession::Stores stores, const Course &course, Settings &settings,
                           qint64 meetingId, PresentationSession::Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(std::make_unique<PresentationSession>(stores, course, meetingId, std::move(clock)))
{
}

Presentation::~Presentation()
{
    stop();
}

void Presentation::start(QScreen *facilitatorScreen)
{
    // Follows the screens: a projector plugged in or out during the meeting gets the room view,
    // or gives it back to the one screen left.
    m_facilitatorScreen = facilitatorScreen;
    connect(qApp, &QGuiApplication::screenAdded, this, &Presentation::rearrangeSoon);
    connect(qApp, &QGuiApplication::screenRemoved, this, &Presentation::rearrangeSoon);
    begin();
    arrange();
}

void Presentation::startOn(Layout layout, QScreen *roomScreen, QScreen *facilitatorScreen)
{
    begin();
    if (layout == Layout::TwoWindows)
        showFacilitatorView(roomScreen, facilitatorScreen);
    placeRoomView(roomScreen);
}

void Presentation::begin()
{
    m_room = std::make_unique<RoomView>(*m_session, m_settings);
    connect(m_room.get(), &RoomView::closeRequested, this, &Presentation::leave);
    qApp->installEventFilter(this);
    m_running = true;
}

void Presentation::arrange()
{
    if (!m_running)
        return;
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *facilitatorScreen = screens.contains(m_facilitatorScreen.data()) ? m_facilitatorScreen.data()
                                                                              : QGuiApplication::primaryScreen();
    QList<ScreenInfo> infos;
    for (QScreen *screen : screens)
        infos.append(infoOf(screen));
    const int room = chooseRoomScreen(infos, int(screens.indexOf(facilitatorScreen)), m_settings.roomScreen());
    if (room < 0) {
        if (m_facilitator)
            m_facilitator->hide();
        placeRoomView(facilitatorScreen);
    } else {
        showFacilitatorView(screens.at(room), facilitatorScreen);
        placeRoomView(screens.at(room));
    }
}

void Presentation::rearrangeSoon()
{
    // After Qt has moved the windows of a screen that went away.
    QTimer::singleShot(0, this, &Presentation::arrange);
}

void Presentation::showFacilitatorView(QScreen *roomScreen, QScreen *facilitatorScreen)
{
    if (!m_facilitator) {
        m_facilitator = std::make_unique<FacilitatorView>(*m_session);
        connect(m_facilitator.get(), &FacilitatorView::roomScreenChosen, this, [this](const QString &key) {
            const QList<QScreen *> screens = QGuiApplication::screens();
            for (QScreen *screen : screens) {
                if (infoOf(screen).key() == key)
                    moveRoomView(screen);
            }
        });
        connect(m_facilitator.get(), &FacilitatorView::leaveRequested, this, &Presentation::leave);
        connect(m_facilitator.get(), &FacilitatorView::filmToggleRequested, m_room->player(), &FilmPlayer::togglePlay);
    }
    QStringList names;
    QString roomKey;
    for (QScreen *screen : QGuiApplication::screens()) {
        const ScreenInfo info = infoOf(screen);
        names.append(info.key());
        if (screen == roomScreen)
            roomKey = info.key();
    }
    m_facilitator->setScreens(names, roomKey);
    if (facilitatorScreen) {
        m_facilitator->setScreen(facilitatorScreen);
        m_facilitator->setGeometry(facilitatorScreen->availableGeometry());
    }
    m_facilitator->showMaximized();
    m_facilitator->setFocus(Qt::OtherFocusReason);
    m_facilitator->activateWindow();
}

void Presentation::placeRoomView(QScreen *screen)
{
    if (m_room->isFullScreen())
        m_room->showNormal();
    showFullScreenOn(m_room.get(), screen);
    m_room->setFocus(Qt::OtherFocusReason); // keys walk the agenda until someone clicks into a field
    if (!m_facilitator || m_facilitator->isHidden())
        m_room->activateWindow();
}

void Presentation::moveRoomView(QScreen *screen)
{
    if (!m_room || !screen)
        return;
    m_settings.setRoomScreen(infoOf(screen).key());
    placeRoomView(screen);
}

void Presentation::leave()
{
    if (!m_running)
        return;
    stop();
    emit finished();
}

void Presentation::stop()
{
    if (!m_running)
        return;
    m_running = false;
    qApp->removeEventFilter(this);
    m_room->player()->pause();
    m_session->finish();
    m_room->hide();
    if (m_facilitator)
        m_facilitator->hide();
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_room || (widget->window() != m_room.get() && widget->window() != m_facilitator.get()))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Keep the keys ours: the film player's own shortcuts would otherwise take Space and F.
        if (handleKey(key, widget, false)) {
            event->accept();
            return true;
        }
        return false;
    }
    return handleKey(key, widget, true);
}

QList<KeyHelp> Presentation::keyHelp()
{
    // What handleKey() below does, said for the user; change both together.
    const auto name = [](Qt::Key key) { return KeyHelp::keyName(QKeySequence(key)); };
    return {
        {name(Qt::Key_Space) + u" / "_s + name(Qt::Key_Right) + u" / "_s + name(Qt::Key_PageDown), tr("Next item")},
        {name(Qt::Key_Left) + u" / "_s + name(Qt::Key_PageUp), tr("Previous item")},
        {name(Qt::Key_Up) + u" / "_s + name(Qt::Key_Down),
         tr("Scroll the item; in the follow-up, choose an earlier next step")},
        {u"1 – 4"_s, tr("In the follow-up: the chosen step is done, in progress, carried forward or dropped")},
        {name(Qt::Key_P), tr("Pause or start the time")},
        {name(Qt::Key_F), tr("Full screen on or off")},
        {name(Qt::Key_Return), tr("Play or pause the film")},
        {name(Qt::Key_Escape), tr("Leave a text field; outside one, end the presentation")},
    };
}

bool Presentation::handleKey(QKeyEvent *key, QWidget *receiver, bool perform)
{
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool typing = takesText(receiver);
    const auto act = [perform](auto action) {
        if (perform)
            action();
        return true;
    };
    switch (key->key()) {
    case Qt::Key_PageDown:
        return act([this] { m_session->next(); });
    case Qt::Key_PageUp:
        return act([this] { m_session->back(); });
    case Qt::Key_Escape:
        if (typing) // out of the field, back to walking the agenda
            return act([receiver] { receiver->window()->setFocus(Qt::OtherFocusReason); });
        return act([this] { leave(); });
    default:
        break;
    }
    if (typing)
        return false;
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
        return act([this] { m_session->next(); });
    case Qt::Key_Left:
        return act([this] { m_session->back(); });
    default:
        break;
    }
    // The follow-up of earlier steps by keyboard: ↑/↓ choose a step, 1–4 its outcome.
    if (FollowUpList *followUp = m_room->panel()->followUpList()) {
        switch (key->key()) {
        case Qt::Key_Down:
            return act([followUp] { followUp->moveSelection(1); });
        case Qt::Key_Up:
            return act([followUp] { followUp->moveSelection(-1); });
        case Qt::Key_1:
            return act([followUp] { followUp->decideSelected(FollowUpOutcome::Done); });
        case Qt::Key_2:
            return act([followUp] { followUp->decideSelected(FollowUpOutcome::InProgress); });
        case Qt::Key_3:
            return act([followUp] { followUp->decideSelected(FollowUpOutcome::CarriedForward); });
        case Qt::Key_4:
            return act([followUp] { followUp->decideSelected(FollowUpOutcome::Dropped); });
        default:
            break;
        }
    }
    switch (key->key()) {
    case Qt::Key_Down:
        return act([this] { m_room->scrollPage(1); });
    case Qt::Key_Up:
        return act([this] { m_room->scrollPage(-1); });
    case Qt::Key_P:
        return act([this] { m_session->toggleTimer(); });
    case Qt::Key_F:
        return act([this] {
            if (m_room->isFullScreen())
                m_room->showNormal();
            else
                m_room->showFullScreen();
        });
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_session->current().kind != AgendaItem::Kind::Film)
            return false;
        return act([this] { m_room->player()->togglePlay(); });
    default:
        return false;
    }
}

} // namespace Leda
