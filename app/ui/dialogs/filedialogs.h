#pragma once

#include <QString>

class QWidget;

namespace Leda {

// Leda's file dialogs. They never read the files they list: Qt's own dialog opens files to
// sniff their type and icon, and closing any descriptor of the open record releases SQLite's
// POSIX locks on it in this process (then another program could write the file unnoticed).
namespace FileDialogs {
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
// Asks where, then writes bytes there whole (QSaveFile). False with *error when it could not;
// false with no error when the user cancelled.
bool saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
              const QByteArray &bytes, QString *error);
} // namespace FileDialogs

} // namespace Leda
