#pragma once

#include <variant>

#include "domain/collaboration.h"

namespace ShopDesk {

/// An open collaboration to create: a product at a public commission.
struct OpenCollaborationRequest
{
    QString productId;
    CommissionRate commission = 0;
};

/// A collaboration the seller asked to create, whichever kind; what AffiliatesPane::submitCreation
/// takes, so that one function stands between the dialogs and the shop.
using CollaborationCreation = std::variant<OpenCollaborationRequest, TargetCollaboration>;

} // namespace ShopDesk
