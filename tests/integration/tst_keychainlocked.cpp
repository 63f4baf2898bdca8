#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QTest>

#include "security/credentialstore.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;
using namespace std::chrono_literals;

/// A keyring the seller has locked (gnome-keyring in a D-Bus session of this test's own): a read
/// cannot unlock it without a prompt, and says so in time instead of hanging or answering empty.
class TestKeychainLocked final : public QObject
{
    Q_OBJECT

private slots:
    void refusesToReadALockedKeyringInTime();
};

void TestKeychainLocked::refusesToReadALockedKeyringInTime()
{
    CredentialStore store(3s);
    const CredentialKey key{u"6dapp"_s, u"7494"_s, CredentialKey::Kind::RefreshToken};
    std::optional<std::optional<KeychainFailure>> written;
    QObject context;
    store.write(key, Secret("TTP_refresh-locked"), &context,
        [&written](const std::optional<KeychainFailure> &failure) { written = failure; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    QVERIFY2(!written->has_value(), qPrintable(written->value_or(KeychainFailure{}).toString()));

    // Lock the collection as the desktop's "Lock keyring" does.
    QDBusMessage lock = QDBusMessage::createMethodCall(
        u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    bool done = false;
    Secret secret;
    std::optional<KeychainFailure> failure;
    QElapsedTimer timer;
    timer.start();
    store.read(key, &context, [&](const Secret &read, const std::optional<KeychainFailure> &result) {
        done = true;
        secret = read;
        failure = result;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(failure.has_value());
    // libsecret answers "not found" for a locked collection; the store finds out it is locked.
    QCOMPARE(failure->reason, KeychainFailure::Reason::Locked);
    QVERIFY(secret.isEmpty());
    QVERIFY(!failure->toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
