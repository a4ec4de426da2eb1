#pragma once

#include <QString>

namespace Leda {

// Where a file lies: on this computer's own disks, or on a network share (NFS, SMB/CIFS, sshfs
// and the like), where SQLite's locks cannot be trusted and WAL does not work at all.
class FileSystem final
{
public:
    // The type of the file system that holds path (or the folder it would be made in): "ext4",
    // "nfs4", "cifs", "fuse.sshfs" …, as the kernel names it; empty when it cannot be told.
    static QString type(const QString &path);
    static bool isNetworkType(const QString &type);
    // The network file system path lies on, empty when it is a local one.
    static QString networkType(const QString &path);

    // For tests: every path is said to be on a file system of this type (empty: the real one).
    static void setTypeForTests(const QString &type);
};

} // namespace Leda
