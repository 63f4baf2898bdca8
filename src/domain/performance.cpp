#include "performance.h"

namespace ShopDesk {

Money GmvBreakdown::total() const
{
    return Money{live.minor + video.minor + productCard.minor, live.currency};
}

} // namespace ShopDesk
