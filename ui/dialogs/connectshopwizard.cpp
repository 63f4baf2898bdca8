#include "connectshopwizard.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include "api/apiclient.h"
#include "api/authservice.h"
#include "errorpresenter.h"
#include "security/shopcredentials.h"
#include "security/shopprofile.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString presentationText(const ErrorPresentation &presentation)
{
    return presentation.title + u"\n"_s + presentation.text;
}

/// Step 1: which app connects. The key and secret come from Partner Center; the service ID names
/// the app in the authorization link.
class ConnectAppPage final : public QWizardPage
{
public:
    explicit ConnectAppPage(ConnectShopWizard &wizard)
        : m_wizard(wizard)
        , m_appKey(new QLineEdit(this))
        , m_appSecret(new QLineEdit(this))
        , m_serviceId(new QLineEdit(this))
        , m_market(new QComboBox(this))
    {
        setTitle(ConnectShopWizard::tr("Your TikTok Shop app"));
        setSubTitle(ConnectShopWizard::tr("Copy these from your app's page in TikTok Shop Partner Center."));
        m_appKey->setObjectName(u"connectAppKey"_s);
        m_appSecret->setObjectName(u"connectAppSecret"_s);
        m_appSecret->setEchoMode(QLineEdit::Password);
        m_serviceId->setObjectName(u"connectServiceId"_s);
        m_market->setObjectName(u"connectMarket"_s);
        m_market->addItem(ConnectShopWizard::tr("Global (all markets but the US)"), false);
        m_market->addItem(ConnectShopWizard::tr("United States"), true);
        auto *form = new QFormLayout;
        form->addRow(ConnectShopWizard::tr("App &key:"), m_appKey);
        form->addRow(ConnectShopWizard::tr("App &secret:"), m_appSecret);
        form->addRow(ConnectShopWizard::tr("Se&rvice ID:"), m_serviceId);
        form->addRow(ConnectShopWizard::tr("Seller &Center:"), m_market);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(wrappedLabel(ConnectShopWizard::tr("The app secret is kept in the system keychain, "
                                                             "never in ShopDesk's settings."),
            this));
        layout->addStretch();
        for (QLineEdit *field : {m_appKey, m_appSecret, m_serviceId})
            connect(field, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return !m_appKey->text().trimmed().isEmpty() && !m_appSecret->text().trimmed().isEmpty()
            && !m_serviceId->text().trimmed().isEmpty();
    }

    bool validatePage() override
    {
        // Every pass starts a new authorization: a code belongs to the app that asked for it.
        m_wizard.useApp(m_appKey->text().trimmed(), Secret(m_appSecret->text().trimmed().toUtf8()),
            m_serviceId->text().trimmed(), m_market->currentData().toBool());
        return true;
    }

private:
    ConnectShopWizard &m_wizard;
    QLineEdit *const m_appKey;
    QLineEdit *const m_appSecret;
    QLineEdit *const m_serviceId;
    QComboBox *const m_market;
};

/// Step 2: the seller approves in the browser, which lands on the app's redirect address; pasting
/// that address back hands ShopDesk the single-use code, exchanged for tokens at once.
class ConnectAuthorizePage final : public QWizardPage
{
public:
    explicit ConnectAuthorizePage(ConnectShopWizard &wizard)
        : m_wizard(wizard)
        , m_link(new QLineEdit(this))
        , m_redirect(new QLineEdit(this))
        , m_status(wrappedLabel({}, this))
    {
        setTitle(ConnectShopWizard::tr("Authorize ShopDesk"));
        setSubTitle(ConnectShopWizard::tr("Sign in as the seller in your browser and approve ShopDesk."));
        auto *open = new QPushButton(ConnectShopWizard::tr("&Open the authorization page"), this);
        open->setObjectName(u"connectOpenLink"_s);
        auto *copy = new QPushButton(ConnectShopWizard::tr("&Copy link"), this);
        copy->setObjectName(u"connectCopyLink"_s);
        m_link->setObjectName(u"connectLink"_s);
        m_link->setReadOnly(true);
        m_redirect->setObjectName(u"connectRedirect"_s);
        m_redirect->setPlaceholderText(u"https://…?code=…&state=…"_s);
        m_status->setObjectName(u"connectAuthorizeStatus"_s);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

        auto *buttons = new QHBoxLayout;
        buttons->addWidget(open);
        buttons->addWidget(copy);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wrappedLabel(ConnectShopWizard::tr("1. Open the authorization page and approve "
                                                             "ShopDesk for your shops."),
            this));
        layout->addLayout(buttons);
        layout->addWidget(m_link);
        layout->addWidget(wrappedLabel(ConnectShopWizard::tr("2. The browser then shows an address with "
                                                             "“code=” in it. Copy that whole address and paste "
                                                             "it here (the code is valid for 30 minutes):"),
            this));
        layout->addWidget(m_redirect);
        layout->addWidget(m_status);
        layout->addStretch();

