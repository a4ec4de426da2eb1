#pragma once

#include "core/measures/csvfile.h"
#include "core/measures/measure.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Leda {

// Shows what a CSV file holds for a measure before anything is imported: the rows as Leda read
// them, and every bad row by line, column and what was wrong. Nothing is imported while any
// row is wrong.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    CsvImportDialog(const Measure &measure, const QList<MeasureValue> &existing, const MeasureCsv &csv,
                    const QString &fileName, QWidget *parent = nullptr);

    // The values to store, when the file can be imported whole.
    QList<MeasureValue> values() const { return m_values; }
    bool canImport() const;
    QListWidget *problems() const { return m_problems; }
    QTableWidget *preview() const { return m_preview; }

private:
    QList<MeasureValue> m_values;
    QTableWidget *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Leda
