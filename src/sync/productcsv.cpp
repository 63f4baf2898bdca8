#include "productcsv.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

#include "io/csvreader.h"
#include "io/csvwriter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr QStringView stockPrefix = u"stock@";

struct SkuRef
{
    const Product *product = nullptr;
    const Sku *sku = nullptr;
};

/// The columns of an import, by what they hold.
struct ImportColumns
{
    int sellerSku = -1;
    int price = -1;
    int stock = -1;
    QList<std::pair<int, QString>> warehouseStock;

    bool changesSomething() const { return price >= 0 || stock >= 0 || !warehouseStock.isEmpty(); }
};

ImportColumns columnsOf(const CsvTable &table)
{
    ImportColumns columns;
    columns.sellerSku = table.column({u"seller_sku", u"seller sku"});
    columns.price = table.column({u"price"});
    columns.stock = table.column({u"stock"});
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed();
        if (name.startsWith(stockPrefix, Qt::CaseInsensitive) && name.size() > stockPrefix.size())
            columns.warehouseStock.append({i, name.mid(stockPrefix.size())});
    }
    return columns;
}

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

/// Folds a row's `stock` (the SKU's total, as exported) into its per-warehouse quantities. For a
/// SKU in one warehouse it is that warehouse's stock; where the file gives both and they differ, the
/// one the seller changed wins. For a SKU in several warehouses it must agree with the warehouses.
QString applyTotal(const Sku &sku, qint64 total, QList<WarehouseStock> &quantities)
{
    if (sku.inventory.size() == 1) {
        const WarehouseStock &current = sku.inventory.first();
        const auto given = std::find_if(quantities.begin(), quantities.end(),
            [&current](const WarehouseStock &stock) { return stock.warehouseId == current.warehouseId; });
        if (given == quantities.end())
            quantities.append({current.warehouseId, total});
        else if (given->quantity == current.quantity)
            given->quantity = total;
        else if (total != current.quantity && total != given->quantity)
            return ProductCsv::tr("stock and stock@%1 give different quantities.").arg(current.warehouseId);
        return {};
    }
    qint64 sum = 0;
    for (const WarehouseStock &current : sku.inventory) {
        const auto given = std::find_if(quantities.cbegin(), quantities.cend(),
            [&current](const WarehouseStock &stock) { return stock.warehouseId == current.warehouseId; });
        sum += given == quantities.cend() ? current.quantity : given->quantity;
    }
    if (total == sum)
        return {};
    return ProductCsv::tr("This SKU is stocked in %1 warehouses; give its stock in the stock@<warehouse> columns.")
        .arg(sku.inventory.size());
}

/// The edits one row asks for, or why it cannot be sent.
QString planRow(const QStringList &row, const ImportColumns &columns, const Product &product, const Sku &sku,
    QList<PlannedEdit> &rowEdits)
{
    const QString priceText = columns.price >= 0 ? row.value(columns.price).trimmed() : QString();
    if (!priceText.isEmpty()) {
        const Result<Money> price = Money::fromDecimal(priceText, sku.price.currency);
        if (!price)
            return ProductCsv::tr("“%1” is not a price in %2.").arg(priceText, sku.price.currency);
        if (price.value() != sku.price)
            rowEdits.append(ProductEditPlanner::price(product, sku, price.value()));
    }
    QList<WarehouseStock> quantities;
    for (const auto &[column, warehouse] : columns.warehouseStock) {
        const QString text = row.value(column).trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<qint64> quantity = wholeNumber(text);
        if (!quantity)
            return ProductCsv::tr("“%1” is not a whole number of items.").arg(text);
        if (std::none_of(sku.inventory.cbegin(), sku.inventory.cend(),
                [&id = warehouse](const WarehouseStock &stock) { return stock.warehouseId == id; }))
            return ProductCsv::tr("This SKU is not stocked in warehouse %1.").arg(warehouse);
        quantities.append({warehouse, *quantity});
    }
    const QString stockText = columns.stock >= 0 ? row.value(columns.stock).trimmed() : QString();
    if (!stockText.isEmpty()) {
        const std::optional<qint64> quantity = wholeNumber(stockText);
        if (!quantity)
            return ProductCsv::tr("“%1” is not a whole number of items.").arg(stockText);
        if (const QString problem = applyTotal(sku, *quantity, quantities); !problem.isEmpty())
            return problem;
    }
    if (!quantities.isEmpty()) {
        PlannedEdit edit = ProductEditPlanner::stock(product, sku, quantities);
        if (edit.stockAfter != edit.stockBefore)
            rowEdits.append(edit);
    }
    for (const PlannedEdit &edit : std::as_const(rowEdits)) {
        if (!edit.isValid())
            return edit.problem;
    }
    return {};
}

} // namespace

