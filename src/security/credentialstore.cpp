#include "credentialstore.h"

#include <memory>

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include "core/logging.h"
#include "security/secretservicelock.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QString kindName(CredentialKey::Kind kind)
{
    switch (kind) {
    case CredentialKey::Kind::AppSecret:
        return u"app_secret"_s;
    case CredentialKey::Kind::AccessToken:
        return u"access_token"_s;
    case CredentialKey::Kind::RefreshToken:
        return u"refresh_token"_s;
    }
    return u"unknown"_s;
}

KeychainFailure failureOf(const QKeychain::Job &job)
{
    KeychainFailure failure;
    failure.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        failure.reason = KeychainFailure::Reason::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
        failure.reason = KeychainFailure::Reason::NoBackend;
        break;
    case QKeychain::AccessDeniedByUser:
        failure.reason = KeychainFailure::Reason::Denied;
        break;
    case QKeychain::AccessDenied:
        // What a locked collection reports (qt-setup section 5).
        failure.reason = KeychainFailure::Reason::Locked;
        break;
    default:
        // Without a session bus or a Secret Service on it, QtKeychain says OtherError with the
        // bus's own text (the messages seen are listed in qt-setup section 5).
        failure.reason = KeychainFailure::Reason::Other;
        for (QStringView sign : {u"org.freedesktop.secrets", u"D-Bus", u"Could not connect", u"autolaunch"}) {
            if (job.errorString().contains(sign, Qt::CaseInsensitive))
                failure.reason = KeychainFailure::Reason::NoBackend;
        }
        break;
    }
    return failure;
}

/// Runs `job` with a timeout; `finish` is called once with the job (or null on timeout).
void runGuarded(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
    std::function<void(QKeychain::Job *)> finish)
{
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, timer, finish](QKeychain::Job *finished) {
        if (std::exchange(*done, true))
            return;
        timer->deleteLater();
        finish(finished);
    });
    QObject::connect(timer, &QTimer::timeout, context, [done, timer, finish] {
        if (std::exchange(*done, true))
            return;
        timer->deleteLater();
        finish(nullptr); // the job is abandoned; it deletes itself if it ever finishes
    });
    timer->start(timeout);
    job->start();
}

KeychainFailure timedOut(std::chrono::milliseconds timeout)
{
    return {KeychainFailure::Reason::TimedOut,
        u"the system keychain did not answer within %1 s (is the keyring locked?)"_s.arg(timeout.count() / 1000)};
}

} // namespace

QString CredentialKey::toString() const
{
    return appKey + u':' + shopId + u':' + kindName(kind);
}

QString KeychainFailure::toString() const
{
    switch (reason) {
    case Reason::NotFound:
        return u"no such entry in the keychain"_s;
    case Reason::NoBackend:
        return u"no system keychain is available (%1)"_s.arg(detail);
    case Reason::Locked:
        return u"the keychain is locked (%1)"_s.arg(detail);
    case Reason::Denied:
        return u"access to the keychain was denied"_s;
    case Reason::TimedOut:
    case Reason::Other:
        break;
    }
    return detail;
}

CredentialStore::CredentialStore(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{ }

void CredentialStore::read(const CredentialKey &key, QObject *context, ReadCallback done)
{
    readAttempt(key.toString(), context, std::move(done), true);
}

void CredentialStore::readAttempt(const QString &key, QObject *context, ReadCallback done, bool retry)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName.toString());
    job->setKey(key);
    runGuarded(job, m_timeout, context, [this, key, context, done, retry](QKeychain::Job *finished) {
        if (!finished) {
            done({}, timedOut(m_timeout));
            return;
        }
        if (finished->error() == QKeychain::NoError) {
            done(Secret(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()), std::nullopt);
            return;
        }
        const KeychainFailure failure = failureOf(*finished);
        // The Secret Service may still be starting right after login: one more try (Nextcloud's habit).
        if (retry && failure.reason == KeychainFailure::Reason::Other) {
            readAttempt(key, context, done, false);
            return;
        }
        if (failure.reason == KeychainFailure::Reason::NotFound) {
            // "Not found" may mean "locked": then the seller has to unlock it, not sign in again.
            SecretServiceLock::query(context, [key, done, failure](bool locked) {
                const KeychainFailure found = locked
                    ? KeychainFailure{KeychainFailure::Reason::Locked, u"unlock the login keyring and try again"_s}
                    : failure;
                qCInfo(lcKeychain).noquote() << "read of" << key << "failed:" << found.toString();
                done({}, found);
            });
            return;
        }
        qCInfo(lcKeychain).noquote() << "read of" << key << "failed:" << failure.toString();
        done({}, failure);
    });
}

void CredentialStore::write(const CredentialKey &key, const Secret &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName.toString());
    job->setKey(key.toString());
    job->setBinaryData(secret.reveal());
    runGuarded(job, m_timeout, context, [this, done](QKeychain::Job *finished) {
        if (!finished)
            done(timedOut(m_timeout));
        else if (finished->error() != QKeychain::NoError)
            done(failureOf(*finished));
        else
            done(std::nullopt);
    });
}

void CredentialStore::remove(const CredentialKey &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName.toString());
    job->setKey(key.toString());
    runGuarded(job, m_timeout, context, [this, done](QKeychain::Job *finished) {
        if (!finished)
            done(timedOut(m_timeout));
        else if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(failureOf(*finished));
        else
            done(std::nullopt);
    });
}

} // namespace ShopDesk
