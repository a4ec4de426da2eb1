#include "core/export/markdownwriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QString cell(const QString &text)
{
    // A table row is one line: a typed line break becomes <br>, which Markdown renders as one.
    QString escaped = MarkdownWriter::escape(text);
    escaped.replace(u"  \n"_s, u"<br>"_s);
    return escaped;
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &text : cells)
        escaped.append(cell(text));
    return u"| "_s + escaped.join(u" | "_s) + u" |"_s;
}

} // namespace

QString MarkdownWriter::escape(const QString &text)
{
    // Everything Markdown could read as markup is escaped, so what was typed is what is shown.
    static const QString special = u"\\`*_{}[]()<>#+-.!|~&"_s;
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    out.replace(u'\n', u"  \n"_s); // a typed line break stays a line break
    return out;
}

QString MarkdownWriter::write(const Outline &outline)
{
    // A document of several parts has its own title above them, one level up.
    const bool titled = outline.parts.size() > 1;
    const auto hashes = [titled](int level) { return QString(level + (titled ? 1 : 0), u'#') + u' '; };
    QStringList lines;
    if (titled)
        lines << u"# "_s + escape(outline.title) << QString();
    for (qsizetype p = 0; p < outline.parts.size(); ++p) {
        const OutlinePart &part = outline.parts.at(p);
        if (!part.title.isEmpty())
            lines << hashes(1) + escape(part.title) << QString();
        for (qsizetype b = 0; b < part.blocks.size(); ++b) {
            const OutlineBlock &block = part.blocks.at(b);
            const bool nextIsSame = b + 1 < part.blocks.size() && part.blocks.at(b + 1).kind == block.kind;
            switch (block.kind) {
            case OutlineBlock::Kind::Heading:
                lines << hashes(block.level) + escape(block.text) << QString();
                break;
            case OutlineBlock::Kind::Field:
                // Fields in a row are lines of one paragraph: two spaces end a line.
                lines << u"**%1:** %2"_s.arg(escape(block.label), escape(block.text)) + (nextIsSame ? u"  "_s : QString());
                if (!nextIsSame)
                    lines << QString();
                break;
            case OutlineBlock::Kind::Paragraph:
                lines << (block.strong ? u"**%1**"_s.arg(escape(block.text)) : escape(block.text)) << QString();
                break;
            case OutlineBlock::Kind::Bullet:
                lines << u"- "_s + escape(block.text);
                if (!nextIsSame)
                    lines << QString();
                break;
            case OutlineBlock::Kind::Columns:
                for (const QStringList &texts : block.rows) {
                    for (qsizetype c = 0; c < texts.size() && c < block.headers.size(); ++c)
                        lines << u"- *%1:* %2"_s.arg(escape(block.headers.at(c)), escape(texts.at(c)));
                }
                lines << QString();
                break;
            case OutlineBlock::Kind::Table:
                lines << row(block.headers);
                lines << u"|"_s + u"---|"_s.repeated(block.headers.size());
                for (const QStringList &cells : block.rows)
                    lines << row(cells);
                lines << QString();
                break;
            case OutlineBlock::Kind::Chart:
                lines << hashes(3) + escape(block.text) << QString() << escape(block.label) << QString();
                if (block.chart) {
                    // Text has no chart: the values it is drawn from, as a table.
                    const MeasureSeries &series = *block.chart;
                    const Spc::Analysis analysis = series.analysis();
                    const QLocale locale;
                    lines << row({MarkdownWriter::tr("Period"), MarkdownWriter::tr("Value"), MarkdownWriter::tr("Note")});
                    lines << u"|---|---|---|"_s;
                    for (qsizetype i = 0; i < series.periods().size(); ++i) {
                        const Spc::Observation &observation = series.observations().at(i);
                        QString value = analysis.y.at(i) ? locale.toString(*analysis.y.at(i), 'g', 6) : u"–"_s;
                        if (observation.denominator && observation.value)
                            value += u" (%1/%2)"_s.arg(locale.toString(*observation.value, 'g', 12),
                                                       locale.toString(*observation.denominator, 'g', 12));
                        if (observation.excluded)
                            value += u" "_s + MarkdownWriter::tr("(excluded)");
                        lines << row({MeasureSeries::periodLabel(series.periods().at(i), series.measure().period), value,
                                      series.notes().at(i)});
                    }
                    lines << QString();
                }
                break;
            case OutlineBlock::Kind::Title:
                if (block.level > 1) // the first is the document's title, written above
                    lines << escape(block.text) + (nextIsSame ? u"  "_s : QString());
                if (!nextIsSame)
                    lines << QString();
                break;
            }
        }
        if (p == 0 && outline.contents) {
            lines << hashes(1) + escape(RecordOutline::contentsTitle()) << QString();
            for (const OutlinePart &listed : outline.parts) {
                if (listed.listed)
                    lines << u"- "_s + escape(listed.title);
            }
            lines << QString();
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n') + u'\n';
}

} // namespace Leda
