#pragma once

#include <QDialog>
#include <QList>

namespace Leda {

// One text two people changed at once: what you wrote, and what is there now.
struct ConflictField
{
    QString label;
    QString mine;
    QString theirs;
};

// Someone else (another PC) saved the same text while you were writing it: both texts side by
// side, and the choice of which stays — yours, theirs, or both.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { Mine, Theirs, Both };

    ConflictDialog(const QString &what, const QList<ConflictField> &fields, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The text a field keeps after the choice: both are kept one after the other.
    static QString resolved(const ConflictField &field, Choice choice);

private:
    Choice m_choice = Choice::Both;
};

} // namespace Leda
