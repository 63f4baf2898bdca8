#include "creatoravatarmodel.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include "api/affiliateservice.h"
#include "models/creatortablemodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QPixmap roundAvatar(const QImage &image, int size)
{
    QPixmap round(size, size);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(0, 0, size, size);
    painter.setClipPath(circle);
    painter.drawImage(QRect(0, 0, size, size), image);
    return round;
}

} // namespace

CreatorAvatarModel::CreatorAvatarModel(AffiliateService &service, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_service(service)
{ }

void CreatorAvatarModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    connect(source, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { requestAvatars(first, last); });
    connect(
        source, &QAbstractItemModel::modelReset, this, [this] { requestAvatars(0, sourceModel()->rowCount() - 1); });
    requestAvatars(0, source->rowCount() - 1);
}

QVariant CreatorAvatarModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != CreatorTableModel::CreatorColumn)
        return QIdentityProxyModel::data(index, role);
    const QString url = index.data(CreatorTableModel::AvatarUrlRole).toString();
    const auto avatar = m_avatars.constFind(url);
    if (avatar != m_avatars.constEnd())
        return *avatar;
    const QString nickname = index.data(CreatorTableModel::NicknameRole).toString();
    return standIn(nickname.isEmpty() ? index.data(CreatorTableModel::UsernameRole).toString() : nickname);
}

void CreatorAvatarModel::requestAvatars(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString url = sourceModel()->index(row, 0).data(CreatorTableModel::AvatarUrlRole).toString();
        if (url.isEmpty() || m_requested.contains(url))
            continue;
        m_requested.insert(url);
        Reply<QByteArray> *reply = m_service.fetchAvatar(url);
        connect(reply, &ApiReply::finished, this, [this, reply, url] {
            // A failed avatar keeps its stand-in; it is not asked for again.
            if (!reply->hasError())
                handleAvatar(url, reply->value());
        });
    }
}

void CreatorAvatarModel::handleAvatar(const QString &url, const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return;
    m_avatars.insert(url, roundAvatar(image, avatarSize));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex cell = index(row, CreatorTableModel::CreatorColumn);
        if (cell.data(CreatorTableModel::AvatarUrlRole).toString() == url)
            emit dataChanged(cell, cell, {Qt::DecorationRole});
    }
    emit avatarLoaded(url);
}

QPixmap CreatorAvatarModel::standIn(const QString &name) const
{
    const QString initial = name.isEmpty() ? u"?"_s : name.left(1).toUpper();
    const auto cached = m_standIns.constFind(name);
    if (cached != m_standIns.constEnd())
        return *cached;
    QPixmap disc(avatarSize, avatarSize);
    disc.fill(Qt::transparent);
    QPainter painter(&disc);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(static_cast<int>(qHash(name, 7) % 360), 90, 200));
    painter.drawEllipse(0, 0, avatarSize, avatarSize);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(avatarSize / 2);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, avatarSize, avatarSize), Qt::AlignCenter, initial);
    painter.end();
    m_standIns.insert(name, disc);
    return disc;
}

} // namespace ShopDesk
