#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/shipping.h"
#include "sync/packagecatalog.h"

namespace Ui {
class PackagesWidget;
}

class QAbstractItemModel;
class QTimer;

namespace ShopDesk {

class Clock;
class TrackingCatalog;
class PackageFilterModel;
class PackageTableModel;
class TrackingPanel;

/// The Packages tab of the Shipments pane: every package of the shop with its status, carrier,
/// tracking number, orders and last carrier event, stuck ones highlighted; a status filter, a
/// search that takes pasted lists, and the selected package's tracking timeline beside the table.
class PackagesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackagesWidget)

public:
    PackagesWidget(PackageCatalog &catalog, TrackingCatalog &tracking, const Clock &clock, QWidget *parent = nullptr);
    ~PackagesWidget() override;

    bool isLoaded() const { return m_loaded; }
    void reload();
    /// The packages as shown: filtered and sorted.
    const QAbstractItemModel &view() const;
    const PackageTableModel &model() const { return *m_model; }
    const TrackingPanel &trackingPanel() const;
    /// Selects the package's row (when the filter shows it) and shows its tracking.
    bool selectPackage(const QString &packageId);
    /// Shipped packages count as stuck after this many days without a carrier scan (a setting).
    void setStuckAfterDays(int days);

signals:
    void loadFinished();
    /// The Export button was pressed: the pane asks where to save.
    void exportRequested();

private:
    void connectSignals();
    void populateStatusFilter();
    void handleLoaded(const QList<Package> &packages, PackageCatalog::Source source);
    void handleFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleFilterChanged();
    void handleCurrentChanged();
    /// Selects the package's row; `fresh` reads its scans again when it is already shown.
    bool showPackage(const QString &packageId, bool fresh);
    void handleTrackingLoaded(Reply<QList<TrackingEvent>> *reply, const QString &packageId, const QString &orderId);
    void updateCount();
    void tick();

    const std::unique_ptr<Ui::PackagesWidget> m_ui;
    PackageCatalog &m_catalog;
    /// Reads the scans and keeps them where there is a cache: offline, the scans last read show.
    TrackingCatalog &m_trackingCatalog;
    const Clock &m_clock;
    PackageTableModel *const m_model;
    PackageFilterModel *const m_filterModel;
    QTimer *const m_ticker;
    QPointer<Reply<QList<TrackingEvent>>> m_tracking;
    QString m_shownPackage;
    bool m_loaded = false;
};

} // namespace ShopDesk
