#include "ui/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace Leda {

namespace {

QWidget *valueWidget(QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    for (; widget && !widget->isWindow(); widget = widget->parentWidget()) {
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
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *field = valueWidget(watched);
    if (!field || field->hasFocus())
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
