#include "liveendwatcher.h"

#include <QTimer>

#include "api/analyticsservice.h"
#include "core/clock.h"

namespace ShopDesk {

namespace {

/// Yesterday to tomorrow in the user's zone covers "today" in the shop's zone whatever the offset
/// between the two, so a session that started today is always in the answer.
DateRange watchedDays(const Clock &clock)
{
    const QDate today = clock.now().toLocalTime().date();
    return DateRange{today.addDays(-1), today.addDays(2)};
}

} // namespace

LiveEndWatcher::LiveEndWatcher(AnalyticsService &service, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_clockCheck(new QTimer(this))
{
    m_clockCheck->setInterval(clockCheckMs);
    connect(m_clockCheck, &QTimer::timeout, this, &LiveEndWatcher::handleClockCheck);
}

LiveEndWatcher::~LiveEndWatcher()
{
    if (m_pending)
        m_pending->cancel();
}

void LiveEndWatcher::start()
{
    m_clockCheck->start();
    pollNow();
}

void LiveEndWatcher::stop()
{
    m_clockCheck->stop();
    if (m_pending)
        m_pending->cancel();
}

void LiveEndWatcher::pollNow()
{
    if (m_pending)
        return;
    m_lastPoll = m_clock.nowSecs();
    Reply<QList<LiveSession>> *reply = m_service.liveSessions(watchedDays(m_clock));
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { handlePolled(reply); });
}

void LiveEndWatcher::handleClockCheck()
{
    if (m_clock.nowSecs() - m_lastPoll >= pollIntervalSeconds)
        pollNow();
}

void LiveEndWatcher::handlePolled(Reply<QList<LiveSession>> *reply)
{
    m_pending = nullptr;
    ++m_polls;
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            emit pollFailed(*reply->error());
        return;
    }
    const qint64 now = m_clock.nowSecs();
    QHash<QString, LiveSession> onAir;
    QList<LiveSession> ended;
    for (const LiveSession &session : reply->value()) {
        if (session.isInProgressAt(now))
            onAir.insert(session.id, session);
        else if (m_onAir.contains(session.id))
            ended.append(session);
    }
    // Sessions that vanished from the list are forgotten without a notice: nothing says they ended.
    m_onAir = onAir;
    emit sessionsPolled(reply->value());
    for (const LiveSession &session : ended)
        emit liveEnded(session);
}

} // namespace ShopDesk
