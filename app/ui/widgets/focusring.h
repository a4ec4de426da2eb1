#pragma once

#include <QObject>

class QWidget;

namespace Leda {

// A visible focus for a widget whose style draws none (a scrolled page of text, the film
// player): a frame in the highlight colour over its edge while it has the keyboard focus.
class FocusRing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    static void attach(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QWidget *widget);

    QWidget *m_widget;
    QWidget *m_ring;
};

} // namespace Leda
