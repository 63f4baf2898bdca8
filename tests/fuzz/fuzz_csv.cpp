// CSV files the seller imports: tracking numbers for a batch ship, and price and stock updates.
#include "cli/csvshipment.h"
#include "fuzzjson.h"
#include "io/csvreader.h"
#include "sync/productcsv.h"

namespace {

QList<ShopDesk::Product> knownProducts()
{
    using namespace ShopDesk;
    Product product;
    product.id = QStringLiteral("1729382256910270001");
    product.title = QStringLiteral("Yoga Mat");
    product.status = ProductStatus::Activate;
    product.skus = {Sku{QStringLiteral("1729382256910270101"), QStringLiteral("YM-1195-PUR"),
        Money{2849, QStringLiteral("USD")}, {{QStringLiteral("7068517275539719942"), 377}}}};
    return {product};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<ShopDesk::Product> products = knownProducts();
    const QByteArray bytes = ShopDesk::Fuzz::bytes(data, size);
    const ShopDesk::Result<ShopDesk::CsvTable> table = ShopDesk::CsvReader::parse(bytes);
    if (table)
        (void)ShopDesk::CsvShipment::read(table.value());
    (void)ShopDesk::ProductCsv::readUpdates(bytes, products);
    return 0;
}
