#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"

namespace ShopDesk {

/// One part of a `multipart/form-data` body: a text field, or a file when it has a file name.
struct FormPart
{
    QString name;
    QByteArray data;
    QString fileName;
    QByteArray contentType;

    bool isFile() const { return !fileName.isEmpty(); }
    bool operator==(const FormPart &other) const = default;
};

/// `multipart/form-data` (RFC 7578) both ways: the client writes image uploads with it, the sandbox
/// reads them. Written here rather than with QHttpMultiPart so that the exact bytes can be kept
/// and sent again unchanged on a retry.
class MultipartForm final
{
public:
    /// The value of the Content-Type header for a body written with `boundary`.
    static QByteArray contentType(const QByteArray &boundary);
    /// A random boundary that cannot occur in the parts.
    static QByteArray newBoundary();
    static QByteArray encode(const QList<FormPart> &parts, const QByteArray &boundary);
    /// Reads a body sent with `contentTypeHeader`; an error when that is not multipart/form-data or
    /// the body is not well formed.
    static Result<QList<FormPart>> decode(const QByteArray &contentTypeHeader, const QByteArray &body);
};

} // namespace ShopDesk
