#include "statuscolours.h"

#include <cmath>

#include <QPalette>

namespace ShopDesk {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QColor StatusColours::text(StatusTone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case StatusTone::Good:
        return dark ? QColor(0x5f, 0xd0, 0x7e) : QColor(0x1b, 0x7a, 0x3a);
    case StatusTone::Info:
        return dark ? QColor(0x7a, 0xb4, 0xf5) : QColor(0x1f, 0x5f, 0xbf);
    case StatusTone::Warning:
        return dark ? QColor(0xf2, 0xb1, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    case StatusTone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x7a) : QColor(0xb3, 0x26, 0x1e);
    case StatusTone::Muted:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa6) : QColor(0x66, 0x66, 0x6c);
}

double StatusColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ShopDesk
