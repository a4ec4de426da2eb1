#include "ui/widgets/focusring.h"

#include <QEvent>
#include <QPainter>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

class Ring final : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        constexpr int kWidth = 3;
        painter.setPen(QPen(palette().color(QPalette::Highlight), kWidth));
        painter.drawRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
    }
};

} // namespace

FocusRing::FocusRing(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
    , m_ring(new Ring(widget))
{
    m_ring->setObjectName(u"focusRing"_s);
    m_ring->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ring->setFocusPolicy(Qt::NoFocus);
    m_ring->hide();
    widget->installEventFilter(this);
}

void FocusRing::attach(QWidget *widget)
{
    new FocusRing(widget);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget)
        return false;
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::FocusOut:
    case QEvent::Resize:
    case QEvent::ChildAdded: // a child added later must not cover the ring
        m_ring->setGeometry(m_widget->rect());
        m_ring->setVisible(m_widget->hasFocus());
        m_ring->raise();
        break;
    default:
        break;
    }
    return false;
}

} // namespace Leda
