#include "lookuppool.h"

#include <QThread>

namespace qsd {

LookupPool::LookupPool(int workers, int queueLimit, StoreFactory factory, QObject *parent)
    : QObject(parent), m_queueLimit(std::max(queueLimit, 1)), m_factory(std::move(factory))
{
    for (int i = 0; i < std::max(workers, 1); ++i) {
        m_threads.emplace_back(QThread::create([this] { work(); }));
        m_threads.back()->setObjectName(QStringLiteral("lookup-%1").arg(i + 1));
        m_threads.back()->start();
    }
}

LookupPool::~LookupPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    for (auto &thread : m_threads)
        thread->wait();
}

bool LookupPool::submit(quint64 ticket, const MAC &mac)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.size() >= m_queueLimit)
            return false;
        m_queue.enqueue(Job{ticket, mac});
    }
    m_wake.wakeOne();
    return true;
}

int LookupPool::waiting() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

// One worker: its own store, one lookup at a time.
void LookupPool::work()
{
    std::unique_ptr<DefinitionStore> store;
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            job = m_queue.dequeue();
        }
        if (!store)
            store = m_factory();
        deliver(job.ticket, job.mac, store->lookupMAC(job.mac));
    }
    store.reset();   // closes its connection in the thread that opened it
}

void LookupPool::deliver(quint64 ticket, const MAC &mac, LookupResult result)
{
    // Posted to the pool's thread; dropped by Qt if the pool is gone by then.
    QMetaObject::invokeMethod(this, [this, ticket, mac, result = std::move(result)] {
        emit answered(ticket, mac, result);
    }, Qt::QueuedConnection);
}

} // namespace qsd
