#pragma once

#include <QList>
#include <QString>

#include "core/result.h"
#include "models/orderattention.h"

namespace ShopDesk {

/// One shop as the "All shops" view reads it: its name and the cache file its window keeps.
struct ShopCache
{
    /// The shop's id, as its cache stores its rows.
    QString shopId;
    QString name;
    QString cachePath;
    /// The built-in demo shop, which is opened without an id.
    bool demo = false;
};

/// An order of some shop that needs the seller, with why and by when.
struct AttentionRow
{
    ShopCache shop;
    QString orderId;
    OrderStatus status = OrderStatus::Unknown;
    OrderAttention::Reasons reasons;
    /// The ship-by time while the order still has to ship, else 0.
    qint64 deadline = 0;
};

/// What one shop's cache says needs action, and when that cache was last synced.
struct ShopAttention
{
    ShopCache shop;
    QList<AttentionRow> rows;
    /// Epoch seconds of the last order sync; 0 when the shop was never synced on this computer.
    qint64 syncedAt = 0;
};

/// Reads the orders needing action of every shop from the shops' own caches, so that the seller
/// sees all shops at once without opening each: offline, and as fresh as each shop's last sync.
class ShopsAttention final
{
public:
    /// A cache file that does not exist yet gives an empty result, not an error; it is not created.
    static Result<ShopAttention> read(const ShopCache &shop, qint64 now);
};

} // namespace ShopDesk
