#pragma once

#include "ui/help/keyhelp.h"

#include <QDialog>

class QTreeWidget;

namespace Leda {

// Hjälp › Kortkommandon: every key Leda answers to, by place.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<KeyHelpGroup> &groups, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace Leda
