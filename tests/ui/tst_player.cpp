#include "core/content/contentloader.h"
#include "core/settings/settings.h"
#include "support/testpaths.h"
#include "ui/course/modulepage.h"
#include "ui/player/filmplayer.h"
#include "ui/player/transcriptview.h"

#include "support/catchqt.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Leda;
using namespace Qt::StringLiterals;

namespace {

Module bundledModule(const QString &folder)
{
    ContentProblems problems;
    Module module = ContentLoader::loadModule(TestPaths::modules() + u'/' + folder, TestPaths::films(), &problems);
    module.film.videoPath = TestPaths::films() + u'/' + folder + u"/film.webm"_s;
    return module;
}

// The cue that covers positionMs, found directly in the list (independent of the player's lookup).
QString expectedCaption(const QList<Cue> &cues, qint64 positionMs)
{
    for (const Cue &cue : cues) {
        if (positionMs >= cue.startMs && positionMs < cue.endMs)
            return cue.text;
    }
    return {};
}

void showAndActivate(QWidget &widget)
{
    widget.resize(1280, 800);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &widget; }, 3000));
}

bool waitUntilPlaying(FilmPlayer &player)
{
    return QTest::qWaitFor([&] { return player.duration() > 0 && player.position() > 0; }, 20'000);
}

// Waits until the reported position stops moving (after a pause or a seek).
qint64 settledPosition(FilmPlayer &player)
{
    qint64 last = -1;
    for (int i = 0; i < 20 && player.position() != last; ++i) {
        last = player.position();
        QTest::qWait(150);
    }
    return player.position();
}

void clickItem(QListWidget &list, int row)
{
    QListWidgetItem *item = list.item(row);
    REQUIRE(item);
    list.scrollToItem(item);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, list.visualItemRect(item).center());
}

} // namespace

TEST_CASE("a generated film plays offscreen: duration, moving position and video frames")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    const Module module = bundledModule(u"03-patientens-perspektiv"_s);
    FilmPlayer player(settings);
    showAndActivate(player);
    player.setFilm(module.film);
    REQUIRE(player.errorText().isEmpty());
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return player.duration() > 0; }, 20'000));
    REQUIRE(qAbs(player.duration() - module.film.durationMs) < 1000);
    REQUIRE(QTest::qWaitFor([&] { return player.position() > 1000; }, 20'000));
    REQUIRE(player.isPlaying());
    REQUIRE(QTest::qWaitFor([&] { return player.framesShown() > 5; }, 5000));
    REQUIRE(player.findChild<QLabel *>(u"timeLabel"_s)->text().startsWith(u"0:0"_s));
}

TEST_CASE("seeking to a chapter lands inside it, and the caption shown is the cue for the position")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    const Module module = bundledModule(u"06-att-forsta-variation"_s);
    ModulePage page(settings);
    showAndActivate(page);
    page.setModule(module);
    FilmPlayer &player = *page.player();
    player.play();
    REQUIRE(waitUntilPlaying(player));

    for (int chapter : {2, 1, 3}) {
        INFO("chapter " << chapter);
        clickItem(*page.chapterList(), chapter);
        const qint64 start = module.chapters.at(chapter).startMs;
        const qint64 end = chapter + 1 < module.chapters.size() ? module.chapters.at(chapter + 1).startMs
                                                                : module.film.durationMs;
        REQUIRE(QTest::qWaitFor([&] { return player.position() >= start && player.position() < start + 3000; },
                                5000));
        REQUIRE(player.position() < end);
        REQUIRE(page.chapterList()->currentRow() == chapter);
    }

    // Move into the chapter's speech, pause, and compare the caption on screen with the cue.
    player.seek(module.chapters.at(3).startMs + 6000);
    player.pause();
    const qint64 position = settledPosition(player);
    const QString expected = expectedCaption(player.cues(), position);
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return player.shownCaption() == expectedCaption(player.cues(), player.position()); },
                            2000));
    REQUIRE(player.shownCaption() == expected);
    REQUIRE(page.transcript()->highlightedCue() >= 0);
    REQUIRE(page.transcript()->item(page.transcript()->highlightedCue())->text()
            == QString(expected).replace(u'\n', u' '));

    // C hides the captions, C shows them again.
    QTest::keyClick(&page, Qt::Key_C);
    REQUIRE_FALSE(player.captionsVisible());
    REQUIRE(player.shownCaption().isEmpty());
    QTest::keyClick(&page, Qt::Key_C);
    REQUIRE(player.captionsVisible());
    REQUIRE(player.shownCaption() == expected);
}

TEST_CASE("clicking a transcript line moves the film to it")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    const Module module = bundledModule(u"09-modellen-for-forbattring"_s);
    ModulePage page(settings);
    showAndActivate(page);
    page.setModule(module);
    FilmPlayer &player = *page.player();
    REQUIRE(page.transcript()->count() == player.cues().size());
    player.play();
    REQUIRE(waitUntilPlaying(player));
    player.pause();
    const int row = 12;
    clickItem(*page.transcript(), row);
    const qint64 cueStart = player.cues().at(row).startMs;
    REQUIRE(QTest::qWaitFor([&] { return qAbs(player.position() - cueStart) < 600; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return page.transcript()->highlightedCue() == row; }, 2000));
}

