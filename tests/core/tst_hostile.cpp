// Hostile text: what a group pastes (markup, SQL, right-to-left text, emoji sequences, control
// characters, a 20 000-character word, 80 000-character texts) is stored and read back byte for
// byte, and exported literally.
#include "core/export/exporter.h"
#include "core/export/markdownwriter.h"
#include "core/export/recordexport.h"
#include "core/storage/database.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "support/bundledcourse.h"
#include "support/catchqt.h"
#include "support/demorecord.h"
#include "support/pdftext.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

QStringList hostileStrings()
{
    QFile file(TestPaths::data(u"hostile-strings.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(u"strings"_s).toArray())
        strings.append(value.toString());
    REQUIRE(strings.size() >= 20);
    return strings;
}

const QString &longWord()
{
    static const QString word = [] {
        QString text;
        for (int i = 0; text.size() < 20'000; ++i)
            text += u"Förbättringsarbete"_s.at(i % 18);
        return text.left(20'000);
    }();
    return word;
}

QString longText(const QString &seed)
{
    QString text;
    while (text.size() < 80'000)
        text += seed + u" "_s;
    return text;
}

// Characters a PDF's text layer cannot be expected to give back as typed.
bool printable(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isMark()
            || c.isSurrogate() || c.direction() == QChar::DirR || c.direction() == QChar::DirAL
            || c.unicode() == 0xFFFD || c.unicode() == 0xFB01 || c.unicode() == 0xFB02)
            return false;
    }
    return !text.trimmed().isEmpty();
}

} // namespace

TEST_CASE("hostile text is stored and read back byte for byte, also after reopening the record")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"leda.sqlite"_s);
    QStringList texts = hostileStrings();
    texts << longWord() << longText(u"Vi följer upp väntetiden på akuten varje vecka."_s);
    // SQLite reads a leading U+FEFF as a byte-order mark and drops it; it is invisible.
    const auto stored = [](const QString &text) { return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text; };
    QList<qint64> decisions;
    QList<qint64> steps;
    qint64 meeting = 0;
    QString error;
    {
        Database database;
        REQUIRE(database.open(path, &error));
        const DemoRecord demo = seedDemoRecord(database, bundledContent().course);
        meeting = demo.meetings.last();
        MeetingStore meetings(database);
        NextStepStore nextSteps(database);
        for (const QString &text : std::as_const(texts)) {
            decisions.append(meetings.addRecordItem({0, meeting, RecordKind::Choice, text, text}, &error));
            NextStep step;
            step.originMeetingId = meeting;
            step.what = text;
            step.owner = {0, text};
            steps.append(nextSteps.add(step, &error));
            REQUIRE(decisions.last() > 0);
            REQUIRE(steps.last() > 0);
        }
        REQUIRE(meetings.setFreeNotes(meeting, longText(u"Fria anteckningar <b>&amp;</b>"_s), &error));
    }
    Database database;
    REQUIRE(database.open(path, &error));
    MeetingStore meetings(database);
    NextStepStore nextSteps(database);
    const QList<RecordItem> items = meetings.recordItems(meeting);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        INFO("text " << i);
        const auto item = std::find_if(items.cbegin(), items.cend(), [&](const RecordItem &r) { return r.id == decisions.at(i); });
        REQUIRE(item != items.cend());
        const QByteArray expected = stored(texts.at(i)).toUtf8();
        REQUIRE(item->text.toUtf8() == expected);
        REQUIRE(item->reason.toUtf8() == expected);
        const NextStep step = nextSteps.nextStep(steps.at(i));
        REQUIRE(step.what.toUtf8() == expected);
        REQUIRE(step.owner.guest.toUtf8() == expected);
    }
    REQUIRE(meetings.meeting(meeting).freeNotes == longText(u"Fria anteckningar <b>&amp;</b>"_s));
}

