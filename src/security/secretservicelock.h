#pragma once

#include <functional>

class QObject;

namespace ShopDesk {

/// Whether the Secret Service's default collection is locked. A lookup in a locked collection
/// whose unlock prompt cannot be shown (no display, or dismissed) comes back from libsecret as
/// "not found", which would read as "never signed in"; asking the collection tells the two apart.
class SecretServiceLock final
{
public:
    /// Calls `answer` once, on `context`'s thread: true only when the service says the default
    /// collection is locked; false when it is unlocked, or there is no service to ask.
    static void query(QObject *context, std::function<void(bool locked)> answer);
};

} // namespace ShopDesk
