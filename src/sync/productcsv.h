#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "domain/product.h"
#include "sync/productedits.h"

class QIODevice;

namespace ShopDesk {

/// A row of an imported file that will not be sent, and why.
struct CsvProblem
{
    /// The file's line, counting the header as line 1.
    int line = 0;
    QString sellerSku;
    QString message;
};

/// What an imported file asks for: the changes that may be sent, and every row that may not.
struct ProductCsvImport
{
    QList<PlannedEdit> edits;
    QList<CsvProblem> problems;
    /// Rows whose values are what the shop has already.
    int unchangedRows = 0;
};

/// Products as CSV for a spreadsheet, and price and stock updates read back from one. Export writes
/// a row per SKU: `product_id, title, status, seller_sku, sku_id, currency, price, stock` and a
/// `stock@<warehouse id>` column per warehouse. Import matches rows by seller SKU and reads
/// `price`, `stock` (for SKUs in one warehouse) and `stock@<warehouse id>`; every other column is
/// ignored, so an exported file can be edited and read back as it is. Column names are not
/// translated, so that sheets built on them keep working.
class ProductCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsv)

public:
    static QStringList header(const QStringList &warehouses);
    /// The warehouses of the products, in the order they first appear.
    static QStringList warehousesOf(const QList<Product> &products);
    static QList<QStringList> records(const QList<Product> &products, const QStringList &warehouses);
    /// Writes the products with a byte order mark, so that Excel reads the file as UTF-8.
    static bool write(QIODevice &device, const QList<Product> &products);

    /// Reads updates against the shop's products. Nothing is sent for a row with a problem: an
    /// unknown seller SKU, a bad number, a seller SKU on several rows (all of them), or a value the
    /// API would refuse.
    static ProductCsvImport readUpdates(QByteArrayView data, const QList<Product> &products);
};

} // namespace ShopDesk
