#include "multipartform.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// A parameter of a header value, `name=value` or `name="value"` (with `\"` and `\\` escapes),
/// after the first `;`. Semicolons inside quotes belong to the value.
QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    qsizetype at = header.indexOf(';');
    while (at >= 0 && at < header.size()) {
        ++at;
        while (at < header.size() && header.at(at) == ' ')
            ++at;
        const qsizetype equals = header.indexOf('=', at);
        if (equals < 0)
            return {};
        const QByteArray key = header.mid(at, equals - at).trimmed().toLower();
        QByteArray value;
        at = equals + 1;
        if (at < header.size() && header.at(at) == '"') {
            for (++at; at < header.size() && header.at(at) != '"'; ++at) {
                if (header.at(at) == '\\' && at + 1 < header.size())
                    ++at;
                value += header.at(at);
            }
            at = header.indexOf(';', at);
        } else {
            const qsizetype end = header.indexOf(';', at);
            value = header.mid(at, end < 0 ? -1 : end - at).trimmed();
            at = end;
        }
        if (key == name)
            return value;
    }
    return {};
}

QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + bytes + '"';
}

Result<FormPart> decodePart(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return Error{u"a part has no header end"_s, {}};
    FormPart part;
    part.data = raw.mid(headerEnd + 4);
    for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
        const QByteArray header = line.trimmed();
        const qsizetype colon = header.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = header.left(colon).trimmed().toLower();
        const QByteArray value = header.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (!value.toLower().startsWith("form-data"))
                return Error{u"a part is not form-data"_s, {}};
            part.name = QString::fromUtf8(headerParameter(value, "name"));
            part.fileName = QString::fromUtf8(headerParameter(value, "filename"));
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
    if (part.name.isEmpty())
        return Error{u"a part has no name"_s, {}};
    return part;
}

} // namespace

QByteArray MultipartForm::contentType(const QByteArray &boundary)
{
    return "multipart/form-data; boundary=" + boundary;
}

QByteArray MultipartForm::newBoundary()
{
    // 128 random bits: a file that happens to contain them is not a real concern.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    return "ShopDeskBoundary" + random.toHex();
}

QByteArray MultipartForm::encode(const QList<FormPart> &parts, const QByteArray &boundary)
{
    QByteArray body;
    for (const FormPart &part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.isFile())
            body += "; filename=" + quoted(part.fileName);
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

Result<QList<FormPart>> MultipartForm::decode(const QByteArray &contentTypeHeader, const QByteArray &body)
{
    if (!contentTypeHeader.trimmed().toLower().startsWith("multipart/form-data"))
        return Error{u"the body is not multipart/form-data"_s, {}};
    const QByteArray boundary = headerParameter(contentTypeHeader, "boundary");
    if (boundary.isEmpty())
        return Error{u"the multipart body has no boundary"_s, {}};
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return Error{u"the multipart body has no parts"_s, {}};
    QList<FormPart> parts;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return Error{u"a multipart delimiter is not followed by a line break"_s, {}};
        at += 2;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (next < 0)
            return Error{u"the multipart body is cut short"_s, {}};
        Result<FormPart> part = decodePart(body.mid(at, next - at));
        if (!part)
            return part.error();
        parts.append(std::move(part).value());
        at = next + 2;
    }
}

} // namespace ShopDesk
