#pragma once

#include "core/export/recordexport.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace Leda {

// Lays out minutes and the course report as a QTextDocument, built with QTextCursor so that
// what the group typed is inserted as plain text (never read as HTML or Markdown).
class DocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    explicit DocumentBuilder(ExportSections sections = defaultExportSections());

    std::unique_ptr<QTextDocument> minutes(const MinutesContent &content) const;
    std::unique_ptr<QTextDocument> report(const ReportContent &content) const;

    // The report for paged output: one document per part, each starting on a new page (title,
    // contents, series plan, each meeting, summary). tocPages gives the page where each part
    // after the contents starts; empty draws placeholders of the same width. A flowing document
    // (flowing: ODT, where the word processor numbers the pages) has contents without numbers.
    enum class Layout { Paged, Flowing };
    std::vector<std::unique_ptr<QTextDocument>> reportParts(const ReportContent &content,
                                                            const QList<int> &tocPages = {},
                                                            Layout layout = Layout::Paged) const;

    static QString longDate(const QDate &date);
    static QString sectionTitle(int number, const QString &title); // "§ 3 Decisions"
    static QString nextMeetingText(const MinutesContent &content);
    static std::unique_ptr<QTextDocument> newDocument();

private:
    void writeMinutes(class QTextCursor &cursor, const MinutesContent &content, int headingLevel) const;

    ExportSections m_sections;
};

} // namespace Leda
