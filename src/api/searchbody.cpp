#include "searchbody.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

void insertTimeWindows(QJsonObject &body, std::optional<qint64> createTimeGe, std::optional<qint64> createTimeLt,
    std::optional<qint64> updateTimeGe, std::optional<qint64> updateTimeLt)
{
    const std::pair<QString, std::optional<qint64>> windows[] = {
        {u"create_time_ge"_s, createTimeGe},
        {u"create_time_lt"_s, createTimeLt},
        {u"update_time_ge"_s, updateTimeGe},
        {u"update_time_lt"_s, updateTimeLt},
    };
    for (const auto &[key, value] : windows) {
        if (value)
            body.insert(key, *value);
    }
}

} // namespace ShopDesk
