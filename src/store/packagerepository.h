#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/package.h"
#include "store/jsonrowtable.h"

namespace ShopDesk {

class CacheDatabase;

/// The packages of each shop in the cache, stored as the API's package detail JSON.
class PackageRepository final
{
public:
    /// The sync area name of packages in the sync cursor table.
    static constexpr auto syncArea = "packages";

    explicit PackageRepository(CacheDatabase &cache);

    /// Inserts or replaces these packages; with `cursor`, moves the package sync cursor in the
    /// same transaction.
    std::optional<Error> upsert(
        const QString &shopId, const QList<Package> &packages, std::optional<qint64> cursor = std::nullopt);
    /// Most recently updated first.
    Result<QList<Package>> loadAll(const QString &shopId) const;
    Result<qsizetype> count(const QString &shopId) const { return m_table.count(shopId); }

private:
    JsonRowTable m_table;
};

} // namespace ShopDesk
