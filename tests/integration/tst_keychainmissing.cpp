#include <QElapsedTimer>
#include <QTest>

#include "security/credentialstore.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;
using namespace std::chrono_literals;

/// A machine without a reachable Secret Service: the store says so, in time, instead of hanging.
class TestKeychainMissing final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explainsAMissingKeychainWithinTheTimeout();
};

void TestKeychainMissing::initTestCase()
{
    // Set before the first keychain call, which is when the session bus is looked up.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/shopdesk-bus");
    qunsetenv("DISPLAY");
}

void TestKeychainMissing::explainsAMissingKeychainWithinTheTimeout()
{
    CredentialStore store(3s);
    bool done = false;
    std::optional<KeychainFailure> failure;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    store.read({u"app"_s, u"shop"_s, CredentialKey::Kind::AccessToken}, &context,
        [&](const Secret &, const std::optional<KeychainFailure> &result) {
            done = true;
            failure = result;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(failure.has_value());
    QVERIFY2(
        failure->reason == KeychainFailure::Reason::NoBackend || failure->reason == KeychainFailure::Reason::TimedOut,
        qPrintable(failure->toString()));
    QVERIFY(!failure->toString().isEmpty());
    QVERIFY(timer.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestKeychainMissing)
#include "tst_keychainmissing.moc"
