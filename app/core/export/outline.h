#pragma once

#include "core/export/recordexport.h"

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Leda {

// One outline of the minutes and of the course report, built once from the record. Every
// format is a rendering of it (DocumentBuilder: PDF and ODT; MarkdownWriter: Markdown), so
// the formats cannot disagree on what a protokoll holds.
struct OutlineBlock
{
    enum class Kind {
        Heading,   // text at level (2: a section, 3: a subsection)
        Field,     // label: text
        Paragraph, // text, bold when strong
        Bullet,    // • text
        Columns,   // side-by-side texts under headers: a table in print, labelled lines in Markdown
        Table,     // headers over rows; widths in percent (empty: equal)
        Title,     // a centred title-page line, level 1 (largest) to 4
        Chart,     // a measure's chart under its name (text) and kind (label), kept on one page:
                   // vectors in a PDF, a picture in ODT, its values in Markdown
    };
    Kind kind = Kind::Paragraph;
    int level = 0;
    QString label;
    QString text;
    bool strong = false;
    QStringList headers;
    QList<int> widths;
    QList<QStringList> rows;
    std::shared_ptr<const MeasureSeries> chart;
};

// A part starts on a new page in print. Its title is its first heading; a listed part is
// named in the table of contents.
struct OutlinePart
{
    QString title;
    bool listed = false;
    bool titlePage = false;
    QList<OutlineBlock> blocks;
};

struct Outline
{
    QString title;         // the document's title (metadata, Markdown's first heading)
    QString header;        // the running header of a printed page
    bool contents = false; // a table of contents after the first part
    QList<OutlinePart> parts;
};

class RecordOutline final
{
    Q_DECLARE_TR_FUNCTIONS(RecordOutline)

public:
    explicit RecordOutline(ExportSections sections = defaultExportSections());

    Outline minutes(const MinutesContent &content) const;
    Outline report(const ReportContent &content) const;

    static QString longDate(const QDate &date);
    static QString sectionTitle(int number, const QString &title); // "§ 3 Decisions"
    static QString nextMeetingText(const MinutesContent &content);
    static QString contentsTitle();
    // A measure's chart with its sentences (and its definition, in the report).
    static QList<OutlineBlock> measureBlocks(const MeasureSeries &series, bool withDefinition);

private:
    // filed: a meeting's own minutes, with the adjustment lines and the distribution list.
    QList<OutlineBlock> minutesBlocks(const MinutesContent &content, bool filed) const;

    ExportSections m_sections;
};

} // namespace Leda
