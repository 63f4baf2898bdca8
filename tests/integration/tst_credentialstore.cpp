#include <QSignalSpy>
#include <QTest>

#include "security/credentialstore.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;
using namespace std::chrono_literals;

namespace {

struct ReadOutcome
{
    bool done = false;
    Secret secret;
    std::optional<KeychainFailure> failure;
};

ReadOutcome readNow(CredentialStore &store, const CredentialKey &key)
{
    ReadOutcome outcome;
    QObject context;
    store.read(key, &context, [&outcome](const Secret &secret, const std::optional<KeychainFailure> &failure) {
        outcome = {true, secret, failure};
    });
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.done; }, 30000));
    return outcome;
}

std::optional<std::optional<KeychainFailure>> writeNow(
    CredentialStore &store, const CredentialKey &key, const Secret *secret)
{
    std::optional<std::optional<KeychainFailure>> outcome;
    QObject context;
    auto done = [&outcome](const std::optional<KeychainFailure> &failure) { outcome = failure; };
    if (secret)
        store.write(key, *secret, &context, done);
    else
        store.remove(key, &context, done);
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000));
    return outcome;
}

} // namespace

/// The keychain through a real Secret Service (gnome-keyring in a private D-Bus session).
class TestCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsASecret();
    void reportsAMissingEntry();
    void namesKeysByAppShopAndKind();
};

void TestCredentialStore::roundTripsASecret()
{
    CredentialStore store;
    const CredentialKey key{u"6dapp"_s, u"7494"_s, CredentialKey::Kind::RefreshToken};
    const Secret secret("TTP_refresh-é中-\x01\xff");
    const auto written = writeNow(store, key, &secret);
    QVERIFY(written.has_value());
    QVERIFY2(!written->has_value(), qPrintable(written->value_or(KeychainFailure{}).toString()));

    const ReadOutcome read = readNow(store, key);
    QVERIFY(read.done);
    QVERIFY2(!read.failure, qPrintable(read.failure.value_or(KeychainFailure{}).toString()));
    QCOMPARE(read.secret, secret);

    QVERIFY(!writeNow(store, key, nullptr)->has_value());
    QCOMPARE(readNow(store, key).failure->reason, KeychainFailure::Reason::NotFound);
}

void TestCredentialStore::reportsAMissingEntry()
{
    CredentialStore store;
    const ReadOutcome read = readNow(store, {u"6dapp"_s, u"never-stored"_s, CredentialKey::Kind::AccessToken});
    QVERIFY(read.done);
    QVERIFY(read.failure.has_value());
    QCOMPARE(read.failure->reason, KeychainFailure::Reason::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestCredentialStore::namesKeysByAppShopAndKind()
{
    QCOMPARE(
        (CredentialKey{u"app"_s, u"shop"_s, CredentialKey::Kind::AccessToken}.toString()), u"app:shop:access_token"_s);
    QCOMPARE((CredentialKey{u"app"_s, {}, CredentialKey::Kind::AppSecret}.toString()), u"app::app_secret"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
