#include "core/content/contentloader.h"
#include "core/export/exporter.h"
#include "core/export/markdownwriter.h"
#include "core/export/outline.h"
#include "core/export/recordexport.h"
#include "core/storage/database.h"
#include "core/storage/meetingstore.h"
#include "core/storage/preparationstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/demorecord.h"
#include "support/pdftext.h"
#include "support/testpaths.h"
#include "support/testrecord.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const Course &course()
{
    return bundledContent().course;
}

struct ExportFixture
{
    QTemporaryDir dir;
    Database database;
    DemoRecord demo;
    QString error;

    ExportFixture()
    {
        REQUIRE(database.open(testRecord(dir), &error));
        demo = seedDemoRecord(database, course());
    }
    QString out(const QString &name) const { return dir.filePath(name); }
};

// pdftotext breaks lines where the PDF does: compare with whitespace normalised.
void requireInOrder(const QString &pdfTextLayer, const QStringList &parts)
{
    const QString text = pdfTextLayer.simplified();
    qsizetype from = 0;
    for (const QString &rawPart : parts) {
        const QString part = rawPart.simplified();
        INFO("looking for \"" << part.toStdString() << "\" after position " << from);
        const qsizetype at = text.indexOf(part, from);
        REQUIRE(at >= 0);
        from = at + part.size();
    }
}

} // namespace

TEST_CASE("minutes as PDF: every section's text, in order, with åäö and no ligature glyphs", "[export]")
{
    ExportFixture f;
    const QString pdf = f.out(u"protokoll.pdf"_s);
    const MinutesContent minutes = RecordExport(f.database, course()).minutes(f.demo.meetings.first());
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Pdf, pdf, &f.error) == Exporter::Result::Written);
    const QString text = pdfText(pdf);
    requireInOrder(text, {u"Minutes of the leadership group's meeting"_s, u"Ledningsgruppen medicinkliniken"_s,
                          u"7 September 2026"_s, u"Konferensrum Ljuset"_s, u"§ 1 Attendance"_s, u"Åsa Lindqvist"_s,
                          u"§ 2 Discussion questions"_s, course().modules.first().questions.first(),
                          u"This is how it looks today"_s, u"Förbättringsarbete tas upp när något har gått fel."_s,
                          u"definierar förbättring olika"_s, u"Decisions"_s, u"Kursen blir en stående punkt"_s,
                          u"Choices and priorities"_s, u"Vi börjar med flödet"_s, u"Reason"_s,
                          u"Soft results"_s, u"Ett öppnare samtalsklimat"_s, u"Next steps"_s,
                          u"Ta fram ett körschema för väntetid"_s, u"Erik Öberg"_s, u"§ 7 Free notes"_s,
                          u"Nästa gång börjar vi"_s,
                          // as a region files minutes: the next meeting, the adjustment, who gets them
                          u"§ 8 Next meeting"_s, u"5 October 2026"_s, u"Adjustment"_s, u"Adjusted by (name)"_s,
                          u"Signature"_s, u"Distribution"_s, u"Åsa Lindqvist, Erik Öberg, Maria Svensson, Johan Ek"_s});
    REQUIRE(text.contains(u"Page 1 of"_s));
    REQUIRE(text.contains(u"Ledningsgruppen medicinkliniken · 7 September 2026"_s)); // the header
    REQUIRE_FALSE(text.contains(QChar(0xFB01))); // ﬁ
    REQUIRE_FALSE(text.contains(QChar(0xFB02))); // ﬂ
    // The process leader's notes are left out unless asked for.
    REQUIRE_FALSE(text.contains(course().modules.first().facilitatorNotes.first().left(40)));
    const QString withNotes = f.out(u"med-anteckningar.pdf"_s);
    Exporter(defaultExportSections() | ExportSection::FacilitatorNotes)
        .writeMinutes(minutes, Exporter::Format::Pdf, withNotes, &f.error);
    REQUIRE(pdfText(withNotes).simplified().contains(course().modules.first().facilitatorNotes.first().left(40).simplified()));
    // Sections can be left out.
    const QString lean = f.out(u"utan-narvaro.pdf"_s);
    Exporter(defaultExportSections() & ~ExportSections(ExportSection::Attendance))
        .writeMinutes(minutes, Exporter::Format::Pdf, lean, &f.error);
    REQUIRE_FALSE(pdfText(lean).contains(u"Attendance"_s));
}

