#include "analyticsexporter.h"

#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include "io/csvwriter.h"
#include "io/performancecsv.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

QStringList AnalyticsExporter::filters()
{
    return {tr("PNG image (*.png)"), tr("SVG image (*.svg)"), tr("Daily figures, CSV (*.csv)"),
        tr("Top products, CSV (*.csv)")};
}

AnalyticsExporter::Format AnalyticsExporter::formatFor(const QString &path, const QString &selectedFilter)
{
    const qsizetype chosen = filters().indexOf(selectedFilter);
    if (chosen >= 0)
        return static_cast<Format>(chosen);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"csv")
        return Format::DailyCsv;
    return Format::Png;
}

std::optional<QString> AnalyticsExporter::write(Format format, const QString &path, QWidget *charts,
    const AnalyticsSnapshot &snapshot, const QHash<QString, QString> &titles)
{
    switch (format) {
    case Format::Png:
        if (!charts->grab().save(path, "PNG"))
            return tr("The picture could not be written to %1.").arg(path);
        return std::nullopt;
    case Format::Svg:
        return writeSvg(path, charts);
    case Format::DailyCsv:
        return writeCsv(path, PerformanceCsv::dailyRecords(snapshot));
    case Format::ProductsCsv:
        return writeCsv(path, PerformanceCsv::productRecords(snapshot, titles));
    }
    return std::nullopt;
}

std::optional<QString> AnalyticsExporter::writeSvg(const QString &path, QWidget *charts)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(charts->size());
    generator.setViewBox(QRect(QPoint(0, 0), charts->size()));
    generator.setTitle(tr("ShopDesk analytics"));
    QPainter painter;
    if (!painter.begin(&generator))
        return tr("The picture could not be written to %1.").arg(path);
    charts->render(&painter);
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return tr("The picture could not be written to %1.").arg(path);
    return std::nullopt;
}

std::optional<QString> AnalyticsExporter::writeCsv(const QString &path, const QList<QStringList> &records)
{
    // Written aside and renamed into place, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file %1 could not be written: %2").arg(path, file.errorString());
    CsvWriter csv(file, CsvWriter::ByteOrderMark::Write);
    for (const QStringList &record : records)
        csv.writeRow(record);
    if (!csv.ok() || !file.commit())
        return tr("The file %1 could not be written: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace ShopDesk
