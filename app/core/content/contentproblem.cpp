#include "core/content/contentproblem.h"

using namespace Qt::StringLiterals;

namespace Leda {

QString ContentProblem::toString() const
{
    if (field.isEmpty())
        return moduleFolder + u": "_s + reason;
    return moduleFolder + u": "_s + field + u": "_s + reason;
}

} // namespace Leda
