#include "ui/player/filmprobe.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace Leda {

QString FilmProbe::problem(const QString &path, int timeoutMs)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return tr("the film %1 is missing; generate the films again or put the file there").arg(shown);
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QString error;
    bool frame = false;
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop,
                     [&](QMediaPlayer::Error, const QString &text) {
                         error = text;
                         loop.quit();
                     });
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop, [&](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia)
            player.play(); // the first frame proves the video decodes, not only the container
        else if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia)
            loop.quit(); // not a film, or one that ended before its first picture
    });
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &videoFrame) {
        if (videoFrame.isValid()) {
            frame = true;
            loop.quit();
        }
    });
    timeout.start(timeoutMs);
    player.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    loop.exec();
    player.stop();
    if (frame && player.duration() > 0)
        return {};
    if (!frame && error.isEmpty() && !timeout.isActive())
        return tr("the film %1 did not show a picture within %2 seconds; check that it is a WebM or MP4 film")
            .arg(shown)
            .arg(timeoutMs / 1000);
    return tr("the film %1 cannot be played; it is damaged or in a format this computer cannot decode. Generate "
              "the films again, or replace the file")
        .arg(shown);
}

} // namespace Leda
