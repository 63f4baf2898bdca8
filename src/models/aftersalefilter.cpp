#include "aftersalefilter.h"

#include "models/packagefilter.h"

namespace ShopDesk {

bool AftersaleFilter::matches(const AftersaleCase &item, bool decidedHere) const
{
    switch (view) {
    case View::NeedsAction:
        if (!item.awaitsSeller() && !decidedHere)
            return false;
        break;
    case View::Returns:
        if (!item.isReturn())
            return false;
        break;
    case View::Cancellations:
        if (item.isReturn())
            return false;
        break;
    case View::All:
        break;
    }
    const QStringList terms = PackageFilter::terms(text);
    if (terms.isEmpty())
        return true;
    if (item.reasonText().contains(text.trimmed(), Qt::CaseInsensitive))
        return true;
    return std::any_of(terms.cbegin(), terms.cend(),
        [&item](const QString &term) { return item.id().contains(term) || item.orderId().contains(term); });
}

} // namespace ShopDesk
