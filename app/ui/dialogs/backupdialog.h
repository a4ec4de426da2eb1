#pragma once

#include <QDialog>

class QListWidget;

namespace Leda {

// Lists the backups of a database by date and time; the chosen one is returned after the
// user confirms that it replaces the current record (which is backed up first).
class BackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)

public:
    BackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString chosenBackup() const { return m_chosen; }

private:
    void confirm();

    QString m_databasePath;
    QString m_chosen;
    QListWidget *m_list = nullptr;
};

} // namespace Leda
