#include "ui/dialogs/filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Leda {

namespace {

// Icons and types from the name alone: a folder or a file, never the file's contents.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        return QApplication::style()->standardIcon(type == Folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override
    {
        return icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo &info) const override
    {
        return info.isDir() ? QFileDialog::tr("Folder") : info.suffix();
    }
};

QString run(QWidget *parent, QFileDialog::AcceptMode mode, const QString &caption, const QString &start,
            const QString &filter)
{
    static NameOnlyIconProvider icons;
    QFileDialog dialog(parent, caption);
    dialog.setOption(QFileDialog::DontUseNativeDialog); // Qt's, so that the icon provider is used
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    const QFileInfo info(start);
    dialog.setDirectory(info.isDir() ? start : info.absolutePath());
    if (!info.isDir())
        dialog.selectFile(info.fileName());
    dialog.setObjectName(u"ledaFileDialog"_s);
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty() ? dialog.selectedFiles().first()
                                                                                   : QString();
}

} // namespace

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    return run(parent, QFileDialog::AcceptOpen, caption, folder, filter);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    return run(parent, QFileDialog::AcceptSave, caption, suggested, filter);
}

bool FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                           const QByteArray &bytes, QString *error)
{
    const QString path = saveFileName(parent, caption, suggested, filter);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("FileDialogs", "Leda cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Leda
