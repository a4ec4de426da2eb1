#pragma once

#include "core/export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Leda {

// Chooses how minutes or the course report are exported: the format (PDF, PDF/A for archiving,
// ODT, Markdown) and what goes in. The process leader's notes are left out unless ticked.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(bool report, QWidget *parent = nullptr);

    Exporter::Format format() const;
    ExportSections sections() const;

private:
    QComboBox *m_format = nullptr;
    QList<std::pair<ExportSection, QCheckBox *>> m_sections;
};

// Runs an export with a progress dialog that can cancel it; reports failure in a message box.
// Returns the path written, or an empty string.
QString runExport(QWidget *parent, bool report, const QString &suggestedName,
                  const std::function<Exporter::Result(const Exporter &, Exporter::Format, const QString &, QString *,
                                                       const Exporter::Progress &)> &write);

} // namespace Leda
