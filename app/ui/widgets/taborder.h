#pragma once

#include <QCoreApplication>
#include <QWidget>

#include <algorithm>

namespace Leda {

// Tab goes through root's fields in reading order – row by row from the top, left to right in a
// row – whatever order they were made in (a page that fills its sections later would otherwise
// send Tab to the newest field).
inline void orderTabsByLayout(QWidget *root)
{
    struct Stop
    {
        QWidget *widget;
        QRect rect; // in root's coordinates
    };
    // Fields added since the last event loop turn are placed first, so their places are known.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<Stop> stops;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) || !widget->isEnabled())
            continue;
        // A composite control (a spin box's line edit, a combo box's) takes the Tab as one stop.
        if (widget->focusProxy() || (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget))
            continue;
        stops.append({widget, QRect(widget->mapTo(root, QPoint(0, 0)), widget->size())});
    }
    std::stable_sort(stops.begin(), stops.end(), [](const Stop &a, const Stop &b) { return a.rect.top() < b.rect.top(); });
    // A row: the widgets whose top lies above the middle of the row's first widget.
    QList<QWidget *> order;
    for (qsizetype start = 0; start < stops.size();) {
        qsizetype end = start + 1;
        while (end < stops.size() && stops.at(end).rect.top() < stops.at(start).rect.center().y())
            ++end;
        std::stable_sort(stops.begin() + start, stops.begin() + end,
                         [](const Stop &a, const Stop &b) { return a.rect.left() < b.rect.left(); });
        for (qsizetype i = start; i < end; ++i)
            order.append(stops.at(i).widget);
        start = end;
    }
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

} // namespace Leda
