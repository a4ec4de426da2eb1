// leda-filmgen --module DIR --out DIR: generates the module's narrated film unless its text is unchanged.
#include "core/content/contentloader.h"
#include "core/film/filmbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"module"_s, u"Module folder with module.json."_s, u"dir"_s},
                       {u"out"_s, u"Output folder for film.webm, film.vtt, film.json."_s, u"dir"_s},
                       {u"stamp"_s, u"File to touch when done (for the build system)."_s, u"file"_s},
                       {u"pronunciations"_s, u"Words espeak-ng says wrongly: word<TAB>phonemes per line."_s, u"file"_s}});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(u"module"_s) || !parser.isSet(u"out"_s)) {
        err << "leda-filmgen: --module and --out are required\n";
        return 2;
    }

    Leda::ContentProblems problems;
    const Leda::Module module = Leda::ContentLoader::loadModule(parser.value(u"module"_s), {}, &problems);
    auto touchStamp = [&] {
        if (!parser.isSet(u"stamp"_s))
            return true;
        QFile stamp(parser.value(u"stamp"_s));
        return stamp.open(QIODevice::WriteOnly | QIODevice::Truncate) && stamp.write("done\n") > 0;
    };
    if (!module.available) {
        for (const Leda::ContentProblem &problem : problems)
            err << "leda-filmgen: " << problem.toString() << '\n';
        return 1;
    }
    if (!module.film.generated) {
        err << "leda-filmgen: " << module.folderName << " brings its own film; nothing to generate\n";
        return touchStamp() ? 0 : 1;
    }

    QElapsedTimer timer;
    timer.start();
    Leda::FilmBuilder::Options options;
    if (parser.isSet(u"pronunciations"_s)) {
        QString error;
        options.pronunciations = Leda::NarrationScript::readPronunciations(parser.value(u"pronunciations"_s), &error);
        if (!error.isEmpty()) {
            err << "leda-filmgen: " << error << '\n';
            return 1;
        }
    }
    Leda::FilmBuilder builder(options);
    const auto outcome = builder.build(module, parser.value(u"out"_s));
    if (outcome == Leda::FilmBuilder::Outcome::Failed) {
        err << "leda-filmgen: " << module.folderName << ": " << builder.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << module.folderName
                        << (outcome == Leda::FilmBuilder::Outcome::Built ? u" film built in %1 s"_s.arg(
                                                                               timer.elapsed() / 1000.0, 0, 'f', 1)
                                                                         : u" film up to date"_s)
                        << '\n';
    return touchStamp() ? 0 : 1;
}
