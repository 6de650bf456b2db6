#include "decodecommand.h"
#include "managementclient.h"
#include "remotecommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int usage(int code)
{
    QTextStream(code ? stderr : stdout)
        << "usage: qstaticdhcpctl [--connect URL] [--token-file F] [--tls-ca F] [--json] COMMAND [ARGS]\n\n"
           "  --connect URL     local:NAME (default local:qstaticdhcpd) or tcp://HOST:PORT (TLS and a token)\n"
           "  --token-file F    the token for tcp:// (a \"name:token\" or \"token\" line)\n"
           "  --tls-ca F        PEM certificate(s) to trust for tcp:// (default: the system's)\n"
           "  --json            print the server's answers as JSON\n\n"
           "commands:\n"
        << remoteCommandsUsage()
        << "  decode FILE|-                           print a raw DHCP message (UDP payload) as JSON (offline)\n\n"
           "exit codes: 0 done, 1 refused by the server, 2 usage or connection error\n";
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qstaticdhcpctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QSD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    ManagementClient::Options options;
    bool json = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString name = args.takeFirst();
        if (name == QLatin1String("--version")) {
            QTextStream(stdout) << "qstaticdhcpctl " << QSD_VERSION << '\n';
            return 0;
        }
        if (name == QLatin1String("--help"))
            return usage(0);
        if (name == QLatin1String("--json")) {
            json = true;
            continue;
        }
        if (args.isEmpty()) {
            QTextStream(stderr) << "qstaticdhcpctl: " << name << " needs a value\n";
            return usage(2);
        }
        if (name == QLatin1String("--connect"))
            options.url = args.takeFirst();
        else if (name == QLatin1String("--token-file"))
            options.tokenFile = args.takeFirst();
        else if (name == QLatin1String("--tls-ca"))
            options.caFile = args.takeFirst();
        else {
            QTextStream(stderr) << "qstaticdhcpctl: unknown option '" << name << "'\n";
            return usage(2);
        }
    }
    if (args.isEmpty())
        return usage(2);
    const QString command = args.takeFirst();
    if (command == QLatin1String("decode"))
        return runDecodeCommand(args);
    if (command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    if (!isRemoteCommand(command)) {
        QTextStream(stderr) << "qstaticdhcpctl: unknown command '" << command << "'\n";
        return usage(2);
    }
    json = args.removeAll(QStringLiteral("--json")) > 0 || json;
    ManagementClient client;
    QString error;
    if (!client.connect(options, &error)) {
        QTextStream(stderr) << "qstaticdhcpctl: " << error << '\n';
        return 2;
    }
    return runRemoteCommand(client, command, args, json);
}
