#include "faultplan.h"

#include <array>

#include <QJsonArray>

#include "core/enumnames.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

using KindName = EnumName<FaultKind>;

constexpr std::array kindNames{
    KindName{FaultKind::Latency, u"latency"},
    KindName{FaultKind::RateLimit, u"429"},
    KindName{FaultKind::ServiceUnavailable, u"503"},
    KindName{FaultKind::InternalError, u"500"},
    KindName{FaultKind::DropConnection, u"drop"},
    KindName{FaultKind::Truncate, u"truncate"},
    KindName{FaultKind::Malformed, u"malformed"},
};

} // namespace

QString FaultPlan::kindName(FaultKind kind)
{
    return enumToName(kindNames, kind, u"none");
}

Result<FaultPlan> FaultPlan::fromJson(const QJsonObject &json)
{
    FaultPlan plan;
    plan.m_seed = static_cast<quint64>(json.value(u"seed"_s).toInteger(1));
    plan.m_random = SeedRandom(plan.m_seed);
    const QJsonArray rules = json.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        const QString path = u"rules[%1]"_s.arg(i);
        Rule rule;
        rule.route = object.value(u"route"_s).toString(u"*"_s);
        const QString kind = object.value(u"fault"_s).toString();
        rule.kind = enumFromName(kindNames, kind).value_or(FaultKind::None);
        if (rule.kind == FaultKind::None)
            return Error{u"unknown fault \"%1\"; use latency, 429, 503, 500, drop, truncate or malformed"_s.arg(kind),
                path + u".fault"_s};
        rule.fraction = object.value(u"fraction"_s).toDouble(object.contains(u"count"_s) ? 0.0 : 1.0);
        if (rule.fraction < 0 || rule.fraction > 1)
            return Error{u"fraction must be between 0 and 1"_s, path + u".fraction"_s};
        rule.remaining = object.contains(u"count"_s) ? object.value(u"count"_s).toInt(-1) : -1;
        rule.latencyMs = qBound(0, object.value(u"latency_ms"_s).toInt(1000), 120'000);
        plan.m_rules.append(rule);
    }
    return plan;
}

Fault FaultPlan::next(const QString &routeTemplate)
{
    for (Rule &rule : m_rules) {
        if (rule.route != u"*" && rule.route != routeTemplate)
            continue;
        bool hit = false;
        if (rule.remaining > 0) {
            --rule.remaining;
            hit = true;
        } else if (rule.remaining < 0) {
            hit = double(m_random.next() % 1'000'000) < rule.fraction * 1'000'000.0;
        }
        if (hit)
            return Fault{rule.kind, rule.latencyMs};
    }
    return {};
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray rules;
    for (const Rule &rule : m_rules) {
        QJsonObject object{{u"route"_s, rule.route}, {u"fault"_s, kindName(rule.kind)}, {u"fraction"_s, rule.fraction}};
        if (rule.remaining >= 0)
            object.insert(u"count"_s, rule.remaining);
        if (rule.kind == FaultKind::Latency)
            object.insert(u"latency_ms"_s, rule.latencyMs);
        rules.append(object);
    }
    return {{u"seed"_s, qint64(m_seed)}, {u"rules"_s, rules}};
}

} // namespace ShopDesk
