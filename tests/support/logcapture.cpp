#include "logcapture.h"

#include <QLoggingCategory>

namespace ShopDesk {

namespace {

QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    captured.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

LogCapture::LogCapture(const QString &rules)
{
    captured.clear();
    QLoggingCategory::setFilterRules(rules);
    m_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QString LogCapture::text() const
{
    return captured.join(u'\n');
}

} // namespace ShopDesk
