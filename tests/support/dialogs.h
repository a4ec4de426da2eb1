#pragma once

// Answering Leda's modal dialogs as a user would, from a timer that waits for them to open.
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>

#include <functional>

// Runs answer on the next modal dialog of type T once it is open.
template<typename T>
void answerNextDialog(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        answer(dialog);
    });
    poll->start(50);
}

// Types path where the next file dialog asks for a name, and presses Save (or Open).
inline void answerFileDialog(const QString &path)
{
    answerNextDialog<QFileDialog>([path](QFileDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}
