#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include "domain/jsonreader.h"
#include "domain/ordercodec.h"
#include "models/orderfilter.h"
#include "models/orderfiltermodel.h"
#include "models/ordertablemodel.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 referenceTime = 1'764'000'000;

/// The seed's orders as the client holds them: each one encoded the way the server sends it and
/// the cache stores it (compact JSON), then parsed and decoded as OrderRepository::loadAll does.
/// The seed makes two shops; both are taken, so `count` orders come from `count / 2` per shop.
QList<Order> cachedOrders(int count)
{
    QList<Order> orders;
    orders.reserve(count);
    QList<SandboxShop> shops = SeedData::generateShops({1, 250, referenceTime, count / 2});
    for (SandboxShop &shop : shops) {
        for (const Order &seeded : std::as_const(shop.orders)) {
            const QByteArray body = QJsonDocument(OrderCodec::encodeOrder(seeded)).toJson(QJsonDocument::Compact);
            JsonReader reader(QJsonDocument::fromJson(body).object(), u"orders/"_s + seeded.id);
            orders.append(OrderCodec::decodeOrder(reader));
            if (reader.failed())
                qFatal("order %s did not decode", qPrintable(seeded.id));
        }
        shop.orders.clear(); // halves the peak at a million orders
    }
    return orders;
}

/// The longest word of a product name: what a seller types to find "the earbuds orders".
QString productWord(const QString &name)
{
    QString best;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > best.size())
            best = word;
    }
    return best.toLower();
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(share * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

/// The keystrokes of one search session, each the whole text of the search box after it.
QStringList keystrokes(const QList<Order> &orders)
{
    const Order &sample = orders.at(orders.size() / 3);
    const LineItem &item = sample.lineItems.constFirst();
    QStringList texts;
    // Typing a seller SKU, then erasing it (select all + delete shows every order again).
    for (qsizetype length = 1; length <= item.sellerSku.size(); ++length)
        texts.append(item.sellerSku.left(length));
    texts.append(QString());
    // A word of a product name, typed in lower case.
    const QString word = productWord(item.productName);
    for (qsizetype length = 1; length <= word.size(); ++length)
        texts.append(word.left(length));
    texts.append(QString());
    // Twenty order ids pasted from a spreadsheet column at once.
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids.append(orders.at((2 * i + 1) * orders.size() / 41).id);
    texts.append(ids.join(u"\r\n"_s));
    texts.append(QString());
    return texts;
}

struct Timing
{
    double p50 = 0;
    double p95 = 0;
    qsizetype samples = 0;
    double loadMs = 0;
};

/// The Orders pane's arrangement: a proxy sorted by creation time, newest first, over the table
/// model, and the filter set again on every keystroke.
Timing measure(int count, QTextStream &out)
{
    QList<Order> orders = cachedOrders(count);
    const QStringList texts = keystrokes(orders);
    OrderTableModel model;
    OrderFilterModel proxy(model);
    proxy.sort(OrderTableModel::CreatedColumn, Qt::DescendingOrder);
    QElapsedTimer timer;
    timer.start();
    model.setOrders(std::move(orders));
    Timing timing;
    timing.loadMs = double(timer.nsecsElapsed()) / 1e6;

    QList<double> times;
    for (const QString &text : texts) {
        OrderFilter filter;
        filter.text = text;
        timer.restart();
        proxy.setFilter(filter);
        // A view asks for the rows as soon as the layout changes; a proxy that only builds its
        // mapping when asked is timed with it.
        const int shown = proxy.rowCount();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (shown == 0)
            out << "bench_orders_filter: no order matches \"" << text << "\"\n";
    }
    timing.p50 = percentile(times, 0.5);
    timing.p95 = percentile(times, 0.95);
    timing.samples = times.size();
    return timing;
}

void report(QTextStream &out, const QString &size, const Timing &timing)
{
    out << "bench: orders_filter_ms_" << size << "_p50 = " << QString::number(timing.p50, 'f', 1) << " ms\n";
    out << "bench: orders_filter_ms_" << size << "_p95 = " << QString::number(timing.p95, 'f', 1) << " ms\n";
    out << "bench: orders_model_load_ms_" << size << " = " << qRound64(timing.loadMs) << " ms\n";
    out.flush();
}

} // namespace

// Filters the Orders pane's models over 100,000 and 1,000,000 seeded orders while a seller types a
// seller SKU and a product-name word character by character and pastes twenty order ids, and prints
// the median and 95th percentile time per keystroke.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    report(out, u"100k"_s, measure(100'000, out));
    report(out, u"1m"_s, measure(1'000'000, out));
    return 0;
}
