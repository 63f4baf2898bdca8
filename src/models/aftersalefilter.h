#pragma once

#include <QString>

#include "models/aftersalecase.h"

namespace ShopDesk {

/// What the Returns tab's filter bar asks for, as a value that can be tested alone.
struct AftersaleFilter
{
    enum class View { NeedsAction, All, Returns, Cancellations };

    View view = View::NeedsAction;
    /// A pasted list of request or order ids (commas, semicolons, spaces or line breaks between
    /// them) matches a case that any term matches; the text as a whole also matches inside the reason.
    QString text;

    /// `decidedHere`: the seller decided on it in this session, so it stays in the "needs action"
    /// view with its result until the next load.
    bool matches(const AftersaleCase &item, bool decidedHere = false) const;
};

} // namespace ShopDesk
