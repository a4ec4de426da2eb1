#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "support/testpaths.h"

#include "support/catchqt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const ContentProblem *findProblem(const ContentProblems &problems, const QString &folder, const QString &field)
{
    for (const ContentProblem &problem : problems) {
        if (problem.moduleFolder == folder && problem.field == field)
            return &problem;
    }
    return nullptr;
}

const Module *findModule(const Course &course, const QString &folder)
{
    for (const Module &module : course.modules) {
        if (module.folderName == folder)
            return &module;
    }
    return nullptr;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString &file : files) {
        if (!QFile::copy(from + u'/' + file, to + u'/' + file))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("every bundled module loads without problems")
{
    const auto result = ContentLoader::load(TestPaths::modules(), TestPaths::films());
    for (const ContentProblem &problem : result.problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(result.problems.isEmpty());
    REQUIRE(result.course.modules.size() == 15);
    REQUIRE(result.course.availableCount() == 15);

    QSet<QString> ids;
    for (int i = 0; i < result.course.modules.size(); ++i) {
        const Module &module = result.course.modules.at(i);
        INFO(module.folderName.toStdString());
        REQUIRE(module.number == i); // introduction 0, then 1–14 in order
        REQUIRE(module.folderName.startsWith(u"%1-"_s.arg(i, 2, 10, QChar(u'0'))));
        REQUIRE_FALSE(ids.contains(module.id));
        ids.insert(module.id);
        REQUIRE(module.chapters.size() >= 3);
        REQUIRE(module.chapters.size() <= 6);
        REQUIRE(module.questions.size() >= 4);
        REQUIRE(module.questions.size() <= 8);
        REQUIRE_FALSE(module.worksheet.isEmpty());
        REQUIRE(module.literature.size() >= 2);
        REQUIRE_FALSE(module.facilitatorNotes.isEmpty());
        for (const Chapter &chapter : module.chapters) {
            const qsizetype words = chapter.narration.split(u' ', Qt::SkipEmptyParts).size();
            REQUIRE(words >= 60);
            REQUIRE(words <= 150);
        }
    }
    REQUIRE(result.course.modules.first().title.contains(u"Introduktion"_s));
}

TEST_CASE("bundled modules use the films generated at build time, with chapter starts from the real audio")
{
    const auto result = ContentLoader::load(TestPaths::modules(), TestPaths::films());
    for (const Module &module : result.course.modules) {
        INFO(module.folderName.toStdString());
        REQUIRE(module.film.generated);
        REQUIRE(module.film.videoPath == TestPaths::films() + u'/' + module.folderName + u"/film.webm"_s);
        REQUIRE(QFileInfo(module.film.videoPath).size() > 100'000);
        REQUIRE(QFileInfo::exists(module.film.captionsPath));
        REQUIRE(module.film.durationMs > 60'000);
        REQUIRE(module.chapters.first().startMs == 0);
        for (int i = 1; i < module.chapters.size(); ++i)
            REQUIRE(module.chapters.at(i).startMs > module.chapters.at(i - 1).startMs + 10'000);
        REQUIRE(module.chapters.last().startMs < module.film.durationMs);
    }
}

TEST_CASE("broken manifests each give their named error while good modules still load")
{
    const auto result = ContentLoader::load(TestPaths::data(u"broken-course"_s), {});
    const Course &course = result.course;
    REQUIRE(course.modules.size() == 6);

    const Module *good = findModule(course, u"01-good"_s);
    REQUIRE(good);
    REQUIRE(good->available);
    REQUIRE(good->title == u"En bra modul"_s);
    REQUIRE(good->chapters.at(1).narration.contains(u"åäö och ÅÄÖ"_s));
    REQUIRE_FALSE(findProblem(result.problems, u"01-good"_s, u"id"_s));

    const ContentProblem *badJson = findProblem(result.problems, u"02-bad-json"_s, u"module.json"_s);
    REQUIRE(badJson);
    REQUIRE(badJson->reason.contains(u"not valid JSON"_s));

    const ContentProblem *missing = findProblem(result.problems, u"03-missing-field"_s, u"title"_s);
    REQUIRE(missing);
    REQUIRE(missing->reason == u"required field is missing"_s);

    const ContentProblem *film = findProblem(result.problems, u"04-unknown-film"_s, u"film.video"_s);
    REQUIRE(film);
    REQUIRE(film->reason.contains(u"finns-inte.webm"_s));
    REQUIRE(film->reason.contains(u"does not exist"_s));

    const ContentProblem *duplicate = findProblem(result.problems, u"05-duplicate-id"_s, u"id"_s);
    REQUIRE(duplicate);
    REQUIRE(duplicate->reason.contains(u"01-good"_s));

    const ContentProblem *noManifest = findProblem(result.problems, u"06-no-manifest"_s, u"module.json"_s);
    REQUIRE(noManifest);
    REQUIRE(noManifest->reason.contains(u"missing"_s));

    for (const QString &folder : {u"02-bad-json"_s, u"03-missing-field"_s, u"04-unknown-film"_s, u"05-duplicate-id"_s,
                                  u"06-no-manifest"_s}) {
        const Module *module = findModule(course, folder);
        REQUIRE(module);
        REQUIRE_FALSE(module->available);
        REQUIRE_FALSE(module->unavailableReason.isEmpty());
    }
    REQUIRE(course.availableCount() == 1);
}

TEST_CASE("an unreadable manifest is reported and the other modules load")
{
    QTemporaryDir dir;
    REQUIRE(copyFolder(TestPaths::data(u"broken-course/01-good"_s), dir.filePath(u"01-good"_s)));
    REQUIRE(copyFolder(TestPaths::data(u"broken-course/01-good"_s), dir.filePath(u"02-unreadable"_s)));
    const QString manifest = dir.filePath(u"02-unreadable/module.json"_s);
    if (::geteuid() == 0) {
        // root reads any file regardless of its mode: make it unreadable by being a folder.
        REQUIRE(QFile::remove(manifest));
        REQUIRE(QDir().mkpath(manifest));
    } else {
        REQUIRE(QFile::setPermissions(manifest, QFileDevice::WriteOwner));
    }
    const auto result = ContentLoader::load(dir.path(), {});
    const ContentProblem *problem = findProblem(result.problems, u"02-unreadable"_s, u"module.json"_s);
    REQUIRE(problem);
    REQUIRE(problem->reason.contains(::geteuid() == 0 ? u"is a folder, not a file"_s : u"cannot be read"_s));
    REQUIRE(findModule(result.course, u"01-good"_s)->available);
    REQUIRE_FALSE(findModule(result.course, u"02-unreadable"_s)->available);
}

TEST_CASE("field errors name the field and the reason")
{
    const QJsonObject manifest{{u"formatVersion"_s, 2},
                               {u"id"_s, u"Versaler Och Mellanslag"_s},
                               {u"number"_s, -3},
                               {u"title"_s, u"Titel"_s},
                               {u"summary"_s, 5},
                               {u"chapters"_s, QJsonArray{QJsonObject{{u"title"_s, u"Kapitel"_s}}}},
                               {u"questions"_s, QJsonArray{}},
                               {u"recommended"_s, QJsonArray{0}},
                               {u"worksheet"_s, QJsonArray{QJsonObject{{u"topic"_s, u"Ämne"_s}}}}};
    ContentProblems problems;
    const Module module = ContentLoader::parseManifest(manifest, u"/kurs/07-test"_s, {}, &problems);
    REQUIRE_FALSE(module.available);
    auto reasonOf = [&](const QString &field) {
        const ContentProblem *problem = findProblem(problems, u"07-test"_s, field);
        return problem ? problem->reason : QString();
    };
    REQUIRE(reasonOf(u"formatVersion"_s).contains(u"unsupported version 2"_s));
    REQUIRE(reasonOf(u"id"_s).contains(u"lower-case"_s));
    REQUIRE(reasonOf(u"number"_s).contains(u"whole number"_s));
    REQUIRE(reasonOf(u"summary"_s) == u"must be text"_s);
    REQUIRE(reasonOf(u"chapters[0].narration"_s) == u"required field is missing"_s);
    REQUIRE(reasonOf(u"questions"_s).contains(u"at least 1"_s));
    REQUIRE(reasonOf(u"recommended[0]"_s).contains(u"the number of one of the"_s));
    REQUIRE(reasonOf(u"worksheet[0].today"_s) == u"required field is missing"_s);
    REQUIRE(module.unavailableReason.startsWith(u"formatVersion: "_s));
}

TEST_CASE("content that would hang Leda or mislead it is refused with what is wrong: sizes, numbers, odd files")
{
    QTemporaryDir dir;
    const QString good = TestPaths::data(u"broken-course/01-good"_s);
    REQUIRE(copyFolder(good, dir.filePath(u"01-good"_s)));
    QFile source(good + u"/module.json"_s);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(source.readAll()).object();
    const auto write = [&](const QString &folder, const QJsonObject &object) {
        REQUIRE(QDir().mkpath(dir.filePath(folder)));
        QFile file(dir.filePath(folder + u"/module.json"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(object).toJson());
    };
    QJsonObject huge = manifest;
    huge[u"number"_s] = 2;
    huge[u"summary"_s] = QString(5 * 1024 * 1024, u'x'); // 5 MB: laid out, it froze Leda for minutes
    write(u"02-huge"_s, huge);
    QJsonObject longSummary = manifest;
    longSummary[u"number"_s] = 3;
    longSummary[u"summary"_s] = QString(3000, u'x');
    write(u"03-long"_s, longSummary);
    QJsonObject wrongNumber = manifest;
    wrongNumber[u"number"_s] = 99;
    write(u"04-wrong-number"_s, wrongNumber);
    REQUIRE(QDir().mkpath(dir.filePath(u"05-loop"_s)));
    REQUIRE(QFile::link(dir.filePath(u"05-loop/module.json"_s), dir.filePath(u"05-loop/module.json"_s)));

    const auto result = ContentLoader::load(dir.path(), {});
    const auto reasonOf = [&](const QString &folder, const QString &field) {
        const ContentProblem *problem = findProblem(result.problems, folder, field);
        return problem ? problem->reason : QString();
    };
    REQUIRE(reasonOf(u"02-huge"_s, u"module.json"_s).contains(u"too large"_s));
    REQUIRE(reasonOf(u"03-long"_s, u"summary"_s) == u"too long: 3000 characters, at most 2000"_s);
    REQUIRE(reasonOf(u"04-wrong-number"_s, u"number"_s).contains(u"the folder 04-wrong-number says 4"_s));
    REQUIRE(reasonOf(u"05-loop"_s, u"module.json"_s).contains(u"link that leads nowhere"_s));
    REQUIRE(findModule(result.course, u"01-good"_s)->available);
    for (const QString &folder : {u"02-huge"_s, u"03-long"_s, u"04-wrong-number"_s, u"05-loop"_s})
        REQUIRE_FALSE(findModule(result.course, folder)->available);
}

TEST_CASE("a module that brings its own film uses it, with its own chapter starts")
{
    const auto result = ContentLoader::load(TestPaths::data(u"own-film-course"_s), TestPaths::films());
    REQUIRE(result.problems.isEmpty());
    const Module &module = result.course.modules.first();
    REQUIRE(module.available);
    REQUIRE_FALSE(module.film.generated);
    REQUIRE(module.film.videoPath == TestPaths::data(u"own-film-course/01-own-film/film.webm"_s));
    REQUIRE(module.film.captionsPath == TestPaths::data(u"own-film-course/01-own-film/film.vtt"_s));
    REQUIRE(module.chapters.at(0).startMs == 0);
    REQUIRE(module.chapters.at(1).startMs == 2500);
}

TEST_CASE("the content check returns non-zero for broken content and zero for the bundled course")
{
    REQUIRE(CommandLine::runContentCheck(TestPaths::data(u"broken-course"_s)) == 1);
    REQUIRE(CommandLine::runContentCheck(TestPaths::modules()) == 0);
    REQUIRE(CommandLine::runContentCheck(TestPaths::data(u"no-such-folder"_s)) == 1);
}

TEST_CASE("the content check with --films plays each film: a film that is not one, or is missing, is named")
{
    QTemporaryDir dir;
    const QStringList folders = QDir(TestPaths::films()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() == 15);
    for (const QString &folder : folders)
        REQUIRE(copyFolder(TestPaths::films() + u'/' + folder, dir.filePath(folder)));
    const QString notAFilm = dir.filePath(folders.at(1) + u"/film.webm"_s);
    REQUIRE(QFile::remove(notAFilm));
    QFile garbage(notAFilm);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    const QString missing = dir.filePath(folders.at(2) + u"/film.webm"_s);
    REQUIRE(QFile::remove(missing));

    QProcess leda;
    leda.start(QStringLiteral(LEDA_TEST_LEDA),
               {u"--check-content"_s, TestPaths::modules(), u"--films"_s, dir.path(), u"--lang"_s, u"en"_s});
    REQUIRE(leda.waitForFinished(120'000));
    const QString output = QString::fromUtf8(leda.readAllStandardOutput());
    INFO(output.toStdString());
    REQUIRE(leda.exitCode() == 1);
    REQUIRE(output.contains(u"%1: film: the film %2 cannot be played"_s.arg(folders.at(1), notAFilm)));
    REQUIRE(output.contains(u"%1: film: the film %2 is missing"_s.arg(folders.at(2), missing)));
    REQUIRE(output.contains(QRegularExpression(u"15 modules? checked, 2 problems?"_s)));
}
