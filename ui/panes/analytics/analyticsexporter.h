#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "domain/analyticssnapshot.h"

class QWidget;

namespace ShopDesk {

/// Writes what the Analytics pane shows: the charts as a PNG or SVG picture, the daily figures or
/// the top products as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs
/// read Chinese titles right).
class AnalyticsExporter final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsExporter)

public:
    enum class Format { Png, Svg, DailyCsv, ProductsCsv };

    /// The save dialog's filters, in Format order.
    static QStringList filters();
    /// The format a chosen filter names, else the one the file's suffix names (PNG by default).
    static Format formatFor(const QString &path, const QString &selectedFilter);

    /// Writes `path`; the reason on failure.
    static std::optional<QString> write(Format format, const QString &path, QWidget *charts,
        const AnalyticsSnapshot &snapshot, const QHash<QString, QString> &titles);

private:
    static std::optional<QString> writeSvg(const QString &path, QWidget *charts);
    static std::optional<QString> writeCsv(const QString &path, const QList<QStringList> &records);
};

} // namespace ShopDesk
