#include "creatorseed.h"

#include <array>
#include <cmath>

#include <QSet>

#include "sandbox/seeddata.h"
#include "sandbox/seedrandom.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

struct Niche
{
    QStringView categoryId;
    QStringView categoryName;
    std::array<QStringView, 3> handles;
    QStringView title;
};

// Top-level TikTok Shop category ids as the sandbox uses them.
constexpr std::array niches{
    Niche{u"601152", u"Beauty & Personal Care", {u"glow", u"beauty", u"skincare"}, u"Beauty"},
    Niche{u"600001", u"Home Supplies", {u"home", u"cleantok", u"organizes"}, u"Home"},
    Niche{u"600024", u"Kitchenware", {u"cooks", u"kitchen", u"eats"}, u"Kitchen"},
    Niche{u"601450", u"Phones & Electronics", {u"tech", u"gadgets", u"unboxes"}, u"Tech"},
    Niche{u"605196", u"Sports & Outdoor", {u"fit", u"gym", u"yoga"}, u"Fitness"},
    Niche{u"602118", u"Pet Supplies", {u"pets", u"dogmom", u"catdad"}, u"Pets"},
    Niche{u"601755", u"Womenswear & Underwear", {u"style", u"fits", u"ootd"}, u"Style"},
    Niche{u"604453", u"Toys & Hobbies", {u"momlife", u"kids", u"plays"}, u"Family"},
};

constexpr std::array<QStringView, 30> firstNames{u"Lena", u"Jess", u"Mike", u"Sofia", u"Aaron", u"Priya", u"Chloe",
    u"Marcus", u"Emma", u"Diego", u"Hannah", u"Tyler", u"Aisha", u"Noah", u"Grace", u"Kevin", u"Maya", u"Jordan",
    u"Olivia", u"Ethan", u"Zoe", u"Liam", u"Nina", u"Caleb", u"Ruby", u"Omar", u"Bella", u"Leo", u"Ivy", u"Sam"};
constexpr std::array<QStringView, 15> lastNames{u"Carter", u"Nguyen", u"Brooks", u"Patel", u"Rivera", u"Kim", u"Hughes",
    u"Moreno", u"Foster", u"Okafor", u"Reed", u"Lopez", u"Bennett", u"Shah", u"Walsh"};

/// A creator who posts in Chinese: the pinyin of their handle and their nickname.
struct ChineseCreator
{
    QStringView handle;
    QStringView nickname;
    int niche;
};

constexpr std::array chineseCreators{
    ChineseCreator{u"xiaomei_home", u"小美的家", 1},
    ChineseCreator{u"jiajia.haowu", u"佳佳好物分享", 2},
    ChineseCreator{u"abao.life", u"阿宝爱生活", 1},
    ChineseCreator{u"tingting_mz", u"婷婷美妆日记", 0},
    ChineseCreator{u"haoran.tech", u"浩然数码控", 3},
    ChineseCreator{u"yueyue.fit", u"悦悦健身", 4},
    ChineseCreator{u"mingming_chufang", u"明明的厨房", 2},
    ChineseCreator{u"jiajia_mengchong", u"家家萌宠", 5},
    ChineseCreator{u"xiaolu.chuanda", u"小鹿穿搭", 6},
    ChineseCreator{u"tangtang.rizi", u"糖糖的小日子", 7},
    ChineseCreator{u"lili_hufu", u"莉莉护肤课堂", 0},
    ChineseCreator{u"dawei.haowan", u"大伟玩具屋", 7},
};

QString handleFor(SeedRandom &random, QStringView first, const Niche &niche)
{
    const QString name = first.toString().toLower();
    const QString topic = random.pick(niche.handles).toString();
    switch (random.between(0, 4)) {
    case 0:
        return name + u'.' + topic;
    case 1:
        return name + u'_' + topic;
    case 2:
        return topic + u"with"_s + name;
    case 3:
        return name + topic + QString::number(random.between(1, 99));
    default:
        return u"the"_s + name + topic;
    }
}

QString nicknameFor(SeedRandom &random, QStringView first, const Niche &niche)
{
    switch (random.between(0, 4)) {
    case 0:
        return u"%1 | %2"_s.arg(first, niche.title);
    case 1:
        return u"%1 ★ %2"_s.arg(first, niche.title);
    case 2:
        return first + u' ' + random.pick(lastNames);
    case 3:
        return u"%1 with %2"_s.arg(niche.title, first);
    default:
        return first + u' ' + random.pick(lastNames).left(1) + u'.';
    }
}

