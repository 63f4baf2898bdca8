#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "models/productfiltermodel.h"
#include "models/producttablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr int productCount = 10'000;
constexpr int skusPerProduct = 4;

QList<Product> catalogue()
{
    const QStringList nouns{u"Earbuds"_s, u"Water Bottle"_s, u"Yoga Mat"_s, u"Hoodie"_s, u"Serum"_s, u"Blender"_s,
        u"Backpack"_s, u"Phone Case"_s, u"Frying Pan"_s, u"Label Printer"_s, u"Diffuser"_s, u"Smart Watch"_s};
    const QStringList adjectives{u"Wireless"_s, u"Insulated"_s, u"Non-Slip"_s, u"Oversized"_s, u"Hydrating"_s,
        u"Portable"_s, u"Waterproof"_s, u"Magnetic"_s, u"Ceramic"_s, u"Mini"_s, u"Premium"_s, u"Eco"_s};
    QList<Product> products;
    products.reserve(productCount);
    for (int i = 0; i < productCount; ++i) {
        Product product;
        product.id = u"17%1"_s.arg(i, 16, 10, QChar(u'0'));
        product.title = adjectives.at(i % adjectives.size()) + u' ' + nouns.at((i / 7) % nouns.size())
            + u" – Edition "_s + QString::number(i);
        product.status = i % 9 == 0 ? ProductStatus::SellerDeactivated : ProductStatus::Activate;
        product.updateTime = 1'700'000'000 + i * 37;
        for (int s = 0; s < skusPerProduct; ++s) {
            product.skus.append(Sku{product.id + QString::number(s), u"SKU-%1-%2"_s.arg(i).arg(s),
                Money{999 + (i * 13 + s * 100) % 5000, u"USD"_s}, {{u"w1"_s, (i + s) % 300}, {u"w2"_s, s}}});
        }
        products.append(product);
    }
    return products;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

// Filters 10,000 products with 40,000 SKUs the way the Products pane does — a sorted proxy over the
// table model, the filter set again on every keystroke — and prints the median time per keystroke
// for typing a query and for pasting a list of ids.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<Product> products = catalogue();
    ProductTableModel model;
    model.setProducts(products);
    ProductFilterModel proxy(model);
    proxy.sort(ProductTableModel::UpdatedColumn, Qt::DescendingOrder);

    QList<double> typing;
    const QString query = u"wireless earbuds edition 4"_s;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            timer.start();
            proxy.setFilter(ProductFilter{query.left(length), std::nullopt});
            typing.append(double(timer.nsecsElapsed()) / 1e6);
        }
        for (qsizetype length = query.size() - 1; length >= 0; --length) {
            timer.start();
            proxy.setFilter(ProductFilter{query.left(length), std::nullopt});
            typing.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    QStringList pasted;
    for (int i = 0; i < 200; ++i)
        pasted.append(products.at(i * 47).id);
    QList<double> pasting;
    for (int round = 0; round < 5; ++round) {
        proxy.setFilter({});
        timer.start();
        proxy.setFilter(ProductFilter{pasted.join(u'\n'), std::nullopt});
        pasting.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (proxy.rowCount() != pasted.size()) {
        QTextStream(stderr) << "bench_productfilter: the pasted list matched " << proxy.rowCount() << " products\n";
        return 1;
    }

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);
    out << "bench: products_filter_ms = " << median(typing) << " ms\n";
    out << "bench: products_filter_paste_200_ids_ms = " << median(pasting) << " ms\n";
    return 0;
}
