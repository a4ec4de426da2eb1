#include "ui/measures/measureform.h"

#include "core/measures/csvfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

} // namespace

MeasureForm::MeasureForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"measureForm"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"measureName"_s);
    m_name->setMaxLength(200);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"measureKind"_s);
    for (Measure::Kind kind : {Measure::Kind::Outcome, Measure::Kind::Process, Measure::Kind::Balancing})
        m_kind->addItem(MeasureSeries::kindName(kind), int(kind));
    m_definition = new QPlainTextEdit(this);
    m_definition->setObjectName(u"measureDefinition"_s);
    m_definition->setTabChangesFocus(true);
    m_definition->setPlaceholderText(tr("What is counted, from where, by whom and when; what is left out."));
    m_definition->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(u"measureUnit"_s);
    m_unit->setPlaceholderText(tr("for example days, %, cases"));
    m_better = new QComboBox(this);
    m_better->setObjectName(u"measureBetter"_s);
    m_better->addItem(tr("Higher is better"), int(Measure::Better::Higher));
    m_better->addItem(tr("Lower is better"), int(Measure::Better::Lower));
    m_better->addItem(tr("Neither (to keep within bounds)"), int(Measure::Better::Neither));
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"measureTarget"_s);
    m_target->setPlaceholderText(tr("none"));
    m_period = new QComboBox(this);
    m_period->setObjectName(u"measurePeriod"_s);
    m_period->addItem(tr("Week"), int(Measure::Period::Week));
    m_period->addItem(tr("Month"), int(Measure::Period::Month));
    m_period->addItem(tr("Quarter"), int(Measure::Period::Quarter));
    m_valueType = new QComboBox(this);
    m_valueType->setObjectName(u"measureValueType"_s);
    m_valueType->addItem(tr("A measurement (e.g. days, minutes)"), int(Measure::ValueType::Measurement));
    m_valueType->addItem(tr("A count (e.g. falls, infections)"), int(Measure::ValueType::Count));
    m_valueType->addItem(tr("A proportion (numerator of denominator)"), int(Measure::ValueType::Proportion));
    m_valueType->addItem(tr("A rate (count per exposure, e.g. per 1 000 vårddygn)"), int(Measure::ValueType::Rate));
    m_perUnits = new QLineEdit(this);
    m_perUnits->setObjectName(u"measurePerUnits"_s);
    m_perUnits->setToolTip(tr("A proportion shown in per cent: 100. A rate per 1 000 vårddygn: 1000."));
    m_chart = new QComboBox(this);
    m_chart->setObjectName(u"measureChart"_s);
    m_baseline = new QComboBox(this);
    m_baseline->setObjectName(u"measureBaseline"_s);
    m_screen = new QCheckBox(tr("Leave out unusually large moving ranges (I chart)"), this);
    m_screen->setObjectName(u"measureScreen"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("&Value:"), m_valueType);
    form->addRow(tr("Sho&wn per:"), m_perUnits);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Better:"), m_better);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Chart:"), m_chart);
    form->addRow(tr("Baseline &frozen at:"), m_baseline);
    form->addRow(QString(), m_screen);
    // Each field's accessible name is its label's text without the mnemonic.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                 ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                 : nullptr);
        QWidget *field = form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label && field)
            field->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }

    auto changed = [this] {
        if (!m_filling)
            emit edited();
    };
    for (QLineEdit *edit : {m_name, m_unit, m_target, m_perUnits})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_definition, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_kind, m_better, m_period, m_chart, m_baseline})
        connect(combo, &QComboBox::activated, this, changed);
    connect(m_valueType, &QComboBox::activated, this, [this, changed] {
        // A new kind of value: its own default scale and the charts that fit it.
        const auto type = Measure::ValueType(m_valueType->currentData().toInt());
        m_perUnits->setText(QLocale().toString(type == Measure::ValueType::Proportion ? 100
                                               : type == Measure::ValueType::Rate     ? 1000
                                                                                      : 1));
        m_measure.valueType = type;
        fillCharts();
        changed();
    });
    connect(m_screen, &QCheckBox::toggled, this, changed);
}

void MeasureForm::setMeasure(const Measure &measure, const QList<QDate> &periods)
{
    m_filling = true;
    m_measure = measure;
    m_name->setText(measure.name);
    m_kind->setCurrentIndex(m_kind->findData(int(measure.kind)));
    if (m_definition->toPlainText() != measure.definition)
        m_definition->setPlainText(measure.definition);
    m_unit->setText(measure.unit);
    m_better->setCurrentIndex(m_better->findData(int(measure.better)));
    m_target->setText(numberText(measure.target));
    m_period->setCurrentIndex(m_period->findData(int(measure.period)));
    m_valueType->setCurrentIndex(m_valueType->findData(int(measure.valueType)));
    m_perUnits->setText(QLocale().toString(measure.perUnits, 'g', 12));
    fillCharts();
    m_baseline->clear();
    m_baseline->addItem(tr("Not frozen: all points"), QDate());
    for (const QDate &period : periods)
        m_baseline->addItem(MeasureSeries::periodLabel(period, measure.period), period);
    const int baseline = m_baseline->findData(measure.baselineEnd.isValid()
                                                  ? MeasureSeries::periodStart(measure.baselineEnd, measure.period)
                                                  : QDate());
    m_baseline->setCurrentIndex(std::max(0, baseline));
    m_screen->setChecked(measure.screenMovingRanges);
    m_filling = false;
}

void MeasureForm::fillCharts()
{
    const QSignalBlocker blocker(m_chart);
    const Spc::ChartType chosen = m_measure.chart.value_or(Spc::ChartType::Run);
    m_chart->clear();
    for (Spc::ChartType chart : MeasureSeries::chartsFor(m_measure.valueType))
        m_chart->addItem(MeasureSeries::chartName(chart), int(chart));
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(int(chosen))));
}

Measure MeasureForm::measure() const
{
    Measure measure = m_measure;
    measure.name = m_name->text().trimmed();
    measure.kind = Measure::Kind(m_kind->currentData().toInt());
    measure.definition = m_definition->toPlainText();
    measure.unit = m_unit->text().trimmed();
    measure.better = Measure::Better(m_better->currentData().toInt());
    const QString target = m_target->text().trimmed();
    measure.target = target.isEmpty() ? std::nullopt : CsvFile::number(target) ? CsvFile::number(target) : m_measure.target;
    measure.period = Measure::Period(m_period->currentData().toInt());
    measure.valueType = Measure::ValueType(m_valueType->currentData().toInt());
    measure.perUnits = CsvFile::number(m_perUnits->text()).value_or(m_measure.perUnits);
    if (measure.perUnits <= 0)
        measure.perUnits = m_measure.perUnits;
    measure.chart = Spc::ChartType(m_chart->currentData().toInt());
    measure.baselineEnd = m_baseline->currentData().toDate();
    measure.screenMovingRanges = m_screen->isChecked();
    return measure;
}

QString MeasureForm::problem() const
{
    if (!m_target->text().trimmed().isEmpty() && !CsvFile::number(m_target->text()))
        return tr("The target “%1” is not a number; it is kept as it was.").arg(m_target->text());
    const auto per = CsvFile::number(m_perUnits->text());
    if (!per || *per <= 0)
        return tr("“Shown per” must be a number above 0, such as 100 or 1000.");
    return {};
}

} // namespace Leda
