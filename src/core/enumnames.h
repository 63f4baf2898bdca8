#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace ShopDesk {

/// One row of a fixed table between an enum and its spelling on the wire.
template <typename Enum>
struct EnumName
{
    Enum value;
    QStringView name;
};

template <typename Enum, std::size_t Size>
constexpr std::optional<Enum> enumFromName(const std::array<EnumName<Enum>, Size> &table, QStringView name)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t Size>
QString enumToName(const std::array<EnumName<Enum>, Size> &table, Enum value, QStringView fallback)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return fallback.toString();
}

} // namespace ShopDesk
