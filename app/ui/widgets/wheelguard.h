#pragma once

#include <QObject>

namespace Leda {

// The mouse wheel scrolls the page; it never changes a date, time, number or choice that the
// user has not clicked into. (Qt's spin boxes and combo boxes take wheel events unfocused, so
// scrolling a long meeting page over the date field silently moved the meeting to 2081.)
// Installed once on the application.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    explicit WheelGuard(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_tabPressed = false; // a Tab key press is being handled
};

} // namespace Leda
