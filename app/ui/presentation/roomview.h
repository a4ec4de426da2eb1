#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Leda {

class FilmPlayer;
class PresentationSession;
class Settings;
class StepPanel;

// The meeting on the big screen, readable from the back of the room: large type, high
// contrast, the agenda item and its countdown, the film, and what the group writes. Never the
// facilitator's notes. Keys are handled by Presentation.
class RoomView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomView)

public:
    RoomView(PresentationSession &session, Settings &settings, QWidget *parent = nullptr);

    FilmPlayer *player() const { return m_player; }
    StepPanel *panel() const { return m_panel; }
    QString timerText() const;
    bool showsTimeUp() const;
    QString problemText() const; // empty when there is none
    void scrollPage(int direction); // the current item's list, a screenful at a time

signals:
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showStep();
    void updateTimer();
    void applyStyle();

    PresentationSession &m_session;
    QLabel *m_position = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr; // a failed save, in words the room can read
    QStackedWidget *m_stack = nullptr;
    StepPanel *m_panel = nullptr;
    FilmPlayer *m_player = nullptr;
    bool m_filmLoaded = false;
    int m_styledHeight = 0;
};

} // namespace Leda
