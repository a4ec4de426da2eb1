#pragma once

#include "core/storage/autosave.h"

#include <QLabel>

namespace Leda {

// Shows whether what the group typed is saved: "Saved 14:02", "Saving…", or the error.
class SaveStateLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveStateLabel)

public:
    explicit SaveStateLabel(Autosave &autosave, QWidget *parent = nullptr);

private:
    void refresh();
    void setLook(const QColor &colour, bool bold);

    Autosave &m_autosave;
};

} // namespace Leda
