#include "core/film/narrationscript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Leda::NarrationScript {

namespace {

void splitLong(const QString &sentence, int maxChars, QStringList *out)
{
    if (sentence.size() <= maxChars) {
        out->append(sentence);
        return;
    }
    const qsizetype middle = sentence.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = sentence.indexOf(u", "_s); i >= 0; i = sentence.indexOf(u", "_s, i + 1)) {
        if (best < 0 || qAbs(i - middle) < qAbs(best - middle))
            best = i;
    }
    // Pieces shorter than a few words read badly as captions; keep such a sentence whole.
    if (best < 20 || sentence.size() - best < 20) {
        out->append(sentence);
        return;
    }
    splitLong(sentence.left(best + 1).trimmed(), maxChars, out);
    splitLong(sentence.mid(best + 2).trimmed(), maxChars, out);
}

} // namespace

QStringList captionSegments(const QString &narration, int maxChars)
{
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);
    QStringList segments;
    const QStringList sentences = narration.simplified().split(sentenceEnd, Qt::SkipEmptyParts);
    for (const QString &sentence : sentences)
        splitLong(sentence.trimmed(), maxChars, &segments);
    return segments;
}

QStringList wrapWords(const QString &text, int maxChars)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace Leda::NarrationScript
