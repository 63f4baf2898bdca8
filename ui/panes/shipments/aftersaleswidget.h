#pragma once

#include <memory>

#include <QSet>
#include <QWidget>

#include "domain/aftersale.h"
#include "models/aftersalefilter.h"
#include "sync/aftersalecatalog.h"

namespace Ui {
class AftersalesWidget;
}

class QAbstractItemModel;
class QTimer;

namespace ShopDesk {

class AftersaleFilterModel;
class AftersaleTableModel;
class ReturnService;
class ShopOutbox;
struct AftersaleDecision;
struct OutboxCommand;

/// The Returns tab of the Shipments pane: returns, refunds and cancellations with their status,
/// reason, refund and order, those waiting for the seller first; Approve and Reject (with a reason
/// the server offers) for the selected rows, sent through the outbox with a result per row.
class AftersalesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AftersalesWidget)

public:
    /// Without an outbox (no cache) the tab is read-only.
    AftersalesWidget(AftersaleCatalog &catalog, ReturnService &returns, ShopOutbox *outbox, QWidget *parent = nullptr);
    ~AftersalesWidget() override;

    bool isLoaded() const { return m_loaded; }
    void reload();
    /// The requests as shown: filtered and sorted.
    const QAbstractItemModel &view() const;
    const AftersaleTableModel &model() const { return *m_model; }
    void setView(AftersaleFilter::View view);
    QList<AftersaleCase> selectedCases() const;
    /// Approves the selected requests that wait for the seller; returns how many were sent.
    int approveSelected();
    /// Rejects the selected requests that wait for the seller with one reason; returns how many.
    int rejectSelected(const RejectReason &reason, const QString &comment);
    /// Asks for a reason (from the server's list for the first selected request), then rejects.
    void openRejectDialog();

signals:
    void loadFinished();
    /// The Export button was pressed: the pane asks where to save.
    void exportRequested();

private:
    void connectSignals();
    void populateViews();
    void handleLoaded(
        const QList<ReturnRequest> &returns, const QList<Cancellation> &cancellations, AftersaleCatalog::Source source);
    void handleFailed(const ApiError &error, qint64 lastSyncedAt);
    void markLoaded();
    void handleFilterChanged();
    void handleCommandChanged(const OutboxCommand &command);
    int submit(const QList<AftersaleDecision> &decisions);
    void showNote(const QString &title, const QString &text);
    void updateButtons();
    void updateCount();

    const std::unique_ptr<Ui::AftersalesWidget> m_ui;
    AftersaleCatalog &m_catalog;
    ReturnService &m_returns;
    ShopOutbox *const m_outbox;
    AftersaleTableModel *const m_model;
    AftersaleFilterModel *const m_filterModel;
    /// Reads the requests back shortly after decisions went through.
    QTimer *const m_refreshSoon;
    /// The decisions of the last Approve or Reject that have not settled yet.
    QSet<QString> m_unsettled;
    int m_sent = 0;
    int m_failed = 0;
    bool m_loaded = false;
};

} // namespace ShopDesk
