#pragma once

#include <QStringList>

namespace ShopDesk {

struct Product;
struct SandboxListing;
struct SandboxShop;

/// The platform's review of new and edited listings, on the sandbox clock: a product sent to
/// review is PENDING (audit AUDITING) until reviewSeconds have passed, then ACTIVATE (APPROVED), or
/// FAILED (AUDIT_FAILED) with `audit_failed_reasons` when its title or description uses a word the
/// sandbox's policy forbids. Tests let the time pass with `POST /sandbox/clock`.
class SandboxListingAudit final
{
public:
    static constexpr qint64 reviewSeconds = 60;

    /// Words a listing may not use; each fails the review.
    static QStringList forbiddenWords();

    /// Sends the product to review from now on.
    static void submit(Product &product, SandboxListing &listing, qint64 now);
    /// Decides every review of the shop that is due by `now`.
    static void advance(SandboxShop &shop, qint64 now);

private:
    static void decide(Product &product, SandboxListing &listing);
};

} // namespace ShopDesk
