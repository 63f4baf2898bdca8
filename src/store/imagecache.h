#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace ShopDesk {

/// Pictures kept on disk between runs, one file per key under one folder. Keys are image URIs,
/// which stay the same for a picture while the CDN addresses that serve it may change. The folder
/// is trimmed to its size limit (oldest files first) when the cache is opened.
class ImageCache final
{
public:
    static constexpr qint64 defaultLimitBytes = 256LL * 1024 * 1024;

    explicit ImageCache(QString directory, qint64 limitBytes = defaultLimitBytes);

    std::optional<QByteArray> load(const QString &key) const;
    /// False when the file could not be written; the picture is then only in memory.
    bool store(const QString &key, const QByteArray &bytes);
    const QString &directory() const { return m_directory; }

    /// `images/` under the application's data folder, next to the offline cache.
    static QString defaultDirectory();

private:
    QString pathOf(const QString &key) const;
    void trim(qint64 limitBytes);

    QString m_directory;
};

} // namespace ShopDesk
