#pragma once

#include <optional>

#include <QEventLoop>
#include <QObject>
#include <QTimer>

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

/// Runs the event loop until `reply` finishes (or the timeout passes, leaving `finished` false).
template <typename T>
Finished<T> waitFor(Reply<T> *reply, int timeoutMs = 20000)
{
    Finished<T> result;
    QObject context;
    QObject::connect(reply, &ApiReply::progress, &context, [&result](qint64 done, qint64 total) {
        result.progress.append({done, total});
    });
    // A plain event loop rather than QTest::qWaitFor, which sleeps between rounds of events and
    // would make every benchmark that uses this helper measure its naps.
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &context, [&result, &loop, reply] {
        result.finished = true;
        result.error = reply->error();
        result.requestId = reply->requestId();
        if (!reply->hasError())
            result.value = reply->value();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

} // namespace ShopDesk
