// leda-screenshots OUTDIR: starts Leda in Swedish on a demo record (a leadership group, three
// meetings) and saves what the screen shows at the main steps as PNG files, for people
// reviewing the look. Run under Xvfb (or any desktop); not part of the test suite.
#include "core/commandline.h"
#include "core/content/contentloader.h"
#include "core/content/contentlocator.h"
#include "core/export/exporter.h"
#include "core/export/recordexport.h"
#include "core/settings/settings.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "core/storage/measurestore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/nextstepstore.h"
#include "core/storage/preparationstore.h"
#include "core/storage/autosave.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/dialogs/importgroupdialog.h"
#include "core/package/grouppackage.h"
#include "ui/help/guidewindow.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/meeting/meetingspage.h"
#include "ui/measures/measurespage.h"
#include "ui/player/filmplayer.h"
#include "ui/presentation/facilitatorview.h"
#include "ui/presentation/presentation.h"
#include "ui/presentation/roomview.h"
#include "support/demorecord.h"
#include "support/seriesrecord.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

void save(QWidget *window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(400);
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    shot.save(path);
    QTextStream(stdout) << path << '\n';
}

// What one screen shows in all, whichever windows are on it.
void saveScreen(QScreen *screen, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(600);
    screen->grabWindow(0).save(path);
    QTextStream(stdout) << path << " (" << screen->name() << ' ' << screen->size().width() << 'x'
                        << screen->size().height() << ")\n";
}

// What the group might have said by the end of the meeting, typed through the presentation.
void holdMeeting(PresentationSession &session, const DemoRecord &demo)
{
    session.setQuestionField(0, PresentationSession::Field::Today, u"Vi vet inte hur patienterna upplever övergången mellan akuten och avdelningen."_s);
    session.setQuestionField(0, PresentationSession::Field::Desired, u"Vi frågar patienterna varje månad och agerar på svaren."_s);
    session.setQuestionField(0, PresentationSession::Field::NextStep, u"Maria testar tre frågor till utskrivna patienter under december."_s);
    session.addDecision(u"Patientens berättelse inleder varje ledningsgruppsmöte från januari."_s);
    session.addNextStep(u"Bjud in en patientrepresentant till februarimötet"_s, StepOwner::member(demo.members.at(0)), QDate(2027, 1, 15));
    session.setClosingStep(demo.members.at(0), u"Jag ringer patientnämnden om ett samarbete."_s);
    session.setClosingStep(demo.members.at(2), u"Jag följer med en patient genom flödet en förmiddag."_s);
}

