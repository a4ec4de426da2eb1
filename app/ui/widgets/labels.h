#pragma once

#include <QLabel>

namespace Leda {

// A bold, word-wrapped plain-text label at scale times the normal size: page titles, section
// headings, the facilitator's current item.
inline QLabel *headingLabel(const QString &text, qreal scale)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace Leda
