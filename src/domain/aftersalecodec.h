#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

#include "core/result.h"
#include "domain/cancellation.h"
#include "domain/returnrequest.h"

namespace ShopDesk {

class JsonReader;

/// One page of `POST /return_refund/202309/returns/search`.
struct ReturnPage
{
    QList<ReturnRequest> returns;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// One page of `POST /return_refund/202309/cancellations/search`.
struct CancellationPage
{
    QList<Cancellation> cancellations;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// The seller's no: a reason name from `GET reject_reasons` and an optional note for the buyer.
struct Rejection
{
    QString reason;
    QString comment;

    bool operator==(const Rejection &other) const = default;
};

/// Return, refund and cancellation JSON of the `/return_refund/` endpoints (reference section 5.4),
/// both ways: the client decodes answers and encodes decisions, the sandbox does the opposite.
/// Decoding is strict: ids are strings, money is decimal text with its currency, failures name the
/// field path. Statuses and types it does not know yet read as Unknown rather than failing.
class AftersaleCodec final
{
public:
    static Result<ReturnPage> decodeReturnsPage(const QJsonObject &data);
    static Result<CancellationPage> decodeCancellationsPage(const QJsonObject &data);
    static Result<QList<RejectReason>> decodeRejectReasons(const QJsonObject &data);
    static ReturnRequest decodeReturn(JsonReader &reader);
    static Cancellation decodeCancellation(JsonReader &reader);

    /// The approve call's body, `{decision}`; nullopt (and a failure) for an unknown decision.
    static std::optional<ReturnDecision> decodeReturnApproval(JsonReader &reader);
    /// The reject call's body, `{decision, reject_reason, comment}`.
    static std::optional<ReturnRejectDecision> decodeReturnRejection(JsonReader &reader, Rejection *rejection);
    /// The cancellation reject call's body, `{reject_reason, comment}`.
    static Rejection decodeCancellationRejection(JsonReader &reader);

    static QJsonObject encodeReturn(const ReturnRequest &request);
    static QJsonObject encodeCancellation(const Cancellation &cancellation);
    static QJsonObject encodeRejectReasons(const QList<RejectReason> &reasons);
    static QJsonObject encodeReturnApproval(ReturnDecision decision);
    static QJsonObject encodeReturnRejection(ReturnRejectDecision decision, const Rejection &rejection);
    static QJsonObject encodeCancellationRejection(const Rejection &rejection);
};

} // namespace ShopDesk
