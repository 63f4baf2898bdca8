#include "orderfilter.h"

#include <algorithm>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Order ids are 18 digits, tracking numbers 12 to 22; nothing shorter is taken for a whole one.
constexpr qsizetype shortestExactTerm = 15;

bool isExactTerm(const QString &term)
{
    return term.size() >= shortestExactTerm
        && std::all_of(term.cbegin(), term.cend(), [](QChar ch) { return ch.isDigit(); });
}

} // namespace

OrderFilterTerms::OrderFilterTerms(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\r\\n\\t]+"_s);
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        if (isExactTerm(term)) {
            m_exact.insert(term);
            continue;
        }
        const QString fragment = term.toLower();
        if (!m_fragments.contains(fragment))
            m_fragments.append(fragment);
    }
}

bool OrderFilterTerms::matchesExact(const QString &id, const QString &trackingNumber) const
{
    return m_exact.contains(id) || (!trackingNumber.isEmpty() && m_exact.contains(trackingNumber));
}

bool OrderFilterTerms::matchesFragment(QStringView searchText) const
{
    for (const QString &fragment : m_fragments) {
        if (searchText.contains(fragment))
            return true;
    }
    return false;
}

bool OrderFilterTerms::matches(const Order &order, QStringView searchText) const
{
    if (!m_exact.isEmpty()) {
        if (matchesExact(order.id, order.trackingNumber))
            return true;
        for (const LineItem &item : order.lineItems) {
            if (!item.trackingNumber.isEmpty() && m_exact.contains(item.trackingNumber))
                return true;
        }
    }
    return matchesFragment(searchText);
}

bool OrderFilterTerms::matches(const OrderRow &order, QStringView searchText) const
{
    if (!m_exact.isEmpty()) {
        if (matchesExact(order.id, order.trackingNumber))
            return true;
        for (const QString &trackingNumber : order.itemTrackingNumbers) {
            if (m_exact.contains(trackingNumber))
                return true;
        }
    }
    return matchesFragment(searchText);
}

bool OrderFilterTerms::narrows(const OrderFilterTerms &wider) const
{
    if (wider.isEmpty())
        return true;
    if (isEmpty())
        return false;
    // A whole id or tracking number is in the search text as well, so a fragment within it finds
    // its order too.
    for (const QString &exact : m_exact) {
        if (!wider.m_exact.contains(exact) && !wider.hasFragmentIn(exact))
            return false;
    }
    return std::all_of(m_fragments.cbegin(), m_fragments.cend(),
        [&wider](const QString &fragment) { return wider.hasFragmentIn(fragment); });
}

bool OrderFilterTerms::hasFragmentIn(const QString &text) const
{
    return std::any_of(
        m_fragments.cbegin(), m_fragments.cend(), [&text](const QString &fragment) { return text.contains(fragment); });
}

bool OrderFilter::matches(const Order &order, const OrderAttention &attention) const
{
    return matches(order, OrderFilterTerms(text), searchTextOf(order), attention);
}

namespace {

template <typename AnyOrder>
bool matchesOrder(const OrderFilter &filter, const AnyOrder &order, const OrderFilterTerms &terms,
    QStringView searchText, const OrderAttention &attention)
{
    if (filter.status && order.status != *filter.status)
        return false;
    // Not reading the order at all for an open range: a text filter over a million orders then
    // reads only their search texts.
    if (!filter.created.isOpen() && !filter.created.contains(order.createTime))
        return false;
    if (filter.needsAction && !attention.needsAction(order))
        return false;
    return terms.isEmpty() || terms.matches(order, searchText);
}

} // namespace

bool OrderFilter::matches(
    const Order &order, const OrderFilterTerms &terms, QStringView searchText, const OrderAttention &attention) const
{
    return matchesOrder(*this, order, terms, searchText, attention);
}

bool OrderFilter::matches(
    const OrderRow &order, const OrderFilterTerms &terms, QStringView searchText, const OrderAttention &attention) const
{
    return matchesOrder(*this, order, terms, searchText, attention);
}

QString OrderFilter::searchTextOf(const Order &order)
{
    QString text = order.id;
    if (!order.trackingNumber.isEmpty())
        text += u'\n' + order.trackingNumber;
    for (qsizetype i = 0; i < order.lineItems.size(); ++i) {
        const LineItem &item = order.lineItems.at(i);
        // A SKU bought twice is two line items (reference section 5.2): say it once.
        const bool repeated
            = std::any_of(order.lineItems.cbegin(), order.lineItems.cbegin() + i, [&item](const LineItem &earlier) {
                  return earlier.skuId == item.skuId && earlier.sellerSku == item.sellerSku;
              });
        if (!repeated)
            text += u'\n' + item.sellerSku + u'\n' + item.productName;
        if (!item.trackingNumber.isEmpty() && item.trackingNumber != order.trackingNumber)
            text += u'\n' + item.trackingNumber;
    }
    return text.toLower();
}

} // namespace ShopDesk
