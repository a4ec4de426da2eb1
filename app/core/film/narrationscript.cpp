#include "core/film/narrationscript.h"

#include <QFile>
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

QString spoken(const QString &text, const Pronunciations &pronunciations)
{
    if (pronunciations.isEmpty())
        return text;
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString result;
    qsizetype from = 0;
    for (auto match = word.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const auto said = pronunciations.constFind(found.captured().toLower());
        if (said == pronunciations.cend())
            continue;
        result += text.mid(from, found.capturedStart() - from) + u"[["_s + *said + u"]]"_s;
        from = found.capturedEnd();
    }
    return result + text.mid(from);
}

Pronunciations readPronunciations(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    Pronunciations result;
    int number = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        ++number;
        const QString content = line.section(u'#', 0, 0).trimmed();
        if (content.isEmpty())
            continue;
        const QStringList fields = content.split(u'\t', Qt::SkipEmptyParts);
        if (fields.size() != 2 || fields.at(1).contains(u"]]"_s)) {
            *error = u"%1:%2: expected \"word<TAB>phonemes\""_s.arg(path).arg(number);
            return {};
        }
        result.insert(fields.at(0).trimmed().toLower(), fields.at(1).trimmed());
    }
    return result;
}

} // namespace Leda::NarrationScript
