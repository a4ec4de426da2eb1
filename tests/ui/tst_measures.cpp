// The measures page as a process leader uses it: a new measure described and typed in month by
// month (Swedish decimal commas), a CSV import with its preview, the chart's signal, and the
// process measures Leda computes from a series of meetings.
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "support/ledasession.h"
#include "support/seriesrecord.h"
#include "support/sqlitepeek.h"
#include "support/typing.h"
#include "ui/measures/chartview.h"
#include "ui/measures/csvimportdialog.h"
#include "ui/measures/measureform.h"
#include "ui/measures/measurespage.h"
#include "ui/measures/valuestable.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextCursor>
#include <QMessageBox>
#include <QLabel>
#include <QTimer>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

const QList<int> kCdi{17, 12, 27, 20, 20, 18, 22, 19, 19, 24, 17, 16, 24, 19, 19, 22, 25, 19,
                      17, 6,  25, 17, 11, 14, 9,  11, 7,  13, 5,  5,  3,  5,  9,  4,  5,  9};

// Types into a cell of the values table as a user does: the editor opens on typing, Enter ends it.
void typeCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(table->window()));
    table->setCurrentCell(row, column);
    table->setFocus();
    table->editItem(table->item(row, column));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(20);
    INFO("focus after Enter: " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none"));
    CHECK(QApplication::focusWidget() == table); // Enter ends the editing: the editor is gone
}

SeriesRecord seeded(QTemporaryDir &dir)
{
    Database seeding;
    QString error;
    REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
    return seedSeriesRecord(seeding, bundledContent().course, 12, 4, 3, 600);
}

} // namespace

