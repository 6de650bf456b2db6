#pragma once

#include <QRemoteObjectPendingReply>
#include <QString>

namespace ctl {

/// Waits for a slot's answer (a type declared in management.rep). Without one in time: an answer of the same
/// type refused with "no answer from the server", and `answered` (if given) false.
template <typename Reply>
Reply await(QRemoteObjectPendingReply<Reply> reply, int timeoutMs, bool *answered = nullptr)
{
    const bool done = reply.waitForFinished(timeoutMs);
    if (answered)
        *answered = done;
    if (done)
        return reply.returnValue();
    Reply none;
    none.setOk(false);
    none.setError(QStringLiteral("no answer from the server"));
    return none;
}

} // namespace ctl