QStringList ProductCsv::header(const QStringList &warehouses)
{
    QStringList header{
        u"product_id"_s, u"title"_s, u"status"_s, u"seller_sku"_s, u"sku_id"_s, u"currency"_s, u"price"_s, u"stock"_s};
    for (const QString &warehouse : warehouses)
        header.append(stockPrefix + warehouse);
    return header;
}

QStringList ProductCsv::warehousesOf(const QList<Product> &products)
{
    QStringList warehouses;
    for (const Product &product : products) {
        for (const Sku &sku : product.skus) {
            for (const WarehouseStock &stock : sku.inventory) {
                if (!warehouses.contains(stock.warehouseId))
                    warehouses.append(stock.warehouseId);
            }
        }
    }
    return warehouses;
}

QList<QStringList> ProductCsv::records(const QList<Product> &products, const QStringList &warehouses)
{
    QList<QStringList> rows;
    for (const Product &product : products) {
        for (const Sku &sku : product.skus) {
            QStringList row{product.id, product.title, productStatusToApi(product.status), sku.sellerSku, sku.id,
                sku.price.currency, sku.price.toDecimal(), QString::number(sku.totalStock())};
            for (const QString &warehouse : warehouses) {
                const auto stock = std::find_if(sku.inventory.cbegin(), sku.inventory.cend(),
                    [&warehouse](const WarehouseStock &entry) { return entry.warehouseId == warehouse; });
                row.append(stock == sku.inventory.cend() ? QString() : QString::number(stock->quantity));
            }
            rows.append(row);
        }
    }
    return rows;
}

bool ProductCsv::write(QIODevice &device, const QList<Product> &products)
{
    const QStringList warehouses = warehousesOf(products);
    CsvWriter writer(device, CsvWriter::ByteOrderMark::Write);
    writer.writeRow(header(warehouses));
    for (const QStringList &row : records(products, warehouses))
        writer.writeRow(row);
    return writer.ok();
}

ProductCsvImport ProductCsv::readUpdates(QByteArrayView data, const QList<Product> &products)
{
    ProductCsvImport result;
    Result<CsvTable> table = CsvReader::parse(data);
    if (!table) {
        result.problems.append({0, {}, tr("The file cannot be read: %1").arg(table.error().toString())});
        return result;
    }
    const ImportColumns columns = columnsOf(table.value());
    if (columns.sellerSku < 0 || !columns.changesSomething()) {
        result.problems.append(
            {1, {}, tr("The file needs a seller_sku column and a price, stock or stock@<warehouse> column.")});
        return result;
    }

    QHash<QString, QList<SkuRef>> bySellerSku;
    for (const Product &product : products) {
        for (const Sku &sku : product.skus)
            bySellerSku[sku.sellerSku].append({&product, &sku});
    }
    QHash<QString, QList<int>> linesOf;
    const QList<QStringList> &rows = table.value().rows;
    for (qsizetype i = 0; i < rows.size(); ++i)
        linesOf[rows.at(i).value(columns.sellerSku).trimmed()].append(table.value().lines.at(i));

    const QLocale locale;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const int line = table.value().lines.at(i);
        const QString sellerSku = row.value(columns.sellerSku).trimmed();
        auto refuse = [&](const QString &message) { result.problems.append({line, sellerSku, message}); };
        if (sellerSku.isEmpty()) {
            refuse(tr("No seller SKU."));
            continue;
        }
        const QList<int> &lines = linesOf.value(sellerSku);
        if (lines.size() > 1) {
            QStringList others;
            for (const int other : lines) {
                if (other != line)
                    others.append(locale.toString(other));
            }
            refuse(tr("Duplicate row: this seller SKU is also on line %1.").arg(others.join(u", "_s)));
            continue;
        }
        const QList<SkuRef> matches = bySellerSku.value(sellerSku);
        if (matches.isEmpty()) {
            refuse(tr("Unknown seller SKU."));
            continue;
        }
        if (matches.size() > 1) {
            refuse(tr(
                "%n SKU(s) of the shop have this seller SKU; change them one by one.", nullptr, int(matches.size())));
            continue;
        }
        QList<PlannedEdit> rowEdits;
        const QString problem = planRow(row, columns, *matches.first().product, *matches.first().sku, rowEdits);
        if (!problem.isEmpty())
            refuse(problem);
        else if (rowEdits.isEmpty())
            ++result.unchangedRows;
        else
            result.edits += rowEdits;
    }
    return result;
}

} // namespace ShopDesk