TEST_CASE("measures page: a new measure typed in with decimal commas is saved at once and charted")
{
    QTemporaryDir dir;
    const SeriesRecord record = seeded(dir);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); // as Leda sets it for Swedish
    struct Restore
    {
        QLocale locale;
        ~Restore() { QLocale::setDefault(locale); }
    } restore{before};
    LedaSession leda(dir);
    REQUIRE(leda.window->selectGroup(record.group));
    leda.window->findChild<QAction *>(u"showMeasuresAction"_s)->trigger();
    auto *page = leda.window->measuresPage();
    REQUIRE(page->isVisible());

    // The series' three measures, then what Leda computes from the record.
    REQUIRE(page->list()->count() == 9); // three measures, the heading and five process measures
    CHECK(page->list()->item(3)->text() == u"Computed from the record"_s);

    QTest::mouseClick(leda.find<QPushButton>(u"measuresAdd"_s), Qt::LeftButton);
    const qint64 id = page->currentMeasureId();
    REQUIRE(id > 0);
    auto *name = leda.find<QLineEdit>(u"measureName"_s);
    REQUIRE(name->hasFocus());
    typeText(name, u"Väntetid till första besök (dagar)"_s);
    auto *better = leda.find<QComboBox>(u"measureBetter"_s);
    better->setCurrentIndex(better->findData(int(Measure::Better::Lower)));
    emit better->activated(better->currentIndex());
    REQUIRE(leda.waitSaved());
    CHECK(peekColumn(leda.path(), u"SELECT name FROM measures WHERE id = %1"_s.arg(id)).value(0).toString()
          == u"Väntetid till första besök (dagar)"_s);
    CHECK(peekColumn(leda.path(), u"SELECT better FROM measures WHERE id = %1"_s.arg(id)).value(0).toString() == u"down"_s);

    // Twelve months of values, the last one a year back from this month.
    QTableWidget *table = page->values()->table();
    REQUIRE(table->rowCount() == 12);
    const QList<QString> typed{u"24,5"_s, u"22"_s, u"26.5"_s, u"23"_s, u"25"_s, u"21"_s,
                               u"14"_s,   u"13"_s, u"12,5"_s, u"12"_s, u"11"_s, u"tretton"_s};
    for (int row = 0; row < typed.size(); ++row)
        typeCell(table, row, 1, typed.at(row));
    REQUIRE(leda.waitSaved());
    const QVariantList stored = peekColumn(leda.path(), u"SELECT value FROM measure_values WHERE measure_id = %1 "
                                                        "ORDER BY period"_s.arg(id));
    REQUIRE(stored.size() == 11); // "tretton" is not a number and is not stored
    CHECK(stored.at(0).toDouble() == 24.5);
    CHECK(stored.at(2).toDouble() == 26.5);
    CHECK(table->item(2, 1)->text() == u"26,5"_s); // shown the Swedish way
    CHECK(leda.find<QLabel>(u"valuesProblem"_s)->text().contains(u"“tretton” is not a number"_s));

    // The chart shows the measure, with what the rules say under it.
    const ChartScene scene = page->chart()->scene();
    CHECK(scene.itemsWithRole(u"title"_s).first().text == u"Väntetid till första besök (dagar)"_s);
    CHECK(scene.itemsWithRole(u"point"_s).size() + scene.itemsWithRole(u"signal-point"_s).size() == 11);
    CHECK_FALSE(scene.itemsWithRole(u"sentence"_s).isEmpty());

    // A note and an excluded month reach the record and the chart.
    typeCell(table, 6, 5, u"Ny rutin för tidbokning"_s);
    table->item(3, 3)->setCheckState(Qt::Checked);
    REQUIRE(leda.waitSaved());
    CHECK(peekColumn(leda.path(), u"SELECT count(*) FROM measure_values WHERE measure_id = %1 AND excluded = 1"_s.arg(id))
              .value(0)
              .toInt()
          == 1);
    CHECK(page->chart()->scene().itemsWithRole(u"excluded-point"_s).size() == 1);
    CHECK(page->chart()->scene().itemsWithRole(u"note-marker"_s).size() == 1);

    SECTION("after a restart the measure and its values are as typed")
    {
        leda.window.reset();
        leda.window = std::make_unique<MainWindow>(leda.settings, leda.database, bundledContent().course,
                                                   bundledContent().problems);
        leda.window->show();
        leda.window->selectGroup(record.group);
        leda.window->showMeasures();
        REQUIRE(leda.window->measuresPage()->selectMeasure(id));
        QTableWidget *again = leda.window->measuresPage()->values()->table();
        CHECK(again->item(0, 1)->text() == u"24,5"_s);
        CHECK(again->item(6, 5)->text() == u"Ny rutin för tidbokning"_s);
    }
    SECTION("a measure with values is archived, not removed")
    {
        QTimer::singleShot(0, [] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(window); box && box->isVisible())
                    box->accept();
            }
        });
        QTest::mouseClick(leda.find<QPushButton>(u"measuresRemove"_s), Qt::LeftButton);
        CHECK(peekColumn(leda.path(), u"SELECT count(*) FROM measures WHERE id = %1"_s.arg(id)).value(0).toInt() == 1);
        QTest::mouseClick(leda.find<QPushButton>(u"measuresArchive"_s), Qt::LeftButton);
        CHECK(peekColumn(leda.path(), u"SELECT archived FROM measures WHERE id = %1"_s.arg(id)).value(0).toInt() == 1);
        CHECK(page->list()->currentItem()->text().contains(u"archived"_s));
    }
}

