#pragma once

#include <QWidget>

#include "domain/listingrules.h"
#include "sync/listingpublisher.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace ShopDesk {

/// The pictures of a new listing, picked from disk: thumbnails in the order they will appear, with
/// the ones that break the rules (format, size, pixels) marked and explained. Nothing is uploaded
/// here; ListingPublisher does that once the whole listing passes its checks.
class ListingImagesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingImagesWidget)

public:
    static constexpr int thumbnailSize = 72;

    explicit ListingImagesWidget(QWidget *parent = nullptr);

    /// Adds pictures from files; unreadable files are reported like pictures that break a rule.
    void addFiles(const QStringList &paths);
    /// Adds a picture already in memory; `fileSize` when only the start of a larger file was read.
    void addImage(const QString &fileName, const QByteArray &bytes, qint64 fileSize = -1);
    const QList<LocalImage> &images() const { return m_images; }
    /// Why pictures cannot be used, one message per picture that breaks a rule.
    QStringList problems() const;

signals:
    void imagesChanged();

private:
    void pickFiles();
    void removeSelected();
    void updateCount();

    QListWidget *const m_list;
    QPushButton *const m_add;
    QPushButton *const m_remove;
    QLabel *const m_count;
    QList<LocalImage> m_images;
    QList<PickedImage> m_picked;
};

} // namespace ShopDesk
