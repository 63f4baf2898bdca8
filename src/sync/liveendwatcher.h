#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "api/apireply.h"
#include "domain/performance.h"

class QTimer;

namespace ShopDesk {

class AnalyticsService;
class Clock;

/// Notices when a LIVE session ends. TikTok Shop sends no webhook for LIVE (reference section
/// 5.6), so the watcher polls the LIVE list of yesterday to tomorrow every pollIntervalSeconds of
/// the Clock and emits liveEnded() for a session it saw on air that has an end by now. Time comes
/// only from the Clock: a test that advances a FakeClock by the interval makes it poll.
class LiveEndWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEndWatcher)

public:
    /// Seconds of the Clock between two polls of the LIVE list.
    static constexpr qint64 pollIntervalSeconds = 60;
    /// How often, in real milliseconds, the watcher looks at the Clock to see whether a poll is due.
    static constexpr int clockCheckMs = 1000;

    LiveEndWatcher(AnalyticsService &service, const Clock &clock, QObject *parent = nullptr);
    ~LiveEndWatcher() override;

    /// Polls now and then whenever the interval has passed on the Clock.
    void start();
    void stop();
    /// Polls at once unless a poll is under way.
    void pollNow();
    /// Ids of the sessions the last poll saw on air.
    QStringList sessionsOnAir() const { return m_onAir.keys(); }
    int pollCount() const { return m_polls; }

signals:
    /// A session seen on air has ended; `session` carries its final figures.
    void liveEnded(const ShopDesk::LiveSession &session);
    /// Every poll's sessions, for views that show them.
    void sessionsPolled(const QList<ShopDesk::LiveSession> &sessions);
    void pollFailed(const ShopDesk::ApiError &error);

private:
    void handleClockCheck();
    void handlePolled(Reply<QList<LiveSession>> *reply);

    AnalyticsService &m_service;
    const Clock &m_clock;
    QTimer *const m_clockCheck;
    QPointer<Reply<QList<LiveSession>>> m_pending;
    /// On-air sessions of the last poll, by id.
    QHash<QString, LiveSession> m_onAir;
    qint64 m_lastPoll = 0;
    int m_polls = 0;
};

} // namespace ShopDesk
