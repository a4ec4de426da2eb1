#include "ui/player/filmplayer.h"
#include "ui/widgets/focusring.h"

#include "core/content/filmtimeline.h"
#include "core/logging.h"
#include "core/settings/settings.h"
#include "core/timeformat.h"
#include "ui/player/captionitem.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsVideoItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

QToolButton *makeButton(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoRaise(true);
    button->setIconSize(QSize(28, 28));
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

FilmPlayer::FilmPlayer(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"filmPlayer"_s);
    setAccessibleName(tr("Film player"));
    setFocusPolicy(Qt::StrongFocus);
    m_embeddedFlags = windowFlags();

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);

    m_scene = new QGraphicsScene(this);
    m_view = new QGraphicsView(m_scene);
    m_view->setObjectName(u"filmView"_s);
    m_view->setBackgroundBrush(Qt::black);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumSize(320, 180);
    m_view->viewport()->installEventFilter(this);
    m_video = new QGraphicsVideoItem;
    m_scene->addItem(m_video);
    m_caption = new CaptionItem;
    m_scene->addItem(m_caption);
    m_player->setVideoOutput(m_video);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"filmError"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setMargin(24);
    m_errorLabel->setStyleSheet(u"QLabel { background: #2b2b2b; color: #ffffff; font-size: 16pt; }"_s);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorLabel);

    m_captionsNotice = new QLabel;
    m_captionsNotice->setObjectName(u"captionsNotice"_s);
    m_captionsNotice->setWordWrap(true);
    m_captionsNotice->hide();

    m_controls = new QWidget;
    buildControls(m_controls);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_captionsNotice);
    layout->addWidget(m_controls);

    connect(m_player, &QMediaPlayer::positionChanged, this, &FilmPlayer::onPositionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &FilmPlayer::onDurationChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &FilmPlayer::onMediaError);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &FilmPlayer::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &FilmPlayer::updatePlayButton);
    connect(m_video, &QGraphicsVideoItem::nativeSizeChanged, this, &FilmPlayer::layoutScene);
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, [this] { ++m_framesShown; });

    installShortcuts();
    FocusRing::attach(this); // the player takes the focus so that its keys work: show it has it
    m_audio->setVolume(float(m_settings.volume()) / 100.0f);
    m_volumeSlider->setValue(m_settings.volume());
    m_captionsButton->setChecked(m_settings.captionsEnabled());
    setCaptionsVisible(m_settings.captionsEnabled());
    clear();
}

FilmPlayer::~FilmPlayer()
{
    m_player->stop();
}

void FilmPlayer::buildControls(QWidget *bar)
{
    m_playButton = makeButton(bar, u"playButton"_s, tr("Play (Space)"));
    connect(m_playButton, &QToolButton::clicked, this, &FilmPlayer::togglePlay);

    m_positionSlider = new QSlider(Qt::Horizontal, bar);
    m_positionSlider->setObjectName(u"positionSlider"_s);
    m_positionSlider->setAccessibleName(tr("Position in the film"));
    m_positionSlider->setFocusPolicy(Qt::NoFocus);
    connect(m_positionSlider, &QSlider::sliderMoved, this, [this](int value) { seek(value); });

    m_timeLabel = new QLabel(bar);
    m_timeLabel->setObjectName(u"timeLabel"_s);
    m_timeLabel->setMinimumWidth(m_timeLabel->fontMetrics().horizontalAdvance(u"00:00:00 / 00:00:00"_s));
    m_timeLabel->setAlignment(Qt::AlignCenter);

    m_muteButton = makeButton(bar, u"muteButton"_s, tr("Mute"));
    m_muteButton->setCheckable(true);
    m_muteButton->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        m_audio->setMuted(muted);
        m_muteButton->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });

    m_volumeSlider = new QSlider(Qt::Horizontal, bar);
    m_volumeSlider->setObjectName(u"volumeSlider"_s);
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setMaximumWidth(120);
    m_volumeSlider->setFocusPolicy(Qt::NoFocus);
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this](int volume) {
        m_audio->setVolume(float(volume) / 100.0f);
        m_settings.setVolume(volume);
    });

    m_speedBox = new QComboBox(bar);
    m_speedBox->setObjectName(u"speedBox"_s);
    m_speedBox->setAccessibleName(tr("Playback speed"));
    m_speedBox->setToolTip(tr("Playback speed"));
    for (const qreal rate : {0.75, 1.0, 1.25, 1.5})
        m_speedBox->addItem(QLocale().toString(rate) + u"×"_s, rate);
    m_speedBox->setCurrentIndex(1);
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_player->setPlaybackRate(m_speedBox->itemData(index).toReal()); });

    m_captionsButton = makeButton(bar, u"captionsButton"_s, tr("Captions on/off (C)"));
    m_captionsButton->setText(tr("Captions"));
    m_captionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_captionsButton->setCheckable(true);
    connect(m_captionsButton, &QToolButton::toggled, this, &FilmPlayer::setCaptionsVisible);

    m_fullScreenButton = makeButton(bar, u"fullScreenButton"_s, tr("Full screen (F)"));
    m_fullScreenButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    connect(m_fullScreenButton, &QToolButton::clicked, this, &FilmPlayer::toggleFullScreen);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_playButton);
    layout->addWidget(m_positionSlider, 1);
    layout->addWidget(m_timeLabel);
    layout->addWidget(m_muteButton);
    layout->addWidget(m_volumeSlider);
    layout->addWidget(m_speedBox);
    layout->addWidget(m_captionsButton);
    layout->addWidget(m_fullScreenButton);
}

