#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include "api/shopsession.h"
#include "cli/commandlinetool.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestCommandLineTool final : public QObject
{
    Q_OBJECT

private slots:
    void runsACommand_data();
    void runsACommand();
    void readsCredentialsFromTheEnvironment();
};

void TestCommandLineTool::runsACommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines");

    QTest::newRow("products prints one line per product") << u"products"_s << false << 0 << 250;
    QTest::newRow("shops prints both sandbox shops") << u"shops"_s << false << 0 << 2;
    QTest::newRow("a wrong secret is an authorization failure") << u"products"_s << true << 3 << 0;
    QTest::newRow("an unknown command is a usage error") << u"orderz"_s << false << 2 << 0;
}

void TestCommandLineTool::runsACommand()
{
    QFETCH(QString, command);
    QFETCH(bool, wrongSecret);
    QFETCH(int, exitCode);
    QFETCH(int, lines);

    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    if (wrongSecret)
        connection.appSecret = Secret("wrong");
    ShopSession session(connection, sandbox.clock());
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    CommandLineTool tool(session, out, err);
    QSignalSpy finished(&tool, &CommandLineTool::finished);
    tool.run(command);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toInt(), exitCode);
    QCOMPARE(output.count(u'\n'), lines);
    QCOMPARE(errors.isEmpty(), exitCode == 0);
    if (command == u"shops" && exitCode == 0)
        QVERIFY(output.contains(sandbox.server().shops().first().cipher));
}

void TestCommandLineTool::readsCredentialsFromTheEnvironment()
{
    qputenv("SHOPDESK_APP_KEY", "key-1");
    qputenv("SHOPDESK_APP_SECRET", "secret-1");
    qputenv("SHOPDESK_ACCESS_TOKEN", "TTP_1");
    qputenv("SHOPDESK_SHOP_CIPHER", "ROW_1");
    const ShopConnection connection = CommandLineTool::connectionFromEnvironment(QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(connection.appKey, u"key-1"_s);
    QCOMPARE(connection.appSecret.reveal(), QByteArray("secret-1"));
    QCOMPARE(connection.accessToken.reveal(), QByteArray("TTP_1"));
    QCOMPARE(connection.shopCipher, u"ROW_1"_s);
    QCOMPARE(connection.apiBaseUrl.port(), 9);
}

QTEST_GUILESS_MAIN(TestCommandLineTool)
#include "tst_commandlinetool.moc"
