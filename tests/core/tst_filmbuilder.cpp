#include "core/content/contentloader.h"
#include "core/content/webvtt.h"
#include "core/film/filmbuilder.h"
#include "core/film/narrationscript.h"
#include "core/film/wavfile.h"
#include "support/testpaths.h"

#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

TEST_CASE("narration is split into caption-sized segments at sentence ends and commas")
{
    const QString narration = u"Ledningsgruppen äger frågan.   Vad vill vi uppnå? Om vi mäter det som är viktigt för "
                              "patienterna, och om vi följer resultaten över tid, kan vi se om förändringen verkligen "
                              "är en förbättring."_s;
    const QStringList segments = NarrationScript::captionSegments(narration, 90);
    REQUIRE(segments.size() >= 4);
    REQUIRE(segments.at(0) == u"Ledningsgruppen äger frågan."_s);
    REQUIRE(segments.at(1) == u"Vad vill vi uppnå?"_s);
    for (const QString &segment : segments)
        REQUIRE(segment.size() <= 90);
    REQUIRE(segments.join(u' ') == narration.simplified());
}

TEST_CASE("caption lines are word-wrapped")
{
    const QStringList lines = NarrationScript::wrapWords(u"Så här ser det ut i dag på vår vårdavdelning"_s, 20);
    REQUIRE(lines == QStringList{u"Så här ser det ut i"_s, u"dag på vår"_s, u"vårdavdelning"_s});
    REQUIRE(NarrationScript::wrapWords(u"Ett_mycket_långt_ord"_s, 5) == QStringList{u"Ett_mycket_långt_ord"_s});
}

TEST_CASE("WAV audio: written, read back, joined and timed")
{
    QTemporaryDir dir;
    WavAudio audio;
    audio.sampleRate = 22050;
    audio.channels = 1;
    audio.bitsPerSample = 16;
    audio.appendSilence(1500);
    REQUIRE(audio.durationMs() == 1500);
    QString error;
    REQUIRE(audio.write(dir.filePath(u"a.wav"_s), &error));
    const WavAudio back = WavAudio::read(dir.filePath(u"a.wav"_s), &error);
    REQUIRE(back.isValid());
    REQUIRE(back.durationMs() == 1500);
    WavAudio joined = back;
    joined.append(back);
    REQUIRE(joined.durationMs() == 3000);

    QFile notWav(dir.filePath(u"b.wav"_s));
    REQUIRE(notWav.open(QIODevice::WriteOnly));
    notWav.write("this is not audio");
    notWav.close();
    REQUIRE_FALSE(WavAudio::read(dir.filePath(u"b.wav"_s), &error).isValid());
    REQUIRE(error.contains(u"b.wav"_s));
}

TEST_CASE("a film is rebuilt only when its spoken or shown text changes")
{
    ContentProblems problems;
    Module module = ContentLoader::loadModule(TestPaths::modules() + u"/03-patientens-perspektiv"_s, {}, &problems);
    REQUIRE(module.available);
    FilmBuilder::Options options; // as the build makes the films: with the course's pronunciations
    QString error;
    options.pronunciations =
        NarrationScript::readPronunciations(TestPaths::modules() + u"/pronunciation.tsv"_s, &error);
    REQUIRE(error.isEmpty());
    FilmBuilder builder(options);
    const QString hash = builder.contentHash(module);
    Module questionsEdited = module;
    questionsEdited.questions.append(u"En ny fråga?"_s);
    questionsEdited.facilitatorNotes.clear();
    REQUIRE(builder.contentHash(questionsEdited) == hash);
    Module narrationEdited = module;
    narrationEdited.chapters[1].narration += u" En mening till."_s;
    REQUIRE(builder.contentHash(narrationEdited) != hash);
    Module titleEdited = module;
    titleEdited.title = u"Ny titel"_s;
    REQUIRE(builder.contentHash(titleEdited) != hash);

    // The build tree's film was made from the current text, so it is up to date.
    REQUIRE(builder.build(module, TestPaths::films() + u"/03-patientens-perspektiv"_s)
            == FilmBuilder::Outcome::UpToDate);
}