namespace {

// The player's keys, with what they do: installed from this table and listed from it in
// Hjälp › Kortkommandon.
struct PlayerKey
{
    QKeySequence sequence;
    const char *what;
    void (*act)(FilmPlayer &);
};

const PlayerKey kPlayerKeys[] = {
    {QKeySequence(Qt::Key_Space), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Play or pause the film"),
     [](FilmPlayer &player) { player.togglePlay(); }},
    {QKeySequence(Qt::Key_Left), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Back 5 seconds"),
     [](FilmPlayer &player) { player.seekBy(-FilmPlayer::kSeekStepMs); }},
    {QKeySequence(Qt::Key_Right), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Forward 5 seconds"),
     [](FilmPlayer &player) { player.seekBy(FilmPlayer::kSeekStepMs); }},
    {QKeySequence(Qt::Key_F), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Full screen on or off"),
     [](FilmPlayer &player) { player.toggleFullScreen(); }},
    {QKeySequence(Qt::Key_C), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Captions on or off"),
     [](FilmPlayer &player) { player.setCaptionsVisible(!player.captionsVisible()); }},
    {QKeySequence(Qt::Key_Escape), QT_TRANSLATE_NOOP("Leda::FilmPlayer", "Leave full screen"),
     [](FilmPlayer &player) { player.setFullScreen(false); }},
};

} // namespace

QList<KeyHelp> FilmPlayer::keyHelp()
{
    QList<KeyHelp> help;
    for (const PlayerKey &key : kPlayerKeys)
        help.append({KeyHelp::keyName(key.sequence), tr(key.what)});
    return help;
}

void FilmPlayer::installShortcuts()
{
    // WindowShortcut on the player: active while the player is visible in the active window,
    // and still when the player itself is the full-screen window.
    for (const PlayerKey &key : kPlayerKeys) {
        auto *shortcut = new QShortcut(key.sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, act = key.act] { act(*this); });
    }
}

void FilmPlayer::clear()
{
    m_player->stop();
    m_player->setSource({});
    m_film = {};
    m_cues.clear();
    m_captionsProblem.clear();
    m_watchedReported = false;
    m_furthestMs = 0;
    m_framesShown = 0;
    m_caption->setText({});
    m_captionsNotice->hide();
    m_errorLabel->clear();
    m_stack->setCurrentWidget(m_view);
    m_controls->setEnabled(false);
    updateTimeLabel();
    updatePlayButton();
}

