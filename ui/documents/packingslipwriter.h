#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/order.h"

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace ShopDesk {

/// ShopDesk's own packing slips (a page per order, with the order id as a Code 128 barcode) and a
/// pick list (every SKU of the orders, added up), drawn on any paged device: a PDF file or a printer.
class PackingSlipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PackingSlipWriter)

public:
    enum class Contents { PackingSlips, PickList, Both };

    /// Draws the pages; returns the number drawn.
    static int paint(QPagedPaintDevice &device, const QList<Order> &orders, const QString &shopName, Contents contents);
    /// Writes a PDF file; the error text, or empty on success.
    static QString writePdf(
        const QString &path, const QList<Order> &orders, const QString &shopName, Contents contents);

private:
    static void paintSlip(QPainter &painter, const QRectF &page, const Order &order, const QString &shopName);
    static void paintPickList(QPainter &painter, QPagedPaintDevice &device, const QList<Order> &orders);
    static void paintBarcode(QPainter &painter, const QRectF &area, const QString &text);
};

} // namespace ShopDesk
