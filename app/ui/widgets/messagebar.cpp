#include "ui/widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Leda {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(u"messageClose"_s);
    m_closeButton->setAccessibleName(tr("Close message"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    static const char *const styles[] = {
        "QFrame#messageBar { background: #e6f0fa; border: 1px solid #8fb3d9; border-radius: 4px; }",
        "QFrame#messageBar { background: #fff4d6; border: 1px solid #e0b13a; border-radius: 4px; }",
        "QFrame#messageBar { background: #fde2e1; border: 1px solid #d9534f; border-radius: 4px; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Leda