TEST_CASE("what the group typed comes out exactly as typed, never as markup", "[export]")
{
    ExportFixture f;
    const qint64 meeting = f.demo.meetings.first();
    REQUIRE(MeetingStore(f.database).setFreeNotes(meeting, u"<b>fet</b> &amp; # rubrik *stjärna* 😀"_s, &f.error));
    const MinutesContent minutes = RecordExport(f.database, course()).minutes(meeting);

    const QString pdf = f.out(u"markup.pdf"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Pdf, pdf, &f.error) == Exporter::Result::Written);
    REQUIRE(pdfText(pdf).contains(u"<b>fet</b> &amp; # rubrik *stjärna*"_s));

    const QString md = f.out(u"markup.md"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Markdown, md, &f.error) == Exporter::Result::Written);
    QFile markdown(md);
    REQUIRE(markdown.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(markdown.readAll());
    REQUIRE(written.contains(u"\\<b\\>fet\\</b\\> \\&amp; \\# rubrik \\*stjärna\\* 😀"_s));
    REQUIRE(written.contains(u"## § 3 Decisions"_s));
    REQUIRE(written.contains(u"## Adjustment"_s));
    REQUIRE(MarkdownWriter::escape(u"1. punkt"_s) == u"1\\. punkt"_s);

    const QString odt = f.out(u"markup.odt"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Odt, odt, &f.error) == Exporter::Result::Written);
    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    REQUIRE_FALSE(unzip.isEmpty());
    const QString contentXml = runTool(unzip, {u"-p"_s, odt, u"content.xml"_s});
    REQUIRE(contentXml.contains(u"&lt;b&gt;fet&lt;/b&gt; &amp;amp; # rubrik"_s));
    REQUIRE(contentXml.contains(u"Förbättringsarbete tas upp när något har gått fel."_s));
}

TEST_CASE("the course report: title page, contents with the right pages, every meeting, and a summary", "[export]")
{
    ExportFixture f;
    const QString pdf = f.out(u"slutrapport.pdf"_s);
    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group, QDate(2026, 11, 23));
    REQUIRE(report.meetings.size() == 3);
    REQUIRE(report.stepsTotal == 3);
    REQUIRE(report.stepsDone == 2);
    REQUIRE(report.stepsOpen == 1);
    REQUIRE(report.stepsOverdue == 0); // due 23 November, the report's day
    REQUIRE(report.attendance.at(3).present == 2);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Pdf, pdf, &f.error) == Exporter::Result::Written);

    const QString text = pdfText(pdf);
    requireInOrder(text, {u"Course report"_s, u"Ledningsgruppen medicinkliniken"_s, u"Contents"_s,
                          u"Series plan and modules covered"_s, u"Meeting 7 September 2026"_s,
                          u"Meeting 5 October 2026"_s, u"Meeting 2 November 2026"_s, u"Summary"_s});
    requireInOrder(text, {u"Meeting 7 September 2026"_s, u"Attendance"_s, u"Decisions"_s});
    REQUIRE(text.contains(u"Meetings held: 3"_s));
    REQUIRE(text.contains(u"Johan Ek 2 of 3"_s.left(8)));

    // Each contents line names the page where its meeting starts.
    const QString contents = pdfText(pdf, 2, 2);
    for (const QString &title : {u"Meeting 7 September 2026"_s, u"Meeting 5 October 2026"_s, u"Meeting 2 November 2026"_s}) {
        INFO(title.toStdString());
        const qsizetype line = contents.indexOf(title);
        REQUIRE(line >= 0);
        const QString rest = contents.mid(line + title.size(), 20).simplified();
        const int page = rest.section(u' ', 0, 0).toInt();
        REQUIRE(page > 2);
        REQUIRE(pdfText(pdf, page, page).contains(title));
    }
}

