#include "orderfilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool termMatches(const Order &order, QStringView term)
{
    if (order.id.contains(term)
        || (!order.trackingNumber.isEmpty() && order.trackingNumber.contains(term, Qt::CaseInsensitive)))
        return true;
    for (const LineItem &item : order.lineItems) {
        if (item.sellerSku.contains(term, Qt::CaseInsensitive) || item.productName.contains(term, Qt::CaseInsensitive)
            || item.trackingNumber.contains(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool OrderFilter::matches(const Order &order) const
{
    if (status && order.status != *status)
        return false;
    static const QRegularExpression separators(u"[,;\\r\\n\\t]+"_s);
    bool anyTerm = false;
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        anyTerm = true;
        if (termMatches(order, term))
            return true;
    }
    return !anyTerm;
}

} // namespace ShopDesk
