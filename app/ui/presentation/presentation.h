#pragma once

#include "ui/help/keyhelp.h"

#include "core/presentation/presentationsession.h"

#include <QObject>
#include <QPointer>
#include <QScreen>

#include <memory>

class QKeyEvent;
class QScreen;

namespace Leda {

class FacilitatorView;
class RoomView;
class Settings;

// Runs a meeting in the room. With one screen the room view fills it and the whole meeting is
// run from there. With a second screen the room view goes to the big screen (the one chosen
// last time, else the largest other) and the facilitator view stays with the process leader.
// Keys in either window: Space or → next, ← back, P pause the time, F full screen, Enter plays
// or pauses the film, Esc leaves a text field and, outside one, ends the presentation.
class Presentation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Presentation)

public:
    enum class Layout { OneWindow, TwoWindows };

    Presentation(PresentationSession::Stores stores, const Course &course, Settings &settings, qint64 meetingId,
                 PresentationSession::Clock clock = {}, QObject *parent = nullptr);
    ~Presentation() override;

    // Chooses the screens, and chooses again when one is plugged in or out: the facilitator
    // keeps facilitatorScreen while it is there.
    void start(QScreen *facilitatorScreen);
    // A fixed arrangement (for tests and screenshots).
    void startOn(Layout layout, QScreen *roomScreen, QScreen *facilitatorScreen);
    void moveRoomView(QScreen *screen); // and remember the choice
    void leave();

    PresentationSession &session() { return *m_session; }
    RoomView *roomView() const { return m_room.get(); }
    FacilitatorView *facilitatorView() const { return m_facilitator.get(); }
    bool isRunning() const { return m_running; }
    static QList<KeyHelp> keyHelp(); // for Hjälp › Kortkommandon

signals:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void begin();
    void arrange();
    void rearrangeSoon();
    void showFacilitatorView(QScreen *roomScreen, QScreen *facilitatorScreen);
    void placeRoomView(QScreen *screen);
    void stop(); // writes what is pending and hides the views
    bool handleKey(QKeyEvent *key, QWidget *receiver, bool perform);

    Settings &m_settings;
    std::unique_ptr<PresentationSession> m_session;
    std::unique_ptr<RoomView> m_room;
    std::unique_ptr<FacilitatorView> m_facilitator;
    QPointer<QScreen> m_facilitatorScreen;
    bool m_running = false;
};

} // namespace Leda