TEST_CASE("the course report in PDF, ODT and Markdown holds the same parts, sections and fields", "[export]")
{
    ExportFixture f;
    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group);
    const Outline outline = RecordOutline().report(report);
    const QString pdf = f.out(u"rapport.pdf"_s);
    const QString odt = f.out(u"rapport.odt"_s);
    const QString md = f.out(u"rapport.md"_s);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Pdf, pdf, &f.error) == Exporter::Result::Written);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Odt, odt, &f.error) == Exporter::Result::Written);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Markdown, md, &f.error) == Exporter::Result::Written);
    const QString pdfLayer = pdfText(pdf).simplified();
    QString odtXml = runTool(QStandardPaths::findExecutable(u"unzip"_s), {u"-p"_s, odt, u"content.xml"_s});
    odtXml.remove(QRegularExpression(u"<[^>]*>"_s));
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());

    // What each format must show: every part's title, every heading and field label, and the
    // texts of the fields that used to be missing from the Markdown (organisation, counts).
    QStringList expected{report.group.organisation, u"Next steps set"_s, u"Series plan and modules covered"_s};
    int blocks = 0;
    for (const OutlinePart &part : outline.parts) {
        if (!part.title.isEmpty())
            expected.append(part.title);
        for (const OutlineBlock &block : part.blocks) {
            ++blocks;
            if (block.kind == OutlineBlock::Kind::Heading)
                expected.append(block.text);
            else if (block.kind == OutlineBlock::Kind::Field)
                expected.append(block.label + u": "_s);
        }
    }
    REQUIRE(blocks > 60); // three meetings and a summary
    for (const QString &text : std::as_const(expected)) {
        INFO(text.toStdString());
        CHECK(pdfLayer.contains(text.simplified()));
        CHECK(odtXml.contains(text.toHtmlEscaped()));
        const bool label = text.endsWith(u": "_s);
        CHECK(markdown.contains(label ? u"**%1:**"_s.arg(MarkdownWriter::escape(text.chopped(2)))
                                      : MarkdownWriter::escape(text)));
    }
    // The series plan is a table in Markdown too, one row per meeting.
    REQUIRE(markdown.count(u"| Konferensrum Ljuset, plan 3 |"_s) == report.meetings.size());
}

TEST_CASE("the course report as ODT: contents without made-up page numbers, a title page that fits one page", "[export]")
{
    ExportFixture f;
    const QString odt = f.out(u"slutrapport.odt"_s);
    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group, QDate(2026, 11, 23));
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Odt, odt, &f.error) == Exporter::Result::Written);
    const QString contentXml = runTool(QStandardPaths::findExecutable(u"unzip"_s), {u"-p"_s, odt, u"content.xml"_s});
    REQUIRE(contentXml.contains(u"Meeting 5 October 2026"_s)); // the contents list the meetings …
    REQUIRE_FALSE(contentXml.contains(u">000<"_s));         // … with no placeholder page numbers
    // Every top margin well within a page (A4 is 842 pt high); the title's was 525 pt before.
    static const QRegularExpression margin(u"fo:margin-top=\"([0-9.]+)pt\""_s);
    double largest = 0;
    for (auto match = margin.globalMatch(contentXml); match.hasNext();)
        largest = std::max(largest, match.next().captured(1).toDouble());
    INFO("largest top margin " << largest << " pt");
    REQUIRE(largest > 100); // the title is set down the page …
    REQUIRE(largest < 250); // … and with its lines it stays on one page
}

