#include "core/package/ziparchive.h"

#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kUtf8Names = 0x0800; // general purpose flag 11: names are UTF-8
constexpr int kEndOfDirectorySize = 22;

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 get16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

quint32 checksum(const QByteArray &data)
{
    return static_cast<quint32>(
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), static_cast<uInt>(data.size())));
}

// Raw deflate (no zlib header), as zip keeps it.
QByteArray deflated(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

bool inflated(const QByteArray &data, qsizetype size, QByteArray *out)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    out->resize(size);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out->data());
    stream.avail_out = static_cast<uInt>(out->size());
    const int result = inflate(&stream, Z_FINISH);
    const bool whole = result == Z_STREAM_END && static_cast<qsizetype>(stream.total_out) == size;
    inflateEnd(&stream);
    return whole;
}

} // namespace

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    QByteArray archive;
    QByteArray directory;
    for (const Entry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const QByteArray packed = deflated(entry.data);
        const bool deflate = !packed.isEmpty() && packed.size() < entry.data.size();
        const QByteArray &body = deflate ? packed : entry.data;
        const quint32 crc = checksum(entry.data);
        const auto header = [&](QByteArray &out, bool central, quint32 offset) {
            put32(out, central ? kCentralHeader : kLocalHeader);
            if (central)
                put16(out, 20); // made by: version 2.0
            put16(out, 20);     // needed to extract: version 2.0
            put16(out, kUtf8Names);
            put16(out, deflate ? kDeflated : kStored);
            put16(out, 0);      // time: none kept (the manifest says when)
            put16(out, 0x21);   // date: 1980-01-01
            put32(out, crc);
            put32(out, static_cast<quint32>(body.size()));
            put32(out, static_cast<quint32>(entry.data.size()));
            put16(out, static_cast<quint16>(name.size()));
            put16(out, 0); // extra field
            if (central) {
                put16(out, 0); // comment
                put16(out, 0); // disk
                put16(out, 0); // internal attributes
                put32(out, 0); // external attributes
                put32(out, offset);
            }
            out.append(name);
        };
        const auto offset = static_cast<quint32>(archive.size());
        header(archive, false, 0);
        archive.append(body);
        header(directory, true, offset);
    }
    const auto directoryOffset = static_cast<quint32>(archive.size());
    archive.append(directory);
    put32(archive, kEndOfDirectory);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, static_cast<quint16>(entries.size()));
    put16(archive, static_cast<quint16>(entries.size()));
    put32(archive, static_cast<quint32>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

bool ZipArchive::read(const QByteArray &archive, QList<Entry> *entries, QString *error)
{
    entries->clear();
    const auto damaged = [&](const QString &why) {
        *error = why;
        entries->clear();
        return false;
    };
    // The end of the central directory is the last 22 bytes, or just before a comment.
    qsizetype end = -1;
    for (qsizetype at = archive.size() - kEndOfDirectorySize; at >= 0 && at >= archive.size() - 65557; --at) {
        if (get32(archive, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(tr("It is not a zip file, or its end is missing (cut short when it was copied?)."));
    const int count = get16(archive, end + 10);
    qsizetype at = get32(archive, end + 16);
    for (int i = 0; i < count; ++i) {
        if (at < 0 || at + 46 > end || get32(archive, at) != kCentralHeader)
            return damaged(tr("Its table of contents is damaged."));
        const quint16 flags = get16(archive, at + 8);
        const quint16 method = get16(archive, at + 10);
        const quint32 crc = get32(archive, at + 16);
        const qsizetype packedSize = get32(archive, at + 20);
        const qsizetype size = get32(archive, at + 24);
        const int nameLength = get16(archive, at + 28);
        const int extraLength = get16(archive, at + 30);
        const int commentLength = get16(archive, at + 32);
        const qsizetype local = get32(archive, at + 42);
        if (at + 46 + nameLength > end)
            return damaged(tr("Its table of contents is damaged."));
        const QString name = QString::fromUtf8(archive.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if ((flags & 0x1) != 0 || (method != kStored && method != kDeflated))
            return damaged(tr("%1 in it is encrypted or packed in a way Leda does not read.").arg(name));
        if (local < 0 || local + 30 > archive.size() || get32(archive, local) != kLocalHeader)
            return damaged(tr("%1 in it is damaged.").arg(name));
        const qsizetype dataAt = local + 30 + get16(archive, local + 26) + get16(archive, local + 28);
        if (dataAt + packedSize > archive.size())
            return damaged(tr("%1 in it is cut short.").arg(name));
        const QByteArray packed = archive.mid(dataAt, packedSize);
        QByteArray data;
        if (method == kStored) {
            data = packed;
        } else if (!inflated(packed, size, &data)) {
            return damaged(tr("%1 in it is damaged.").arg(name));
        }
        if (data.size() != size || checksum(data) != crc)
            return damaged(tr("%1 in it is damaged: its checksum does not match.").arg(name));
        entries->append({name, data});
    }
    return true;
}

} // namespace Leda
