#include "aftersale.h"

namespace ShopDesk {

qint64 earliestDeadline(const QList<SellerAction> &actions)
{
    qint64 earliest = 0;
    for (const SellerAction &action : actions) {
        if (action.deadline > 0 && (earliest == 0 || action.deadline < earliest))
            earliest = action.deadline;
    }
    return earliest;
}

} // namespace ShopDesk
