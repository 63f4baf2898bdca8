#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/money.h"
#include "domain/product.h"
#include "store/outboxcommand.h"

namespace ShopDesk {

/// Bounds the client checks before a stock or price change is sent.
struct ProductEditRules
{
    /// Reference section 11.5: documented range [1, 99,999]; 0 (sold out) is what sellers set and is
    /// accepted here, the one constant to change if production refuses it.
    static constexpr qint64 minimumStock = 0;
    static constexpr qint64 maximumStock = 99'999;
};

/// One SKU's change, before it becomes an outbox command: what it was, what it will be, and why it
/// cannot be sent if it cannot.
struct PlannedEdit
{
    CommandKind kind = CommandKind::SetPrice;
    QString productId;
    QString productTitle;
    QString skuId;
    QString sellerSku;
    Money priceBefore;
    Money priceAfter;
    QList<WarehouseStock> stockBefore;
    QList<WarehouseStock> stockAfter;
    /// Empty when the edit may be sent.
    QString problem;

    bool isValid() const { return problem.isEmpty(); }
    /// "12.50 → 13.75", "40 → 0" (stock summed over warehouses).
    QString beforeText() const;
    QString afterText() const;
};

/// A bulk edit of the selected products' SKUs.
struct BulkEditSpec
{
    enum class Operation {
        SetPrice, ///< every SKU to `amount` (minor units)
        ChangePriceByAmount, ///< by `amount` minor units, signed
        ChangePriceByPercent, ///< by `basisPoints` (1 % = 100), signed, rounded half away from zero
        SetStock, ///< every warehouse to `quantity`
        AdjustStock, ///< every warehouse by `quantity`, signed
    };

    Operation operation = Operation::SetPrice;
    qint64 amount = 0;
    qint64 basisPoints = 0;
    qint64 quantity = 0;
};

/// Turns seller edits into checked plans and plans into outbox commands, and a finished bulk edit
/// into its undo. No I/O: everything here is decided from the products in hand.
class ProductEditPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ProductEditPlanner)

public:
    static PlannedEdit price(const Product &product, const Sku &sku, const Money &price);
    static PlannedEdit stock(const Product &product, const Sku &sku, const QString &warehouseId, qint64 quantity);
    /// Stock in several warehouses at once; warehouses left out keep their quantity.
    static PlannedEdit stock(const Product &product, const Sku &sku, const QList<WarehouseStock> &quantities);
    static QList<PlannedEdit> bulk(const QList<Product> &products, const BulkEditSpec &spec);
    /// What sends the done commands of a batch back to their values before.
    static QList<PlannedEdit> undo(const QList<OutboxCommand> &batch);

    /// The payload of the command that carries `edit` (valid edits only).
    static QJsonObject payload(const PlannedEdit &edit);

private:
    static void check(PlannedEdit &edit);
};

} // namespace ShopDesk
