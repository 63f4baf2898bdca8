#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShopDesk::Fuzz {

/// The fuzzer's bytes as a QByteArray without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The bytes as a JSON object, when they are one.
inline std::optional<QJsonObject> jsonObject(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes(data, size));
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace ShopDesk::Fuzz
