#pragma once

#include <QByteArray>
#include <QStringView>

namespace ShopDesk {

/// The pictures of the sandbox's seeded products: a parcel-like shape in a colour taken from the
/// seed, on a pale tint of it. Large enough to pass the main-image rules, small to send.
class SeedProductImage final
{
public:
    static constexpr int side = 400;

    static QByteArray png(QStringView seed);
};

} // namespace ShopDesk
