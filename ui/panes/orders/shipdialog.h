#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "domain/order.h"
#include "sync/shipplan.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace ShopDesk {

class FulfillmentService;

/// The Ship dialog: the packages of the chosen orders, the handover for TikTok-shipped ones, the
/// carrier and tracking numbers for seller-shipped ones (typed, pasted, or imported from CSV), and
/// every row's problem before anything is sent. It reads packages and carriers itself.
class ShipDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipDialog)

public:
    ShipDialog(FulfillmentService &fulfillment, QList<Order> orders, QWidget *parent = nullptr);
    ~ShipDialog() override;

    /// Set once the packages and carriers are in.
    const ShipPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    bool isReady() const { return m_plan.has_value(); }

    // The same as using the controls, for the keyboard and for tests.
    void setCarrier(const QString &providerId);
    void pasteTrackingNumbers(const QString &text);
    /// Returns the problems found in the file, one per line that could not be used.
    QStringList importCsvFile(const QString &path);

signals:
    void ready();

private:
    void loadPackages();
    void loadDetails(QStringList packageIds);
    void loadCarriers(QStringList deliveryOptionIds);
    void showPlan();
    void refreshRows();
    void chooseCsvFile();

    FulfillmentService &m_fulfillment;
    const QList<Order> m_orders;
    QHash<QString, Package> m_packages;
    std::optional<ShipPlan> m_plan;
    QComboBox *const m_handover;
    QComboBox *const m_carrier;
    QTableWidget *const m_table;
    QLabel *const m_status;
    QDialogButtonBox *const m_buttons;
    bool m_updating = false;
};

} // namespace ShopDesk
