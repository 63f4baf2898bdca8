#include "descriptionhtml.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool isBullet(const QString &line)
{
    return line.startsWith(u"- "_s) || line.startsWith(u"• "_s);
}

} // namespace

QString DescriptionHtml::fromPlainText(const QString &text)
{
    QString html;
    QStringList paragraph;
    QStringList bullets;
    auto flush = [&html, &paragraph, &bullets] {
        if (!paragraph.isEmpty())
            html += u"<p>"_s + paragraph.join(u"<br>"_s) + u"</p>"_s;
        if (!bullets.isEmpty())
            html += u"<ul><li>"_s + bullets.join(u"</li><li>"_s) + u"</li></ul>"_s;
        paragraph.clear();
        bullets.clear();
    };
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
        } else if (isBullet(line)) {
            if (!paragraph.isEmpty())
                flush();
            bullets.append(line.mid(2).trimmed().toHtmlEscaped());
        } else {
            if (!bullets.isEmpty())
                flush();
            paragraph.append(line.toHtmlEscaped());
        }
    }
    flush();
    return html;
}

} // namespace ShopDesk
