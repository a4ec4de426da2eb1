#include "core/storage/filesystem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {
QString &typeForTests()
{
    static QString type;
    return type;
}
} // namespace

void FileSystem::setTypeForTests(const QString &type)
{
    typeForTests() = type;
}

QString FileSystem::type(const QString &path)
{
    if (!typeForTests().isEmpty())
        return typeForTests();
    // The nearest folder that exists: a new record's file is made there.
    QFileInfo info(path);
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    return QString::fromUtf8(QStorageInfo(existing).fileSystemType());
}

bool FileSystem::isNetworkType(const QString &type)
{
    // The kernel's names (and FUSE's "fuse.<program>") for file systems served by another computer.
    static const QStringList network{u"nfs"_s,        u"nfs4"_s,      u"cifs"_s,         u"smb"_s,
                                     u"smb2"_s,       u"smb3"_s,      u"smbfs"_s,        u"sshfs"_s,
                                     u"fuse.sshfs"_s, u"9p"_s,        u"afs"_s,          u"ceph"_s,
                                     u"glusterfs"_s,  u"fuse.glusterfs"_s, u"davfs"_s,   u"fuse.davfs2"_s,
                                     u"fuse.gvfsd-fuse"_s, u"fuse.rclone"_s, u"lustre"_s, u"ncpfs"_s};
    return network.contains(type.toLower());
}

QString FileSystem::networkType(const QString &path)
{
    const QString found = type(path);
    return isNetworkType(found) ? found : QString();
}

} // namespace Leda
