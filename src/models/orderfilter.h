#pragma once

#include <optional>

#include <QSet>
#include <QStringList>

#include "domain/order.h"
#include "models/orderattention.h"
#include "models/orderdaterange.h"

namespace ShopDesk {

/// A search text split into terms once, for matching it against many orders: at every keystroke the
/// Orders pane matches it against every order of the shop, up to a million of them.
class OrderFilterTerms final
{
public:
    /// Terms are separated by commas, semicolons, tabs or line breaks; surrounding spaces go.
    explicit OrderFilterTerms(const QString &text = {});

    bool isEmpty() const { return m_exact.isEmpty() && m_fragments.isEmpty(); }
    /// Whether any term matches. `searchText` is the order's OrderFilter::searchTextOf(), kept by
    /// the table model so that it is not built again for every keystroke.
    bool matches(const Order &order, QStringView searchText) const;
    bool matches(const OrderRow &order, QStringView searchText) const;
    /// Whether every order these terms match is matched by `wider` too: then a view can look
    /// only at the orders `wider` kept (typing on at the end of a term). No terms match anything.
    bool narrows(const OrderFilterTerms &wider) const;

private:
    bool matchesExact(const QString &id, const QString &trackingNumber) const;
    bool matchesFragment(QStringView searchText) const;
    /// Whether a fragment of these terms occurs in `text` (a lowercase term).
    bool hasFragmentIn(const QString &text) const;

    /// Long digit strings (order ids, most tracking numbers) as typed: a pasted list of them costs
    /// a few lookups an order instead of a search per term.
    QSet<QString> m_exact;
    /// Lowercase terms to look for inside the search text.
    QStringList m_fragments;
};

/// What the orders pane asks for, as a value that can be tested alone.
struct OrderFilter
{
    /// One term matches inside an order id, tracking number, seller SKU or product name; a pasted
    /// list (commas, semicolons, line breaks) matches an order that any term matches. A term of 15
    /// digits or more is an order id or tracking number and matches only a whole one.
    QString text;
    std::optional<OrderStatus> status;
    /// Only the orders OrderAttention says need the seller.
    bool needsAction = false;
    // Initialised here so that `OrderFilter{text, status}` stays warning-free.
    OrderDateRange created = {};

    /// Splits `text` on every call: for a single order. Views keep the terms (OrderFilterModel).
    bool matches(const Order &order, const OrderAttention &attention = {}) const;
    bool matches(const Order &order, const OrderFilterTerms &terms, QStringView searchText,
        const OrderAttention &attention) const;
    bool matches(const OrderRow &order, const OrderFilterTerms &terms, QStringView searchText,
        const OrderAttention &attention) const;

    /// The order id, tracking numbers, seller SKUs and product names of an order, lowercase, one
    /// per line: what text terms look in.
    static QString searchTextOf(const Order &order);
};

} // namespace ShopDesk
