#include "orderdatefilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

using Preset = OrderDateRange::Preset;

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

OrderDateFilter::OrderDateFilter(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(dateEdit(u"orderDateFrom"_s, this))
    , m_to(dateEdit(u"orderDateTo"_s, this))
{
    setObjectName(u"orderDateFilter"_s);
    m_preset->setObjectName(u"orderDatePreset"_s);
    m_preset->setToolTip(tr("Show the orders created in this time, in your time zone"));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Custom…"), int(Preset::Custom));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from->setToolTip(tr("First day, included"));
    m_to->setToolTip(tr("Last day, included"));
    auto *dash = new QLabel(tr("to", "from date to date"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);
    for (QWidget *custom : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(dash), static_cast<QWidget *>(m_to)})
        custom->setVisible(false);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &OrderDateFilter::handlePresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &OrderDateFilter::rangeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &OrderDateFilter::rangeChanged);
}

OrderDateRange::Preset OrderDateFilter::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void OrderDateFilter::setPreset(OrderDateRange::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void OrderDateFilter::setCustomDays(QDate first, QDate last)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
    if (preset() == Preset::Custom)
        emit rangeChanged();
}

OrderDateRange OrderDateFilter::range(QDate today) const
{
    if (preset() == Preset::Custom)
        return OrderDateRange::days(m_from->date(), m_to->date());
    return OrderDateRange::ofPreset(preset(), today);
}

void OrderDateFilter::handlePresetChanged()
{
    const bool custom = preset() == Preset::Custom;
    // Everything after the preset box belongs to the custom span.
    for (int i = 1; i < layout()->count(); ++i)
        layout()->itemAt(i)->widget()->setVisible(custom);
    emit rangeChanged();
}

} // namespace ShopDesk
