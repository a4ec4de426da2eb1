#include "ui/measures/valuestable.h"

#include "core/measures/csvfile.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

enum Column { PeriodColumn, ValueColumn, DenominatorColumn, ExcludedColumn, ReasonColumn, NoteColumn, PhaseColumn,
              ColumnCount };

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

// Numbers typed with a comma or a point are put back the way the language writes them ("12.5"
// becomes "12,5" in Swedish); anything else is kept as typed, for the table to point out.
class NumberDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        const std::optional<double> number = CsvFile::number(line->text());
        model->setData(index, number ? numberText(number) : line->text().trimmed(), Qt::EditRole);
    }
};

} // namespace

ValuesTable::ValuesTable(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"valuesTable"_s);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"measureValues"_s);
    m_table->setAccessibleName(tr("Values per period"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(true);
    for (int column : {ValueColumn, DenominatorColumn})
        m_table->setItemDelegateForColumn(column, new NumberDelegate(m_table));
    connect(m_table, &QTableWidget::itemChanged, this, &ValuesTable::rowEdited);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"valuesProblem"_s);
    m_problem->setStyleSheet(u"color: #b71c1c;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *earlier = new QPushButton(tr("Add &earlier periods"), this);
    earlier->setObjectName(u"valuesEarlier"_s);
    connect(earlier, &QPushButton::clicked, this, &ValuesTable::addEarlierPeriods);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(earlier, 0, Qt::AlignLeft);
}

void ValuesTable::setMeasure(const Measure &measure, const QList<MeasureValue> &values, const QDate &today)
{
    const bool sameMeasure = measure.id == m_measure.id && measure.period == m_measure.period;
    m_measure = measure;
    m_values = values;
    m_today = today;
    // A year back at least, so that a new measure has rows to type into.
    const int yearOfPeriods = measure.period == Measure::Period::Week ? 13 : measure.period == Measure::Period::Month ? 12 : 4;
    QDate first = MeasureSeries::shiftPeriods(MeasureSeries::periodStart(today, measure.period), measure.period,
                                              1 - yearOfPeriods);
    for (const MeasureValue &value : values)
        first = std::min(first, MeasureSeries::periodStart(value.period, measure.period));
    if (sameMeasure && m_first.isValid())
        first = std::min(first, m_first);
    m_first = first;
    m_problem->hide();
    fill();
}

void ValuesTable::addEarlierPeriods()
{
    m_first = MeasureSeries::shiftPeriods(m_first, m_measure.period, -12);
    fill();
}

int ValuesTable::rowOf(const QDate &period) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PeriodColumn)->data(Qt::UserRole).toDate() == period)
            return row;
    }
    return -1;
}

void ValuesTable::fill()
{
    m_filling = true;
    const bool ratio = m_measure.hasDenominator();
    m_table->setHorizontalHeaderLabels({tr("Period"), ratio ? tr("Numerator") : tr("Value"), tr("Denominator"),
                                        tr("Excluded"), tr("Why excluded"), tr("Note (change, PDSA, event)"),
                                        tr("New phase")});
    m_table->setColumnHidden(DenominatorColumn, !ratio);
    QHash<QDate, MeasureValue> byPeriod;
    for (const MeasureValue &value : std::as_const(m_values))
        byPeriod.insert(MeasureSeries::periodStart(value.period, m_measure.period), value);
    QDate last = MeasureSeries::periodStart(m_today, m_measure.period);
    for (const MeasureValue &value : std::as_const(m_values))
        last = std::max(last, MeasureSeries::periodStart(value.period, m_measure.period));
    QList<QDate> periods;
    for (QDate period = m_first; period <= last; period = MeasureSeries::nextPeriod(period, m_measure.period))
        periods.append(period);
    m_table->setRowCount(int(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const QDate period = periods.at(row);
        const MeasureValue value = byPeriod.value(period);
        auto *label = new QTableWidgetItem(MeasureSeries::periodLabel(period, m_measure.period));
        label->setData(Qt::UserRole, period);
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, PeriodColumn, label);
        auto *number = new QTableWidgetItem(numberText(value.value));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ValueColumn, number);
        auto *denominator = new QTableWidgetItem(numberText(value.denominator));
        denominator->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, DenominatorColumn, denominator);
        auto *excluded = new QTableWidgetItem;
        excluded->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        excluded->setCheckState(value.excluded ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, ExcludedColumn, excluded);
        m_table->setItem(row, ReasonColumn, new QTableWidgetItem(value.excludeReason));
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(value.note));
        auto *phase = new QTableWidgetItem;
        phase->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        phase->setCheckState(value.newPhase ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, PhaseColumn, phase);
    }
    m_table->resizeColumnToContents(PeriodColumn);
    m_filling = false;
}

void ValuesTable::rowEdited(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    MeasureValue value;
    value.period = m_table->item(row, PeriodColumn)->data(Qt::UserRole).toDate();
    QStringList problems;
    auto readNumber = [&](int column, std::optional<double> *target) {
        const QString text = m_table->item(row, column)->text().trimmed();
        if (text.isEmpty())
            return true;
        *target = CsvFile::number(text);
        if (!*target) {
            problems.append(tr("%1, %2: “%3” is not a number.")
                                .arg(m_table->item(row, PeriodColumn)->text(),
                                     m_table->horizontalHeaderItem(column)->text(), text));
            return false;
        }
        return true;
    };
    const bool valueOk = readNumber(ValueColumn, &value.value);
    const bool denominatorOk = !m_measure.hasDenominator() || readNumber(DenominatorColumn, &value.denominator);
    value.excluded = m_table->item(row, ExcludedColumn)->checkState() == Qt::Checked;
    value.excludeReason = m_table->item(row, ReasonColumn)->text().trimmed();
    value.note = m_table->item(row, NoteColumn)->text().trimmed();
    value.newPhase = m_table->item(row, PhaseColumn)->checkState() == Qt::Checked;
    // A wrong number is shown and not stored; what was stored stays until it is corrected.
    m_filling = true;
    m_table->item(row, ValueColumn)->setBackground(valueOk ? QBrush() : QBrush(QColor(u"#ffcdd2"_s)));
    m_table->item(row, DenominatorColumn)->setBackground(denominatorOk ? QBrush() : QBrush(QColor(u"#ffcdd2"_s)));
    m_filling = false;
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    if (!valueOk || !denominatorOk)
        return;
    auto existing = std::find_if(m_values.begin(), m_values.end(),
                                 [&](const MeasureValue &v) { return v.period == value.period; });
    if (existing != m_values.end())
        *existing = value;
    else
        m_values.append(value);
    emit valueEdited(value);
}

} // namespace Leda
