#pragma once

#include <optional>

#include <QString>

#include "domain/order.h"

namespace ShopDesk {

/// What the orders pane asks for, as a value that can be tested alone.
struct OrderFilter
{
    /// One term matches inside an order id, tracking number, seller SKU or product name; a pasted
    /// list (commas, semicolons, line breaks) matches an order that any term matches.
    QString text;
    std::optional<OrderStatus> status;

    bool matches(const Order &order) const;
};

} // namespace ShopDesk
