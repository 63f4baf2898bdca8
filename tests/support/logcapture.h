#pragma once

#include <QString>
#include <QStringList>

namespace ShopDesk {

/// Collects every log line (with its category) while it lives, with the logging rules given
/// switched on; afterwards the previous handler and rules are back.
class LogCapture final
{
public:
    explicit LogCapture(const QString &rules);
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    /// Everything logged so far, a line a message.
    QString text() const;

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace ShopDesk
