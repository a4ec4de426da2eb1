#pragma once

#include "core/measures/measure.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Leda {

// What a measure is: name, kind, operational definition, unit, which direction is better,
// target, period, what a value is, and how it is charted.
class MeasureForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureForm)

public:
    explicit MeasureForm(QWidget *parent = nullptr);

    // periods: the measure's periods with values, for the frozen baseline's choice.
    void setMeasure(const Measure &measure, const QList<QDate> &periods);
    Measure measure() const; // the measure as the form shows it
    QString problem() const;  // a target or unit count that is not a number; empty when fine

signals:
    void edited();

private:
    void fillCharts();

    Measure m_measure;
    bool m_filling = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_definition = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_better = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_valueType = nullptr;
    QLineEdit *m_perUnits = nullptr;
    QComboBox *m_chart = nullptr;
    QComboBox *m_baseline = nullptr;
    QCheckBox *m_screen = nullptr;
};

} // namespace Leda