// The third meeting of a series with a realistic load: 14 open steps to follow up, 9 new steps,
// long texts; the follow-up, the next steps and the summary in the room, and the three
// meetings' minutes.
void seriesShots(Settings &settings, const Course &course, const QString &outDir)
{
    QTemporaryDir work;
    Database database;
    QString error;
    if (!database.open(work.filePath(u"series.sqlite"_s), &error))
        return;
    const SeriesRecord record = seedSeriesRecord(database, course, 14, 9, 6, 400);
    GroupStore groups(database);
    MeetingStore meetings(database);
    NextStepStore steps(database);
    PreparationStore preparation(database);
    MeasureStore measures(database);
    Autosave autosave(database);
    Presentation presentation({groups, meetings, steps, preparation, measures, autosave}, course, settings,
                              record.meetings.last());
    presentation.startOn(Presentation::Layout::OneWindow, QGuiApplication::primaryScreen(), nullptr);
    PresentationSession &session = presentation.session();
    const QList<FollowUpItem> open = session.followUp();
    const QList<FollowUpOutcome> outcomes{FollowUpOutcome::Done, FollowUpOutcome::InProgress,
                                          FollowUpOutcome::CarriedForward, FollowUpOutcome::Dropped};
    for (int i = 0; i < 4 && i < open.size(); ++i) {
        StepReview review = open.at(i).review;
        review.outcome = outcomes.at(i);
        review.reason = u"Ersatt av det nya mätschemat"_s;
        session.decide(review);
    }
    session.addRecord(RecordKind::Choice, u"Vi prioriterar flödet från akuten före planerade inläggningar"_s);
    session.setClosingStep(record.members.at(0), u"Jag bokar in mätningen med avdelningscheferna."_s);
    RoomView *room = presentation.roomView();
    if (!QTest::qWaitForWindowExposed(room))
        return;
    const QList<std::pair<AgendaItem::Kind, QString>> shots{{AgendaItem::Kind::Opening, u"30-serie-inledning"_s},
                                                            {AgendaItem::Kind::Review, u"31-serie-uppfoljning"_s},
                                                            {AgendaItem::Kind::Measures, u"31-serie-matt"_s},
                                                            {AgendaItem::Kind::DecisionsAndNextSteps, u"32-serie-beslut"_s},
                                                            {AgendaItem::Kind::Summary, u"33-serie-sammanfattning"_s}};
    for (const auto &[kind, name] : shots) {
        for (int i = 0; i < session.stepCount(); ++i) {
            if (session.step(i).kind == kind) {
                session.goTo(i);
                break;
            }
        }
        save(room, outDir + u"/%1.png"_s.arg(name));
    }
    presentation.leave();
    RecordExport export_(database, course);
    for (int i = 0; i < record.meetings.size(); ++i) {
        Exporter().writeMinutes(export_.minutes(record.meetings.at(i)), Exporter::Format::Pdf,
                                outDir + u"/serie-protokoll-%1.pdf"_s.arg(i + 1), &error);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(outDir);
    CommandLine::installTranslators(u"sv"_s);
    QTemporaryDir work;
    Settings settings(work.filePath(u"settings.ini"_s));
    const auto locations = ContentLocations::resolve();
    const auto content = ContentLoader::load(locations.modulesDir, locations.filmsDir);
    Database database;
    QString error;
    if (!database.open(work.filePath(u"leda.sqlite"_s), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const DemoRecord demo = seedDemoRecord(database, content.course);
    const QList<qint64> demoMeasures = seedMeasures(database, demo.group);
    {
        // The documents a region files: minutes of one meeting and the course report.
        RecordExport record(database, content.course);
        Exporter exporter;
        exporter.writeMinutes(record.minutes(demo.meetings.at(1)), Exporter::Format::Pdf, outDir + u"/protokoll.pdf"_s, &error);
        exporter.writeReport(record.report(demo.group), Exporter::Format::Pdf, outDir + u"/slutrapport.pdf"_s, &error);
    }

    {
        // The very first start: a record with no group yet.
        Database empty;
        if (!empty.open(work.filePath(u"new.sqlite"_s), &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        MainWindow first(settings, empty, content.course, content.problems);
        first.resize(first.screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)));
        first.show();
        if (!QTest::qWaitForWindowExposed(&first))
            return 1;
        save(&first, outDir + u"/00-first-start.png"_s);
        GuideWindow *guide = first.openGuide(u"preparation"_s);
        save(guide, outDir + u"/00-guide.png"_s);
        guide->findChild<QLineEdit *>(u"guideSearch"_s)->setText(u"skärmar"_s);
        save(guide, outDir + u"/00-guide-search.png"_s);
        guide->close();
        ShortcutsDialog *shortcuts = first.showShortcuts();
        save(shortcuts, outDir + u"/00-shortcuts.png"_s);
        shortcuts->close();
    }

    MainWindow window(settings, database, content.course, content.problems);
    window.resize(window.screen()->availableGeometry().size().boundedTo(QSize(1600, 1000)));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.selectGroup(1);
    window.showMeetings();
    save(&window, outDir + u"/01-meetings.png"_s);

    const qint64 third = window.newMeeting();
    Q_UNUSED(third);
    save(&window, outDir + u"/02-meeting-open-steps.png"_s);
    auto *scroll = window.findChild<QScrollArea *>(u"meetingScroll"_s);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 3);
    save(&window, outDir + u"/03-meeting-questions.png"_s);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    save(&window, outDir + u"/04-meeting-decisions.png"_s);

    window.findChild<QPushButton *>(u"preparationButton"_s)->click();
    save(&window, outDir + u"/06-preparation.png"_s);
    window.findChild<QAction *>(u"highContrastAction"_s)->trigger();
    save(&window, outDir + u"/06-preparation-high-contrast.png"_s);
    window.openMeeting(third);
    save(&window, outDir + u"/02-meeting-high-contrast.png"_s);
    window.findChild<QAction *>(u"highContrastAction"_s)->trigger();

    // Two writers of the free notes at once: the choice the meeting page offers.
    {
        MeetingStore otherPc(database);
        otherPc.setFreeNotes(third, u"Skrivet på processledarens dator: lokalen är bokad till kl. 15."_s, &error);
        QTimer::singleShot(1500, &window, [&outDir] {
            if (auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget())) {
                dialog->screen()->grabWindow(dialog->winId()).save(outDir + u"/02-meeting-conflict.png"_s);
                QTextStream(stdout) << outDir << "/02-meeting-conflict.png\n";
                dialog->findChild<QPushButton *>(u"conflictBoth"_s)->click();
            }
        });
        auto *notes = window.findChild<QPlainTextEdit *>(u"freeNotes"_s);
        notes->setFocus();
        notes->insertPlainText(u"Skrivet på mötesdatorn: nästa möte i stora salen."_s);
        QTest::qWait(3000);
    }

    // The group carried to the meeting room, changed on both sides, and brought back: what
    // Arkiv › Importera grupp… shows before anything changes.
    {
        const QString toRoom = work.filePath(u"medicinkliniken.leda"_s);
        const QString back = work.filePath(u"medicinkliniken-tillbaka.leda"_s);
        Database room;
        GroupPackage first;
        GroupPackage::Outcome arrived;
        if (GroupPackage::write(database, demo.group, toRoom, &error) && room.open(work.filePath(u"room.sqlite"_s), &error)
            && GroupPackage::read(toRoom, &first, &error) && first.import(room, &arrived, &error)) {
            MeetingStore here(database);
            MeetingStore there(room);
            const qint64 roomMeeting = there.meetings(arrived.groupId).at(1).id;
            RecordItem mine = here.recordItems(demo.meetings.at(1)).value(0);
            mine.text = u"Vi inför daglig styrning på alla enheter från och med mars."_s;
            here.updateRecordItem(mine, &error);
            QTest::qWait(20);
            RecordItem theirs = there.recordItems(roomMeeting).value(0);
            theirs.text = u"Vi inför daglig styrning på två enheter först och utvärderar i maj."_s;
            there.updateRecordItem(theirs, &error);
            there.setFreeNotes(roomMeeting, u"Gruppen vill bjuda in chefen för akuten till nästa möte."_s, &error);
            GroupPackage fromRoom;
            GroupPackage::Outcome preview;
            if (GroupPackage::write(room, arrived.groupId, back, &error) && GroupPackage::read(back, &fromRoom, &error)
                && fromRoom.preview(database, &preview, &error)) {
                ImportGroupDialog dialog(fromRoom.manifest(), preview, QDir::toNativeSeparators(database.path()), &window);
                dialog.show();
                if (QTest::qWaitForWindowExposed(&dialog))
                    save(&dialog, outDir + u"/09-import-group.png"_s);
            }
        }
    }

    window.showMeetings();
    window.findChild<QLineEdit *>(u"searchField"_s)->setText(u"väntetid"_s);
    QTest::qWait(400);
    save(&window, outDir + u"/05-search.png"_s);

    window.showSeriesPlan();
    save(&window, outDir + u"/07-series-plan.png"_s);
    window.showAllSteps();
    save(&window, outDir + u"/08-all-steps.png"_s);
    window.showMeasures();
    window.measuresPage()->selectMeasure(demoMeasures.first());
    save(&window, outDir + u"/09-measures.png"_s);
    window.measuresPage()->selectMeasure(demoMeasures.last());
    save(&window, outDir + u"/09-measures-run-chart.png"_s);
    window.measuresPage()->selectProcessMeasure(u"attendance"_s);
    save(&window, outDir + u"/09-measures-process.png"_s);

    // The meeting in the room, each agenda item as the big screen shows it.
    Presentation *presentation = window.presentMeeting(third);
    holdMeeting(presentation->session(), demo);
    RoomView *room = presentation->roomView();
    if (!QTest::qWaitForWindowExposed(room))
        return 1;
    const QStringList kinds{u"oppna-steg"_s, u"film"_s,     u"fraga"_s,       u"beslut"_s,     u"avslutning"_s,
                            u"ovrigt"_s,     u"inledning"_s, u"sammanfattning"_s, u"matt"_s};
    for (int i = 0; i < presentation->session().stepCount(); ++i) {
        presentation->session().goTo(i);
        const AgendaItem &item = presentation->session().current();
        if (item.kind == AgendaItem::Kind::Question && item.questionIndex > 1)
            continue; // two questions tell enough
        if (item.kind == AgendaItem::Kind::Film) { // a frame and a caption
            room->player()->play();
            QTest::qWait(6000);
            room->player()->pause();
        }
        save(room, outDir + u"/10-room-%1-%2.png"_s.arg(i, 2, 10, QChar(u'0')).arg(kinds.at(int(item.kind))));
    }
    presentation->leave();
    QTest::qWait(100);
    seriesShots(settings, content.course, outDir);

    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        // Two screens: Leda places the views itself; each screen is saved whole.
        window.setScreen(screens.first());
        window.move(screens.first()->geometry().topLeft());
        Presentation *twoScreens = window.presentMeeting(third);
        twoScreens->session().goTo(2);
        for (int i = 0; i < screens.size(); ++i)
            saveScreen(screens.at(i), outDir + u"/20-screen-%1.png"_s.arg(i));
        twoScreens->leave();
    } else {
        // One screen: the facilitator view drawn on its own, at a laptop's size.
        GroupStore groups(database);
        MeetingStore meetings(database);
        NextStepStore steps(database);
        PreparationStore preparation(database);
        MeasureStore measures(database);
        Autosave autosave(database);
        preparation.setPrivateNotes(third, u"Erik har mycket just nu – fråga honom först om körschemat."_s, &error);
        qint64 clockMs = 0; // a clock of our own, to show the countdown run out
        Presentation facilitated({groups, meetings, steps, preparation, measures, autosave}, content.course, settings, third,
                                 [&clockMs] { return clockMs; });
        facilitated.startOn(Presentation::Layout::TwoWindows, screens.first(), screens.first());
        facilitated.session().goTo(2);
        FacilitatorView *facilitator = facilitated.facilitatorView();
        facilitator->showNormal();
        facilitator->resize(1366, 768);
        QTest::qWait(600);
        facilitator->grab().save(outDir + u"/11-facilitator.png"_s);
        QTextStream(stdout) << outDir << "/11-facilitator.png\n";
        clockMs += 11 * 60'000 + 25'000;
        facilitated.session().tick();
        facilitator->hide();
        save(facilitated.roomView(), outDir + u"/12-room-time-up.png"_s);
        facilitated.leave();
    }
    return 0;
}
