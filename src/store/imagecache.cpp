#include "imagecache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ShopDesk {

ImageCache::ImageCache(QString directory, qint64 limitBytes)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    trim(limitBytes);
}

QString ImageCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/images"_s;
}

QString ImageCache::pathOf(const QString &key) const
{
    // Hashed, so that any URI makes a safe file name of the same length.
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + u'/' + QString::fromLatin1(digest) + u".img"_s;
}

std::optional<QByteArray> ImageCache::load(const QString &key) const
{
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool ImageCache::store(const QString &key, const QByteArray &bytes)
{
    // Written whole or not at all: a crash never leaves half a picture to be read later.
    QSaveFile file(pathOf(key));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void ImageCache::trim(qint64 limitBytes)
{
    QFileInfoList files = QDir(m_directory).entryInfoList({u"*.img"_s}, QDir::Files, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &file : files)
        total += file.size();
    for (const QFileInfo &file : files) {
        if (total <= limitBytes)
            break;
        total -= file.size();
        QFile::remove(file.absoluteFilePath());
    }
}

} // namespace ShopDesk
