#include "productrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

Error sqlError(const QSqlQuery &query)
{
    return Error{query.lastError().text(), query.lastQuery().left(60)};
}

} // namespace

ProductRepository::ProductRepository(CacheDatabase &cache)
    : m_cache(cache)
{ }

std::optional<Error> ProductRepository::replaceAll(const QString &shopId, const QList<Product> &products)
{
    return write(shopId, products, true);
}

std::optional<Error> ProductRepository::upsert(const QString &shopId, const QList<Product> &products)
{
    return write(shopId, products, false);
}

std::optional<Error> ProductRepository::write(const QString &shopId, const QList<Product> &products, bool replaceAll)
{
    QSqlDatabase database = m_cache.database();
    if (!database.transaction())
        return Error{database.lastError().text(), m_cache.path()};
    QSqlQuery remove(database);
    QSqlQuery product(database);
    QSqlQuery sku(database);
    QSqlQuery stock(database);
    // Deleting a product cascades to its SKUs and stock, so a re-written product holds only what it has now.
    const bool prepared = remove.prepare(replaceAll ? u"DELETE FROM products WHERE shop_id = ?"_s
                                                    : u"DELETE FROM products WHERE shop_id = ? AND id = ?"_s)
        && product.prepare(u"INSERT INTO products (shop_id, id, title, status, audit_status, create_time, update_time) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        && sku.prepare(u"INSERT INTO skus (shop_id, product_id, id, position, seller_sku, price_minor, currency) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        && stock.prepare(u"INSERT INTO inventory (shop_id, sku_id, warehouse_id, position, quantity) "
                         "VALUES (?, ?, ?, ?, ?)"_s);
    auto fail = [&database](const QSqlQuery &query) {
        const Error error = sqlError(query);
        database.rollback();
        return error;
    };
    if (!prepared)
        return fail(product);
    if (replaceAll) {
        remove.addBindValue(shopId);
        if (!remove.exec())
            return fail(remove);
    }
    for (const Product &entry : products) {
        if (!replaceAll) {
            remove.addBindValue(shopId);
            remove.addBindValue(entry.id);
            if (!remove.exec())
                return fail(remove);
        }
        if (entry.status == ProductStatus::Deleted)
            continue; // a deleted product leaves the cache
        for (const QVariant &value :
            {QVariant(shopId), QVariant(entry.id), QVariant(entry.title), QVariant(int(entry.status)),
                QVariant(entry.auditStatus), QVariant(entry.createTime), QVariant(entry.updateTime)})
            product.addBindValue(value);
        if (!product.exec())
            return fail(product);
        for (qsizetype s = 0; s < entry.skus.size(); ++s) {
            const Sku &item = entry.skus.at(s);
            for (const QVariant &value : {QVariant(shopId), QVariant(entry.id), QVariant(item.id), QVariant(s),
                     QVariant(item.sellerSku), QVariant(item.price.minor), QVariant(item.price.currency)})
                sku.addBindValue(value);
            if (!sku.exec())
                return fail(sku);
            for (qsizetype w = 0; w < item.inventory.size(); ++w) {
                for (const QVariant &value :
                    {QVariant(shopId), QVariant(item.id), QVariant(item.inventory.at(w).warehouseId), QVariant(w),
                        QVariant(item.inventory.at(w).quantity)})
                    stock.addBindValue(value);
                if (!stock.exec())
                    return fail(stock);
            }
        }
    }
    if (!database.commit())
        return Error{database.lastError().text(), m_cache.path()};
    return std::nullopt;
}

Result<QList<Product>> ProductRepository::loadAll(const QString &shopId) const
{
    QSqlDatabase database = m_cache.database();
    QSqlQuery products(database);
    products.setForwardOnly(true);
    products.prepare(u"SELECT id, title, status, audit_status, create_time, update_time FROM products "
                     "WHERE shop_id = ? ORDER BY rowid"_s);
    products.addBindValue(shopId);
    if (!products.exec())
        return sqlError(products);
    QList<Product> result;
    QHash<QString, qsizetype> productRow;
    while (products.next()) {
        Product product;
        product.id = products.value(0).toString();
        product.title = products.value(1).toString();
        product.status = static_cast<ProductStatus>(products.value(2).toInt());
        product.auditStatus = products.value(3).toString();
        product.createTime = products.value(4).toLongLong();
        product.updateTime = products.value(5).toLongLong();
        productRow.insert(product.id, result.size());
        result.append(std::move(product));
    }

    QSqlQuery skus(database);
    skus.setForwardOnly(true);
    skus.prepare(u"SELECT product_id, id, seller_sku, price_minor, currency FROM skus WHERE shop_id = ? "
                 "ORDER BY product_id, position"_s);
    skus.addBindValue(shopId);
    if (!skus.exec())
        return sqlError(skus);
    QHash<QString, std::pair<qsizetype, qsizetype>> skuSlot;
    while (skus.next()) {
        const qsizetype row = productRow.value(skus.value(0).toString(), -1);
        if (row < 0)
            continue;
        Sku sku{skus.value(1).toString(), skus.value(2).toString(),
            Money{skus.value(3).toLongLong(), skus.value(4).toString()}, {}};
        skuSlot.insert(sku.id, {row, result[row].skus.size()});
        result[row].skus.append(std::move(sku));
    }

    QSqlQuery stock(database);
    stock.setForwardOnly(true);
    stock.prepare(u"SELECT sku_id, warehouse_id, quantity FROM inventory WHERE shop_id = ? "
                  "ORDER BY sku_id, position"_s);
    stock.addBindValue(shopId);
    if (!stock.exec())
        return sqlError(stock);
    while (stock.next()) {
        const auto slot = skuSlot.constFind(stock.value(0).toString());
        if (slot == skuSlot.cend())
            continue;
        result[slot->first].skus[slot->second].inventory.append(
            {stock.value(1).toString(), stock.value(2).toLongLong()});
    }
    return result;
}

} // namespace ShopDesk
