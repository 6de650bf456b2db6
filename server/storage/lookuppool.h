#pragma once

#include "definitionstore.h"

#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace qsd {

/// Lookups of a network store (PostgreSQL, MySQL, HTTP) in worker threads, so that the server thread never
/// waits on the network (DESIGN.md, pipeline step 7): staticDHCPd's connection pool and thread per packet,
/// bounded. Each worker owns one store, made by the factory in the worker's thread (SQL connections belong
/// to the thread that opened them), so `workers` is also the number of connections
/// (`[database] *_maximum_connections`).
///
/// At most `queueLimit` lookups wait for a free worker; submit() refuses more, and the caller drops the packet
/// (the client retransmits). Answers come back as `answered` in the pool's own thread, in completion order.
/// Destruction waits for the lookups being run (each is bounded by its store's timeout); queued ones are
/// dropped unanswered.
class LookupPool : public QObject
{
    Q_OBJECT
public:
    /// Makes one worker's store in the worker's thread; called once per worker, at its first lookup.
    /// A store that cannot reach its database yet must still be returned (its lookups then report outages).
    using StoreFactory = std::function<std::unique_ptr<DefinitionStore>()>;

    LookupPool(int workers, int queueLimit, StoreFactory factory, QObject *parent = nullptr);
    ~LookupPool() override;

    /// Queues the lookup of `mac`, answered later with `ticket`; false when `queueLimit` lookups already wait.
    bool submit(quint64 ticket, const MAC &mac);

    int workers() const { return int(m_threads.size()); }
    int queueLimit() const { return m_queueLimit; }
    /// Lookups queued and not yet taken by a worker.
    int waiting() const;

signals:
    void answered(quint64 ticket, const qsd::MAC &mac, const qsd::LookupResult &result);

private:
    struct Job
    {
        quint64 ticket;
        MAC mac;
    };

    void work();
    void deliver(quint64 ticket, const MAC &mac, LookupResult result);

    const int m_queueLimit;
    StoreFactory m_factory;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QQueue<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace qsd

Q_DECLARE_METATYPE(qsd::LookupResult)
