#pragma once

#include "core/package/grouppackage.h"

#include <QDialog>

namespace Leda {

// Before a group package is imported: whose record it holds and from when, what the import will
// do here (a new group, or rows added, changed and removed), and each row that was changed both
// here and in the package since the two were last in step, with the version that will stay.
class ImportGroupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportGroupDialog)

public:
    ImportGroupDialog(const GroupPackage::Manifest &manifest, const GroupPackage::Outcome &preview,
                      const QString &recordName, QWidget *parent = nullptr);

    // "3 new entries, 1 changed …": what an import did, or will do.
    static QString summary(const GroupPackage::Outcome &outcome);
};

} // namespace Leda
