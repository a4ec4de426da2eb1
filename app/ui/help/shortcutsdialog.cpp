#include "ui/help/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

ShortcutsDialog::ShortcutsDialog(const QList<KeyHelpGroup> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    for (const KeyHelpGroup &group : groups) {
        auto *place = new QTreeWidgetItem(m_tree, {group.place});
        QFont bold = place->font(0);
        bold.setBold(true);
        place->setFont(0, bold);
        place->setFirstColumnSpanned(true);
        for (const KeyHelp &key : group.keys)
            new QTreeWidgetItem(place, {key.keys, key.what});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(760, 620);
}

} // namespace Leda
