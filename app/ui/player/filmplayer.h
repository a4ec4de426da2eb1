#pragma once

#include "ui/help/keyhelp.h"

#include "core/content/module.h"
#include "core/content/webvtt.h"

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QGraphicsScene;
class QGraphicsVideoItem;
class QGraphicsView;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;

namespace Leda {

class CaptionItem;
class Settings;

// Plays a module's film with captions drawn over the picture: play/pause, seek, time,
// volume and mute, speed, captions on/off, full screen; keyboard Space, ←/→, F, C, Esc.
// A missing film or a missing decoder is shown in the player area, naming the file and
// what to install or do.
class FilmPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilmPlayer)

public:
    explicit FilmPlayer(Settings &settings, QWidget *parent = nullptr);
    ~FilmPlayer() override;

    void setFilm(const Film &film);
    void clear();

    qint64 position() const;
    qint64 duration() const;
    bool isPlaying() const;
    qreal playbackRate() const;
    const QList<Cue> &cues() const { return m_cues; }

    bool captionsVisible() const;
    QString shownCaption() const; // the caption on screen now, empty when none
    QString errorText() const;    // the message shown instead of the film, empty when none
    QString captionsProblem() const { return m_captionsProblem; }
    int framesShown() const { return m_framesShown; }

    static constexpr qint64 kSeekStepMs = 5000;
    static QList<KeyHelp> keyHelp(); // for Hjälp › Kortkommandon

public slots:
    void play();
    void pause();
    void togglePlay();
    void seek(qint64 positionMs);
    void seekBy(qint64 deltaMs);
    void setCaptionsVisible(bool visible);
    void setPlaybackRate(qreal rate);
    void setFullScreen(bool fullScreen);
    void toggleFullScreen();

signals:
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void watchedToEnd(); // reached 90 % or the end, once per film
    void captionChanged(const QString &caption);
    void errorShown(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildControls(QWidget *bar);
    void installShortcuts();
    qint64 expectedLengthMs() const;
    void showError(const QString &message);
    void onPositionChanged(qint64 positionMs);
    void onDurationChanged(qint64 durationMs);
    void onMediaError(QMediaPlayer::Error error, const QString &reason);
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void updateCaption(qint64 positionMs);
    void updateTimeLabel();
    void updatePlayButton();
    void layoutScene();

    Settings &m_settings;
    Film m_film;
    QList<Cue> m_cues;
    QString m_captionsProblem;
    bool m_watchedReported = false;
    qint64 m_furthestMs = 0; // how far the film has played
    int m_framesShown = 0;
    Qt::WindowFlags m_embeddedFlags;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QGraphicsView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsVideoItem *m_video = nullptr;
    CaptionItem *m_caption = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_captionsNotice = nullptr;
    QWidget *m_controls = nullptr;
    QToolButton *m_playButton = nullptr;
    QSlider *m_positionSlider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;
    QComboBox *m_speedBox = nullptr;
    QToolButton *m_captionsButton = nullptr;
    QToolButton *m_fullScreenButton = nullptr;
};

} // namespace Leda
