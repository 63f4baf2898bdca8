#pragma once

#include <QWidget>

#include "domain/listingcatalog.h"
#include "domain/productdraft.h"

class QComboBox;
class QPushButton;
class QTableWidget;

namespace ShopDesk {

/// The SKUs of a new listing: what they vary by (one of the category's sales attributes, or
/// nothing for a single SKU), and per SKU its option, seller SKU, price and stock per warehouse.
class ListingSkuEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingSkuEditor)

public:
    enum Column : int { OptionColumn, SellerSkuColumn, PriceColumn, FirstStockColumn };

    explicit ListingSkuEditor(QWidget *parent = nullptr);

    void setCurrency(const QString &currency);
    void setWarehouses(const QList<Warehouse> &warehouses);
    /// The category's attributes; its sales attributes become the choices of what SKUs vary by.
    void setAttributes(const QList<CategoryAttribute> &attributes);
    /// Chooses what the SKUs vary by, by attribute name; false when the category has no such one.
    bool chooseVariation(const QString &attributeName);
    /// Fills a row (added when needed), as typing would.
    void fillRow(
        int row, const QString &option, const QString &sellerSku, const QString &price, const QStringList &stock);

    /// The SKUs as typed; `problems` gets what cannot be read (a price that is no number, …).
    QList<DraftSku> skus(QStringList &problems) const;

signals:
    void skusChanged();

private:
    void addRow();
    void removeSelected();
    void updateHeader();
    QString cellText(int row, int column) const;

    QComboBox *const m_variation;
    QTableWidget *const m_table;
    QPushButton *const m_add;
    QPushButton *const m_remove;
    QString m_currency;
    QList<Warehouse> m_warehouses;
    QList<CategoryAttribute> m_salesAttributes;
};

} // namespace ShopDesk
