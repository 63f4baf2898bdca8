#pragma once

#include <functional>
#include <memory>

#include <QHash>

#include "domain/analyticssnapshot.h"
#include "models/performancechartdata.h"
#include "models/performancekpis.h"
#include "panes/pane.h"
#include "sync/analyticscatalog.h"

namespace Ui {
class AnalyticsPane;
}

class QSortFilterProxyModel;

namespace ShopDesk {

class ProductCatalog;
class ProductPerformanceTableModel;
struct Product;

/// The Analytics tab: KPI tiles against the previous period, GMV per day with the previous period
/// and orders or units, GMV by source, and the top products with a funnel for the selected one,
/// for the last 7, 30 or 90 shop-local days or any days in between. Shown from the cache at once,
/// refreshed from the server; exports pictures and CSV.
class AnalyticsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPane)

public:
    /// Answers the save dialog: the chosen path (empty to cancel) and the filter picked.
    using ExportPathChooser = std::function<QString(QString *selectedFilter)>;

    AnalyticsPane(AnalyticsCatalog &catalog, ProductCatalog &products, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

    DateRange range() const;
    const AnalyticsSnapshot &snapshot() const { return m_snapshot; }
    const PerformanceChartData &chartData() const { return m_chartData; }
    bool isLoading() const { return m_catalog.isLoading(); }
    /// Writes the charts (PNG, SVG) or the figures (CSV) to `path`; on failure the banner says why.
    bool exportTo(const QString &path, const QString &selectedFilter = {});
    /// Replaces the save dialog (a test seam).
    void setExportPathChooser(ExportPathChooser chooser) { m_chooseExportPath = std::move(chooser); }

private:
    void setupRangeBar();
    void setupProductTable();
    void connectSignals();
    void handleRangeChosen();
    void handleCustomDatesChanged(bool firstDayMoved);
    void handleSnapshotLoaded(const AnalyticsSnapshot &snapshot, AnalyticsCatalog::Source source);
    void handleLoadFailed(const ApiError &error, qint64 lastSyncedAt);
    void handleProductsLoaded(const QList<Product> &products);
    void handleProductSelected();
    void handleProductLoaded(const QString &productId, const PerformanceInterval &interval);
    void handleProductFailed(const QString &productId, const ApiError &error);
    void handleExport();
    void showSnapshot(const AnalyticsSnapshot &snapshot);
    void showCharts();
    void selectProduct();
    void updateLoadingState();
    void markLoaded();

    const std::unique_ptr<Ui::AnalyticsPane> m_ui;
    AnalyticsCatalog &m_catalog;
    ProductCatalog &m_products;
    ProductPerformanceTableModel *const m_productModel;
    QSortFilterProxyModel *const m_productProxy;
    QHash<QString, QString> m_titles;
    AnalyticsSnapshot m_snapshot;
    PerformanceChartData m_chartData;
    /// The product and range the funnel shows or is loading.
    QString m_funnelProduct;
    DateRange m_funnelRange;
    ExportPathChooser m_chooseExportPath;
    bool m_hasFigures = false;
    bool m_loaded = false;
};

} // namespace ShopDesk
