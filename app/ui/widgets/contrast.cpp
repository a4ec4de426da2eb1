#include "ui/widgets/contrast.h"

#include <QFile>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Leda::Contrast {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette highContrastPalette()
{
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor blue(0x0b, 0x3d, 0x91);
    const QColor grey(0x4d, 0x4d, 0x4d); // disabled and placeholder text: 8:1 on white
    QPalette palette(black, white);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, white);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        palette.setColor(group, QPalette::Button, white);
        palette.setColor(group, QPalette::ToolTipBase, white);
        for (QPalette::ColorRole text : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
            palette.setColor(group, text, disabled ? grey : black);
        palette.setColor(group, QPalette::PlaceholderText, grey);
        palette.setColor(group, QPalette::Highlight, blue);
        palette.setColor(group, QPalette::HighlightedText, white);
        palette.setColor(group, QPalette::Link, blue);
        palette.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
        for (QPalette::ColorRole frame : {QPalette::Light, QPalette::Midlight})
            palette.setColor(group, frame, white);
        for (QPalette::ColorRole frame : {QPalette::Mid, QPalette::Dark, QPalette::Shadow})
            palette.setColor(group, frame, black);
    }
    return palette;
}

void apply(QWidget *window, bool high)
{
    if (high) {
        QFile style(u":/style/highcontrast.qss"_s);
        style.open(QIODevice::ReadOnly);
        window->setPalette(highContrastPalette());
        window->setStyleSheet(QString::fromUtf8(style.readAll()));
    } else {
        window->setStyleSheet({});
        window->setPalette(QPalette()); // nothing of its own: the application's again
    }
}

} // namespace Leda::Contrast
