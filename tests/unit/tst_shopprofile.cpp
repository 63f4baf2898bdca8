#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "security/shopprofile.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

ConnectedShop usShop()
{
    return {u"7494049642642441621"_s, u"Maple & Co. US"_s, u"US"_s, u"ROW_xkMbgAAAeVAQra0eZWebFQq5aIKt"_s, u"6dapp"_s,
        u"7010736057180325637"_s};
}

ConnectedShop gbShop()
{
    return {u"7494049642642441622"_s, u"Maple & Co. UK"_s, u"GB"_s, u"GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3"_s,
        u"6dapp"_s, u"7010736057180325637"_s};
}

} // namespace

/// The non-secret settings: typed values with ranges, hosts, and the connected shops.
class TestShopProfile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsFromTheDefaults();
    void keepsPreferencesAcrossInstances();
    void bringsValuesIntoTheirRanges_data();
    void bringsValuesIntoTheirRanges();
    void readsAHandEditedFileSafely();
    void addsReplacesAndRemovesShops();
    void forgetsTheSelectionOfARemovedShop();
    void pointsTheHostsElsewhere();
    void writesNothingTokenLike();
    void keepsSavedProductViews();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestShopProfile::keepsSavedProductViews()
{
    const QList<SavedProductView> views{
        {u"Low stock, live"_s, QString(), ProductStatus::Activate, true},
        {u"夏季新品"_s, u"SKU-1\nSKU-2"_s, std::nullopt, false},
    };
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ShopProfile profile(settings);
        QVERIFY(profile.productViews().isEmpty());
        profile.setProductViews(views);
    }
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ShopProfile profile(settings);
        QCOMPARE(profile.productViews(), views);
        profile.setProductViews({views.at(1)});
    }
    QSettings settings(m_file, QSettings::IniFormat);
    // A hand-edited status the app does not know shows every status rather than nothing.
    settings.setValue(u"products/views/1/status"_s, u"SHINY"_s);
    ShopProfile profile(settings);
    const QList<SavedProductView> read = profile.productViews();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().name, u"夏季新品"_s);
    QVERIFY(!read.first().status);
}

void TestShopProfile::init()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"profile-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_file);
}

void TestShopProfile::startsFromTheDefaults()
{
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    const Preferences preferences = profile.preferences();
    QCOMPARE(preferences, Preferences{});
    QCOMPARE(preferences.stuckShipmentDays, 5);
    QCOMPARE(preferences.theme, Theme::System);
    QVERIFY(preferences.language.isEmpty());
    QVERIFY(profile.shops().isEmpty());
    QVERIFY(profile.selectedShopId().isEmpty());
    QCOMPARE(profile.hosts(), ServiceHosts::production());
    QVERIFY(!profile.dataFolder().isEmpty());
    QVERIFY(profile.cachePath(u"demo-1"_s).endsWith(u"/caches/demo-1.sqlite"_s));
}

void TestShopProfile::keepsPreferencesAcrossInstances()
{
    Preferences wanted;
    wanted.syncIntervalMinutes = 30;
    wanted.stuckShipmentDays = 9;
    wanted.lowStockThreshold = 3;
    wanted.theme = Theme::Dark;
    wanted.language = u"zh_CN"_s;
    wanted.webhookListener = true;
    wanted.webhookPort = 9123;
    wanted.dataFolder = m_dir.filePath(u"data"_s);
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ShopProfile profile(settings);
        QSignalSpy changed(&profile, &ShopProfile::preferencesChanged);
        profile.setPreferences(wanted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Preferences>(), wanted);
        profile.setPreferences(wanted);
        QCOMPARE(changed.count(), 1); // nothing changed, nothing said
    }
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    QCOMPARE(profile.preferences(), wanted);
    QCOMPARE(profile.dataFolder(), wanted.dataFolder);
    QCOMPARE(profile.cachePath(u"7494"_s), wanted.dataFolder + u"/caches/7494.sqlite"_s);
}

void TestShopProfile::bringsValuesIntoTheirRanges_data()
{
    QTest::addColumn<Preferences>("wanted");
    QTest::addColumn<Preferences>("stored");

    Preferences zeroInterval;
    zeroInterval.syncIntervalMinutes = 0;
    Preferences oneMinute;
    oneMinute.syncIntervalMinutes = ShopProfile::minSyncIntervalMinutes;
    QTest::newRow("a sync interval of zero becomes the shortest one") << zeroInterval << oneMinute;

    Preferences yearLong;
    yearLong.stuckShipmentDays = 365;
    Preferences longest;
    longest.stuckShipmentDays = ShopProfile::maxStuckShipmentDays;
    QTest::newRow("a shipment is stuck after at most two months") << yearLong << longest;

    Preferences negativeStock;
    negativeStock.lowStockThreshold = -4;
    Preferences noThreshold;
    noThreshold.lowStockThreshold = 0;
    QTest::newRow("a negative low-stock threshold becomes zero") << negativeStock << noThreshold;

    Preferences privilegedPort;
    privilegedPort.webhookPort = 80;
    QTest::newRow("a privileged webhook port falls back to the default") << privilegedPort << Preferences{};

    Preferences klingon;
    klingon.language = u"tlh"_s;
    QTest::newRow("an untranslated language follows the system") << klingon << Preferences{};

    Preferences paddedFolder;
    paddedFolder.dataFolder = u"  /srv/shopdesk  "_s;
    Preferences folder;
    folder.dataFolder = u"/srv/shopdesk"_s;
    QTest::newRow("spaces around the data folder are dropped") << paddedFolder << folder;
}

