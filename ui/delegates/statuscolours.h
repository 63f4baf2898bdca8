#pragma once

#include <QColor>

class QPalette;

namespace ShopDesk {

/// What a status means to the seller, whatever the entity: the delegates and labels colour by it.
enum class StatusTone { Good, Info, Warning, Bad, Muted };

/// The colour of a status tone as text on `palette`'s base: a deeper shade on light backgrounds and
/// a lighter one on dark ones, each at least 4.5:1 against the base (WCAG AA for normal text).
class StatusColours final
{
public:
    static QColor text(StatusTone tone, const QPalette &palette);
    /// WCAG contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace ShopDesk
