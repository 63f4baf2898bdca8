#pragma once

#include <optional>

#include <QString>

namespace ShopDesk {

class SandboxImageStore;
struct ProductDraft;
struct SandboxShop;

/// What the sandbox checks in a create or edit body before it takes it, with production's rules
/// (reference section 5.1 and the create-product reference; limits shared with ListingRules): title
/// length per market and no Chinese, at most nine known pictures (at least one to list), a leaf
/// category, its required attributes when listing, SKUs with a positive price in the shop's
/// currency and stock in the shop's warehouses, and a package weight.
class SandboxDraftCheck final
{
public:
    /// The first problem, as the server's message, or nothing when the draft is acceptable.
    static std::optional<QString> problem(
        const SandboxShop &shop, const ProductDraft &draft, const SandboxImageStore &images);

private:
    static std::optional<QString> checkText(const SandboxShop &shop, const ProductDraft &draft);
    static std::optional<QString> checkCategory(const ProductDraft &draft);
    static std::optional<QString> checkImages(const ProductDraft &draft, const SandboxImageStore &images);
    static std::optional<QString> checkSkus(const SandboxShop &shop, const ProductDraft &draft);
    static std::optional<QString> checkPackage(const SandboxShop &shop, const ProductDraft &draft);
};

} // namespace ShopDesk
