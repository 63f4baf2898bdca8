#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QObject>

#include "core/secret.h"

namespace ShopDesk {

/// Which secret of which shop: the keychain entry is `<appKey>:<shopId>:<kind>` in service
/// "ShopDesk" (STYLE.md section 10). The app secret is stored per app with an empty shop id.
struct CredentialKey
{
    enum class Kind { AppSecret, AccessToken, RefreshToken };

    QString appKey;
    QString shopId;
    Kind kind = Kind::AccessToken;

    QString toString() const;
};

/// Why the keychain did not do what was asked, in terms the UI can explain.
struct KeychainFailure
{
    enum class Reason { NotFound, NoBackend, Locked, Denied, TimedOut, Other };

    Reason reason = Reason::Other;
    QString detail;

    QString toString() const;
};

/// The only place that talks to the OS keychain (QtKeychain; Secret Service on Linux). Every job
/// has the insecure plaintext fallback switched off and runs under a timeout, because a locked
/// keyring can wait forever on an unlock prompt nobody sees (qt-setup section 5).
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadCallback = std::function<void(const Secret &secret, const std::optional<KeychainFailure> &failure)>;
    using WriteCallback = std::function<void(const std::optional<KeychainFailure> &failure)>;

    static constexpr QStringView serviceName = u"ShopDesk";

    explicit CredentialStore(std::chrono::milliseconds timeout = std::chrono::seconds(10), QObject *parent = nullptr);

    /// Each callback runs exactly once, on this object's thread, unless `context` is gone by then.
    void read(const CredentialKey &key, QObject *context, ReadCallback done);
    void write(const CredentialKey &key, const Secret &secret, QObject *context, WriteCallback done);
    void remove(const CredentialKey &key, QObject *context, WriteCallback done);

private:
    void readAttempt(const QString &key, QObject *context, ReadCallback done, bool retry);

    std::chrono::milliseconds m_timeout;
};

} // namespace ShopDesk
