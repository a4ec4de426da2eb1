#pragma once

#include "core/meeting/record.h"

#include <QCoreApplication>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Leda {

// The owner and date fields of a next step, the same on the meeting page and in the room: the
// owner is chosen from the list or typed, the date typed as 15/2, 2027-02-15 or "in 2 weeks".
class StepFields final
{
    Q_DECLARE_TR_FUNCTIONS(StepFields)

public:
    // Editable, so that a name can be typed; lists the active members, then the guests who can
    // be named (and the current owner).
    static QComboBox *ownerChooser(const QList<Member> &members, const QStringList &guests, const StepOwner &owner,
                                   const QString &objectName);
    // The member chosen or typed; a name that is not a member's is a guest's. Empty for nobody.
    static StepOwner chosenOwner(const QComboBox *owner, const QList<Member> &members);
    static QLineEdit *dateField(const QDate &date, const QString &objectName);
    // The date typed (invalid when empty). Sets *error when it is not a date.
    static QDate typedDate(const QLineEdit *field, QString *error);
    // A date field that takes a typed date: ISO order (as Swedish dates are written), so that a
    // year typed after selecting all goes into the year and '-' moves on to the month.
    static QDateEdit *dateEdit(QWidget *parent, const QString &objectName);
};

} // namespace Leda
