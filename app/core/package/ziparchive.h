#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Leda {

// A zip file of a few named entries, written and read whole in memory (a group's package is
// small). Qt has no public zip; this is the format's plain core: deflated or stored entries, a
// central directory, CRC-32 checked on reading. No encryption, no zip64, no multi-part archives:
// such a file is refused as not Leda's.
class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    struct Entry
    {
        QString name;
        QByteArray data;
    };

    // The archive's bytes, its entries deflated.
    static QByteArray write(const QList<Entry> &entries);
    // The entries of an archive; false with *error (what is wrong, for the user) when it is not a
    // zip file, is cut short, or an entry does not match its checksum.
    static bool read(const QByteArray &archive, QList<Entry> *entries, QString *error);
};

} // namespace Leda
