#pragma once

#include <optional>

#include "core/result.h"

namespace ShopDesk {

class CacheDatabase;

/// Where each sync area of a shop left off: when it last completed and, for incremental syncs,
/// the cursor to continue from.
class SyncCursorRepository final
{
public:
    explicit SyncCursorRepository(CacheDatabase &cache);

    /// Epoch seconds of the last completed sync of `area`, or 0 if there was none.
    qint64 syncedAt(const QString &shopId, const QString &area) const;
    /// The cursor saved with the last completed sync of `area`, empty if none.
    QString cursor(const QString &shopId, const QString &area) const;
    std::optional<Error> markSynced(
        const QString &shopId, const QString &area, qint64 syncedAt, const QString &cursor = {});

private:
    CacheDatabase &m_cache;
};

} // namespace ShopDesk
