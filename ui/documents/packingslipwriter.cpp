#include "packingslipwriter.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include "io/code128.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qreal margin = 40; // points
constexpr qreal lineGap = 4;

struct PickLine
{
    QString productName;
    QString skuName;
    qsizetype units = 0;
    QSet<QString> orders;
};

/// The device's page in points, from its layout.
QRectF pageRect(QPagedPaintDevice &device, QPainter &painter)
{
    // Paint in points whatever the device's resolution.
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.resetTransform();
    painter.scale(scale, scale);
    const QSizeF size = device.pageLayout().paintRect(QPageLayout::Point).size();
    return QRectF(QPointF(0, 0), size).adjusted(margin, margin, -margin, -margin);
}

qreal drawLine(QPainter &painter, qreal y, const QRectF &page, const QString &text, int pointSize, bool bold = false)
{
    // The painter draws in points (see pageRect), so a pixel size in its units is a size in points.
    QFont font = painter.font();
    font.setPixelSize(pointSize);
    font.setBold(bold);
    painter.setFont(font);
    const QRectF box(page.left(), y, page.width(), QFontMetricsF(font).height());
    painter.drawText(
        box, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(font).elidedText(text, Qt::ElideRight, page.width()));
    return y + box.height() + lineGap;
}

} // namespace

void PackingSlipWriter::paintBarcode(QPainter &painter, const QRectF &area, const QString &text)
{
    const Result<QList<int>> widths = Code128::encode(text);
    if (!widths)
        return;
    int modules = 20; // quiet zones, ten modules each side
    for (int width : widths.value())
        modules += width;
    const qreal module = area.width() / modules;
    qreal x = area.left() + 10 * module;
    bool bar = true;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int width : widths.value()) {
        if (bar)
            painter.drawRect(QRectF(x, area.top(), width * module, area.height()));
        x += width * module;
        bar = !bar;
    }
    painter.restore();
}

void PackingSlipWriter::paintSlip(QPainter &painter, const QRectF &page, const Order &order, const QString &shopName)
{
    const QLocale locale;
    qreal y = page.top();
    y = drawLine(painter, y, page, tr("Packing slip"), 18, true);
    y = drawLine(painter, y, page, shopName, 11);
    y += 6;
    paintBarcode(painter, QRectF(page.left(), y, 260, 48), order.id);
    y += 52;
    y = drawLine(painter, y, page, tr("Order %1").arg(order.id), 11, true);
    y = drawLine(painter, y, page,
        tr("Ordered %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(order.createTime), QLocale::ShortFormat)),
        10);
    if (order.recipientAddress) {
        y += 6;
        y = drawLine(painter, y, page, tr("Ship to"), 10, true);
        y = drawLine(painter, y, page, order.recipientAddress->name, 10);
        y = drawLine(painter, y, page, order.recipientAddress->fullAddress, 10);
    }
    y += 10;
    y = drawLine(painter, y, page, tr("Items"), 12, true);
    // The API has no quantity: a SKU bought twice is two line items.
    QStringList seen;
    for (const LineItem &item : order.lineItems) {
        if (seen.contains(item.skuId))
            continue;
        seen.append(item.skuId);
        const QString sku = item.sellerSku.isEmpty() ? item.skuName : item.sellerSku + u" · "_s + item.skuName;
        y = drawLine(
            painter, y, page, tr("%1 × %2 (%3)").arg(order.quantityOf(item.skuId)).arg(item.productName, sku), 10);
        if (y > page.bottom() - 40)
            break;
    }
    if (!order.buyerMessage.isEmpty()) {
        y += 10;
        y = drawLine(painter, y, page, tr("Buyer's note: %1").arg(order.buyerMessage), 10);
    }
}

void PackingSlipWriter::paintPickList(QPainter &painter, QPagedPaintDevice &device, const QList<Order> &orders)
{
    QMap<QString, PickLine> lines;
    for (const Order &order : orders) {
        for (const LineItem &item : order.lineItems) {
            PickLine &line = lines[item.sellerSku.isEmpty() ? item.skuId : item.sellerSku];
            line.productName = item.productName;
            line.skuName = item.skuName;
            ++line.units;
            line.orders.insert(order.id);
        }
    }
    QRectF page = pageRect(device, painter);
    qreal y = drawLine(painter, page.top(), page, tr("Pick list"), 18, true);
    y = drawLine(painter, y, page, tr("%n order(s)", nullptr, int(orders.size())), 11);
    y += 8;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (y > page.bottom() - 20) {
            device.newPage();
            page = pageRect(device, painter);
            y = page.top();
        }
        y = drawLine(painter, y, page,
            tr("%1 × %2 — %3 %4 (%n order(s))", nullptr, int(it->orders.size()))
                .arg(it->units)
                .arg(it.key(), it->productName, it->skuName),
            10);
    }
}

int PackingSlipWriter::paint(
    QPagedPaintDevice &device, const QList<Order> &orders, const QString &shopName, Contents contents)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    int pages = 0;
    if (contents != Contents::PickList) {
        for (const Order &order : orders) {
            if (pages > 0)
                device.newPage();
            paintSlip(painter, pageRect(device, painter), order, shopName);
            ++pages;
        }
    }
    if (contents != Contents::PackingSlips) {
        if (pages > 0)
            device.newPage();
        paintPickList(painter, device, orders);
        ++pages;
    }
    return pages;
}

QString PackingSlipWriter::writePdf(
    const QString &path, const QList<Order> &orders, const QString &shopName, Contents contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("The file could not be created: %1").arg(file.errorString());
    QPdfWriter writer(&file);
    writer.setTitle(contents == Contents::PickList ? tr("Pick list") : tr("Packing slips"));
    writer.setCreator(u"ShopDesk"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    if (paint(writer, orders, shopName, contents) == 0)
        return tr("Nothing could be drawn.");
    return {};
}

} // namespace ShopDesk
