#include "aftersalerepository.h"

#include "domain/aftersalecodec.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// A codec's reader of one item, as decodeRows() takes it.
template <typename Read>
auto storedItem(Read read)
{
    return [read](const QJsonObject &object, const QString &path) {
        return decodeWhole(object, path, [read](JsonReader &reader, const QJsonObject &) { return read(reader); });
    };
}

} // namespace

AftersaleRepository::AftersaleRepository(CacheDatabase &cache)
    : m_returns(cache, u"returns"_s)
    , m_cancellations(cache, u"cancellations"_s)
{ }

std::optional<Error> AftersaleRepository::upsertReturns(
    const QString &shopId, const QList<ReturnRequest> &returns, std::optional<qint64> cursor)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(returns.size());
    for (const ReturnRequest &request : returns) {
        rows.append({request.id, request.orderId, returnStatusToApi(request.status), request.updateTime,
            AftersaleCodec::encodeReturn(request)});
    }
    return m_returns.upsert(shopId, rows, QString::fromLatin1(returnsArea), cursor);
}

std::optional<Error> AftersaleRepository::upsertCancellations(
    const QString &shopId, const QList<Cancellation> &cancellations, std::optional<qint64> cursor)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(cancellations.size());
    for (const Cancellation &cancellation : cancellations) {
        rows.append({cancellation.id, cancellation.orderId, cancelStatusToApi(cancellation.status),
            cancellation.updateTime, AftersaleCodec::encodeCancellation(cancellation)});
    }
    return m_cancellations.upsert(shopId, rows, QString::fromLatin1(cancellationsArea), cursor);
}

Result<QList<ReturnRequest>> AftersaleRepository::loadReturns(const QString &shopId) const
{
    return decodeRows<ReturnRequest>(
        m_returns.loadAll(shopId), m_returns.name(), storedItem(&AftersaleCodec::decodeReturn));
}

Result<QList<Cancellation>> AftersaleRepository::loadCancellations(const QString &shopId) const
{
    return decodeRows<Cancellation>(
        m_cancellations.loadAll(shopId), m_cancellations.name(), storedItem(&AftersaleCodec::decodeCancellation));
}

} // namespace ShopDesk
