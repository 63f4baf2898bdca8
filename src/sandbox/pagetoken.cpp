#include "pagetoken.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace ShopDesk {

namespace {

// 0xFB 0xFF 0xBF encodes as "+/+/"; a 13-byte token always ends in "==".
constexpr char marker[] = {'\xFB', '\xFF', '\xBF'};
constexpr char version = 1;
constexpr qsizetype tokenSize = 13;

QByteArray contextCheck(QByteArrayView context)
{
    return QCryptographicHash::hash(context, QCryptographicHash::Sha1).left(4);
}

} // namespace

QString PageToken::encode(qint64 offset, QByteArrayView queryContext)
{
    QByteArray raw(marker, sizeof marker);
    raw += version;
    char offsetBytes[4];
    qToBigEndian(static_cast<quint32>(offset), offsetBytes);
    raw += QByteArray(offsetBytes, sizeof offsetBytes);
    raw += contextCheck(queryContext);
    raw += '\0';
    Q_ASSERT(raw.size() == tokenSize);
    return QString::fromLatin1(raw.toBase64());
}

std::optional<qint64> PageToken::decode(const QString &token, QByteArrayView queryContext)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != tokenSize)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    if (!raw.startsWith(QByteArrayView(marker, sizeof marker)) || raw.at(3) != version)
        return std::nullopt;
    if (raw.mid(8, 4) != contextCheck(queryContext))
        return std::nullopt;
    return qFromBigEndian<quint32>(raw.constData() + 4);
}

} // namespace ShopDesk
