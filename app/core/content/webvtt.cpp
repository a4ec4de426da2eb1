#include "core/content/webvtt.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Leda {

qint64 WebVtt::parseTimestamp(const QString &text)
{
    // [hh:]mm:ss.ttt
    static const QRegularExpression pattern(u"^(?:(\\d+):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 hours = match.captured(1).isEmpty() ? 0 : match.captured(1).toLongLong();
    return ((hours * 60 + match.captured(2).toLongLong()) * 60 + match.captured(3).toLongLong()) * 1000
        + match.captured(4).toLongLong();
}

QString WebVtt::formatTimestamp(qint64 ms)
{
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = (ms / 60'000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    return u"%1:%2:%3.%4"_s.arg(hours, 2, 10, QChar(u'0'))
        .arg(minutes, 2, 10, QChar(u'0'))
        .arg(seconds, 2, 10, QChar(u'0'))
        .arg(ms % 1000, 3, 10, QChar(u'0'));
}

WebVtt::ParseResult WebVtt::parse(const QString &input)
{
    ParseResult result;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    if (lines.isEmpty() || !(lines.first() == u"WEBVTT"_s || lines.first().startsWith(u"WEBVTT "_s)
                             || lines.first().startsWith(u"WEBVTT\t"_s))) {
        result.error = tr("line 1: a WebVTT file must start with WEBVTT");
        return result;
    }

    static const QRegularExpression tags(u"<[^>]*>"_s);
    qsizetype i = 1;
    // Skip the header block.
    while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
        ++i;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const qsizetype blockStart = i;
        QStringList block;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
            block.append(lines.at(i++));
        if (block.first().startsWith(u"NOTE"_s) || block.first().startsWith(u"STYLE"_s)
            || block.first().startsWith(u"REGION"_s))
            continue;

        qsizetype timingIndex = block.first().contains(u"-->"_s) ? 0 : 1;
        if (timingIndex >= block.size() || !block.at(timingIndex).contains(u"-->"_s)) {
            result.error = tr("line %1: expected a cue timing such as 00:00:01.000 --> 00:00:04.000")
                               .arg(blockStart + 1 + timingIndex);
            result.cues.clear();
            return result;
        }
        const QString timing = block.at(timingIndex);
        const qsizetype arrow = timing.indexOf(u"-->"_s);
        const QString endPart = timing.mid(arrow + 3).trimmed().section(u' ', 0, 0);
        Cue cue;
        cue.startMs = parseTimestamp(timing.left(arrow));
        cue.endMs = parseTimestamp(endPart);
        if (cue.startMs < 0 || cue.endMs < 0 || cue.endMs < cue.startMs) {
            result.error = tr("line %1: malformed cue timing \"%2\"").arg(blockStart + 1 + timingIndex).arg(timing);
            result.cues.clear();
            return result;
        }
        QStringList textLines = block.mid(timingIndex + 1);
        for (QString &line : textLines) {
            line.remove(tags);
            line.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&nbsp;"_s, u"\u00a0"_s);
            line.replace(u"&amp;"_s, u"&"_s);
        }
        cue.text = textLines.join(u'\n');
        result.cues.append(cue);
    }
    return result;
}

WebVtt::ParseResult WebVtt::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        ParseResult result;
        result.error = tr("%1 is not UTF-8 text; save the captions as UTF-8").arg(QDir::toNativeSeparators(path));
        return result;
    }
    ParseResult result = parse(text);
    if (!result.ok())
        result.error = QDir::toNativeSeparators(path) + u", "_s + result.error;
    return result;
}

QString WebVtt::write(const QList<Cue> &cues)
{
    QString out = u"WEBVTT\n"_s;
    int number = 1;
    for (const Cue &cue : cues) {
        QString text = cue.text;
        text.replace(u"&"_s, u"&amp;"_s).replace(u"<"_s, u"&lt;"_s).replace(u">"_s, u"&gt;"_s);
        out += u"\n%1\n%2 --> %3\n%4\n"_s.arg(number++)
                   .arg(formatTimestamp(cue.startMs), formatTimestamp(cue.endMs), text);
    }
    return out;
}

} // namespace Leda
