#pragma once

#include <QObject>
#include <QTest>
#include <optional>

#include "api/apireply.h"

namespace ShopDesk {

/// What a reply finished with, copied out before the reply deletes itself.
template <typename T>
struct Finished
{
    bool finished = false;
    T value{};
    std::optional<ApiError> error;
    QString requestId;
    QList<std::pair<qint64, qint64>> progress;
};

/// Spins the event loop until `reply` finishes (or the timeout passes, leaving `finished` false).
template <typename T>
Finished<T> waitFor(Reply<T> *reply, int timeoutMs = 20000)
{
    Finished<T> result;
    QObject context;
    QObject::connect(reply, &ApiReply::progress, &context, [&result](qint64 done, qint64 total) {
        result.progress.append({done, total});
    });
    QObject::connect(reply, &ApiReply::finished, &context, [&result, reply] {
        result.finished = true;
        result.error = reply->error();
        result.requestId = reply->requestId();
        if (!reply->hasError())
            result.value = reply->value();
    });
    // The caller checks `finished`, which says the same as qWaitFor's result.
    static_cast<void>(QTest::qWaitFor([&result] { return result.finished; }, timeoutMs));
    return result;
}

} // namespace ShopDesk
