#pragma once

#include <memory>
#include <optional>

#include "api/apireply.h"
#include "domain/creator.h"
#include "domain/product.h"
#include "panes/affiliates/collaborationcreation.h"
#include "panes/pane.h"
#include "sync/productcatalog.h"

namespace Ui {
class AffiliatesPane;
}

namespace ShopDesk {

class AffiliateOrdersWidget;
class AffiliateService;
class CacheDatabase;
class Clock;
class CollaborationsWidget;
class CreatorSearchWidget;
class CreatorStatsWidget;
class ShopOutbox;
struct OutboxCommand;

/// The Affiliates tab: the Creator Marketplace search, the shop's open and target collaborations
/// (and the dialogs that create them), affiliate orders, and per-creator figures with a chart.
/// Each list shows what the cache holds at once and what the server says when it arrives.
class AffiliatesPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliatesPane)

public:
    /// Without a cache (and so without an outbox) the lists come from the server only and
    /// collaborations cannot be created.
    AffiliatesPane(AffiliateService &service, CacheDatabase *cache, const QString &shopId, ProductCatalog &catalog,
        ShopOutbox *outbox, const Clock &clock, QWidget *parent = nullptr);
    ~AffiliatesPane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    QStringList screenshotViews() const override;
    QWidget *showScreenshotView(const QString &view) override;

    /// The one place this pane writes to the shop: the creation is stored in the outbox, sent from
    /// there, and followed until it is done or refused.
    void submitCreation(const CollaborationCreation &creation);
    void openNewOpenCollaboration();
    void openNewTargetCollaboration(const QList<Creator> &checked);

protected:
    /// Loads on first show, so that a tab the seller never opens costs no requests at start-up.
    void showEvent(QShowEvent *event) override;

signals:
    /// A creation came back: created (with a line for the seller) or refused.
    void creationFinished(bool created, const QString &message);

private:
    void connectSignals();
    void handleProductsLoaded(const QList<Product> &products);
    void handleLoadFinished(const std::optional<ApiError> &error, qint64 savedAt);
    void handleCommandChanged(const OutboxCommand &command);
    void reportRefused(const QString &reason);

    const std::unique_ptr<Ui::AffiliatesPane> m_ui;
    ShopOutbox *const m_outbox;
    const Clock &m_clock;
    CreatorSearchWidget *const m_creators;
    CollaborationsWidget *const m_collaborations;
    AffiliateOrdersWidget *const m_orders;
    CreatorStatsWidget *const m_stats;
    QList<Product> m_products;
    QHash<QString, QString> m_productTitles;
    /// The creations this pane sent, by client id: what to tell the seller when each is done, and
    /// the number of conflicts a target creation came back with.
    QHash<QString, QString> m_creations;
    QHash<QString, int> m_conflicts;
    int m_initialLoads = 0;
    bool m_started = false;
    bool m_loaded = false;
};

} // namespace ShopDesk
