#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Leda::Contrast {

// The WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

// Black on white, dark blue selection: every text colour at least 7:1 on its background.
QPalette highContrastPalette();

// Visa › Hög kontrast on window and everything in it (dialogs opened from it included); off
// gives back the style's own palette and look.
void apply(QWidget *window, bool high);

} // namespace Leda::Contrast
