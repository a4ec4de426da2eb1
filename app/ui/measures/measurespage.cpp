#include "ui/measures/measurespage.h"
#include "ui/widgets/flowlayout.h"

#include "core/storage/autosave.h"
#include "core/storage/autosavekeys.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "ui/dialogs/filedialogs.h"
#include "ui/measures/chartview.h"
#include "ui/measures/csvimportdialog.h"
#include "ui/measures/measureform.h"
#include "ui/measures/valuestable.h"
#include "ui/widgets/layouts.h"
#include "ui/widgets/pagetop.h"

#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

// Saved and copied charts: a size that reads well in a slide or a document.
const QSizeF kImageSize(1200, 700);

} // namespace

MeasuresPage::MeasuresPage(MeasureStore &measures, GroupStore &groups, Database &database, Autosave &autosave,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(measures)
    , m_groups(groups)
    , m_database(database)
    , m_autosave(autosave)
{
    setObjectName(u"measuresPage"_s);
    const PageTop top = makePageTop(this, u"measuresBack"_s, tr("Meetings"), [this] {
        m_autosave.flush();
        emit backRequested();
    });
    m_title = top.title;

    m_add = new QPushButton(tr("&New measure"), this);
    m_add->setObjectName(u"measuresAdd"_s);
    connect(m_add, &QPushButton::clicked, this, &MeasuresPage::addMeasure);
    m_import = new QPushButton(tr("&Import values from CSV…"), this);
    m_import->setObjectName(u"measuresImport"_s);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("Import values"), QDir::homePath(),
                                                       tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    m_archive = new QPushButton(tr("&Archive"), this);
    m_archive->setObjectName(u"measuresArchive"_s);
    connect(m_archive, &QPushButton::clicked, this, &MeasuresPage::archiveOrRestore);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"measuresRemove"_s);
    connect(m_remove, &QPushButton::clicked, this, &MeasuresPage::removeCurrent);
    m_png = new QPushButton(tr("Save as &PNG…"), this);
    m_png->setObjectName(u"measuresPng"_s);
    connect(m_png, &QPushButton::clicked, this, [this] { saveImage(false); });
    m_svg = new QPushButton(tr("Save as S&VG…"), this);
    m_svg->setObjectName(u"measuresSvg"_s);
    connect(m_svg, &QPushButton::clicked, this, [this] { saveImage(true); });
    m_copy = new QPushButton(tr("&Copy the chart"), this);
    m_copy->setObjectName(u"measuresCopy"_s);
    connect(m_copy, &QPushButton::clicked, this, &MeasuresPage::copyChart);
    for (QWidget *safe : std::initializer_list<QWidget *>{m_png, m_svg, m_copy})
        markReadOnlySafe(safe);
    auto *buttons = new FlowLayout; // wraps on a narrow screen
    for (QPushButton *button : {m_add, m_import, m_archive, m_remove, m_png, m_svg, m_copy})
        buttons->addWidget(button);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"measuresList"_s);
    m_list->setAccessibleName(tr("Measures"));
    m_list->setWordWrap(true);
    markReadOnlySafe(m_list);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { showCurrent(); });
    m_showArchived = new QCheckBox(tr("Show a&rchived"), this);
    m_showArchived->setObjectName(u"measuresShowArchived"_s);
    markReadOnlySafe(m_showArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { fillList(m_measure.id, m_processKey); });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_showArchived);

    m_chart = new ChartView(this);
    m_values = new ValuesTable(this);
    connect(m_values, &ValuesTable::valueEdited, this, &MeasuresPage::valueEdited);
    m_form = new MeasureForm(this);
    connect(m_form, &MeasureForm::edited, this, &MeasuresPage::formEdited);
    m_formProblem = new QLabel(this);
    m_formProblem->setObjectName(u"measureFormProblem"_s);
    m_formProblem->setStyleSheet(u"color: #b71c1c;"_s);
    m_formProblem->hide();
    auto *about = new QWidget(this);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(m_form);
    aboutLayout->addWidget(m_formProblem);
    aboutLayout->addStretch(1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"measureTabs"_s);
    m_tabs->addTab(m_values, tr("&Values"));
    // The form scrolls, rather than making the page taller than a small screen.
    auto *aboutScroll = new QScrollArea(this);
    aboutScroll->setWidgetResizable(true);
    aboutScroll->setFrameShape(QFrame::NoFrame);
    aboutScroll->setWidget(about);
    m_tabs->addTab(aboutScroll, tr("About the &measure"));
    m_processNote = new QLabel(this);
    m_processNote->setObjectName(u"processNote"_s);
    m_processNote->setWordWrap(true);
    m_processNote->hide();

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chart);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_processNote);
    lowerLayout->addWidget(m_tabs, 1);
    right->addWidget(lower);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top.layout);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
}

