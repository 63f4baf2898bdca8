#pragma once

#include <QList>
#include <QString>

#include "domain/creator.h"

namespace ShopDesk {

class SeedRandom;
struct SandboxShop;

/// A marketplace creator as the sandbox keeps them: what the search answers, plus the figures a
/// creator who shares no precise data still has (the filters see them, the answers do not).
struct SeededCreator
{
    Creator creator;
    qint64 gmvMinor = 0;
    qint64 unitsSold = 0;
    /// Exact GMV is left out of answers, as production does for creators who keep it private.
    bool sharesPreciseData = true;
};

/// Deterministic creators of one shop's Creator Marketplace: realistic handles and nicknames (some
/// Chinese), followers from a thousand to a few million, GMV that grows with the audience.
class CreatorSeed final
{
public:
    static constexpr int creatorCount = 300;
    /// The path of a creator's generated avatar, `/sandbox/avatars/<open id>.png`; the server adds
    /// its own origin when it answers.
    static QString avatarPath(const QString &openId);

    static QList<SeededCreator> generate(SeedRandom &random, const SandboxShop &shop);
    /// The top-level category ids the seed uses, with their English names.
    static QList<std::pair<QString, QString>> categories();
};

} // namespace ShopDesk
