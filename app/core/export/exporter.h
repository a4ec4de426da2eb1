#pragma once

#include "core/export/outline.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

class QTextDocument;

namespace Leda {

// Writes minutes and course reports as PDF (A4, header, page numbers), PDF/A-1b, ODT or
// Markdown. Files are written atomically (QSaveFile): a failure or a cancel leaves no file.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format { Pdf, PdfA, Odt, Markdown };
    enum class Result { Written, Cancelled, Failed };
    // Called per page (PDF) or per part; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit Exporter(ExportSections sections = defaultExportSections());

    Result writeMinutes(const MinutesContent &content, Format format, const QString &path, QString *error,
                        const Progress &progress = {}) const;
    Result writeReport(const ReportContent &content, Format format, const QString &path, QString *error,
                       const Progress &progress = {}) const;

    static std::optional<Format> formatFromName(const QString &name); // pdf, pdfa, odt, md
    static QString suffix(Format format);

    // Any outline, in any format.
    static Result write(const Outline &outline, Format format, const QString &path, QString *error,
                        const Progress &progress = {});

private:
    static Result writePdf(const Outline &outline, bool pdfA, const QString &path, QString *error,
                           const Progress &progress);
    static Result writeFile(const QByteArray &bytes, const QString &path, QString *error, const Progress &progress);

    ExportSections m_sections;
};

} // namespace Leda
