#pragma once

#include "core/export/outline.h"

#include <QTextDocument>

#include <memory>
#include <vector>

namespace Leda {

// Renders an outline of the minutes or the report as QTextDocuments, built with QTextCursor so
// that what the group typed is inserted as plain text (never read as HTML or Markdown).
class DocumentBuilder final
{
public:
    // Paged: for a PDF, where Leda numbers the pages. Flowing: for ODT and the print preview,
    // where the word processor numbers them, so the contents have no numbers.
    enum class Layout { Paged, Flowing };

    // One document per part, each starting on a new page, with the contents (when the outline
    // has them) after the first part. tocPages gives the page where each listed part starts;
    // empty draws placeholders of the same width.
    static std::vector<std::unique_ptr<QTextDocument>> parts(const Outline &outline, const QList<int> &tocPages = {},
                                                             Layout layout = Layout::Paged);
    // The whole outline as one flowing document, its parts joined with page breaks.
    static std::unique_ptr<QTextDocument> document(const Outline &outline);

    static std::unique_ptr<QTextDocument> newDocument();
};

} // namespace Leda
