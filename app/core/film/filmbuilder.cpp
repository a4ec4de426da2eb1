#include "core/film/filmbuilder.h"

#include "core/film/narrationscript.h"
#include "core/film/wavfile.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr int kGeneratorVersion = 4; // bump when the look or timing of generated films changes

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

FilmBuilder::FilmBuilder()
    : FilmBuilder(Options{})
{
}

FilmBuilder::FilmBuilder(Options options)
    : m_options(std::move(options))
{
}

bool FilmBuilder::fail(const QString &message)
{
    m_error = message;
    return false;
}

namespace {

// The list as one text in a fixed order: a changed pronunciation makes the films again.
QString pronunciationKey(const NarrationScript::Pronunciations &pronunciations)
{
    QStringList entries;
    for (auto it = pronunciations.cbegin(); it != pronunciations.cend(); ++it)
        entries.append(it.key() + u'=' + it.value());
    entries.sort();
    return entries.join(u'\n');
}

} // namespace

QString FilmBuilder::contentHash(const Module &module) const
{
    QJsonArray chapters;
    for (const Chapter &chapter : module.chapters)
        chapters.append(QJsonArray{chapter.title, chapter.keySentence, chapter.narration});
    const QJsonObject source{{u"generator"_s, kGeneratorVersion},
                             {u"number"_s, module.number},
                             {u"title"_s, module.title},
                             {u"chapters"_s, chapters},
                             {u"voice"_s, m_options.voice},
                             {u"pronunciations"_s, pronunciationKey(m_options.pronunciations)},
                             {u"wpm"_s, m_options.wordsPerMinute},
                             {u"size"_s, u"%1x%2@%3"_s.arg(m_options.width).arg(m_options.height).arg(
                                             m_options.framesPerSecond)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(source).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

bool FilmBuilder::synthesize(const QString &text, const QString &wavPath)
{
    QProcess espeak;
    espeak.start(m_options.espeakProgram, {u"-v"_s, m_options.voice, u"-s"_s, QString::number(m_options.wordsPerMinute),
                                           u"-b"_s, u"1"_s, u"-w"_s, wavPath, u"--stdin"_s});
    if (!espeak.waitForStarted())
        return fail(u"cannot start %1 (%2); install it with: apt-get install espeak-ng"_s.arg(
            m_options.espeakProgram, espeak.errorString()));
    espeak.write(text.toUtf8());
    espeak.closeWriteChannel();
    if (!espeak.waitForFinished(60'000) || espeak.exitStatus() != QProcess::NormalExit || espeak.exitCode() != 0)
        return fail(u"espeak-ng failed on \"%1\": %2"_s.arg(text, QString::fromLocal8Bit(espeak.readAllStandardError())));
    return true;
}

FilmBuilder::Outcome FilmBuilder::build(const Module &module, const QString &outDir)
{
    m_error.clear();
    const QDir out(outDir);
    const QString hash = contentHash(module);
    const QString infoPath = out.filePath(u"film.json"_s);
    {
        QFile info(infoPath);
        if (info.open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson(info.readAll()).object().value(u"contentHash"_s).toString() == hash
            && QFileInfo::exists(out.filePath(u"film.webm"_s)) && QFileInfo::exists(out.filePath(u"film.vtt"_s)))
            return Outcome::UpToDate;
    }

    if (!QDir().mkpath(out.filePath(u"work"_s))) {
        fail(u"cannot create %1"_s.arg(QDir::toNativeSeparators(out.filePath(u"work"_s))));
        return Outcome::Failed;
    }
    QDir work(out.filePath(u"work"_s));

    WavAudio narration;
    QList<Cue> cues;
    QList<qint64> chapterStarts;
    int segmentNumber = 0;
    for (const Chapter &chapter : module.chapters) {
        chapterStarts.append(narration.durationMs());
        bool firstSegment = true;
        const QStringList segments = NarrationScript::captionSegments(chapter.narration);
        for (const QString &segment : segments) {
            const QString wavPath = work.filePath(u"segment-%1.wav"_s.arg(++segmentNumber, 3, 10, QChar(u'0')));
            if (!synthesize(NarrationScript::spoken(segment, m_options.pronunciations), wavPath))
                return Outcome::Failed;
            QString error;
            const WavAudio spoken = WavAudio::read(wavPath, &error);
            if (!spoken.isValid()) {
                fail(error);
                return Outcome::Failed;
            }
            if (!narration.isValid()) {
                narration.sampleRate = spoken.sampleRate;
                narration.channels = spoken.channels;
                narration.bitsPerSample = spoken.bitsPerSample;
            }
            if (!narration.sameFormat(spoken)) {
                fail(u"espeak-ng changed its audio format within one film"_s);
                return Outcome::Failed;
            }
            if (firstSegment) {
                narration.appendSilence(kTitleCardLeadMs); // the title card alone first
                firstSegment = false;
            }
            Cue cue;
            cue.startMs = narration.durationMs();
            narration.append(spoken);
            narration.appendSilence(kPauseAfterSegmentMs);
            cue.endMs = narration.durationMs();
            cue.text = NarrationScript::wrapWords(segment, 48).join(u'\n');
            cues.append(cue);
        }
        narration.appendSilence(kPauseAfterChapterMs);
    }
    const qint64 durationMs = narration.durationMs();

    QString error;
    if (!narration.write(work.filePath(u"narration.wav"_s), &error)) {
        fail(error);
        return Outcome::Failed;
    }
    if (!writeText(out.filePath(u"film.vtt"_s), WebVtt::write(cues))) {
        fail(u"cannot write %1"_s.arg(out.filePath(u"film.vtt"_s)));
        return Outcome::Failed;
    }
    if (!encode(module, chapterStarts, durationMs, work.path(), out.filePath(u"film.webm"_s)))
        return Outcome::Failed;

    QJsonArray starts;
    for (qint64 start : chapterStarts)
        starts.append(start);
    const QJsonObject info{{u"contentHash"_s, hash},
                           {u"durationMs"_s, durationMs},
                           {u"chapterStartsMs"_s, starts},
                           {u"cueCount"_s, int(cues.size())}};
    if (!writeText(infoPath, QString::fromUtf8(QJsonDocument(info).toJson()))) {
        fail(u"cannot write %1"_s.arg(infoPath));
        return Outcome::Failed;
    }
    work.removeRecursively();
    return Outcome::Built;
}

bool FilmBuilder::encode(const Module &module, const QList<qint64> &chapterStarts, qint64 durationMs,
                         const QString &workDir, const QString &outFile)
{
    const QDir work(workDir);
    const QString header = module.number > 0 ? u"Modul %1 · %2"_s.arg(module.number).arg(module.title) : module.title;
    const QStringList headerLines = NarrationScript::wrapWords(header, 66);
    const int shift = int(headerLines.size() - 1) * 32; // a long module title pushes the card down
    if (!writeText(work.filePath(u"header.txt"_s), headerLines.join(u'\n')))
        return fail(u"cannot write title cards in %1"_s.arg(workDir));

    auto drawText = [&](const QString &file, const QString &font, int size, const QString &colour, int y,
                        const QString &enable) {
        QString filter = u"drawtext=fontfile='%1':textfile='%2':expansion=none:fontsize=%3:fontcolor=%4:"
                         "line_spacing=%5:x=64:y=%6"_s.arg(font, file)
                             .arg(size)
                             .arg(colour)
                             .arg(size / 3)
                             .arg(y);
        if (!enable.isEmpty())
            filter += u":enable='%1'"_s.arg(enable);
        return filter;
    };

    QStringList filters{drawText(u"header.txt"_s, m_options.font, 24, u"0xbcd4ea"_s, 44, {}),
                        u"drawbox=x=64:y=%1:w=160:h=6:color=0xf4a261:t=fill"_s.arg(108 + shift)};
    for (int i = 0; i < chapterStarts.size(); ++i) {
        const Chapter &chapter = module.chapters.at(i);
        const qint64 end = i + 1 < chapterStarts.size() ? chapterStarts.at(i + 1) : durationMs + 1000;
        const QString enable = u"between(t,%1,%2)"_s.arg(seconds(chapterStarts.at(i)), seconds(end - 1));
        const QString counter = u"counter-%1.txt"_s.arg(i + 1);
        const QString title = u"title-%1.txt"_s.arg(i + 1);
        const QString key = u"key-%1.txt"_s.arg(i + 1);
        const QStringList titleLines = NarrationScript::wrapWords(chapter.title, 28);
        if (!writeText(work.filePath(counter), u"Kapitel %1 av %2"_s.arg(i + 1).arg(chapterStarts.size()))
            || !writeText(work.filePath(title), titleLines.join(u'\n'))
            || !writeText(work.filePath(key), NarrationScript::wrapWords(chapter.keySentence, 50).join(u'\n')))
            return fail(u"cannot write title cards in %1"_s.arg(workDir));
        // The lower quarter of the picture stays free for the captions Leda draws over it.
        filters << drawText(counter, m_options.font, 24, u"0xf4a261"_s, 132 + shift, enable);
        filters << drawText(title, m_options.boldFont, 44, u"white"_s, 176 + shift, enable);
        if (!chapter.keySentence.isEmpty())
            filters << drawText(key, m_options.font, 28, u"0xf1e3b5"_s, 176 + shift + int(titleLines.size()) * 59 + 20,
                                enable);
    }
    if (!writeText(work.filePath(u"filters.txt"_s), u"[0:v]"_s + filters.join(u',') + u"[v]"_s))
        return fail(u"cannot write %1"_s.arg(work.filePath(u"filters.txt"_s)));

    const QString partial = work.filePath(u"film.partial.webm"_s);
    QProcess ffmpeg;
    ffmpeg.setWorkingDirectory(workDir);
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(m_options.ffmpegProgram,
                 {u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                  u"color=c=0x16324f:s=%1x%2:r=%3:d=%4"_s.arg(m_options.width)
                      .arg(m_options.height)
                      .arg(m_options.framesPerSecond)
                      .arg(seconds(durationMs)),
                  u"-i"_s, u"narration.wav"_s, u"-filter_complex_script"_s, u"filters.txt"_s, u"-map"_s, u"[v]"_s,
                  u"-map"_s, u"1:a"_s, u"-c:v"_s, u"libvpx-vp9"_s, u"-deadline"_s, u"realtime"_s, u"-cpu-used"_s,
                  u"8"_s, u"-b:v"_s, u"300k"_s, u"-g"_s, QString::number(m_options.framesPerSecond * 2), u"-c:a"_s,
                  u"libopus"_s, u"-b:a"_s, u"48k"_s, u"-shortest"_s, partial});
    if (!ffmpeg.waitForStarted())
        return fail(u"cannot start %1 (%2); install it with: apt-get install ffmpeg"_s.arg(m_options.ffmpegProgram,
                                                                                         ffmpeg.errorString()));
    if (!ffmpeg.waitForFinished(600'000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return fail(u"ffmpeg failed for %1: %2"_s.arg(module.folderName, QString::fromLocal8Bit(ffmpeg.readAll())));
    QFile::remove(outFile);
    if (!QFile::rename(partial, outFile))
        return fail(u"cannot move the film to %1"_s.arg(QDir::toNativeSeparators(outFile)));
    return true;
}

} // namespace Leda
