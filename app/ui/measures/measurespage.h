#pragma once

#include "core/measures/processmeasures.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Leda {

class Autosave;
class ChartView;
class Database;
class GroupStore;
class MeasureForm;
class MeasureStore;
class ValuesTable;

// The group's measures: each one's chart with what the rules found, its values per period
// (typed or imported from CSV) and what it is; and the process measures Leda computes from
// the record. Every edit is saved as it is made; a measure with values is archived, not deleted.
class MeasuresPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuresPage)

public:
    MeasuresPage(MeasureStore &measures, GroupStore &groups, Database &database, Autosave &autosave,
                 QWidget *parent = nullptr);

    void setGroup(qint64 groupId);
    void setReadOnly(bool readOnly);
    qint64 addMeasure();                  // a new measure, selected; 0 on failure
    bool selectMeasure(qint64 measureId);
    bool selectProcessMeasure(const QString &key);
    bool importCsv(const QString &path); // asks through the preview dialog
    qint64 currentMeasureId() const;

    QListWidget *list() const { return m_list; }
    ChartView *chart() const { return m_chart; }
    MeasureForm *form() const { return m_form; }
    ValuesTable *values() const { return m_values; }

signals:
    void backRequested();
    void errorOccurred(const QString &message);

private:
    void fillList(qint64 selectId, const QString &selectKey = {});
    void showCurrent();
    void formEdited();
    void valueEdited(const MeasureValue &value);
    void updateChart();
    void archiveOrRestore();
    void removeCurrent();
    void saveImage(bool svg);
    void copyChart();
    void updateButtons();

    MeasureStore &m_store;
    GroupStore &m_groups;
    Database &m_database;
    Autosave &m_autosave;
    qint64 m_groupId = 0;
    bool m_readOnly = false;
    QList<ProcessMeasure> m_process;
    Measure m_measure;               // the typed measure shown (id 0: none or a process measure)
    QList<MeasureValue> m_valuesNow; // its values as typed so far
    QString m_processKey;            // the process measure shown
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QCheckBox *m_showArchived = nullptr;
    ChartView *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    ValuesTable *m_values = nullptr;
    MeasureForm *m_form = nullptr;
    QLabel *m_processNote = nullptr;
    QLabel *m_formProblem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_png = nullptr;
    QPushButton *m_svg = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Leda