TEST_CASE("measures page: a CSV import is previewed and takes every row or none")
{
    QTemporaryDir dir;
    QString error;
    qint64 group = 0;
    qint64 id = 0;
    {
        Database seeding;
        REQUIRE(seeding.open(dir.filePath(u"leda.sqlite"_s), &error));
        group = GroupStore(seeding).createGroup(u"Ledningsgruppen"_s, u"Region Exempel"_s, &error);
        Measure measure;
        measure.groupId = group;
        measure.name = u"Vårdrelaterade infektioner"_s;
        measure.valueType = Measure::ValueType::Count;
        measure.better = Measure::Better::Lower;
        id = MeasureStore(seeding).addMeasure(measure, &error);
    }
    LedaSession leda(dir);
    REQUIRE(leda.window->selectGroup(group));
    leda.window->showMeasures();
    auto *page = leda.window->measuresPage();
    REQUIRE(page->selectMeasure(id));

    // Excel's Swedish CSV: semicolons, Windows-1252.
    QByteArray good = "M\xe5nad;Antal;Anteckning\r\n";
    for (int i = 0; i < kCdi.size(); ++i)
        good += QDate(2024, 1, 1).addMonths(i).toString(u"yyyy-MM"_s).toLatin1() + ';' + QByteArray::number(kCdi.at(i))
            + (i == 23 ? ";Handhygienronder startade\r\n" : ";\r\n");
    QByteArray bad = good;
    bad.replace("2024-05;20;", "2024-05;tjugo;");
    bad.replace("2025-02;19;", "februari;19;");
    const QString goodPath = dir.filePath(u"infektioner.csv"_s);
    const QString badPath = dir.filePath(u"infektioner-fel.csv"_s);
    for (const auto &[path, bytes] : {std::pair{goodPath, good}, std::pair{badPath, bad}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QStringList seenProblems;
    bool couldImport = true;
    auto answerDialog = [&](bool accept) {
        QTimer::singleShot(0, [&, accept] {
            auto *dialog = QApplication::activeModalWidget() ? qobject_cast<CsvImportDialog *>(QApplication::activeModalWidget())
                                                             : nullptr;
            if (!dialog) {
                QApplication::activeModalWidget()->close();
                return;
            }
            couldImport = dialog->canImport();
            seenProblems.clear();
            for (int row = 0; row < dialog->problems()->count(); ++row)
                seenProblems.append(dialog->problems()->item(row)->text());
            accept ? dialog->accept() : dialog->reject();
        });
    };
    answerDialog(true);
    CHECK_FALSE(page->importCsv(badPath));
    CHECK_FALSE(couldImport);
    INFO(seenProblems.join(u'\n').toStdString());
    CHECK(seenProblems.contains(u"Line 6, column Antal: “tjugo” is not a number."_s));
    CHECK(seenProblems.contains(u"Line 15, column Månad: “februari” is not a period (write for example 2027-03, 2027-03-15, "
                                "2027-K1 or 2027-v12)."_s));
    CHECK(peekColumn(leda.path(), u"SELECT count(*) FROM measure_values"_s).value(0).toInt() == 0);

    answerDialog(true);
    REQUIRE(page->importCsv(goodPath));
    CHECK(couldImport);
    CHECK(peekColumn(leda.path(), u"SELECT count(*) FROM measure_values"_s).value(0).toInt() == 36);
    CHECK(peekColumn(leda.path(), u"SELECT note FROM measure_values WHERE period = '2025-12-01'"_s).value(0).toString()
          == u"Handhygienronder startade"_s);
    const ChartScene scene = page->chart()->scene();
    CHECK(scene.itemsWithRole(u"signal-point"_s).size() == 14);
    const QString sentences = page->chart()->accessibleDescription();
    INFO(sentences.toStdString());
    CHECK(sentences.startsWith(u"Unusually long run: 14 points in a row below the median"_s));
}

TEST_CASE("measures page: the process measures of a series of meetings, read-only")
{
    QTemporaryDir dir;
    const SeriesRecord record = seeded(dir);
    LedaSession leda(dir);
    REQUIRE(leda.window->selectGroup(record.group));
    leda.window->showMeasures();
    auto *page = leda.window->measuresPage();
    REQUIRE(page->selectProcessMeasure(u"steps-overdue"_s));
    CHECK(page->chart()->hasSeries());
    CHECK(page->chart()->scene().itemsWithRole(u"title"_s).first().text == u"Next steps overdue"_s);
    CHECK_FALSE(leda.find<QTabWidget>(u"measureTabs"_s)->isEnabled());
    CHECK_FALSE(leda.find<QPushButton>(u"measuresImport"_s)->isEnabled());
    CHECK(leda.find<QPushButton>(u"measuresPng"_s)->isEnabled());
}

#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "support/pdftext.h"
#include "ui/meeting/preparationpage.h"
#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"

TEST_CASE("the room's Mått item: the measures chosen in the preparation, one full-screen chart per step, what the "
          "group says kept in the minutes")
{
    QTemporaryDir dir;
    const SeriesRecord record = seeded(dir);
    LedaSession leda(dir);
    REQUIRE(leda.window->selectGroup(record.group));
    const qint64 meeting = record.meetings.last();
    QString error;
    MeasureStore measures(leda.database);
    const Measure risk = measures.measure(record.measures.at(0));
    const Measure falls = measures.measure(record.measures.at(1));
    const Measure waiting = measures.measure(record.measures.at(2));

    // The process leader ticks two of the three measures for the meeting.
    REQUIRE(leda.window->openMeeting(meeting));
    leda.window->preparationPage()->setMeeting(meeting);
    auto *choice = leda.find<QListWidget>(u"meetingMeasures"_s);
    REQUIRE(choice->count() == 3);
    choice->item(0)->setCheckState(Qt::Checked);
    choice->item(2)->setCheckState(Qt::Checked);
    REQUIRE(leda.waitSaved());

    Presentation *presentation = leda.window->presentMeeting(meeting);
    RoomView *room = presentation->roomView();
    REQUIRE(QTest::qWaitForWindowExposed(room));
    auto title = [room] { return room->findChild<QLabel *>(u"roomTitle"_s)->text(); };
    QStringList seen;
    for (int i = 0; i < 10 && title() != risk.name; ++i) {
        seen << title();
        QTest::keyClick(room->focusWidget() ? room->focusWidget() : room, Qt::Key_Space);
    }
    INFO("walked past: " << seen.join(u" | "_s).toStdString());
    REQUIRE(title() == risk.name);
    CHECK(seen.size() == 2); // the opening and the follow-up come first
    QTest::qWait(50);

    auto *chart = room->findChild<ChartView *>(u"measureChart_0"_s);
    REQUIRE(chart);
    REQUIRE(chart->isVisible());
    // Big: more than half of the screen's height, and the sentence is there to read.
    // The chart is the item: across the room, and far taller than the field for notes under it.
    auto *notesField = room->findChild<QPlainTextEdit *>(u"measureNotes_0"_s);
    REQUIRE(notesField);
    CHECK(chart->width() > room->width() * 8 / 10);
    CHECK(chart->height() > 2 * notesField->height());
    const ChartScene scene = chart->scene();
    CHECK(scene.itemsWithRole(u"phase"_s).size() == 1); // the new routine split the chart
    INFO("sentences: " << chart->accessibleDescription().toStdString());
    CHECK(scene.itemsWithRole(u"sentence"_s).first().text.startsWith(u"Every phase: No sign of real change"_s));
    for (const ChartScene::Item &item : scene.itemsWithRole(u"sentence"_s))
        CHECK(item.fontSize >= room->height() / 45.0);

    auto *notes = room->findChild<QPlainTextEdit *>(u"measureNotes_0"_s);
    REQUIRE(notes);
    notes->setFocus();
    typeText(notes, u"Andelen har ökat sedan rutinen infördes; vi håller i den."_s);
    room->setFocus(); // as a click outside the field: Space moves on again
    QTest::keyClick(room, Qt::Key_Space);
    CHECK(title() == waiting.name);
    QTest::keyClick(room, Qt::Key_Space);
    CHECK(title() != falls.name); // not chosen for this meeting
    presentation->leave();
    REQUIRE(leda.waitSaved());

    CHECK(peekColumn(leda.path(), u"SELECT notes FROM meeting_measures WHERE meeting_id = %1 AND measure_id = %2"_s
                                      .arg(meeting)
                                      .arg(risk.id))
              .value(0)
              .toString()
          == u"Andelen har ökat sedan rutinen infördes; vi håller i den."_s);
    const QString pdf = dir.filePath(u"protokoll.pdf"_s);
    REQUIRE(Exporter().writeMinutes(RecordExport(leda.database, bundledContent().course).minutes(meeting),
                                    Exporter::Format::Pdf, pdf, &error)
            == Exporter::Result::Written);
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(risk.name));
    CHECK(text.contains(waiting.name));
    CHECK_FALSE(text.contains(falls.name));
    CHECK(text.contains(u"Andelen har ökat sedan rutinen infördes; vi håller i den."_s));

    // The meeting's page shows the same two charts, and what was said can be corrected there.
    REQUIRE(leda.window->openMeeting(meeting));
    CHECK(leda.find<QWidget>(u"sectionMeasures"_s)->isVisible());
    CHECK(leda.find<ChartView>(u"meetingChart_%1"_s.arg(risk.id))->hasSeries());
    CHECK(leda.find<ChartView>(u"meetingChart_%1"_s.arg(waiting.id))->hasSeries());
    CHECK_FALSE(leda.window->findChild<ChartView *>(u"meetingChart_%1"_s.arg(falls.id)));
    auto *pageNotes = leda.find<QPlainTextEdit>(u"measureNotes_%1"_s.arg(risk.id));
    CHECK(pageNotes->toPlainText() == u"Andelen har ökat sedan rutinen infördes; vi håller i den."_s);
    pageNotes->moveCursor(QTextCursor::End);
    typeText(pageNotes, u" Följs upp i maj."_s);
    REQUIRE(leda.waitSaved());
    CHECK(peekColumn(leda.path(), u"SELECT notes FROM meeting_measures WHERE meeting_id = %1 AND measure_id = %2"_s
                                      .arg(meeting)
                                      .arg(risk.id))
              .value(0)
              .toString()
              .endsWith(u"vi håller i den. Följs upp i maj."_s));
}

#include "core/storage/meetingstore.h"
#include "support/dialogs.h"
#include "ui/dialogs/conflictdialog.h"

TEST_CASE("what a meeting said about a measure, changed elsewhere while it is typed on the meeting page: both shown, "
          "the chosen one kept")
{
    QTemporaryDir dir;
    const SeriesRecord series = seedSeriesFile(dir, bundledContent().course);
    REQUIRE(series.group > 0);
    LedaSession leda(dir);
    MeasureStore elsewhere(leda.database); // another writer than the page (on a server: another PC)
    const qint64 meeting = series.meetings.last();
    const qint64 measure = series.measures.first();
    QString error;
    REQUIRE(elsewhere.setMeetingMeasures(meeting, {measure}, &error));
    REQUIRE(elsewhere.setMeetingMeasureNotes(meeting, measure, u"Andelen ökar."_s, &error));
    REQUIRE(leda.window->openMeeting(meeting)); // the page reads the notes as they are now
    REQUIRE(elsewhere.setMeetingMeasureNotes(meeting, measure, u"Andelen ökar sedan rutinen infördes."_s, &error));

    QStringList shown;
    answerNextDialog<ConflictDialog>([&shown](ConflictDialog *dialog) {
        for (const QPlainTextEdit *view : dialog->findChildren<QPlainTextEdit *>())
            shown.append(view->toPlainText());
        dialog->findChild<QPushButton *>(u"conflictMine"_s)->click();
    });
    auto *notes = leda.find<QPlainTextEdit>(u"measureNotes_%1"_s.arg(measure));
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    typeText(notes, u" Vi håller i den."_s);
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000));
    CHECK(shown == QStringList{u"Andelen ökar. Vi håller i den."_s, u"Andelen ökar sedan rutinen infördes."_s});
    const auto saved = [&] { return elsewhere.meetingMeasures(meeting).first().notes; };
    REQUIRE(QTest::qWaitFor([&] { return saved() == u"Andelen ökar. Vi håller i den."_s; }, 5000));
    CHECK(notes->toPlainText() == u"Andelen ökar. Vi håller i den."_s);
}
