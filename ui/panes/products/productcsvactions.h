#pragma once

#include <QObject>

#include "domain/product.h"
#include "sync/productedits.h"

class QWidget;

namespace ShopDesk {

class MessageBanner;

/// CSV in the Products pane: export the products of the current view (Ctrl+E), and import price
/// and stock updates — read and checked first, with a report of the rows that will not be sent,
/// then shown in the bulk edit preview. Nothing is sent from here: the pane sends what the seller
/// applies.
class ProductCsvActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCsvActions)

public:
    ProductCsvActions(MessageBanner &banner, QWidget *owner);

    /// Asks where, then writes the products.
    void exportView(const QList<Product> &products);
    bool exportTo(const QString &path, const QList<Product> &products);
    /// Asks which file, then imports it.
    void chooseAndImport(const QList<Product> &shopProducts);
    /// Reads the file against the shop's products and shows the report (window-modal, not blocking).
    void importFile(const QString &path, const QList<Product> &shopProducts);

signals:
    /// The seller read the report and the preview, and applies these changes.
    void editsConfirmed(const QList<ShopDesk::PlannedEdit> &edits);

private:
    void preview(const QList<PlannedEdit> &edits);
    void showFailure(const QString &title, const QString &text);

    MessageBanner &m_banner;
    QWidget *const m_owner;
};

} // namespace ShopDesk
