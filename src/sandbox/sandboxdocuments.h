#pragma once

#include <QList>
#include <QUrl>

#include "domain/shipping.h"
#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

struct SandboxPackage;
struct SandboxShop;

/// The sandbox's shipping labels and packing slips. `doc_url` answers point at an unsigned route
/// of the same loopback server, `/sandbox/documents/<token>.pdf`, like production's pre-signed
/// links (reference section 5.3: valid 24 hours); the token names the shop, package, document and
/// expiry, and the PDF is drawn when it is fetched.
class SandboxDocuments final
{
public:
    static constexpr qint64 linkLifetime = 24 * 3600;

    /// The link for a document; `request` tells the host the client reached the sandbox on.
    static QUrl link(const SandboxRequest &request, const SandboxShop &shop, const QString &packageId,
        ShippingDocumentType type, qint64 now);
    static bool handles(const QString &path);
    /// Answers `GET /sandbox/documents/<token>.pdf`: the PDF, 404 for an unknown token, 410 once expired.
    static SandboxResponse serve(QList<SandboxShop> &shops, const SandboxRequest &request, qint64 now);
    /// The document's lines of text: package, order, carrier, tracking number and, on a packing
    /// slip, the items.
    static QStringList content(const SandboxShop &shop, const SandboxPackage &entry, ShippingDocumentType type);
};

} // namespace ShopDesk
