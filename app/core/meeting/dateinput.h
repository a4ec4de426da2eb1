#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Leda {

// Reads a date the way people type it in Swedish (or English): "15/2", "2027-02-15",
// "15 feb", "om 2 veckor", "nästa fredag", "i morgon". Pure Qt Core, so the form field and
// the tests share one parser.
class DateInput final
{
    Q_DECLARE_TR_FUNCTIONS(DateInput)

public:
    // An empty text gives an invalid date and an empty error: "no date". Text that cannot be
    // read, or an impossible date such as 31/2, gives an invalid date and a translated error.
    struct Result
    {
        QDate date;
        QString error;
    };

    // Relative forms count from `today`. A day and month without a year mean this year, or
    // next year if that date is more than 30 days before `today` (typing "15/1" in December
    // means the coming January).
    static Result parse(const QString &text, const QDate &today);

    // A short example of accepted forms, for a placeholder or tooltip.
    static QString hint();
};

} // namespace Leda
