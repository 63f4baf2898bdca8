#include "secretservicelock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// The Secret Service API (freedesktop.org): the default collection is reached by its alias.
constexpr int answerWithinMs = 2000;

} // namespace

void SecretServiceLock::query(QObject *context, std::function<void(bool locked)> answer)
{
    QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
        u"/org/freedesktop/secrets/aliases/default"_s, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        answer(false);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, answerWithinMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [answer](QDBusPendingCallWatcher *call) {
        const QDBusPendingReply<QDBusVariant> reply = *call;
        call->deleteLater();
        answer(!reply.isError() && reply.value().variant().toBool());
    });
}

} // namespace ShopDesk
