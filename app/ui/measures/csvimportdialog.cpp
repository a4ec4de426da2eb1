#include "ui/measures/csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

CsvImportDialog::CsvImportDialog(const Measure &measure, const QList<MeasureValue> &existing, const MeasureCsv &csv,
                                 const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(tr("Import values into %1").arg(measure.name));
    QList<CsvProblem> problems = csv.problems;
    if (measure.hasDenominator() && !csv.hasDenominator) {
        problems.prepend({1, QString(), tr("this measure is a proportion or a rate: the file needs the columns täljare "
                                           "and nämnare (numerator and denominator).")});
    } else if (!measure.hasDenominator() && csv.hasDenominator) {
        problems.prepend({1, QString(), tr("this measure takes one value per period: the file needs a column värde "
                                           "(value), not täljare and nämnare.")});
    }

    QSet<QDate> stored;
    for (const MeasureValue &value : existing) {
        if (value.value)
            stored.insert(MeasureSeries::periodStart(value.period, measure.period));
    }
    int replaced = 0;
    const QLocale locale;
    m_preview = new QTableWidget(int(csv.rows.size()), 4, this);
    m_preview->setObjectName(u"csvPreview"_s);
    m_preview->setAccessibleName(tr("What the file holds"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Period"), measure.hasDenominator() ? tr("Numerator / denominator") : tr("Value"), tr("Note")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHash<QDate, int> periodRows;
    for (int row = 0; row < csv.rows.size(); ++row) {
        const MeasureCsvRow &read = csv.rows.at(row);
        MeasureValue value;
        value.period = MeasureSeries::periodStart(read.period, measure.period);
        value.value = read.value;
        value.denominator = read.denominator;
        value.note = read.note;
        // Two dates in one week or month are one period: the file must say which value counts.
        if (read.period.isValid() && periodRows.contains(value.period)) {
            problems.append({read.line, csv.table.header.value(0),
                             tr("%1 is in the same period as line %2.")
                                 .arg(read.period.toString(Qt::ISODate))
                                 .arg(csv.rows.at(periodRows.value(value.period)).line)});
        }
        periodRows.insert(value.period, row);
        // What was noted or excluded on a period stays unless the file has a note of its own.
        for (const MeasureValue &old : existing) {
            if (MeasureSeries::periodStart(old.period, measure.period) == value.period) {
                value.excluded = old.excluded;
                value.excludeReason = old.excludeReason;
                value.newPhase = old.newPhase;
                if (value.note.isEmpty())
                    value.note = old.note;
            }
        }
        replaced += stored.contains(value.period) && value.value ? 1 : 0;
        m_values.append(value);
        const QString number = !read.value ? QString()
            : read.denominator ? u"%1 / %2"_s.arg(locale.toString(*read.value, 'g', 12), locale.toString(*read.denominator, 'g', 12))
                               : locale.toString(*read.value, 'g', 12);
        const QStringList cells{QString::number(read.line),
                                read.period.isValid() ? MeasureSeries::periodLabel(value.period, measure.period) : QString(),
                                number, read.note};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();

    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"csvProblems"_s);
    m_problems->setAccessibleName(tr("Rows that cannot be imported"));
    for (const CsvProblem &problem : std::as_const(problems))
        m_problems->addItem(problem.column.isEmpty() ? tr("The file: %1").arg(problem.message) : CsvFile::problemText(problem));
    m_problems->setVisible(!problems.isEmpty());

    auto *summary = new QLabel(this);
    summary->setObjectName(u"csvSummary"_s);
    summary->setWordWrap(true);
    const QString file = QFileInfo(fileName).fileName();
    if (!problems.isEmpty()) {
        summary->setText(tr("%1: %n row(s) cannot be read. Nothing is imported until every row is right: correct the "
                            "file and import it again.", nullptr, int(problems.size()))
                             .arg(file));
    } else {
        summary->setText(tr("%1: %n value(s) to import.", nullptr, int(m_values.size())).arg(file)
                         + (replaced ? u" "_s + tr("%n period(s) already have a value, which the file's replaces.",
                                                   nullptr, replaced)
                                     : QString()));
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && !m_values.isEmpty());
    if (!problems.isEmpty())
        m_values.clear();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(760, 520);
}

bool CsvImportDialog::canImport() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace Leda
