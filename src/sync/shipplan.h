#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/order.h"
#include "domain/package.h"
#include "domain/shipping.h"

namespace ShopDesk {

struct CsvTable;

/// One package of a batch ship: what will be sent for it, or why it cannot be.
struct ShipPlanRow
{
    QString orderId;
    QString packageId;
    /// Shipped by the seller's own carrier (tracking number needed), else by TikTok Shop's.
    bool sellerShipping = false;
    QString deliveryOptionId;
    QString providerId;
    QString providerName;
    QString trackingNumber;
    /// Empty when the row may be sent.
    QString problem;

    bool isValid() const { return problem.isEmpty(); }
};

/// The Ship dialog's data: the packages of the chosen orders, the carrier and tracking numbers the
/// seller gives them (typed, pasted, or imported from CSV), and the checks made before anything is
/// sent. No I/O and no widgets.
class ShipPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ShipPlan)

public:
    /// Rows for the orders' packages that are still waiting to ship (`packages`, by id, from a
    /// package search); orders that cannot be shipped get a row that says why.
    ShipPlan(const QList<Order> &orders, const QHash<QString, Package> &waitingPackages);

    const QList<ShipPlanRow> &rows() const { return m_rows; }
    int validCount() const;
    bool hasSellerShipping() const;
    /// Seller-shipped packages whose delivery option is not known yet: a package search leaves it
    /// out, the package's detail has it.
    QStringList packagesNeedingDetail() const;
    void setPackageDetail(const Package &package);
    /// Delivery options of seller-shipped rows, whose carriers the seller chooses from.
    QStringList deliveryOptionIds() const;

    void setHandoverMethod(HandoverMethod method) { m_handover = method; }
    HandoverMethod handoverMethod() const { return m_handover; }
    /// Carriers offered per delivery option (from the logistics API).
    void setProviders(const QString &deliveryOptionId, const QList<ShippingProvider> &providers);
    /// Every carrier offered to at least one seller-shipped row, by name.
    QList<ShippingProvider> providerChoices() const;
    /// The carrier for every seller-shipped row.
    void setProvider(const QString &providerId);
    void setTrackingNumber(int row, const QString &trackingNumber);
    /// Tracking numbers one per line (blank lines skipped), given to seller-shipped rows in order.
    /// Returns how many were used.
    int pasteTrackingNumbers(const QString &text);
    /// `order_id,tracking_number[,carrier]` rows (header names in English or Chinese). Returns the
    /// problems, one per line of the file that could not be used.
    QStringList importCsv(const CsvTable &table);

    /// The requests to send, for the valid rows.
    QList<ShipRequest> requests() const;

    static bool isPlausibleTrackingNumber(const QString &text);

private:
    void check(ShipPlanRow &row) const;
    void checkAll();

    QList<ShipPlanRow> m_rows;
    QHash<QString, QList<ShippingProvider>> m_providers;
    HandoverMethod m_handover = HandoverMethod::Pickup;
};

} // namespace ShopDesk