/// Followers spread evenly over the orders of magnitude from 1,000 to about 5,000,000.
qint64 followers(SeedRandom &random)
{
    const double exponent = 3.0 + double(random.between(0, 3700)) / 1000.0;
    return static_cast<qint64>(std::pow(10.0, exponent));
}

std::pair<qint64, qint64> bandOf(qint64 value, const std::array<qint64, 5> &bounds)
{
    for (std::size_t i = 1; i < bounds.size(); ++i) {
        if (value < bounds[i])
            return {bounds[i - 1], bounds[i]};
    }
    return {bounds.back(), bounds.back() * 10};
}

void addFigures(SeedRandom &random, SeededCreator &seeded, const SandboxShop &shop)
{
    Creator &creator = seeded.creator;
    // Bigger audiences sell more, with a wide spread: up to ten cents per follower a month, and
    // some big accounts that hardly sell.
    const qint64 perFollower = random.between(1, 100);
    seeded.gmvMinor = creator.followerCount * perFollower / (random.percent(15) ? 500 : 10);
    const qint64 averagePrice = random.between(1200, 3500);
    seeded.unitsSold = seeded.gmvMinor / averagePrice;
    seeded.sharesPreciseData = !random.percent(20);
    const qint64 live = seeded.gmvMinor * random.between(0, 70) / 100;
    if (seeded.sharesPreciseData) {
        creator.gmv = Money{seeded.gmvMinor, shop.currency};
        creator.liveGmv = Money{live, shop.currency};
        creator.videoGmv = Money{seeded.gmvMinor - live, shop.currency};
    }
    // Ranges are a US-market feature (reference section 5.5).
    if (shop.info.region == u"US") {
        constexpr std::array<qint64, 5> gmvBounds{0, 10000, 100000, 1000000, 10000000};
        const auto [low, high] = bandOf(seeded.gmvMinor, gmvBounds);
        creator.gmvRange = MoneyRange{{low, shop.currency}, {high, shop.currency}};
        constexpr std::array<qint64, 5> unitBounds{0, 10, 100, 1000, 10000};
        const auto [fewest, most] = bandOf(seeded.unitsSold, unitBounds);
        creator.unitsSoldRange = CountRange{fewest, most};
    }
    creator.avgLiveViewers = live > 0 ? creator.followerCount / random.between(50, 400) : 0;
    creator.avgVideoViews = creator.followerCount * random.between(5, 60) / 100;
}

} // namespace

QString CreatorSeed::avatarPath(const QString &openId)
{
    return u"/sandbox/avatars/"_s + openId + u".png"_s;
}

QList<std::pair<QString, QString>> CreatorSeed::categories()
{
    QList<std::pair<QString, QString>> result;
    for (const Niche &niche : niches)
        result.append({niche.categoryId.toString(), niche.categoryName.toString()});
    return result;
}

QList<SeededCreator> CreatorSeed::generate(SeedRandom &random, const SandboxShop &shop)
{
    QList<SeededCreator> creators;
    QSet<QString> handles;
    qsizetype chinese = 0;
    for (int i = 0; i < creatorCount; ++i) {
        SeededCreator seeded;
        Creator &creator = seeded.creator;
        int niche = static_cast<int>(random.between(0, qsizetype(niches.size()) - 1));
        // Each Chinese creator once, so that none shows up twice under another handle.
        if (chinese < qsizetype(chineseCreators.size()) && random.percent(12)) {
            const ChineseCreator &source = chineseCreators.at(chinese++);
            creator.username = source.handle.toString();
            creator.nickname = source.nickname.toString();
            niche = source.niche;
        } else {
            const QStringView first = random.pick(firstNames);
            creator.username = handleFor(random, first, niches.at(niche));
            creator.nickname = nicknameFor(random, first, niches.at(niche));
        }
        while (handles.contains(creator.username))
            creator.username += QString::number(random.between(0, 9));
        handles.insert(creator.username);
        creator.openId = u"OPEN_"_s + shop.info.id.right(6) + QString::number(100000 + i);
        creator.avatarUrl = avatarPath(creator.openId);
        creator.followerCount = followers(random);
        creator.selectionRegion = shop.info.region;
        creator.categoryIds.append(niches.at(niche).categoryId.toString());
        if (random.percent(40))
            creator.categoryIds.append(random.pick(niches).categoryId.toString());
        creator.categoryIds.removeDuplicates();
        addFigures(random, seeded, shop);
        creators.append(seeded);
    }
    return creators;
}

} // namespace ShopDesk
