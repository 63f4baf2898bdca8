#pragma once

#include <memory>

#include <QPointer>

#include "api/apireply.h"
#include "domain/performance.h"
#include "panes/pane.h"
#include "sync/productcatalog.h"

namespace Ui {
class LivePane;
}

class QSortFilterProxyModel;
class QTimer;

namespace ShopDesk {

class AnalyticsService;
class Clock;
class LiveSessionCatalog;
class LiveSessionDetail;
class LiveSessionTableModel;
class PeriodSelector;

/// The LIVE tab: the shop's LIVE sessions over a period (7, 30 or 90 days or custom dates) in a
/// sortable table, with the selected session's figures and products beside it. The cached sessions
/// of the period show at once, the server's replace them.
class LivePane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePane)

public:
    /// `service` gives the selected session's products; `sessions` the list.
    LivePane(AnalyticsService &service, LiveSessionCatalog &sessions, ProductCatalog &catalog, const Clock &clock,
        QWidget *parent = nullptr);
    ~LivePane() override;

    QString paneId() const override;
    QString title() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;

    /// A session ended: the list shows its final figures.
    void handleLiveEnded(const LiveSession &session);

protected:
    /// Loads on first show, so that a tab the seller never opens costs no requests at start-up.
    void showEvent(QShowEvent *event) override;

private:
    void connectSignals();
    void handleLoaded(const QList<LiveSession> &sessions, bool fromServer);
    void handleFailed(const ApiError &error, qint64 lastSyncedAt);
    void handleSelectionChanged();
    void updateCount();

    const std::unique_ptr<Ui::LivePane> m_ui;
    LiveSessionCatalog &m_sessions;
    const Clock &m_clock;
    LiveSessionTableModel *const m_model;
    QSortFilterProxyModel *const m_sorted;
    PeriodSelector *const m_period;
    LiveSessionDetail *const m_detail;
    QTimer *const m_ticker;
    DateRange m_days;
    bool m_showsCached = false;
    bool m_started = false;
    bool m_loaded = false;
};

} // namespace ShopDesk
