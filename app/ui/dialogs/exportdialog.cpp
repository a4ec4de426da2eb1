#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/filedialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leda {

ExportDialog::ExportDialog(bool report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(report ? tr("Export the course report") : tr("Export the minutes"));
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("PDF"), int(Exporter::Format::Pdf));
    m_format->addItem(tr("PDF/A for archiving"), int(Exporter::Format::PdfA));
    m_format->addItem(tr("ODT (LibreOffice, Word)"), int(Exporter::Format::Odt));
    m_format->addItem(tr("Markdown"), int(Exporter::Format::Markdown));

    const QList<std::pair<ExportSection, QString>> choices{
        {ExportSection::Attendance, tr("Attendance")},
        {ExportSection::Questions, tr("Discussion questions")},
        {ExportSection::Decisions, tr("Decisions")},
        {ExportSection::Choices, tr("Choices and priorities")},
        {ExportSection::SoftResults, tr("Soft results")},
        {ExportSection::NextSteps, tr("Next steps")},
        {ExportSection::FreeNotes, tr("Free notes")},
        {ExportSection::Measures, tr("Measures with their charts")},
        {ExportSection::FacilitatorNotes, tr("Notes for the process leader")}};
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    auto *boxes = new QVBoxLayout;
    for (const auto &[section, label] : choices) {
        auto *box = new QCheckBox(label, this);
        box->setObjectName(u"exportSection_%1"_s.arg(int(section)));
        box->setChecked(defaultExportSections() & section);
        boxes->addWidget(box);
        m_sections.append({section, box});
    }
    if (report) {
        auto *box = new QCheckBox(tr("Summary"), this);
        box->setChecked(true);
        boxes->addWidget(box);
        m_sections.append({ExportSection::Summary, box});
    }
    form->addRow(tr("Include"), boxes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Exporter::Format ExportDialog::format() const
{
    return Exporter::Format(m_format->currentData().toInt());
}

ExportSections ExportDialog::sections() const
{
    ExportSections sections;
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            sections |= section;
    }
    return sections;
}

QString runExport(QWidget *parent, bool report, const QString &suggestedName,
                  const std::function<Exporter::Result(const Exporter &, Exporter::Format, const QString &, QString *,
                                                       const Exporter::Progress &)> &write)
{
    ExportDialog dialog(report, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = Exporter::suffix(dialog.format());
    const QString path = FileDialogs::saveFileName(parent, dialog.windowTitle(),
                                                      QDir(folder).filePath(suggestedName + u'.' + suffix),
                                                      u"*.%1"_s.arg(suffix));
    if (path.isEmpty())
        return {};
    QProgressDialog progress(QObject::tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QObject::tr("Cancel"), 0,
                             100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const Exporter exporter(dialog.sections());
    const auto result = write(exporter, dialog.format(), path, &error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (result == Exporter::Result::Failed) {
        QMessageBox::critical(parent, QObject::tr("Export failed"), error);
        return {};
    }
    return result == Exporter::Result::Written ? path : QString();
}

} // namespace Leda
