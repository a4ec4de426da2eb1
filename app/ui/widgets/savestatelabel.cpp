#include "ui/widgets/savestatelabel.h"

#include <QApplication>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

SaveStateLabel::SaveStateLabel(Autosave &autosave, QWidget *parent)
    : QLabel(parent)
    , m_autosave(autosave)
{
    setObjectName(u"saveState"_s);
    connect(&m_autosave, &Autosave::stateChanged, this, &SaveStateLabel::refresh);
    connect(&m_autosave, &Autosave::saved, this, &SaveStateLabel::refresh);
    connect(&m_autosave, &Autosave::saveFailed, this, &SaveStateLabel::refresh);
    refresh();
}

void SaveStateLabel::setLook(const QColor &colour, bool bold)
{
    // Through the palette and the font, never a style sheet: a style sheet set anew repolishes
    // the window, which closes an editor open in a table while the user types.
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, colour.isValid() ? colour : QApplication::palette().color(QPalette::WindowText));
    setPalette(colours);
    QFont weight = font();
    weight.setBold(bold);
    setFont(weight);
}

void SaveStateLabel::refresh()
{
    switch (m_autosave.state()) {
    case Autosave::State::Pending:
        setText(tr("Saving…"));
        setLook({}, false);
        break;
    case Autosave::State::Saved:
        setText(m_autosave.lastSaved().isValid()
                    ? tr("All changes saved %1").arg(QLocale().toString(m_autosave.lastSaved().time(), u"HH:mm:ss"_s))
                    : tr("All changes saved"));
        setLook(QColor(0x2e, 0x7d, 0x32), false);
        break;
    case Autosave::State::Failed:
        setText(tr("Not saved: %1 – Leda tries again").arg(m_autosave.lastError()));
        setLook(QColor(0xc6, 0x28, 0x28), true);
        break;
    }
    setAccessibleName(text());
}

} // namespace Leda
