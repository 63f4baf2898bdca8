#include "serialworker.h"

namespace ShopDesk {

SerialWorker::SerialWorker(QObject &receiver)
    : m_receiver(receiver)
{
    // One thread keeps the jobs, and so the results, in order.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SerialWorker::~SerialWorker()
{
    m_pool.waitForDone();
}

} // namespace ShopDesk
