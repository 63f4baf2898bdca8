#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include "security/credentialstore.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;
using namespace std::chrono_literals;

namespace {

/// Takes every call and never answers: a Secret Service stuck behind an unlock prompt nobody sees.
class SilentService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

constexpr auto serveArgument = "--serve-silent-secret-service";

/// The silent service, in a process of its own on the test's private session bus.
int serveSilently()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentService service;
    if (!bus.registerVirtualObject(u"/"_s, &service, QDBusConnection::SubPath)
        || !bus.registerService(u"org.freedesktop.secrets"_s)) {
        qWarning("cannot take the Secret Service's name: %s", qPrintable(bus.lastError().message()));
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

/// A Secret Service that takes requests and never answers (D-Bus session of this test's own):
/// reads and writes give up at the store's timeout with a reason the UI can explain.
class TestKeychainHanging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readGivesUpAtTheTimeout();
    void writeGivesUpAtTheTimeout();

private:
    QProcess m_service;
};

void TestKeychainHanging::initTestCase()
{
    m_service.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(serveArgument)});
    QVERIFY(m_service.waitForStarted());
    QVERIFY(m_service.waitForReadyRead(10000));
    QCOMPARE(m_service.readLine().trimmed(), QByteArray("ready"));
}

void TestKeychainHanging::cleanupTestCase()
{
    m_service.kill();
    m_service.waitForFinished();
}

void TestKeychainHanging::readGivesUpAtTheTimeout()
{
    CredentialStore store(2s);
    bool done = false;
    std::optional<KeychainFailure> failure;
    Secret secret("untouched");
    QObject context;
    QElapsedTimer timer;
    timer.start();
    store.read({u"app"_s, u"shop"_s, CredentialKey::Kind::AccessToken}, &context,
        [&](const Secret &read, const std::optional<KeychainFailure> &result) {
            done = true;
            secret = read;
            failure = result;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY(timer.elapsed() >= 1900);
    QVERIFY(timer.elapsed() < 8000);
    QVERIFY(failure.has_value());
    QCOMPARE(failure->reason, KeychainFailure::Reason::TimedOut);
    QVERIFY(secret.isEmpty());
}

void TestKeychainHanging::writeGivesUpAtTheTimeout()
{
    CredentialStore store(2s);
    std::optional<std::optional<KeychainFailure>> written;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    store.write({u"app"_s, u"shop"_s, CredentialKey::Kind::RefreshToken}, Secret("TTP_refresh"), &context,
        [&written](const std::optional<KeychainFailure> &failure) { written = failure; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    QVERIFY(timer.elapsed() < 8000);
    QVERIFY(written->has_value());
    QCOMPARE(written->value().reason, KeychainFailure::Reason::TimedOut);
    // A late answer, should one come, is not reported a second time.
    QTest::qWait(500);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], serveArgument) == 0)
        return serveSilently();
    TestKeychainHanging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainhanging.moc"