void TestShopProfile::bringsValuesIntoTheirRanges()
{
    QFETCH(Preferences, wanted);
    QFETCH(Preferences, stored);
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    profile.setPreferences(wanted);
    QCOMPARE(profile.preferences(), stored);
}

void TestShopProfile::readsAHandEditedFileSafely()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        settings.setValue(u"appearance/theme"_s, u"purple"_s);
        settings.setValue(u"sync/intervalMinutes"_s, u"soon"_s);
        settings.setValue(u"shipments/stuckAfterDays"_s, 900);
        settings.setValue(u"hosts/api"_s, u"::not a url::"_s);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    const Preferences preferences = profile.preferences();
    QCOMPARE(preferences.theme, Theme::System);
    QCOMPARE(preferences.syncIntervalMinutes, Preferences{}.syncIntervalMinutes);
    QCOMPARE(preferences.stuckShipmentDays, ShopProfile::maxStuckShipmentDays);
    QCOMPARE(profile.hosts().api, ServiceHosts::production().api);
}

void TestShopProfile::addsReplacesAndRemovesShops()
{
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    QSignalSpy changed(&profile, &ShopProfile::shopsChanged);
    profile.addShop(usShop());
    profile.addShop(gbShop());
    QCOMPARE(profile.shops(), (QList<ConnectedShop>{usShop(), gbShop()}));

    ConnectedShop renamed = usShop();
    renamed.name = u"Maple & Co. (US)"_s;
    profile.addShop(renamed);
    QCOMPARE(profile.shops(), (QList<ConnectedShop>{renamed, gbShop()}));
    QCOMPARE(profile.shop(renamed.id)->name, renamed.name);

    profile.removeShop(renamed.id);
    QCOMPARE(profile.shops(), QList<ConnectedShop>{gbShop()});
    QVERIFY(!profile.shop(renamed.id));
    QCOMPARE(changed.count(), 4);

    // Another profile on the same file sees the same shops.
    QSettings again(m_file, QSettings::IniFormat);
    QCOMPARE(ShopProfile(again).shops(), QList<ConnectedShop>{gbShop()});
}

void TestShopProfile::forgetsTheSelectionOfARemovedShop()
{
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    profile.addShop(usShop());
    profile.addShop(gbShop());
    profile.selectShop(gbShop().id);
    QCOMPARE(profile.selectedShopId(), gbShop().id);
    profile.removeShop(usShop().id);
    QCOMPARE(profile.selectedShopId(), gbShop().id);
    profile.removeShop(gbShop().id);
    QVERIFY(profile.selectedShopId().isEmpty());
    // A selection naming no connected shop means the demo shop.
    profile.selectShop(u"gone"_s);
    QVERIFY(profile.selectedShopId().isEmpty());
}

void TestShopProfile::pointsTheHostsElsewhere()
{
    QSettings settings(m_file, QSettings::IniFormat);
    ShopProfile profile(settings);
    const QUrl sandbox(u"http://127.0.0.1:41234"_s);
    const ServiceHosts hosts{
        sandbox, sandbox, sandbox.resolved(QUrl(u"/open/authorize"_s)), sandbox.resolved(QUrl(u"/open/authorize"_s))};
    profile.setHosts(hosts);
    QCOMPARE(profile.hosts(), hosts);
}

void TestShopProfile::writesNothingTokenLike()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        ShopProfile profile(settings);
        Preferences preferences;
        preferences.theme = Theme::Light;
        profile.setPreferences(preferences);
        profile.setHosts(ServiceHosts::production());
        profile.addShop(usShop());
        profile.addShop(gbShop());
        profile.selectShop(usShop().id);
    }
    QSettings settings(m_file, QSettings::IniFormat);
    const QRegularExpression tokenLike(u"token|secret|password|TTP_|sign"_s, QRegularExpression::CaseInsensitiveOption);
    QVERIFY(settings.allKeys().size() > 10);
    for (const QString &name : settings.allKeys()) {
        QVERIFY2(!tokenLike.match(name).hasMatch(), qPrintable(name));
        const QString value = settings.value(name).toString();
        QVERIFY2(!tokenLike.match(value).hasMatch(), qPrintable(name + u" = "_s + value));
    }
}

QTEST_GUILESS_MAIN(TestShopProfile)
#include "tst_shopprofile.moc"
