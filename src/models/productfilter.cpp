#include "productfilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool termMatches(const Product &product, QStringView term)
{
    if (product.id == term || product.title.contains(term, Qt::CaseInsensitive))
        return true;
    for (const Sku &sku : product.skus) {
        if (sku.sellerSku.contains(term, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool ProductFilter::matches(const Product &product) const
{
    if (status && product.status != *status)
        return false;
    static const QRegularExpression separators(u"[,;\\r\\n\\t]+"_s);
    const QStringList terms = text.split(separators, Qt::SkipEmptyParts);
    bool anyTerm = false;
    for (const QString &raw : terms) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        anyTerm = true;
        if (termMatches(product, term))
            return true;
    }
    return !anyTerm;
}

} // namespace ShopDesk
