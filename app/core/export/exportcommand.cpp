#include "core/export/exportcommand.h"

#include "core/content/contentloader.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Leda {

bool ExportCommand::isExport(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "export") == 0;
}

int ExportCommand::run(const QStringList &arguments, const QString &modulesDir, const QString &filmsDir)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a group's minutes or course report."));
    parser.addHelpOption();
    const QCommandLineOption database(u"database"_s, tr("The record: a file, or a server (postgresql://…)."),
                                      tr("record"));
    const QCommandLineOption group(u"group"_s, tr("The leadership group's name."), tr("name"));
    const QCommandLineOption meeting(u"meeting"_s, tr("The minutes of the meeting on this date."), u"YYYY-MM-DD"_s);
    const QCommandLineOption report(u"report"_s, tr("The course report of all the group's meetings."));
    const QCommandLineOption format(u"format"_s, tr("pdf, pdfa (PDF/A-1b for archiving), odt or md."), tr("format"));
    const QCommandLineOption output(u"output"_s, tr("The file to write."), tr("file"));
    const QCommandLineOption notes(u"facilitator-notes"_s, tr("Include the notes for the process leader."));
    const QCommandLineOption lang(u"lang"_s, tr("Language of the document: sv or en."), tr("language"));
    parser.addOptions({database, group, meeting, report, format, output, notes, lang});
    QStringList args = arguments;
    args.removeAt(1); // "export"
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);

    for (const QCommandLineOption &required : {database, group, format, output}) {
        if (!parser.isSet(required)) {
            err << tr("leda export: --%1 is required.").arg(required.names().constFirst()) << '\n';
            return 2;
        }
    }
    if (parser.isSet(meeting) == parser.isSet(report)) {
        err << tr("leda export: give either --meeting YYYY-MM-DD or --report.") << '\n';
        return 2;
    }
    const auto chosenFormat = Exporter::formatFromName(parser.value(format));
    if (!chosenFormat) {
        err << tr("leda export: unknown format \"%1\"; use pdf, pdfa, odt or md.").arg(parser.value(format)) << '\n';
        return 2;
    }
    const QString databasePath = parser.value(database);
    if (!Database::isServerAddress(databasePath) && !QFileInfo::exists(databasePath)) {
        err << tr("leda export: there is no record file %1.").arg(QDir::toNativeSeparators(databasePath)) << '\n';
        return 1;
    }
    Database db;
    QString error;
    // Read-only and unlocked: an archivist can export while Leda is open on the meeting PC.
    if (!db.open(databasePath, &error, Database::Access::ReadOnly)) {
        err << error << '\n';
        return 1;
    }
    const Group found = GroupStore(db).groupByName(parser.value(group));
    if (found.id == 0) {
        QStringList names;
        for (const Group &g : GroupStore(db).groups())
            names.append(g.name);
        err << tr("leda export: %1 has no group called \"%2\". Groups: %3.")
                   .arg(QDir::toNativeSeparators(databasePath), parser.value(group),
                        names.isEmpty() ? tr("none") : names.join(u", "_s))
            << '\n';
        return 1;
    }
    const auto course = ContentLoader::load(modulesDir, filmsDir).course;
    RecordExport record(db, course);
    ExportSections sections = defaultExportSections();
    if (parser.isSet(notes))
        sections |= ExportSection::FacilitatorNotes;
    Exporter exporter(sections);
    const QString outputPath = parser.value(output);
    Exporter::Result result = Exporter::Result::Failed;
    if (parser.isSet(meeting)) {
        const QDate date = QDate::fromString(parser.value(meeting), Qt::ISODate);
        const Meeting chosen = date.isValid() ? MeetingStore(db).meetingOn(found.id, date) : Meeting{};
        if (chosen.id == 0) {
            err << tr("leda export: the group \"%1\" has no meeting on %2.").arg(found.name, parser.value(meeting)) << '\n';
            return 1;
        }
        result = exporter.writeMinutes(record.minutes(chosen.id), *chosenFormat, outputPath, &error);
    } else {
        result = exporter.writeReport(record.report(found.id), *chosenFormat, outputPath, &error);
    }
    if (result != Exporter::Result::Written) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << tr("Wrote %1").arg(QDir::toNativeSeparators(outputPath)) << '\n';
    return 0;
}

} // namespace Leda
