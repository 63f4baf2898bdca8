#pragma once

#include <QtGlobal>

namespace ShopDesk {

/// SplitMix64: a tiny generator whose output is the same on every platform and compiler, unlike
/// the standard distributions, so that a seed always yields the same shop.
class SeedRandom final
{
public:
    explicit SeedRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + static_cast<qint64>(next() % quint64(high - low + 1)); }
    /// True with the given chance in percent.
    bool percent(int chance) { return between(0, 99) < chance; }
    template <typename List>
    const auto &pick(const List &list)
    {
        return list[static_cast<qsizetype>(next() % quint64(std::size(list)))];
    }

private:
    quint64 m_state;
};

} // namespace ShopDesk
