#include "packagerepository.h"

#include "domain/fulfillmentcodec.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

PackageRepository::PackageRepository(CacheDatabase &cache)
    : m_table(cache, u"packages"_s)
{ }

std::optional<Error> PackageRepository::upsert(
    const QString &shopId, const QList<Package> &packages, std::optional<qint64> cursor)
{
    QList<JsonRowTable::Row> rows;
    rows.reserve(packages.size());
    for (const Package &package : packages) {
        rows.append({package.id, package.orderIds.value(0), packageStatusToApi(package.status), package.updateTime,
            FulfillmentCodec::encodePackageDetail(package)});
    }
    return m_table.upsert(shopId, rows, QString::fromLatin1(syncArea), cursor);
}

Result<QList<Package>> PackageRepository::loadAll(const QString &shopId) const
{
    Result<QList<QJsonObject>> bodies = m_table.loadAll(shopId);
    if (!bodies)
        return bodies.error();
    QList<Package> packages;
    packages.reserve(bodies.value().size());
    for (const QJsonObject &body : bodies.value()) {
        Result<Package> package = FulfillmentCodec::decodePackageDetail(body);
        if (!package)
            return package.error();
        packages.append(std::move(package).value());
    }
    return packages;
}

} // namespace ShopDesk
