#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>
#include <QSet>

namespace ShopDesk {

class AffiliateService;

/// Puts each creator's avatar beside their name. Avatars load asynchronously from the URLs the
/// search gave, once each; until one arrives (or if it cannot), the creator's initial on a
/// coloured disc stands in. Sits on a CreatorTableModel.
class CreatorAvatarModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorAvatarModel)

public:
    static constexpr int avatarSize = 28;

    explicit CreatorAvatarModel(AffiliateService &service, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Whether the picture at `url` has arrived (not the stand-in).
    bool hasAvatar(const QString &url) const { return m_avatars.contains(url); }
    int loadedAvatarCount() const { return static_cast<int>(m_avatars.size()); }

signals:
    void avatarLoaded(const QString &url);

private:
    void requestAvatars(int first, int last);
    void handleAvatar(const QString &url, const QByteArray &bytes);
    QPixmap standIn(const QString &name) const;

    AffiliateService &m_service;
    QHash<QString, QPixmap> m_avatars;
    QSet<QString> m_requested;
    mutable QHash<QString, QPixmap> m_standIns;
};

} // namespace ShopDesk
