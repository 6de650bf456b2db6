#pragma once

#include <QStringList>

/// `qstaticdhcpctl decode FILE|-`: prints one raw DHCP message (UDP payload) as JSON on stdout.
/// Exit code 0 for a well-formed message, 1 for a malformed one (still printed, with its reason), 2 when the
/// input cannot be read.
int runDecodeCommand(const QStringList &arguments);
