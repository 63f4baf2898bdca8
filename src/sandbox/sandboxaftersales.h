#pragma once

#include <optional>
#include <variant>

#include "domain/aftersalecodec.h"
#include "sandbox/sandboxaftersalestore.h"

namespace ShopDesk {

struct SandboxShop;

/// What the seller's decisions on returns and cancellations do to a sandbox shop (reference
/// section 5.4): the request moves on by the domain's rules (returnStatusAfter and friends), an
/// approved cancellation cancels its order and packages, and every change is told to webhook
/// subscribers (RETURN_STATUS_CHANGE, CANCELLATION_STATUS_CHANGE, ORDER_STATUS_CHANGE; reference
/// section 8.4). A refused decision changes nothing.
class SandboxAftersales final
{
public:
    // The reference documents no codes for these refusals; the sandbox's own, stable ones.
    static constexpr qint64 notFound = 25010001;
    static constexpr qint64 notAllowed = 25010002;
    static constexpr qint64 invalidReason = 25010003;
    static constexpr qint64 orderAlreadyShipped = 25010004;

    /// The shop's returns and cancellations, derived from its orders on first use.
    static SandboxAftersaleStore &store(SandboxShop &shop);

    /// Each returns nullopt when the decision was taken, else the refusal to answer with.
    static std::optional<SandboxResponse> approveReturn(
        SandboxShop &shop, const QString &id, ReturnDecision decision, qint64 now);
    static std::optional<SandboxResponse> rejectReturn(
        SandboxShop &shop, const QString &id, ReturnRejectDecision decision, const Rejection &rejection, qint64 now);
    static std::optional<SandboxResponse> approveCancellation(SandboxShop &shop, const QString &id, qint64 now);
    static std::optional<SandboxResponse> rejectCancellation(
        SandboxShop &shop, const QString &id, const Rejection &rejection, qint64 now);
    /// The seller cancels an order that has not shipped (reference section 5.4, "seller cancels"):
    /// the order, its line items and packages are cancelled and a completed cancellation is made.
    /// `lineItemIds`, when given, must name every line item of the order: the sandbox cancels whole
    /// orders only.
    static std::variant<Cancellation, SandboxResponse> sellerCancel(
        SandboxShop &shop, const QString &orderId, const QString &reason, const QStringList &lineItemIds, qint64 now);

private:
    static void cancelOrder(SandboxShop &shop, int orderRow, const Cancellation &cancellation, qint64 now);
    static void returnChanged(SandboxShop &shop, const ReturnRequest &request);
    static void cancellationChanged(SandboxShop &shop, const Cancellation &cancellation);
};

} // namespace ShopDesk
