#include "listingimageswidget.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QIcon thumbnail(const QByteArray &bytes, bool broken)
{
    QPixmap canvas(ListingImagesWidget::thumbnailSize, ListingImagesWidget::thumbnailSize);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    const QImage image = QImage::fromData(bytes);
    if (!image.isNull()) {
        const QImage scaled = image.scaled(canvas.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2, scaled);
    }
    if (broken) {
        painter.setPen(QPen(QColor(179, 38, 30), 3));
        painter.drawRect(canvas.rect().adjusted(1, 1, -2, -2));
    }
    return QIcon(canvas);
}

} // namespace

ListingImagesWidget::ListingImagesWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add pictures…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"listingImagesWidget"_s);
    m_list->setObjectName(u"listingImages"_s);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setMovement(QListView::Static);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setFixedHeight(thumbnailSize + 42);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add->setObjectName(u"listingAddImages"_s);
    m_remove->setObjectName(u"listingRemoveImage"_s);
    m_count->setObjectName(u"listingImageCount"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ListingImagesWidget::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &ListingImagesWidget::removeSelected);
    updateCount();
}

void ListingImagesWidget::pickFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add pictures"), {}, tr("Pictures (*.jpg *.jpeg *.png);;All files (*)"));
    addFiles(paths);
}

void ListingImagesWidget::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile file(path);
        // Larger files are refused anyway; reading a few bytes past the limit is enough to tell.
        const QByteArray bytes
            = file.open(QIODevice::ReadOnly) ? file.read(ListingRules::maxImageBytes + 1) : QByteArray();
        addImage(QFileInfo(path).fileName(), bytes, file.size());
    }
}

void ListingImagesWidget::addImage(const QString &fileName, const QByteArray &bytes, qint64 fileSize)
{
    const PickedImage picked{fileName, qMax(fileSize, qint64(bytes.size())), ImageHeader::read(bytes)};
    const std::optional<QString> problem = ListingRules::checkImage(picked);
    auto *item = new QListWidgetItem(thumbnail(bytes, problem.has_value()), fileName, m_list);
    item->setToolTip(problem.value_or(tr("%1 × %2 pixels").arg(picked.header.width).arg(picked.header.height)));
    m_images.append({fileName, bytes});
    m_picked.append(picked);
    updateCount();
    emit imagesChanged();
}

void ListingImagesWidget::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        delete m_list->takeItem(row);
        m_images.removeAt(row);
        m_picked.removeAt(row);
    }
    updateCount();
    emit imagesChanged();
}

QStringList ListingImagesWidget::problems() const
{
    QStringList problems;
    for (const PickedImage &picked : m_picked) {
        if (const std::optional<QString> problem = ListingRules::checkImage(picked))
            problems.append(*problem);
    }
    return problems;
}

void ListingImagesWidget::updateCount()
{
    m_count->setText(tr("%1 of at most %2 pictures").arg(m_images.size()).arg(ListingRules::maxMainImages));
    m_remove->setEnabled(!m_images.isEmpty());
}

} // namespace ShopDesk
