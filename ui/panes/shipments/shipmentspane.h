#pragma once

#include <memory>
#include <optional>

#include "panes/pane.h"

namespace Ui {
class ShipmentsPane;
}

namespace ShopDesk {

class AftersaleCatalog;
class AftersalesWidget;
class Clock;
class TrackingCatalog;
class PackageCatalog;
class PackagesWidget;
class ReturnService;
class ShopOutbox;

/// The Shipments tab: the shop's packages with their tracking (stuck ones highlighted) and, on a
/// second tab, its returns and cancellations with approve and reject. Ctrl+E exports the table
/// shown as CSV. It loads when first shown.
class ShipmentsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipmentsPane)

public:
    struct Services
    {
        PackageCatalog &packages;
        AftersaleCatalog &aftersales;
        /// The carrier's scans, kept for offline use where there is a cache.
        TrackingCatalog &tracking;
        ReturnService &returns;
        /// Null when there is no cache: returns are then read-only.
        ShopOutbox *outbox = nullptr;
    };

    ShipmentsPane(const Services &services, const Clock &clock, QWidget *parent = nullptr);
    ~ShipmentsPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override;
    void reload() override;
    QStringList screenshotViews() const override;
    QWidget *showScreenshotView(const QString &view) override;

    PackagesWidget &packages() { return *m_packages; }
    AftersalesWidget &aftersales() { return *m_aftersales; }
    void showReturns();
    /// Writes the table of the tab shown as CSV; the reason on failure.
    std::optional<QString> exportCurrentView(const QString &path) const;

protected:
    /// Loads on first show, so that a tab the seller never opens costs no requests at start-up.
    void showEvent(QShowEvent *event) override;

private:
    void handlePartLoaded();
    void exportInteractively();

    const std::unique_ptr<Ui::ShipmentsPane> m_ui;
    PackagesWidget *const m_packages;
    AftersalesWidget *const m_aftersales;
    bool m_started = false;
    bool m_announced = false;
};

} // namespace ShopDesk
