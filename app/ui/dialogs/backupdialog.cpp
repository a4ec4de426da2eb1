#include "ui/dialogs/backupdialog.h"

#include "core/storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

BackupDialog::BackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Restore from backup"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setAccessibleName(tr("Backups"));
    const QList<Database::BackupInfo> backups = Database::backups(databasePath);
    for (const Database::BackupInfo &backup : backups) {
        QString reason = backup.reason;
        if (reason == u"daily"_s)
            reason = tr("daily backup");
        else if (reason == u"before-restore"_s)
            reason = tr("before a restore");
        else if (reason.startsWith(u"before-migration"_s))
            reason = tr("before an update of Leda");
        else if (reason == u"start"_s)
            reason = tr("when Leda started");
        else if (reason == u"on-close"_s)
            reason = tr("when Leda was closed");
        auto *item = new QListWidgetItem(u"%1 – %2"_s.arg(QLocale().toString(backup.created, QLocale::LongFormat), reason),
                                         m_list);
        item->setData(Qt::UserRole, backup.path);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, restore, [restore](int row) { restore->setEnabled(row >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(backups.isEmpty() ? tr("There are no backups of %1 yet.").arg(QDir::toNativeSeparators(databasePath))
                                                   : tr("Backups of %1 (newest first):").arg(QDir::toNativeSeparators(databasePath)),
                                 this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 380);
}

void BackupDialog::confirm()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the group's record with the backup from %1?\n\nThe record as it is now is backed up first, so "
           "this can be undone.")
            .arg(item->text()));
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace Leda
