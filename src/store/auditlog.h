#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/result.h"

class QIODevice;

namespace ShopDesk {

class CacheDatabase;

/// One field of one object changed by the seller, and what became of it.
struct AuditEntry
{
    /// Epoch seconds.
    qint64 at = 0;
    QString shopId;
    QString objectId;
    /// `price`, `stock@<warehouse id>`, `shipment`, …
    QString field;
    QString before;
    QString after;
    QString requestId;
    /// The outbox state the change ended in (`done`, `failed: <reason>`, …).
    QString result;
    /// The outbox command it came from.
    QString clientId;

    bool operator==(const AuditEntry &other) const = default;
};

struct AuditQuery
{
    QString shopId;
    /// Epoch seconds, inclusive; 0 leaves that end open.
    qint64 from = 0;
    qint64 until = 0;
    /// Only this object, when set.
    QString objectId;
};

/// Every change the seller made through ShopDesk — time, shop, object, field, before, after,
/// request id, result — kept in the cache, queryable and exportable to CSV.
class AuditLog final
{
public:
    explicit AuditLog(CacheDatabase &cache);

    std::optional<Error> record(const QList<AuditEntry> &entries);
    /// Newest first.
    Result<QList<AuditEntry>> query(const AuditQuery &query) const;

    /// A header row and one row per entry, times in UTC ISO 8601; with a byte order mark for Excel.
    static std::optional<Error> exportCsv(const QList<AuditEntry> &entries, QIODevice &device);

private:
    CacheDatabase &m_cache;
};

} // namespace ShopDesk
