#pragma once

#include <QCoreApplication>
#include <QString>

namespace Leda {

struct AgendaItem;
class PresentationSession;

// The words both presentation views use for the agenda item and its countdown.
class PresentationText final
{
    Q_DECLARE_TR_FUNCTIONS(PresentationText)

public:
    static QString position(const PresentationSession &session); // "Item 3 of 10 · Question 2 of 6"
    static QString title(const PresentationSession &session, int index);
    static QString countdown(const PresentationSession &session); // "7:32", "Time is up +0:45"
    static QString keyHint(const AgendaItem &item); // the keys the item has beyond walking the agenda
};

} // namespace Leda
