#pragma once

#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/order.h"
#include "domain/shipping.h"

class QFormLayout;
class QLabel;
class QTableWidget;
class QTimer;

namespace ShopDesk {

class TrackingCatalog;
class OrderAttention;

/// The detail beside the orders table: the current order's line items, payment, masked address,
/// packages and a timeline of its own times and deadlines. Everything but the carrier's scans
/// comes with the order; the scans are read from the server for shipped orders only.
class OrderDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailPanel)

public:
    /// Reads the carrier's scans through `tracking`, which keeps them where there is a cache:
    /// offline, the scans last read show.
    explicit OrderDetailPanel(TrackingCatalog &tracking, QWidget *parent = nullptr);
    ~OrderDetailPanel() override;

    void showNothing();
    /// Shows `order`; the same order again (a sync) keeps the scans already read.
    void showOrder(const Order &order, const OrderAttention &attention);
    const QString &shownOrderId() const { return m_order.id; }

signals:
    void trackingLoaded(const QString &orderId);

private:
    void buildLayout();
    void fillHeading(const OrderAttention &attention);
    void fillItems();
    void fillPayment();
    void fillAddress();
    void fillPackages();
    void fillTimeline(qint64 now);
    void loadTracking();
    void handleTracking(Reply<QList<TrackingEvent>> *reply, const QString &orderId);

    TrackingCatalog &m_tracking;
    Order m_order;
    qint64 m_now = 0;
    QList<TrackingEvent> m_scans;
    QString m_scansOf;
    QString m_scanNote;
    QPointer<Reply<QList<TrackingEvent>>> m_pending;
    /// Arrowing through the table reads the scans only of the order the seller stops at.
    QTimer *const m_trackingDelay;

    QLabel *const m_message;
    QWidget *const m_content;
    QLabel *const m_title;
    QLabel *const m_status;
    QTableWidget *const m_items;
    QFormLayout *const m_payment;
    QLabel *const m_address;
    QLabel *const m_packages;
    QLabel *const m_timeline;
};

} // namespace ShopDesk
