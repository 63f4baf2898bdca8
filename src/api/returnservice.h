#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>
#include <QStringList>

#include "api/apireply.h"
#include "domain/aftersalecodec.h"

namespace ShopDesk {

class ApiClient;

/// Which returns or cancellations a search returns and in what order (reference section 5.4).
/// Empty lists and unset windows do not filter; `…Ge` is inclusive, `…Lt` exclusive.
struct AftersaleQuery
{
    QStringList ids;
    QStringList orderIds;
    std::optional<qint64> createTimeGe;
    std::optional<qint64> createTimeLt;
    std::optional<qint64> updateTimeGe;
    std::optional<qint64> updateTimeLt;
    /// Sorts by update time instead of creation time.
    bool byUpdateTime = false;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

/// Returns, refunds and cancellations of the connected shop, and the seller's decisions on them
/// (reference section 5.4). Every decision carries an idempotency key: sent twice with the same
/// key, the server acts once and answers the same.
class ReturnService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnService)

public:
    /// Reference section 5.4: returns pages hold 10 to 50, cancellation pages 1 to 50.
    static constexpr qint64 pageSize = 50;

    explicit ReturnService(ApiClient &client, QObject *parent = nullptr);
    ~ReturnService() override;

    Reply<QList<ReturnRequest>> *searchReturns(const AftersaleQuery &query);
    Reply<QList<Cancellation>> *searchCancellations(const AftersaleQuery &query);
    /// The same searches, handing each page to `onPage` as it arrives (to store it and move a sync
    /// cursor on); an error `onPage` returns stops the search with that error.
    using ReturnPageHandler = std::function<std::optional<Error>(QList<ReturnRequest> &&returns)>;
    using CancellationPageHandler = std::function<std::optional<Error>(QList<Cancellation> &&cancellations)>;
    ApiReply *searchReturnPages(const AftersaleQuery &query, ReturnPageHandler onPage);
    ApiReply *searchCancellationPages(const AftersaleQuery &query, CancellationPageHandler onPage);

    /// The reasons the seller may give for rejecting this return or cancellation.
    Reply<QList<RejectReason>> *rejectReasons(const QString &returnOrCancelId);

    ApiReply *approveReturn(const QString &returnId, ReturnDecision decision, const QString &idempotencyKey);
    ApiReply *rejectReturn(const QString &returnId, ReturnRejectDecision decision, const Rejection &rejection,
        const QString &idempotencyKey);
    ApiReply *approveCancellation(const QString &cancelId, const QString &idempotencyKey);
    ApiReply *rejectCancellation(const QString &cancelId, const Rejection &rejection, const QString &idempotencyKey);

private:
    ApiClient &m_client;
};

} // namespace ShopDesk
