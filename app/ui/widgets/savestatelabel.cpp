#include "ui/widgets/savestatelabel.h"

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

void SaveStateLabel::refresh()
{
    switch (m_autosave.state()) {
    case Autosave::State::Pending:
        setText(tr("Saving…"));
        setStyleSheet({});
        break;
    case Autosave::State::Saved:
        setText(m_autosave.lastSaved().isValid()
                    ? tr("All changes saved %1").arg(QLocale().toString(m_autosave.lastSaved().time(), u"HH:mm:ss"_s))
                    : tr("All changes saved"));
        setStyleSheet(u"color: #2e7d32;"_s);
        break;
    case Autosave::State::Failed:
        setText(tr("Not saved: %1 – Leda tries again").arg(m_autosave.lastError()));
        setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
        break;
    }
    setAccessibleName(text());
}

} // namespace Leda
