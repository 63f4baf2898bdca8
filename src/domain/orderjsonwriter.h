#pragma once

#include <QByteArray>

#include "domain/order.h"

namespace ShopDesk {

class CompactJsonWriter;

/// An order's API JSON as compact bytes, the same bytes as
/// `QJsonDocument(OrderCodec::encodeOrder(order)).toJson(Compact)` without building the
/// QJsonObject: the sandbox writes a hundred of them for each orders page and the cache one for
/// each stored order. OrderCodec::encodeOrder stays the reference; a test holds both to the same
/// bytes, so a field added there fails it until it is written here too.
class OrderJsonWriter final
{
public:
    static QByteArray write(const Order &order);
    static void write(CompactJsonWriter &json, const Order &order);
};

} // namespace ShopDesk
