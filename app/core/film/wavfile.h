#pragma once

#include <QByteArray>
#include <QString>

namespace Leda {

// 16-bit PCM WAV, the format espeak-ng writes. Used to join narration and measure its length.
struct WavAudio
{
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    QByteArray samples; // interleaved little-endian PCM

    bool isValid() const { return sampleRate > 0 && channels > 0 && bitsPerSample == 16; }
    int bytesPerFrame() const { return channels * bitsPerSample / 8; }
    qint64 durationMs() const;
    qint64 frameCount() const { return isValid() ? samples.size() / bytesPerFrame() : 0; }
    bool sameFormat(const WavAudio &other) const;

    void appendSilence(qint64 ms);
    void append(const WavAudio &other); // formats must match

    static WavAudio read(const QString &path, QString *error);
    bool write(const QString &path, QString *error) const;
};

} // namespace Leda
