#include "periodselector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

int daysOf(PeriodSelector::Choice choice)
{
    switch (choice) {
    case PeriodSelector::Choice::Last7Days:
        return 7;
    case PeriodSelector::Choice::Last30Days:
        return 30;
    case PeriodSelector::Choice::Last90Days:
        return 90;
    case PeriodSelector::Choice::Custom:
        break;
    }
    return 0;
}

} // namespace

PeriodSelector::PeriodSelector(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_choice(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(u"–"_s, this))
    , m_to(new QDateEdit(this))
{
    m_choice->setObjectName(u"periodChoice"_s);
    m_from->setObjectName(u"periodFrom"_s);
    m_to->setObjectName(u"periodTo"_s);
    m_choice->addItem(tr("Last 7 days"), int(Choice::Last7Days));
    m_choice->addItem(tr("Last 30 days"), int(Choice::Last30Days));
    m_choice->addItem(tr("Last 90 days"), int(Choice::Last90Days));
    m_choice->addItem(tr("Custom dates"), int(Choice::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today());
    }
    m_to->setDate(today());
    m_from->setDate(today().addDays(-29));
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &PeriodSelector::handleChoiceChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodSelector::handleDatesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodSelector::handleDatesChanged);
    setChoice(Choice::Last30Days);
}

QDate PeriodSelector::today() const
{
    return m_clock.now().toLocalTime().date();
}

PeriodSelector::Choice PeriodSelector::choice() const
{
    return static_cast<Choice>(m_choice->currentData().toInt());
}

void PeriodSelector::setChoice(Choice choice)
{
    m_choice->setCurrentIndex(m_choice->findData(int(choice)));
    handleChoiceChanged();
}

void PeriodSelector::setEarliestStart(QDate date)
{
    m_from->setMinimumDate(date);
    m_to->setMinimumDate(date);
}

QDate PeriodSelector::start() const
{
    if (choice() == Choice::Custom)
        return m_from->date();
    return today().addDays(1 - daysOf(choice()));
}

QDate PeriodSelector::end() const
{
    return choice() == Choice::Custom ? m_to->date().addDays(1) : today().addDays(1);
}

void PeriodSelector::handleChoiceChanged()
{
    const bool custom = choice() == Choice::Custom;
    // Hidden rather than disabled: the preset periods need no dates, and the bar stays short.
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    emit periodChanged(start(), end());
}

void PeriodSelector::handleDatesChanged()
{
    if (m_to->date() < m_from->date())
        m_to->setDate(m_from->date()); // emits again with a consistent period
    else if (choice() == Choice::Custom)
        emit periodChanged(start(), end());
}

} // namespace ShopDesk
