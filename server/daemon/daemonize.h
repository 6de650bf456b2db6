#pragma once

#include <QString>

namespace qsd {

/// Detaches from the terminal as staticDHCPd does (fork, setsid, chdir /, second fork), while the original
/// process waits: it exits with the daemon's start-up status, so `qstaticdhcpd` without --foreground still
/// reports a failed start on the terminal. Call `reportStarted()` / `reportFailed()` once start-up is decided.
/// Unix only; elsewhere `detach()` fails with an error saying so.
class Daemonizer
{
public:
    bool detach(QString *error);
    /// The start-up succeeded: the waiting parent exits 0, standard streams go to /dev/null.
    void reportStarted();
    /// The start-up failed with `status`: the waiting parent exits with it.
    void reportFailed(int status);

private:
    int m_pipe = -1;
};

} // namespace qsd