void FilmPlayer::setFilm(const Film &film)
{
    clear();
    m_film = film;

    if (!m_film.captionsPath.isEmpty()) {
        const WebVtt::ParseResult captions = WebVtt::parseFile(m_film.captionsPath);
        if (captions.ok()) {
            m_cues = captions.cues;
        } else {
            m_captionsProblem = tr("Captions are not available: %1").arg(captions.error);
            m_captionsNotice->setText(m_captionsProblem);
            m_captionsNotice->show();
        }
    }

    if (!QFileInfo::exists(m_film.videoPath)) {
        const QString file = QDir::toNativeSeparators(m_film.videoPath);
        showError(m_film.generated
                      ? tr("The film has not been made yet: %1 is missing.\n\nLeda makes its films when it is built. "
                           "Run the README's start command (or cmake --build on the build folder) and open the "
                           "module again.")
                            .arg(file)
                      : tr("The film %1 is missing.\n\nPut the film in the module folder, or correct the name in "
                           "the module's module.json, and open the module again.")
                            .arg(file));
        return;
    }
    m_controls->setEnabled(true);
    m_player->setSource(QUrl::fromLocalFile(m_film.videoPath));
    layoutScene();
}

void FilmPlayer::showError(const QString &message)
{
    qCWarning(lcPlayer).noquote() << message;
    m_player->stop();
    m_errorLabel->setText(message);
    m_stack->setCurrentWidget(m_errorLabel);
    m_controls->setEnabled(false);
    emit errorShown(message);
}

void FilmPlayer::onMediaError(QMediaPlayer::Error error, const QString &reason)
{
    if (error == QMediaPlayer::NoError)
        return;
    // GStreamer's own words are English and technical: they go to the log, the user gets ours.
    qCWarning(lcPlayer).noquote() << "Media error" << int(error) << reason;
    const QString file = QDir::toNativeSeparators(m_film.videoPath);
    switch (error) {
    case QMediaPlayer::FormatError:
        showError(tr("Leda cannot play the film %1: the file is damaged, or in a format this computer has no "
                     "decoder for.\n\nInstall the video plugins with: sudo apt-get install "
                     "gstreamer1.0-plugins-good gstreamer1.0-libav — or convert the film to WebM (VP9 and Opus).")
                      .arg(file));
        return;
    case QMediaPlayer::ResourceError:
        showError(tr("The film %1 could not be opened.\n\nCheck that the file exists, can be read and is not "
                     "damaged.")
                      .arg(file));
        return;
    default:
        showError(tr("The film %1 could not be played. Try again, or check the file.").arg(file));
        return;
    }
}

qint64 FilmPlayer::expectedLengthMs() const
{
    // The film's length as the course knows it, or as its file says: a damaged file that stops
    // early must not look like a short film that ended.
    return qMax(duration(), m_film.durationMs);
}

void FilmPlayer::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::EndOfMedia && !m_watchedReported) {
        const qint64 reached = qMax(position(), m_furthestMs);
        if (FilmTimeline::countsAsWatched(reached, expectedLengthMs())) {
            m_watchedReported = true;
            emit watchedToEnd();
        } else if (expectedLengthMs() > 0) {
            showError(tr("The film %1 stopped at %2 of %3: the file is damaged or incomplete. It has not been "
                         "counted as watched. Copy the film again, or make it anew (for the bundled course: build "
                         "Leda again).")
                          .arg(QDir::toNativeSeparators(m_film.videoPath), formatClock(reached),
                               formatClock(expectedLengthMs())));
        }
    }
    if (status == QMediaPlayer::InvalidMedia && m_stack->currentWidget() != m_errorLabel)
        onMediaError(QMediaPlayer::FormatError, m_player->errorString());
}

void FilmPlayer::play()
{
    if (m_controls->isEnabled())
        m_player->play();
}

void FilmPlayer::pause()
{
    m_player->pause();
}

void FilmPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void FilmPlayer::seek(qint64 positionMs)
{
    if (!m_controls->isEnabled())
        return;
    const qint64 limit = duration() > 0 ? duration() : std::numeric_limits<qint64>::max();
    m_player->setPosition(qBound<qint64>(0, positionMs, limit));
    updateCaption(m_player->position());
}

