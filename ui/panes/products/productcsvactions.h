#pragma once

#include <QObject>

#include "domain/product.h"
#include "sync/productedits.h"

class QWidget;

namespace ShopDesk {

/// CSV in the Products pane: export the products of the current view (Ctrl+E), and import price
/// and stock updates — read and checked first, with a report of the rows that will not be sent,
/// then handed on for the bulk edit preview. Nothing is sent from here.
class ProductCsvActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCsvActions)

public:
    explicit ProductCsvActions(QWidget *owner);

    /// Asks where, then writes the products.
    void exportView(const QList<Product> &products);
    bool exportTo(const QString &path, const QList<Product> &products);
    /// Asks which file, then imports it.
    void chooseAndImport(const QList<Product> &shopProducts);
    /// Reads the file against the shop's products and shows the report (window-modal, not blocking).
    void importFile(const QString &path, const QList<Product> &shopProducts);

signals:
    void exported(const QString &path, int skuRows);
    void exportFailed(const QString &path);
    void importUnreadable(const QString &path, const QString &reason);
    /// The seller read the report and wants to preview the valid changes.
    void previewRequested(const QList<ShopDesk::PlannedEdit> &edits);

private:
    QWidget *const m_owner;
};

} // namespace ShopDesk
