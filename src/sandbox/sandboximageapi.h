#pragma once

#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

class SandboxImageStore;

/// `POST /product/202309/images/upload`: multipart/form-data only — a JSON body (base64 images,
/// which 202309 no longer takes, reference section 10) is refused with 36009023. The picture must be
/// a JPEG or PNG of at most ListingRules::maxImageBytes; main and attribute pictures must have
/// sides within the listing rules, others within the upload's wider bounds.
class SandboxImageApi final
{
public:
    /// The upload's own bounds for pictures that are not main or attribute pictures.
    static constexpr int minUploadSide = 100;
    static constexpr int maxUploadSide = 20'000;

    explicit SandboxImageApi(SandboxImageStore &store);
    void addRoutes(SandboxRouteTable &table);

private:
    static SandboxResponse upload(SandboxImageStore &store, const SandboxCall &call);

    SandboxImageStore &m_store;
};

} // namespace ShopDesk