TEST_CASE("the keyboard drives the player: Space, arrows, F and Esc")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    const Module module = bundledModule(u"01-ledningsgruppens-uppdrag"_s);
    ModulePage page(settings);
    showAndActivate(page);
    page.setModule(module);
    FilmPlayer &player = *page.player();

    QTest::keyClick(&page, Qt::Key_Space);
    REQUIRE(waitUntilPlaying(player));
    REQUIRE(player.isPlaying());
    QTest::keyClick(&page, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 2000));

    const qint64 before = settledPosition(player);
    QTest::keyClick(&page, Qt::Key_Right);
    REQUIRE(QTest::qWaitFor([&] { return qAbs(player.position() - (before + FilmPlayer::kSeekStepMs)) < 600; }, 3000));
    QTest::keyClick(&page, Qt::Key_Left);
    REQUIRE(QTest::qWaitFor([&] { return qAbs(player.position() - before) < 600; }, 3000));

    QTest::keyClick(&page, Qt::Key_F);
    REQUIRE(player.isWindow());
    REQUIRE(QTest::qWaitFor([&] { return player.isFullScreen(); }, 2000));
    QApplication::setActiveWindow(&player);
    QTest::keyClick(&player, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !player.isFullScreen(); }, 2000));
    REQUIRE_FALSE(player.isWindow());
    REQUIRE(player.parentWidget() != nullptr);
}

TEST_CASE("speed, volume and mute controls reach the media player and the settings")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    FilmPlayer player(settings);
    player.setFilm(bundledModule(u"02-forbattringskunskap"_s).film);
    auto *speed = player.findChild<QComboBox *>(u"speedBox"_s);
    REQUIRE(speed->count() == 4);
    for (const qreal rate : {0.75, 1.25, 1.5, 1.0}) {
        player.setPlaybackRate(rate);
        REQUIRE(player.playbackRate() == Approx(rate));
    }
    player.findChild<QSlider *>(u"volumeSlider"_s)->setValue(35);
    REQUIRE(settings.volume() == 35);
    player.setCaptionsVisible(false);
    REQUIRE_FALSE(settings.captionsEnabled());
}

TEST_CASE("a missing film shows a message naming the file, and the player keeps working")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    ModulePage page(settings);
    showAndActivate(page);
    Module module = bundledModule(u"04-kunskapsstyrning"_s);
    module.film.videoPath = dir.filePath(u"saknas/film.webm"_s);
    page.setModule(module);
    FilmPlayer &player = *page.player();
    REQUIRE(player.errorText().contains(dir.filePath(u"saknas/film.webm"_s)));
    REQUIRE(player.errorText().contains(u"has not been made yet"_s));
    auto *errorLabel = player.findChild<QLabel *>(u"filmError"_s);
    REQUIRE(errorLabel->isVisible());
    player.play();
    QTest::keyClick(&page, Qt::Key_Space);
    QTest::keyClick(&page, Qt::Key_Right);
    REQUIRE_FALSE(player.isPlaying());
    // The rest of the module is still there.
    REQUIRE(page.findChild<QLabel *>(u"question1"_s)->text() == module.questions.first());

    // Opening a module with a working film afterwards plays it.
    page.setModule(bundledModule(u"05-verksamheten-som-system"_s));
    REQUIRE(player.errorText().isEmpty());
    player.play();
    REQUIRE(waitUntilPlaying(player));
}

TEST_CASE("a film that cannot be decoded shows which file and what to install")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    FilmPlayer player(settings);
    showAndActivate(player);
    const QString path = dir.filePath(u"trasig.webm"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray noise(200'000, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 2654435761u) >> 13);
    file.write(noise);
    file.close();

    QSignalSpy errors(&player, &FilmPlayer::errorShown);
    Film film;
    film.videoPath = path;
    film.generated = false;
    player.setFilm(film);
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return errors.count() > 0; }, 15'000));
    REQUIRE(player.errorText().contains(path));
    REQUIRE(player.findChild<QLabel *>(u"filmError"_s)->isVisible());
    REQUIRE_FALSE(player.isPlaying());
}

TEST_CASE("a damaged film that stops early says so and is never counted as watched")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    FilmPlayer player(settings);
    showAndActivate(player);
    // The generated film cut to a tenth of its bytes, as an interrupted copy leaves it.
    Film film = bundledModule(u"03-patientens-perspektiv"_s).film;
    QFile whole(film.videoPath);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = dir.filePath(u"avbruten.webm"_s);
    QFile part(cut);
    REQUIRE(part.open(QIODevice::WriteOnly));
    REQUIRE(part.write(bytes.left(bytes.size() / 10)) > 0);
    part.close();
    film.videoPath = cut;

    QSignalSpy watched(&player, &FilmPlayer::watchedToEnd);
    QSignalSpy errors(&player, &FilmPlayer::errorShown);
    player.setFilm(film);
    player.play();
    REQUIRE(QTest::qWaitFor([&] { return errors.count() > 0; }, 60'000));
    INFO(player.errorText().toStdString());
    REQUIRE(player.errorText().contains(cut));
    REQUIRE(watched.isEmpty());
}
