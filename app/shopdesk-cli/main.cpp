#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include "api/apiclient.h"
#include "api/authservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "core/clock.h"
#include "sandbox/embeddedsandbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

enum ExitCode { Ok = 0, Usage = 2, Auth = 3, Api = 4, Network = 5 };

int exitCodeFor(const ApiError &error)
{
    switch (error.category) {
    case ApiErrorCategory::AuthExpired:
    case ApiErrorCategory::Reauthorize:
    case ApiErrorCategory::Signature:
    case ApiErrorCategory::Permission:
        return Auth;
    case ApiErrorCategory::Network:
    case ApiErrorCategory::Timeout:
        return Network;
    default:
        return Api;
    }
}

ShopConnection connectionFromEnvironment(const QString &baseUrl)
{
    ShopConnection connection;
    connection.apiBaseUrl = QUrl(baseUrl);
    connection.appKey = qEnvironmentVariable("SHOPDESK_APP_KEY");
    connection.appSecret = Secret(qgetenv("SHOPDESK_APP_SECRET"));
    connection.accessToken = Secret(qgetenv("SHOPDESK_ACCESS_TOKEN"));
    connection.shopCipher = qEnvironmentVariable("SHOPDESK_SHOP_CIPHER");
    return connection;
}

template <typename T, typename Print>
void finishWith(Reply<T> *reply, Print print)
{
    QObject::connect(reply, &ApiReply::finished, qApp, [reply, print] {
        if (reply->hasError()) {
            QTextStream(stderr) << "error: " << reply->error()->toString() << '\n';
            QCoreApplication::exit(exitCodeFor(*reply->error()));
            return;
        }
        QTextStream out(stdout);
        print(out, reply->value());
        QCoreApplication::exit(Ok);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shopdesk-cli"_s);
    QCoreApplication::setApplicationVersion(u"" SHOPDESK_VERSION ""_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ShopDesk on the command line. Commands: shops, products.\n"
                                     "Credentials come from SHOPDESK_APP_KEY, SHOPDESK_APP_SECRET, "
                                     "SHOPDESK_ACCESS_TOKEN and SHOPDESK_SHOP_CIPHER, or use --demo."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(
        u"base-url"_s, u"API base URL."_s, u"url"_s, u"https://open-api.tiktokglobalshop.com"_s);
    const QCommandLineOption demo(u"demo"_s, u"Talk to a built-in sandbox shop instead."_s);
    parser.addOptions({baseUrl, demo});
    parser.addPositionalArgument(u"command"_s, u"shops | products"_s);
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    if (command != u"shops" && command != u"products") {
        QTextStream(stderr) << "unknown command \"" << command << "\"; see --help\n";
        return Usage;
    }

    EmbeddedSandbox sandbox(SandboxOptions{});
    if (parser.isSet(demo) && !sandbox.start())
        return Network;
    SystemClock clock;
    ShopSession session(
        parser.isSet(demo) ? sandbox.demoConnection() : connectionFromEnvironment(parser.value(baseUrl)), clock);
    if (command == u"shops") {
        finishWith(session.auth().authorizedShops(), [](QTextStream &out, const QList<AuthorizedShop> &shops) {
            for (const AuthorizedShop &shop : shops)
                out << shop.id << '\t' << shop.name << '\t' << shop.region << '\t' << shop.cipher << '\n';
        });
    } else {
        finishWith(session.products().searchAll(), [](QTextStream &out, const QList<Product> &products) {
            for (const Product &product : products)
                out << product.id << '\t' << productStatusToApi(product.status) << '\t' << product.totalStock() << '\t'
                    << product.title << '\n';
        });
    }
    return QCoreApplication::exec();
}
