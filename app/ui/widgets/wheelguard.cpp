#include "ui/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWidget>

namespace Leda {

namespace {

QWidget *valueWidget(QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    for (; widget; widget = widget->isWindow() ? nullptr : widget->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget))
            return widget;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // Focus by click or Tab only: Qt gives wheel focus before any filter sees the wheel.
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && valueWidget(widget) == widget)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    // Clicked or tabbed into by the user, not given the focus by a page that opened: a page that
    // puts the cursor in its date field must not let the wheel change the date.
    // (Qt also moves the focus "by Tab" when a focused widget goes away: only a Tab key the user
    // pressed counts.)
    static const char *const kChosen = "ledaChosenByUser";
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        m_tabPressed = key == Qt::Key_Tab || key == Qt::Key_Backtab;
        return false;
    }
    if (event->type() == QEvent::KeyRelease) {
        m_tabPressed = false;
        return false;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (QWidget *field = valueWidget(watched)) {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            const bool tabbed = (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) && m_tabPressed;
            const bool chosen = event->type() == QEvent::FocusIn
                && (reason == Qt::MouseFocusReason || reason == Qt::ShortcutFocusReason || tabbed);
            field->setProperty(kChosen, chosen);
        }
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *field = valueWidget(watched);
    if (!field || (field->hasFocus() && field->property(kChosen).toBool()))
        return false;
    // The page around the field scrolls instead.
    for (QWidget *parent = field->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    }
    return true;
}

} // namespace Leda
