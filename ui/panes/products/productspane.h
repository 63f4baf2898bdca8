#pragma once

#include <memory>

#include "api/apierror.h"
#include "domain/product.h"
#include "panes/pane.h"
#include "sync/productcatalog.h"

namespace Ui {
class ProductsPane;
}

namespace ShopDesk {

class ProductFilterModel;
class ProductTableModel;

/// The Products tab: every listing of the shop in a sortable, filterable table, shown from the
/// cache at once and refreshed from the server.
class ProductsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPane)

public:
    explicit ProductsPane(ProductCatalog &catalog, QWidget *parent = nullptr);
    ~ProductsPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

private:
    void connectSignals();
    void populateStatusFilter();
    void handleProductsLoaded(const QList<Product> &products, ProductCatalog::Source source);
    void handleRefreshFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleFilterChanged();
    void updateCount();

    const std::unique_ptr<Ui::ProductsPane> m_ui;
    ProductCatalog &m_catalog;
    ProductTableModel *const m_model;
    ProductFilterModel *const m_filterModel;
    bool m_loaded = false;
};

} // namespace ShopDesk