TEST_CASE("the course report counts only meetings held, and shows skipped modules as skipped", "[export]")
{
    ExportFixture f;
    QString error;
    MeetingStore meetings(f.database);
    Meeting planned; // created for a date still to come, nothing written yet
    planned.groupId = f.demo.group;
    planned.date = QDate(2027, 1, 12);
    planned.moduleIds = {course().modules.at(4).id};
    REQUIRE(meetings.createMeeting(planned, &error) > 0);
    QList<PlanEntry> plan = SeriesPlan::fromCourse(course(), QDate(2026, 9, 7), 4);
    REQUIRE(SeriesPlan::setSkipped(plan, 6, true));
    REQUIRE(PreparationStore(f.database).savePlan(f.demo.group, plan, &error));

    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group, QDate(2026, 11, 23));
    REQUIRE(report.meetings.size() == 3);
    REQUIRE(report.meetingsPlanned == 1);
    REQUIRE(report.modulesSkipped.size() == 1);
    REQUIRE(report.modulesSkipped.first().contains(course().modules.at(6).title));
    for (const QString &module : report.modulesNotCovered)
        REQUIRE_FALSE(module.contains(course().modules.at(6).title));
    // Each next step with its history.
    REQUIRE(report.stepHistory.size() == 3);
    REQUIRE(report.stepHistory.first().events.size() == 2); // set, then done
    const QString pdf = f.out(u"report.pdf"_s);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::Pdf, pdf, &f.error) == Exporter::Result::Written);
    const QString text = pdfText(pdf).simplified();
    REQUIRE(text.contains(u"Meetings held: 3"_s));
    REQUIRE(text.contains(u"Meetings planned, not yet held: 1"_s));
    REQUIRE(text.contains(u"Modules skipped:"_s));
    // On the date of the planned meeting it counts as held.
    REQUIRE(RecordExport(f.database, course()).report(f.demo.group, QDate(2027, 1, 12)).meetings.size() == 4);
}

TEST_CASE("PDF/A-1b output carries the PDF/A identification", "[export]")
{
    ExportFixture f;
    const QString pdf = f.out(u"arkiv.pdf"_s);
    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group);
    REQUIRE(Exporter().writeReport(report, Exporter::Format::PdfA, pdf, &f.error) == Exporter::Result::Written);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.contains("pdfaid:part"));
    REQUIRE((bytes.contains("pdfaid:part=\"1\"") || bytes.contains("<pdfaid:part>1</pdfaid:part>")));
    REQUIRE(pdfText(pdf).contains(u"Course report"_s));
}

TEST_CASE("an unwritable path gives a clear error and leaves no file — a cancelled export leaves no file", "[export]")
{
    ExportFixture f;
    const MinutesContent minutes = RecordExport(f.database, course()).minutes(f.demo.meetings.first());
    for (const auto format : {Exporter::Format::Pdf, Exporter::Format::Odt, Exporter::Format::Markdown}) {
        const QString path = f.out(u"finns-inte/protokoll."_s) + Exporter::suffix(format);
        QString error;
        REQUIRE(Exporter().writeMinutes(minutes, format, path, &error) == Exporter::Result::Failed);
        REQUIRE(error.contains(QDir::toNativeSeparators(path)));
        REQUIRE_FALSE(QFileInfo::exists(path));
    }
    // A folder in the way is not a file to write.
    QDir().mkpath(f.out(u"en-mapp.pdf"_s));
    QString error;
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Pdf, f.out(u"en-mapp.pdf"_s), &error)
            == Exporter::Result::Failed);

    const QString cancelled = f.out(u"avbruten.pdf"_s);
    const ReportContent report = RecordExport(f.database, course()).report(f.demo.group);
    int calls = 0;
    const auto result = Exporter().writeReport(report, Exporter::Format::Pdf, cancelled, &error,
                                               [&](int done, int) { ++calls; return done < 2; });
    REQUIRE(result == Exporter::Result::Cancelled);
    REQUIRE(calls == 3);
    REQUIRE_FALSE(QFileInfo::exists(cancelled));
    REQUIRE(QDir(f.dir.path()).entryList({u"avbruten*"_s}, QDir::Files).isEmpty()); // no temporary left either
}

