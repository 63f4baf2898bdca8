#pragma once

#include <optional>

#include <QJsonObject>

namespace ShopDesk {

/// Adds the time windows every search endpoint takes in its body (reference sections 5.2 and 5.3):
/// `create_time_ge/lt` and `update_time_ge/lt`, epoch seconds, each only when set.
void insertTimeWindows(QJsonObject &body, std::optional<qint64> createTimeGe, std::optional<qint64> createTimeLt,
    std::optional<qint64> updateTimeGe, std::optional<qint64> updateTimeLt);

} // namespace ShopDesk