void MeasuresPage::setGroup(qint64 groupId)
{
    m_autosave.flush();
    m_groupId = groupId;
    m_title->setText(tr("Measures: %1").arg(m_groups.group(groupId).name));
    m_process = ProcessMeasures::compute(SeriesHistory::load(m_database, groupId), QDate::currentDate());
    m_measure = {};
    m_processKey.clear();
    fillList(0);
}

void MeasuresPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setRecordReadOnly(this, readOnly);
    m_values->table()->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                                : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                      | QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

void MeasuresPage::fillList(qint64 selectId, const QString &selectKey)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem *select = nullptr;
    const QList<Measure> measures = m_store.measures(m_groupId, m_showArchived->isChecked());
    for (const Measure &measure : measures) {
        QString text = measure.name + u"\n"_s + MeasureSeries::kindName(measure.kind);
        if (measure.archived)
            text += u" · "_s + tr("archived");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, measure.id);
        if (measure.id == selectId)
            select = item;
    }
    auto *heading = new QListWidgetItem(tr("Computed from the record"), m_list);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    for (const ProcessMeasure &process : std::as_const(m_process)) {
        auto *item = new QListWidgetItem(process.measure.name + u"\n"_s + MeasureSeries::kindName(Measure::Kind::Process),
                                         m_list);
        item->setData(kIdRole, qint64(0));
        item->setData(kKeyRole, process.key);
        if (!selectKey.isEmpty() && process.key == selectKey)
            select = item;
    }
    if (!select && !measures.isEmpty())
        select = m_list->item(0);
    if (!select && m_list->count() > 1)
        select = m_list->item(1);
    m_list->setCurrentItem(select);
    showCurrent();
}

void MeasuresPage::showCurrent()
{
    m_autosave.flush();
    const QListWidgetItem *item = m_list->currentItem();
    m_measure = {};
    m_processKey.clear();
    m_valuesNow.clear();
    m_formProblem->hide();
    if (item && item->data(kIdRole).toLongLong() > 0) {
        m_measure = m_store.measure(item->data(kIdRole).toLongLong());
        m_valuesNow = m_store.values(m_measure.id);
        m_processNote->hide();
        m_tabs->setEnabled(true);
    } else if (item && !item->data(kKeyRole).toString().isEmpty()) {
        m_processKey = item->data(kKeyRole).toString();
        for (const ProcessMeasure &process : std::as_const(m_process)) {
            if (process.key == m_processKey) {
                m_processNote->setText(tr("Computed by Leda from the meetings, attendance and next steps in the record; "
                                          "it cannot be typed into. %1")
                                           .arg(process.measure.definition));
                m_chart->setSeries(MeasureSeries(process.measure, process.values));
            }
        }
        m_processNote->show();
        m_tabs->setEnabled(false);
        m_form->setMeasure({}, {});
        m_values->setMeasure({}, {}, QDate::currentDate());
        updateButtons();
        return;
    }
    m_form->setMeasure(m_measure, MeasureSeries(m_measure, m_valuesNow).periods());
    m_values->setMeasure(m_measure, m_valuesNow, QDate::currentDate());
    updateChart();
    updateButtons();
}

void MeasuresPage::updateButtons()
{
    const bool typed = m_measure.id > 0;
    m_add->setEnabled(!m_readOnly && m_groupId > 0);
    m_import->setEnabled(!m_readOnly && typed);
    m_archive->setEnabled(!m_readOnly && typed);
    m_archive->setText(m_measure.archived ? tr("Rest&ore") : tr("&Archive"));
    m_remove->setEnabled(!m_readOnly && typed);
    for (QPushButton *button : {m_png, m_svg, m_copy})
        button->setEnabled(m_chart->hasSeries());
}

void MeasuresPage::updateChart()
{
    if (m_measure.id == 0) {
        m_chart->clear();
        return;
    }
    m_chart->setSeries(MeasureSeries(m_measure, m_valuesNow));
}

qint64 MeasuresPage::addMeasure()
{
    if (m_groupId == 0 || m_readOnly)
        return 0;
    m_autosave.flush();
    Measure measure;
    measure.groupId = m_groupId;
    measure.name = tr("New measure");
    QString error;
    const qint64 id = m_store.addMeasure(measure, &error);
    if (id == 0) {
        emit errorOccurred(error);
        return 0;
    }
    m_showArchived->setChecked(false);
    fillList(id);
    m_tabs->setCurrentIndex(1);
    m_form->findChild<QLineEdit *>(u"measureName"_s)->setFocus();
    m_form->findChild<QLineEdit *>(u"measureName"_s)->selectAll();
    return id;
}

bool MeasuresPage::selectMeasure(qint64 measureId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == measureId && measureId > 0) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MeasuresPage::selectProcessMeasure(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kKeyRole).toString() == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 MeasuresPage::currentMeasureId() const
{
    return m_measure.id;
}