TEST_CASE("hostile text is exported literally to Markdown, ODT and PDF, and a 20 000-character word stays on the page")
{
    QTemporaryDir dir;
    Database database;
    QString error;
    REQUIRE(database.open(dir.filePath(u"leda.sqlite"_s), &error));
    const DemoRecord demo = seedDemoRecord(database, bundledContent().course);
    const qint64 meeting = demo.meetings.last();
    MeetingStore meetings(database);
    const QStringList texts = hostileStrings();
    for (const QString &text : texts)
        REQUIRE(meetings.addRecordItem({0, meeting, RecordKind::Decision, text, {}}, &error) > 0);
    REQUIRE(meetings.addRecordItem({0, meeting, RecordKind::SoftResult, longWord(), {}}, &error) > 0);
    REQUIRE(meetings.setFreeNotes(meeting, longText(u"Vi följer upp väntetiden."_s), &error));
    const MinutesContent minutes = RecordExport(database, bundledContent().course).minutes(meeting);

    const QString md = dir.filePath(u"protokoll.md"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Markdown, md, &error) == Exporter::Result::Written);
    QFile markdownFile(md);
    REQUIRE(markdownFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(markdownFile.readAll());
    for (const QString &text : texts) {
        INFO(text.toStdString());
        if (!text.trimmed().isEmpty()) // a leading U+FEFF is not stored (see above)
            CHECK(markdown.contains(u"- "_s + MarkdownWriter::escape(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text)));
    }

    const QString odt = dir.filePath(u"protokoll.odt"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Odt, odt, &error) == Exporter::Result::Written);
    const QByteArray contentXml = runTool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}).toUtf8();
    // Well-formed XML that a word processor can open, holding every text.
    QXmlStreamReader reader(contentXml);
    QString odtText;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            odtText += reader.text();
        else if (reader.isStartElement() && (reader.name() == u"s"_s || reader.name() == u"tab"_s || reader.name() == u"line-break"_s))
            odtText += u' ';
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    const auto flat = [](QString text) { return text.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed(); };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        if (printable(text))
            CHECK(flat(odtText).contains(flat(text)));
    }
    REQUIRE(odtText.contains(longWord()));

    const QString pdf = dir.filePath(u"protokoll.pdf"_s);
    REQUIRE(Exporter().writeMinutes(minutes, Exporter::Format::Pdf, pdf, &error) == Exporter::Result::Written);
    if (qEnvironmentVariableIsSet("LEDA_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("LEDA_KEEP_PDF"));
    // -layout: plain pdftotext joins a line that ends in "-" with the next, as hyphenated.
    QString layer = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    // Without each page's running header and footer, which fall inside the long texts.
    layer.remove(QRegularExpression(u"(?m)^.*(Page \\d+ of \\d+|%1).*$"_s
                                        .arg(QRegularExpression::escape(minutes.group.name))));
    const QString pdfFlat = flat(layer);
    for (const QString &text : texts) {
        INFO(text.toStdString());
        if (printable(text))
            CHECK(pdfFlat.contains(flat(text)));
    }
    // The long word is broken over lines, all of it there, and no line runs off the page. Read
    // from what is drawn inside each page's body (20 mm margins, 15 mm + 10 mm above and below):
    // text the painter clips away at a page's edge is not on the page.
    const QString boxes = runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    const QRegularExpression page(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""_s);
    const double pageWidth = page.match(boxes).captured(1).toDouble();
    const double pageHeight = page.match(boxes).captured(2).toDouble();
    REQUIRE(pageWidth > 500);
    const double millimetre = 72.0 / 25.4;
    const double bodyTop = 25 * millimetre;
    const double bodyBottom = pageHeight - 25 * millimetre;
    const QRegularExpression word(
        u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    int words = 0;
    QString drawn;
    for (auto it = word.globalMatch(boxes); it.hasNext(); ++words) {
        const QRegularExpressionMatch match = it.next();
        INFO("a word from x " << match.captured(1).toStdString() << " to " << match.captured(3).toStdString());
        REQUIRE(match.captured(3).toDouble() <= pageWidth);
        if (match.captured(2).toDouble() >= bodyTop - 1 && match.captured(4).toDouble() <= bodyBottom + 1)
            drawn += match.captured(5);
    }
    REQUIRE(drawn.contains(longWord()));
    REQUIRE(words > 1000);
}
