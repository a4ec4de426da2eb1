#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Leda {

class PresentationSession;
class StepPanel;

// The process leader's own screen while the room view is on the big one: the current and next
// agenda item, the timer controls, the facilitator notes (never shown in the room) and the
// same note-taking fields as the room.
class FacilitatorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacilitatorView)

public:
    explicit FacilitatorView(PresentationSession &session, QWidget *parent = nullptr);

    // The screens the room view can go to (ScreenInfo keys); the current one is selected.
    void setScreens(const QStringList &screens, const QString &roomScreen);
    StepPanel *panel() const { return m_panel; }

signals:
    void roomScreenChosen(const QString &screenKey);
    void filmToggleRequested();
    void leaveRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showStep();
    void updateTimer();

    PresentationSession &m_session;
    QLabel *m_now = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_timer = nullptr;
    QPushButton *m_pause = nullptr;
    QListWidget *m_agenda = nullptr;
    QComboBox *m_screens = nullptr;
    StepPanel *m_panel = nullptr;
};

} // namespace Leda
