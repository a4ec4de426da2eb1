#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Leda {

// An inline bar for problems the user can act on without a dialog (a module that did not load,
// a database that cannot save). Hidden until a message is shown; the user can close it.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Warning);
    QString text() const;

private:
    QLabel *m_label = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace Leda
