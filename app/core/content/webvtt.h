#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Leda {

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; // lines joined with '\n', tags such as <i> removed

    bool contains(qint64 positionMs) const { return positionMs >= startMs && positionMs < endMs; }
};

// A small WebVTT reader and writer: enough for captions Leda makes and regions bring
// (cue timings, identifiers, multi-line cues, NOTE/STYLE blocks, simple tags).
class WebVtt final
{
    Q_DECLARE_TR_FUNCTIONS(WebVtt)

public:
    struct ParseResult
    {
        QList<Cue> cues;
        QString error; // empty when the file parsed; names the line otherwise
        bool ok() const { return error.isEmpty(); }
    };

    static ParseResult parse(const QString &text);
    static ParseResult parseFile(const QString &path);
    static QString write(const QList<Cue> &cues);

    static QString formatTimestamp(qint64 ms);
    static qint64 parseTimestamp(const QString &text); // -1 when malformed
};

} // namespace Leda