void FilmPlayer::seekBy(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

qint64 FilmPlayer::position() const
{
    return m_player->position();
}

qint64 FilmPlayer::duration() const
{
    return m_player->duration();
}

bool FilmPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

qreal FilmPlayer::playbackRate() const
{
    return m_player->playbackRate();
}

void FilmPlayer::setPlaybackRate(qreal rate)
{
    const int index = m_speedBox->findData(rate);
    if (index >= 0)
        m_speedBox->setCurrentIndex(index);
}

bool FilmPlayer::captionsVisible() const
{
    return m_captionsButton->isChecked();
}

void FilmPlayer::setCaptionsVisible(bool visible)
{
    if (m_captionsButton->isChecked() != visible)
        m_captionsButton->setChecked(visible); // re-enters through toggled()
    m_settings.setCaptionsEnabled(visible);
    updateCaption(position());
}

QString FilmPlayer::shownCaption() const
{
    return m_caption->isVisible() && m_stack->currentWidget() == m_view ? m_caption->text() : QString();
}

QString FilmPlayer::errorText() const
{
    return m_stack->currentWidget() == m_errorLabel ? m_errorLabel->text() : QString();
}

void FilmPlayer::onPositionChanged(qint64 positionMs)
{
    if (!m_positionSlider->isSliderDown())
        m_positionSlider->setValue(int(positionMs));
    updateTimeLabel();
    updateCaption(positionMs);
    m_furthestMs = qMax(m_furthestMs, positionMs);
    if (!m_watchedReported && FilmTimeline::countsAsWatched(positionMs, expectedLengthMs())) {
        m_watchedReported = true;
        emit watchedToEnd();
    }
    emit positionChanged(positionMs);
}

void FilmPlayer::onDurationChanged(qint64 durationMs)
{
    m_positionSlider->setRange(0, int(durationMs));
    updateTimeLabel();
    emit durationChanged(durationMs);
}

void FilmPlayer::updateCaption(qint64 positionMs)
{
    const int index = FilmTimeline::cueIndexAt(m_cues, positionMs);
    const QString text = index >= 0 ? m_cues.at(index).text : QString();
    const bool changed = text != m_caption->text();
    m_caption->setText(text);
    m_caption->setVisible(captionsVisible() && !text.isEmpty());
    if (changed)
        emit captionChanged(text);
}

void FilmPlayer::updateTimeLabel()
{
    m_timeLabel->setText(u"%1 / %2"_s.arg(formatClock(position()), formatClock(qMax(duration(), m_film.durationMs))));
}

void FilmPlayer::updatePlayButton()
{
    const bool playing = isPlaying();
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString name = playing ? tr("Pause (Space)") : tr("Play (Space)");
    m_playButton->setAccessibleName(name);
    m_playButton->setToolTip(name);
}

void FilmPlayer::toggleFullScreen()
{
    setFullScreen(!isFullScreen());
}

void FilmPlayer::setFullScreen(bool fullScreen)
{
    if (fullScreen == isFullScreen())
        return;
    if (fullScreen) {
        // The player becomes its own window on the screen it was on; its place in the page's
        // layout waits for it. The explicit geometry matters where no window manager applies
        // the full-screen state (a kiosk session, Xvfb).
        QScreen *currentScreen = screen();
        setWindowFlags(m_embeddedFlags | Qt::Window);
        if (currentScreen)
            setGeometry(currentScreen->geometry());
        showFullScreen();
    } else {
        setWindowFlags(m_embeddedFlags);
        showNormal();
        show();
    }
    m_fullScreenButton->setIcon(
        style()->standardIcon(fullScreen ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton));
    activateWindow();
}

bool FilmPlayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        layoutScene();
    return QWidget::eventFilter(watched, event);
}

void FilmPlayer::layoutScene()
{
    const QSizeF size = m_view->viewport()->size();
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    m_video->setPos(0, 0);
    m_video->setSize(size);
    // The picture keeps its aspect ratio inside the item; captions sit on the picture itself.
    QRectF picture(QPointF(0, 0), size);
    const QSizeF native = m_video->nativeSize();
    if (native.isValid() && !native.isEmpty()) {
        const QSizeF scaled = native.scaled(size, Qt::KeepAspectRatio);
        picture = QRectF(QPointF((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2), scaled);
    }
    m_caption->setVideoRect(picture);
}

} // namespace Leda
