#include "productfilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Product ids are 18 or 19 digits; nothing shorter is taken for one alone.
constexpr qsizetype shortestIdLikeTerm = 15;

bool isIdLike(const QString &term)
{
    return term.size() >= shortestIdLikeTerm
        && std::all_of(term.cbegin(), term.cend(), [](QChar ch) { return ch.isDigit(); });
}

} // namespace

ProductFilterTerms::ProductFilterTerms(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\r\\n\\t]+"_s);
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        m_ids.insert(term);
        const QString fragment = term.toLower();
        if (!isIdLike(term) && !m_fragments.contains(fragment))
            m_fragments.append(fragment);
    }
}

bool ProductFilterTerms::matches(const Product &product, QStringView searchText) const
{
    if (m_ids.contains(product.id))
        return true;
    for (const QString &fragment : m_fragments) {
        if (searchText.contains(fragment))
            return true;
    }
    return false;
}

bool ProductFilter::matches(const Product &product) const
{
    return matches(product, ProductFilterTerms(text), searchTextOf(product));
}

bool ProductFilter::matches(const Product &product, const ProductFilterTerms &terms, QStringView searchText) const
{
    if (status && product.status != *status)
        return false;
    if (lowStockAtMost && !isLowStock(product, *lowStockAtMost))
        return false;
    return terms.isEmpty() || terms.matches(product, searchText);
}

bool ProductFilter::isLowStock(const Product &product, qint64 threshold)
{
    return std::any_of(product.skus.cbegin(), product.skus.cend(),
        [threshold](const Sku &sku) { return sku.totalStock() <= threshold; });
}

QString ProductFilter::searchTextOf(const Product &product)
{
    QString text = product.title;
    for (const Sku &sku : product.skus)
        text += u'\n' + sku.sellerSku;
    return text.toLower();
}

} // namespace ShopDesk
