#include "core/film/wavfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Leda {

qint64 WavAudio::durationMs() const
{
    return isValid() ? frameCount() * 1000 / sampleRate : 0;
}

bool WavAudio::sameFormat(const WavAudio &other) const
{
    return sampleRate == other.sampleRate && channels == other.channels && bitsPerSample == other.bitsPerSample;
}

void WavAudio::appendSilence(qint64 ms)
{
    const qint64 frames = ms * sampleRate / 1000;
    samples.append(QByteArray(frames * bytesPerFrame(), '\0'));
}

void WavAudio::append(const WavAudio &other)
{
    Q_ASSERT(sameFormat(other));
    samples.append(other.samples);
}

WavAudio WavAudio::read(const QString &path, QString *error)
{
    WavAudio audio;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        *error = u"%1 is not a WAV file"_s.arg(QDir::toNativeSeparators(path));
        return {};
    }
    qsizetype offset = 12;
    bool haveFormat = false;
    while (offset + 8 <= data.size()) {
        const QByteArray id = data.mid(offset, 4);
        qint64 size = qFromLittleEndian<quint32>(data.constData() + offset + 4);
        const qsizetype body = offset + 8;
        // A writer that could not seek leaves the size as 0 or 0xFFFFFFFF: take the rest of the file.
        if (size == 0 || body + size > data.size())
            size = data.size() - body;
        if (id == "fmt " && size >= 16) {
            const int formatTag = qFromLittleEndian<quint16>(data.constData() + body);
            audio.channels = qFromLittleEndian<quint16>(data.constData() + body + 2);
            audio.sampleRate = int(qFromLittleEndian<quint32>(data.constData() + body + 4));
            audio.bitsPerSample = qFromLittleEndian<quint16>(data.constData() + body + 14);
            haveFormat = formatTag == 1;
        } else if (id == "data") {
            audio.samples = data.mid(body, size);
            if (!haveFormat || !audio.isValid()) {
                *error = u"%1 is not 16-bit PCM audio"_s.arg(QDir::toNativeSeparators(path));
                return {};
            }
            audio.samples.truncate(audio.samples.size() - audio.samples.size() % audio.bytesPerFrame());
            return audio;
        }
        offset = body + size + (size % 2);
    }
    *error = u"%1 has no audio data"_s.arg(QDir::toNativeSeparators(path));
    return {};
}

bool WavAudio::write(const QString &path, QString *error) const
{
    auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    QByteArray out;
    out += "RIFF" + le32(quint32(36 + samples.size())) + "WAVE";
    out += "fmt " + le32(16) + le16(1) + le16(quint16(channels)) + le32(quint32(sampleRate))
        + le32(quint32(sampleRate * bytesPerFrame())) + le16(quint16(bytesPerFrame())) + le16(quint16(bitsPerSample));
    out += "data" + le32(quint32(samples.size())) + samples;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Leda
