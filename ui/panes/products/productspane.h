#pragma once

#include <memory>

#include <QHash>

#include "api/apierror.h"
#include "domain/product.h"
#include "panes/pane.h"
#include "security/shopprofile.h"
#include "sync/productcatalog.h"

namespace Ui {
class ProductsPane;
}

namespace ShopDesk {

class ListingService;
class ProductCsvActions;
class ProductDetailPanel;
class ProductFilterModel;
class ProductImageLoader;
class ProductListingActions;
class ProductTableModel;
class ProductViewsMenu;
class ShopOutbox;
class SkuTableModel;
struct OutboxCommand;
struct PlannedEdit;

/// The Products tab: every listing of the shop in a sortable, filterable table, shown from the
/// cache at once and refreshed from the server; under it the selected product's SKUs (editable)
/// and details. Listing actions and CSV files have classes of their own.
class ProductsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPane)

public:
    /// Without an outbox (no cache) the pane is read-only.
    ProductsPane(ProductCatalog &catalog, ShopOutbox *outbox, ListingService &listings, QWidget *parent = nullptr);
    ~ProductsPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    QStringList screenshotViews() const override;
    QWidget *showScreenshotView(const QString &view) override;

    /// Sends checked edits (one batch when several) and follows them with progress and results.
    void applyEdits(const QList<PlannedEdit> &edits);
    /// Opens the bulk edit dialog for the selected products (Ctrl+B).
    void openBulkEdit();
    /// Sends the values from before the last finished bulk edit back.
    void undoLastBulkEdit();
    /// The products of the selected rows.
    QList<Product> selectedProducts() const;
    /// The products the table shows now (filtered), in the order shown.
    QList<Product> visibleProducts() const;
    /// Writes the products shown to a CSV file (Ctrl+E asks where).
    bool exportCsv(const QString &path);
    /// Reads price and stock updates from a CSV file: report first, then the bulk edit preview.
    void importCsv(const QString &path);
    /// Shows the Details tab of the selected product.
    void showDetails();
    ProductDetailPanel &detailPanel() { return *m_detailPanel; }
    /// "Low stock" shows products with a SKU at or below this many units (a setting).
    void setLowStockThreshold(int units);
    void setSavedViews(const QList<SavedProductView> &views);
    /// The search text and filters shown now, as a view without a name.
    SavedProductView currentView() const;
    /// Shows the filters of a saved view.
    void applyView(const SavedProductView &view);
    ProductViewsMenu &viewsMenu() { return *m_viewsMenu; }

    ProductListingActions &listingActions() { return *m_listingActions; }

signals:
    /// The seller saved or deleted a view: the owner stores the list.
    void savedViewsChanged(const QList<ShopDesk::SavedProductView> &views);

private:
    void connectSignals();
    void populateStatusFilter();
    void handleProductsLoaded(const QList<Product> &products, ProductCatalog::Source source);
    void handleRefreshFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleFilterChanged();
    void updateCount();
    void showSkusOfCurrent();
    void handleCommandChanged(const OutboxCommand &command);
    void applyConfirmed(const OutboxCommand &command);
    void followBatch(const OutboxCommand &command);
    void showWriteError(const QString &title, const QString &text);
    void connectListingActions();
    void connectCsvActions();
    void selectProduct(const QString &productId);

    const std::unique_ptr<Ui::ProductsPane> m_ui;
    ProductCatalog &m_catalog;
    ProductTableModel *const m_model;
    ProductFilterModel *const m_filterModel;
    SkuTableModel *const m_skuModel;
    ShopOutbox *const m_outbox;
    ProductImageLoader *const m_imageLoader;
    ProductDetailPanel *const m_detailPanel;
    ProductListingActions *m_listingActions = nullptr;
    ProductCsvActions *m_csvActions = nullptr;
    ProductViewsMenu *m_viewsMenu = nullptr;
    int m_lowStockThreshold = Preferences().lowStockThreshold;
    bool m_loaded = false;

    enum class BannerAction { Reload, UndoBulkEdit };
    BannerAction m_bannerAction = BannerAction::Reload;
    /// The bulk edit being sent: its commands' latest states, and how many it has.
    QString m_activeBatch;
    QHash<QString, int> m_batchStates;
    int m_batchSize = 0;
    QString m_undoableBatch;
    bool m_activeBatchIsUndo = false;
};

} // namespace ShopDesk