        connect(open, &QPushButton::clicked, this, [this] {
            if (!QDesktopServices::openUrl(QUrl(m_link->text())))
                m_status->setText(ConnectShopWizard::tr("No browser could be opened. Copy the link into one."));
        });
        connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_link->text()); });
        connect(m_redirect, &QLineEdit::textChanged, this, [this] {
            m_status->clear();
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        m_redirect->clear();
        m_status->clear();
        m_link->setText(m_wizard.newAuthorizationLink().toString(QUrl::FullyEncoded));
        m_link->setCursorPosition(0);
    }

    bool isComplete() const override { return !m_busy && !m_redirect->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        if (m_wizard.grant())
            return true;
        const QString pasted = m_redirect->text();
        const Result<QString> code = m_wizard.auth().codeFromPaste(pasted);
        if (!code.ok()) {
            m_status->setText(pasted.contains(u"error=auth_denied"_s)
                    ? ConnectShopWizard::tr("The authorization was declined. Open the page again and approve "
                                            "ShopDesk.")
                    : ConnectShopWizard::tr("This address holds no code for this attempt. Open the "
                                            "authorization page again and paste the new address."));
            return false;
        }
        setBusy(true);
        m_status->setText(ConnectShopWizard::tr("Checking the authorization…"));
        Reply<TokenGrant> *exchange = m_wizard.auth().exchange(code.value());
        connect(exchange, &ApiReply::finished, this, [this, exchange] {
            setBusy(false);
            if (exchange->hasError()) {
                m_status->setText(presentationText(ErrorPresenter::present(*exchange->error())));
                return;
            }
            m_status->clear();
            m_wizard.setGrant(exchange->value());
            m_wizard.next();
        });
        return false;
    }

private:
    void setBusy(bool busy)
    {
        m_busy = busy;
        emit completeChanged();
    }

    ConnectShopWizard &m_wizard;
    QLineEdit *const m_link;
    QLineEdit *const m_redirect;
    QLabel *const m_status;
    bool m_busy = false;
};

/// Step 3: the shops the seller authorized; the chosen ones are stored and added to the profile.
class ConnectShopsPage final : public QWizardPage
{
public:
    explicit ConnectShopsPage(ConnectShopWizard &wizard)
        : m_wizard(wizard)
        , m_list(new QListWidget(this))
        , m_status(wrappedLabel({}, this))
    {
        setTitle(ConnectShopWizard::tr("Choose the shops"));
        setSubTitle(ConnectShopWizard::tr("ShopDesk adds each checked shop; switch between them with Ctrl+1…9."));
        m_list->setObjectName(u"connectShopList"_s);
        m_status->setObjectName(u"connectShopsStatus"_s);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_status);
        connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
        setFinalPage(true);
    }

    void initializePage() override
    {
        m_list->clear();
        m_shops.clear();
        m_saved = false;
        setBusy(true);
        m_status->setText(ConnectShopWizard::tr("Loading the shops…"));
        Reply<QList<AuthorizedShop>> *reply = m_wizard.auth().authorizedShops();
        connect(reply, &ApiReply::finished, this, [this, reply] {
            setBusy(false);
            if (reply->hasError()) {
                m_status->setText(presentationText(ErrorPresenter::present(*reply->error())));
                return;
            }
            m_shops = reply->value();
            for (const AuthorizedShop &shop : m_shops) {
                auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(shop.name, shop.region), m_list);
                item->setData(Qt::UserRole, shop.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
            m_status->setText(m_shops.isEmpty() ? ConnectShopWizard::tr("This seller authorized no shop.") : QString());
            emit completeChanged();
        });
    }

    bool isComplete() const override { return !m_busy && !chosen().isEmpty(); }

    bool validatePage() override
    {
        if (m_saved)
            return true;
        const QList<AuthorizedShop> shops = chosen();
        setBusy(true);
        m_status->setText(ConnectShopWizard::tr("Storing the shops' access in the system keychain…"));
        m_wizard.credentials().connectShops(m_wizard.appKey(), m_wizard.appSecret(), *m_wizard.grant(), shops, this,
            [this, shops](const std::optional<KeychainFailure> &failure) {
                setBusy(false);
                if (failure) {
                    m_status->setText(presentationText(ErrorPresenter::present(*failure)));
                    return;
                }
                QStringList ids;
                for (const AuthorizedShop &shop : shops)
                    ids.append(shop.id);
                m_wizard.setConnected(ids);
                m_saved = true;
                m_wizard.accept();
            });
        return false;
    }

private:
    QList<AuthorizedShop> chosen() const
    {
        QList<AuthorizedShop> shops;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked && row < m_shops.size())
                shops.append(m_shops.at(row));
        }
        return shops;
    }

    void setBusy(bool busy)
    {
        m_busy = busy;
        emit completeChanged();
    }

    ConnectShopWizard &m_wizard;
    QListWidget *const m_list;
    QLabel *const m_status;
    QList<AuthorizedShop> m_shops;
    bool m_busy = false;
    bool m_saved = false;
};

} // namespace

ConnectShopWizard::ConnectShopWizard(
    ShopProfile &profile, ShopCredentials &credentials, const Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_clock(clock)
{
    setObjectName(u"connectShopWizard"_s);
    setWindowTitle(tr("Connect a shop"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(620, 440);
    setPage(AppPage, new ConnectAppPage(*this));
    setPage(AuthorizePage, new ConnectAuthorizePage(*this));
    setPage(ShopsPage, new ConnectShopsPage(*this));
    setStartId(AppPage);
}

ConnectShopWizard::~ConnectShopWizard() = default;

void ConnectShopWizard::useApp(
    const QString &appKey, const Secret &appSecret, const QString &serviceId, bool unitedStates)
{
    m_appKey = appKey;
    m_appSecret = appSecret;
    m_serviceId = serviceId;
    m_unitedStates = unitedStates;
    m_grant.reset();
    const ServiceHosts hosts = m_profile.hosts();
    ShopConnection connection;
    connection.apiBaseUrl = hosts.api;
    connection.authBaseUrl = hosts.auth;
    connection.appKey = appKey;
    connection.appSecret = appSecret;
    m_auth.reset();
    m_client = std::make_unique<ApiClient>(connection, m_clock);
    m_auth = std::make_unique<AuthService>(*m_client);
}

QUrl ConnectShopWizard::newAuthorizationLink()
{
    const ServiceHosts hosts = m_profile.hosts();
    return m_auth->authorizationLink(m_unitedStates ? hosts.authorizeUnitedStates : hosts.authorize, m_serviceId);
}

} // namespace ShopDesk
