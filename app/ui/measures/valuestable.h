#pragma once

#include "core/measures/measure.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Leda {

// A measure's values, one row per period from its first value (or a year back) to the current
// period: the value (or numerator and denominator), excluded with a reason, a note, and where
// a new phase begins. Numbers are shown the Swedish way and typed with a comma or a point.
class ValuesTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValuesTable)

public:
    explicit ValuesTable(QWidget *parent = nullptr);

    void setMeasure(const Measure &measure, const QList<MeasureValue> &values, const QDate &today);
    QTableWidget *table() const { return m_table; }
    int rowOf(const QDate &period) const;

signals:
    // A row as typed: to be stored (a row with nothing in it is removed).
    void valueEdited(const Leda::MeasureValue &value);

private:
    void rowEdited(QTableWidgetItem *item);
    void addEarlierPeriods();
    void fill();

    Measure m_measure;
    QList<MeasureValue> m_values;
    QDate m_today;
    QDate m_first; // the first row's period
    bool m_filling = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Leda