TEST_CASE("generated captions and chapter starts come from the real narration audio")
{
    const auto result = ContentLoader::load(TestPaths::modules(), TestPaths::films());
    for (const Module &module : result.course.modules) {
        INFO(module.folderName.toStdString());
        const auto captions = WebVtt::parseFile(module.film.captionsPath);
        REQUIRE(captions.ok());
        QFile infoFile(QFileInfo(module.film.videoPath).dir().filePath(u"film.json"_s));
        REQUIRE(infoFile.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        REQUIRE(info.value(u"cueCount"_s).toInt() == captions.cues.size());

        // Each chapter's narration became consecutive cues that start after the chapter's title card.
        qsizetype cueIndex = 0;
        for (int c = 0; c < module.chapters.size(); ++c) {
            const QStringList segments = NarrationScript::captionSegments(module.chapters.at(c).narration);
            const qint64 chapterStart = module.chapters.at(c).startMs;
            const qint64 chapterEnd = c + 1 < module.chapters.size() ? module.chapters.at(c + 1).startMs
                                                                     : module.film.durationMs;
            REQUIRE(captions.cues.at(cueIndex).startMs == chapterStart + FilmBuilder::kTitleCardLeadMs);
            for (const QString &segment : segments) {
                const Cue &cue = captions.cues.at(cueIndex++);
                REQUIRE(QString(cue.text).replace(u'\n', u' ') == segment);
                REQUIRE(cue.startMs >= chapterStart);
                REQUIRE(cue.endMs <= chapterEnd);
                // espeak-ng speaks 1–5 words a second at 160 words a minute (Swedish compounds are long)
                const qsizetype words = segment.split(u' ', Qt::SkipEmptyParts).size();
                REQUIRE(cue.endMs - cue.startMs >= words * 200);
                REQUIRE(cue.endMs - cue.startMs <= words * 1000 + 2000);
            }
        }
        REQUIRE(cueIndex == captions.cues.size());
    }
}

TEST_CASE("the films say listed words by their phonemes, while the captions keep the written words")
{
    using namespace Leda;
    const NarrationScript::Pronunciations said{{u"teamet"_s, u"t'i:mE-t"_s}, {u"resultaten"_s, u"R,Es8lt'A:tE-n"_s}};
    REQUIRE(NarrationScript::spoken(u"Teamet följer Resultaten, varje vecka."_s, said)
            == u"[[t'i:mE-t]] följer [[R,Es8lt'A:tE-n]], varje vecka."_s);
    REQUIRE(NarrationScript::spoken(u"Teamets arbete"_s, said) == u"Teamets arbete"_s); // whole words only
    // The course's own list reads, and names only plain words.
    QString error;
    const auto list = NarrationScript::readPronunciations(TestPaths::modules() + u"/pronunciation.tsv"_s, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(list.value(u"team"_s) == u"t'i:m"_s);
    for (auto it = list.cbegin(); it != list.cend(); ++it) {
        REQUIRE_FALSE(it.key().contains(u' '));
        // espeak-ng reads every phoneme of the entry (it stops silently at one it does not know).
        QProcess espeak;
        espeak.start(u"espeak-ng"_s, {u"-v"_s, u"sv"_s, u"-x"_s, u"-q"_s, u"[[%1]]"_s.arg(it.value())});
        REQUIRE(espeak.waitForFinished(10'000));
        INFO(it.key().toStdString() << ": " << it.value().toStdString());
        REQUIRE(QString::fromUtf8(espeak.readAllStandardOutput()).trimmed().remove(u';') == it.value());
    }
    // A line that is not "word<TAB>phonemes" is refused with its line number.
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"uttal.tsv"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("# ok\nteam t'i:m\n");
    broken.close();
    REQUIRE(NarrationScript::readPronunciations(broken.fileName(), &error).isEmpty());
    REQUIRE(error.contains(u":2:"_s));
    // A changed list makes the films again.
    FilmBuilder::Options changed;
    changed.pronunciations = said;
    const Module module = ContentLoader::loadModule(TestPaths::modules() + u"/00-introduktion"_s, {}, nullptr);
    REQUIRE(FilmBuilder().contentHash(module) != FilmBuilder(changed).contentHash(module));
}
