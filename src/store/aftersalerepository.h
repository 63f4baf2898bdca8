#pragma once

#include <optional>

#include <QList>

#include "core/result.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"
#include "store/jsonrowtable.h"

namespace ShopDesk {

class CacheDatabase;

/// The returns and cancellations of each shop in the cache, stored as the API's JSON.
class AftersaleRepository final
{
public:
    /// The sync area names in the sync cursor table.
    static constexpr auto returnsArea = "returns";
    static constexpr auto cancellationsArea = "cancellations";

    explicit AftersaleRepository(CacheDatabase &cache);

    /// Inserts or replaces; with `cursor`, moves the area's sync cursor in the same transaction.
    std::optional<Error> upsertReturns(
        const QString &shopId, const QList<ReturnRequest> &returns, std::optional<qint64> cursor = std::nullopt);
    std::optional<Error> upsertCancellations(
        const QString &shopId, const QList<Cancellation> &cancellations, std::optional<qint64> cursor = std::nullopt);
    /// Most recently updated first.
    Result<QList<ReturnRequest>> loadReturns(const QString &shopId) const;
    Result<QList<Cancellation>> loadCancellations(const QString &shopId) const;

private:
    JsonRowTable m_returns;
    JsonRowTable m_cancellations;
};

} // namespace ShopDesk