TEST_CASE("leda export on the command line writes the file or says what is wrong", "[export]")
{
    ExportFixture f; // the record stays open here, as in a running Leda: export still works
    const QString leda = QStringLiteral(LEDA_TEST_LEDA);
    const QString db = testRecord(f.dir); // a file, or the server
    int code = -1;
    const QString md = f.out(u"cli.md"_s);
    QString output = runTool(leda, {u"export"_s, u"--database"_s, db, u"--group"_s, u"Ledningsgruppen medicinkliniken"_s,
                                u"--meeting"_s, u"2026-10-05"_s, u"--format"_s, u"md"_s, u"--output"_s, md,
                                u"--lang"_s, u"en"_s},
                         &code);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    REQUIRE(QFileInfo(md).size() > 100);

    const QString pdf = f.out(u"cli.pdf"_s);
    output = runTool(leda, {u"export"_s, u"--database"_s, db, u"--group"_s, u"Ledningsgruppen medicinkliniken"_s,
                        u"--report"_s, u"--format"_s, u"pdfa"_s, u"--output"_s, pdf, u"--lang"_s, u"en"_s},
                 &code);
    REQUIRE(code == 0);
    REQUIRE(pdfText(pdf).contains(u"Meeting 2 November 2026"_s));

    output = runTool(leda, {u"export"_s, u"--database"_s, db, u"--group"_s, u"Okänd grupp"_s, u"--report"_s,
                        u"--format"_s, u"pdf"_s, u"--output"_s, f.out(u"x.pdf"_s), u"--lang"_s, u"en"_s},
                 &code);
    REQUIRE(code != 0);
    REQUIRE(output.contains(u"no group called \"Okänd grupp\""_s));
    output = runTool(leda, {u"export"_s, u"--database"_s, db, u"--group"_s, u"Ledningsgruppen medicinkliniken"_s,
                        u"--meeting"_s, u"2026-12-24"_s, u"--format"_s, u"pdf"_s, u"--output"_s, f.out(u"y.pdf"_s),
                        u"--lang"_s, u"en"_s},
                 &code);
    REQUIRE(code != 0);
    REQUIRE(output.contains(u"no meeting on 2026-12-24"_s));
    output = runTool(leda, {u"export"_s, u"--database"_s, db, u"--group"_s, u"Ledningsgruppen medicinkliniken"_s,
                        u"--report"_s, u"--format"_s, u"pdf"_s, u"--output"_s, f.out(u"saknas/z.pdf"_s), u"--lang"_s,
                        u"en"_s},
                 &code);
    REQUIRE(code != 0);
    REQUIRE(output.contains(u"cannot write"_s));
    REQUIRE_FALSE(QFileInfo::exists(f.out(u"x.pdf"_s)));
    REQUIRE_FALSE(QFileInfo::exists(f.out(u"y.pdf"_s)));
}

#include "core/storage/groupstore.h"

TEST_CASE("the minutes list those present, absent and on the distribution list with their titles", "[export]")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(testRecord(dir), &error));
    GroupStore groups(database);
    const qint64 group = groups.createGroup(u"Ledningsgruppen"_s, {}, &error);
    Member anna{0, group, u"Anna Berg"_s, RoleLevel::SeniorManagement, true, u"verksamhetschef"_s};
    anna.id = groups.addMember(anna, &error);
    const qint64 erik = groups.addMember({0, group, u"Erik Öberg"_s, RoleLevel::FirstLineManager, true}, &error);
    MeetingStore meetings(database);
    Meeting meeting;
    meeting.groupId = group;
    meeting.date = QDate(2027, 1, 12);
    const qint64 id = meetings.createMeeting(meeting, &error);
    REQUIRE(meetings.setAttendance(id, anna.id, true, &error));
    REQUIRE(meetings.setAttendance(id, erik, false, &error));
    const MinutesContent minutes = RecordExport(database, bundledContent().course).minutes(id);
    CHECK(minutes.present == QStringList{u"Anna Berg (verksamhetschef)"_s});
    CHECK(minutes.absent == QStringList{u"Erik Öberg"_s}); // no title: the name alone
    CHECK(minutes.distribution.contains(u"Anna Berg (verksamhetschef)"_s));
    const QString pdf = dir.filePath(u"protokoll.pdf"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Pdf, pdf, &error) == Exporter::Result::Written);
    CHECK(pdfText(pdf).simplified().contains(u"Present: Anna Berg (verksamhetschef)"_s));
}
