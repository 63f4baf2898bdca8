#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/money.h"
#include "domain/order.h"

namespace ShopDesk {

/// What the order detail panel lists, read off one order alone: no request is needed for it.
class OrderDetail final
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetail)

public:
    /// The line items of one SKU at one price together: the API has no quantity, a SKU bought
    /// twice is two line items (reference section 5.2).
    struct Line
    {
        QString productName;
        QString skuName;
        QString sellerSku;
        int quantity = 0;
        Money unitPrice;
        Money amount;
    };

    /// One parcel as the order's line items describe it.
    struct Parcel
    {
        QString packageId;
        /// The line items' package status in the API's spelling (TO_FULFILL, PROCESSING, …).
        QString status;
        QString carrier;
        QString trackingNumber;
        int itemCount = 0;
    };

    /// A moment of the order's life, or a deadline still ahead (`upcoming`).
    struct Milestone
    {
        qint64 time = 0;
        QString text;
        bool upcoming = false;
    };

    /// In the order of first appearance.
    static QList<Line> linesOf(const Order &order);
    /// Packages named by the line items, then any the order lists without line items; line items
    /// not in a package yet make one parcel with an empty id.
    static QList<Parcel> parcelsOf(const Order &order);
    /// Oldest first. The API keeps no history of status changes: this is what the order's own
    /// times say (created, paid, last change) and its deadlines.
    static QList<Milestone> milestonesOf(const Order &order, qint64 now);
    static QString packageStatusText(const QString &apiStatus);
};

} // namespace ShopDesk
