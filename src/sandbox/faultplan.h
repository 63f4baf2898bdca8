#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "sandbox/seedrandom.h"

namespace ShopDesk {

/// A misbehaviour the sandbox can inject, in the vocabulary of the test suites: slow answers,
/// 429 bursts, server errors, dropped connections and broken bodies.
enum class FaultKind {
    None,
    Latency,
    RateLimit,
    ServiceUnavailable,
    InternalError,
    DropConnection,
    Truncate,
    Malformed
};

struct Fault
{
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
};

/// Which requests misbehave and how, set by `POST /sandbox/faults` or `--faults`:
/// `{"seed": 1, "rules": [{"route": "POST /order/{version}/orders/search" | "*", "fault": "503",
/// "fraction": 0.1, "count": 5, "latency_ms": 2000}]}`. A rule with `count` hits the next `count`
/// matching requests (a burst); with `fraction` a seeded share of them. Faults that corrupt the
/// answer (truncate, malformed, latency) happen after the request took effect, like a reply lost on
/// the way back; the others stop it before.
class FaultPlan final
{
public:
    static Result<FaultPlan> fromJson(const QJsonObject &json);
    static QString kindName(FaultKind kind);

    bool isEmpty() const { return m_rules.isEmpty(); }
    /// Decides the fault for one request to `routeTemplate`; consumes burst counts.
    Fault next(const QString &routeTemplate);
    QJsonObject toJson() const;

private:
    struct Rule
    {
        QString route;
        FaultKind kind = FaultKind::None;
        double fraction = 0;
        int remaining = -1; // -1: no count, use the fraction
        int latencyMs = 0;
    };

    QList<Rule> m_rules;
    quint64 m_seed = 1;
    SeedRandom m_random{1};
};

} // namespace ShopDesk