void MeasuresPage::formEdited()
{
    if (m_measure.id == 0 || m_readOnly)
        return;
    const QString problem = m_form->problem();
    m_formProblem->setText(problem);
    m_formProblem->setVisible(!problem.isEmpty());
    Measure measure = m_form->measure();
    if (measure.name.isEmpty())
        measure.name = m_measure.name; // a measure keeps a name while the field is emptied to retype
    const bool layoutChanged = measure.period != m_measure.period || measure.valueType != m_measure.valueType;
    m_measure = measure;
    m_autosave.queue(AutosaveKey::measure(measure.id),
                     [&store = m_store, measure](QString *error) { return store.updateMeasure(measure, error); });
    if (QListWidgetItem *item = m_list->currentItem())
        item->setText(measure.name + u"\n"_s + MeasureSeries::kindName(measure.kind));
    if (layoutChanged)
        m_values->setMeasure(m_measure, m_valuesNow, QDate::currentDate());
    updateChart();
}

void MeasuresPage::valueEdited(const MeasureValue &value)
{
    if (m_measure.id == 0 || m_readOnly)
        return;
    const qint64 id = m_measure.id;
    const bool empty = !value.value && !value.denominator && !value.excluded && value.excludeReason.isEmpty()
        && value.note.isEmpty() && !value.newPhase;
    m_autosave.queue(AutosaveKey::measureValue(id, value.period), [&store = m_store, id, value, empty](QString *error) {
        return empty ? store.removeValue(id, value.period, error) : store.saveValue(id, value, error);
    });
    m_valuesNow.removeIf([&value](const MeasureValue &v) { return v.period == value.period; });
    if (!empty)
        m_valuesNow.append(value);
    updateChart();
    updateButtons();
}

bool MeasuresPage::importCsv(const QString &path)
{
    if (m_measure.id == 0 || m_readOnly)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("Leda cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    MeasureCsv csv;
    QString error;
    if (!CsvFile::readMeasure(file.readAll(), path, true, &csv, &error)) {
        emit errorOccurred(error);
        return false;
    }
    m_autosave.flush();
    CsvImportDialog dialog(m_measure, m_valuesNow, csv, path, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return false;
    if (!m_store.saveValues(m_measure.id, dialog.values(), &error)) {
        emit errorOccurred(tr("The values from %1 were not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showCurrent();
    return true;
}

void MeasuresPage::archiveOrRestore()
{
    if (m_measure.id == 0)
        return;
    m_autosave.flush();
    QString error;
    if (!m_store.setArchived(m_measure.id, !m_measure.archived, &error)) {
        emit errorOccurred(error);
        return;
    }
    if (!m_measure.archived)
        m_showArchived->setChecked(true); // still in view, marked archived
    fillList(m_measure.id);
}

void MeasuresPage::removeCurrent()
{
    if (m_measure.id == 0)
        return;
    m_autosave.flush();
    // The store refuses too; here the user is told why, and what to do instead.
    if (!m_valuesNow.isEmpty()) {
        QMessageBox::information(this, tr("The measure has values"),
                                 tr("“%1” has values and is kept, so that the minutes and the course report can still "
                                    "show its chart. Archive it to take it off the list.")
                                     .arg(m_measure.name));
        return;
    }
    QString error;
    if (!m_store.removeMeasure(m_measure.id, &error)) {
        emit errorOccurred(error);
        return;
    }
    fillList(0);
}

void MeasuresPage::saveImage(bool svg)
{
    const ChartScene scene = m_chart->sceneAt(kImageSize);
    QByteArray bytes;
    if (svg) {
        bytes = scene.svg();
    } else {
        QImage image((kImageSize * 2).toSize(), QImage::Format_RGB32);
        QPainter painter(&image);
        painter.scale(2, 2); // sharp on a projector and in a document
        scene.paint(&painter);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    const QString name = (m_measure.id ? m_measure.name : tr("chart")).simplified().replace(u'/', u'-');
    QString error;
    if (!FileDialogs::saveFile(this, svg ? tr("Save the chart as SVG") : tr("Save the chart as PNG"),
                               QDir::home().filePath(name + (svg ? u".svg"_s : u".png"_s)),
                               svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), bytes, &error)
        && !error.isEmpty())
        emit errorOccurred(error);
}

void MeasuresPage::copyChart()
{
    const ChartScene scene = m_chart->sceneAt(kImageSize);
    QImage image(kImageSize.toSize(), QImage::Format_RGB32);
    QPainter painter(&image);
    scene.paint(&painter);
    painter.end();
    auto *data = new QMimeData;
    data->setImageData(image);
    data->setData(u"image/svg+xml"_s, scene.svg());
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace Leda
