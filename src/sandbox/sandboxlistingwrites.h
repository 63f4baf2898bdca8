#pragma once

#include "domain/product.h"
#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

class SandboxImageStore;
struct SandboxShop;

/// Creating, editing and changing the status of listings (reference section 5.1). A create or edit
/// saved AS_DRAFT stays a draft; one LISTING goes to review (SandboxListingAudit). Activate,
/// deactivate, delete and recover take up to 20 products and report each refused one inside an
/// envelope with code 0. Deleted products stay readable (status DELETED) and can be recovered; the
/// search leaves them out unless asked for them. Every product a call touches counts as one write.
class SandboxListingWrites final
{
public:
    static constexpr qsizetype maxStatusBatch = 20;

    explicit SandboxListingWrites(const SandboxImageStore &images);
    void addRoutes(SandboxRouteTable &table);

private:
    enum class StatusChange { Activate, Deactivate, Delete, Recover };

    static SandboxResponse create(const SandboxImageStore &images, const SandboxCall &call);
    static SandboxResponse edit(const SandboxImageStore &images, const SandboxCall &call);
    static SandboxResponse changeStatus(const SandboxCall &call, StatusChange change);
    /// The message why the product cannot make the change, or an empty string once it has made it.
    static QString apply(SandboxShop &shop, Product &product, StatusChange change, qint64 now);

    const SandboxImageStore &m_images;
};

} // namespace ShopDesk
