#pragma once

#include "core/film/narrationscript.h"

#include "core/content/module.h"
#include "core/content/webvtt.h"

#include <QString>

namespace Leda {

// Makes a module's film from its chapter texts: a title card per chapter, Swedish speech
// synthesis of the narration (espeak-ng), captions and chapter starts measured from the real
// audio, encoded as WebM (VP9 + Opus) by ffmpeg. Output in outDir: film.webm, film.vtt and
// film.json (duration, chapter starts, and a hash of the text so unchanged films are kept).
class FilmBuilder final
{
public:
    struct Options
    {
        QString espeakProgram = QStringLiteral("espeak-ng");
        QString ffmpegProgram = QStringLiteral("ffmpeg");
        QString font = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        QString boldFont = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        QString voice = QStringLiteral("sv");
        int wordsPerMinute = 160;
        int width = 960;
        int height = 540;
        int framesPerSecond = 10;
        NarrationScript::Pronunciations pronunciations; // modules/pronunciation.tsv
    };

    enum class Outcome { Built, UpToDate, Failed };

    FilmBuilder();
    explicit FilmBuilder(Options options);

    Outcome build(const Module &module, const QString &outDir);
    QString errorString() const { return m_error; }

    // Identifies everything the film is made from; a film is rebuilt only when this changes.
    QString contentHash(const Module &module) const;

    static constexpr qint64 kTitleCardLeadMs = 1200;
    static constexpr qint64 kPauseAfterSegmentMs = 250;
    static constexpr qint64 kPauseAfterChapterMs = 800;

private:
    bool synthesize(const QString &text, const QString &wavPath);
    bool encode(const Module &module, const QList<qint64> &chapterStarts, qint64 durationMs, const QString &workDir,
                const QString &outFile);
    bool fail(const QString &message);

    Options m_options;
    QString m_error;
};

} // namespace Leda
