#include "sandboxlistingaudit.h"

#include <QRegularExpression>

#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// The forbidden words the text holds, as whole words, in the list's order.
QStringList forbiddenIn(const QString &text)
{
    QStringList found;
    for (const QString &word : SandboxListingAudit::forbiddenWords()) {
        const QRegularExpression pattern(u"\\b"_s + word + u"\\b"_s, QRegularExpression::CaseInsensitiveOption);
        if (pattern.match(text).hasMatch())
            found.append(word);
    }
    return found;
}

// Reference section 8.4: PRODUCT_STATUS_CHANGE and the review outcomes it names.
constexpr int productStatusChange = 5;

void reviewDecided(SandboxShop &shop, const Product &product, const SandboxListing &listing, bool firstPass)
{
    const bool failed = product.status == ProductStatus::Failed;
    QStringList reasons;
    for (const AuditFailure &failure : listing.auditFailures)
        reasons += failure.reasons;
    const QString status = failed ? u"PRODUCT_AUDIT_FAILURE"_s
        : firstPass               ? u"PRODUCT_FIRST_PASS_REVIEW"_s
                                  : u"PRODUCT_STATUS_CHANGED"_s;
    // The reference's sample sends product_id as a bare number; so does the sandbox.
    shop.pendingEvents.append({productStatusChange,
        QJsonObject{{u"product_id"_s, product.id}, {u"status"_s, status}, {u"suspended_reason"_s, reasons.join(u' ')},
            {u"update_time"_s, product.updateTime}},
        {u"product_id"_s}});
}

} // namespace

QStringList SandboxListingAudit::forbiddenWords()
{
    return {u"replica"_s, u"counterfeit"_s, u"fake"_s};
}

void SandboxListingAudit::submit(Product &product, SandboxListing &listing, qint64 now)
{
    if (product.status == ProductStatus::Activate)
        listing.approvedBefore = true;
    product.status = ProductStatus::Pending;
    product.auditStatus = u"AUDITING"_s;
    product.updateTime = now;
    listing.auditFailures.clear();
    listing.auditDueAt = now + reviewSeconds;
}

void SandboxListingAudit::advance(SandboxShop &shop, qint64 now)
{
    for (auto it = shop.listings.begin(); it != shop.listings.end(); ++it) {
        SandboxListing &listing = it.value();
        if (listing.auditDueAt <= 0 || listing.auditDueAt > now)
            continue;
        for (Product &product : shop.products) {
            if (product.id != it.key())
                continue;
            if (product.status == ProductStatus::Pending) {
                const bool firstPass = !listing.approvedBefore;
                decide(product, listing);
                product.updateTime = listing.auditDueAt;
                listing.approvedBefore = listing.approvedBefore || product.status == ProductStatus::Activate;
                reviewDecided(shop, product, listing, firstPass);
            }
            break;
        }
        listing.auditDueAt = 0;
    }
}

void SandboxListingAudit::decide(Product &product, SandboxListing &listing)
{
    const QStringList inTitle = forbiddenIn(product.title);
    const QStringList inDescription = forbiddenIn(listing.description);
    if (!inTitle.isEmpty()) {
        listing.auditFailures.append(
            {u"title"_s, {u"The title uses a word our policy does not allow: %1."_s.arg(inTitle.join(u", "_s))},
                {u"Describe the product in your own words and submit it again."_s}});
    }
    if (!inDescription.isEmpty()) {
        listing.auditFailures.append({u"description"_s,
            {u"The description uses a word our policy does not allow: %1."_s.arg(inDescription.join(u", "_s))},
            {u"Remove the word from the description and submit it again."_s}});
    }
    const bool failed = !listing.auditFailures.isEmpty();
    product.status = failed ? ProductStatus::Failed : ProductStatus::Activate;
    product.auditStatus = failed ? u"AUDIT_FAILED"_s : u"APPROVED"_s;
}

} // namespace ShopDesk
