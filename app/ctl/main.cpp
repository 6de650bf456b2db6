#include "decodecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int usage(int code)
{
    QTextStream(code ? stderr : stdout)
        << "usage: qstaticdhcpctl COMMAND [ARGS]\n\n"
           "commands:\n"
           "  decode FILE|-   print a raw DHCP message (UDP payload) as JSON\n";
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qstaticdhcpctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QSD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(2);
    const QString command = args.takeFirst();
    if (command == QLatin1String("decode"))
        return runDecodeCommand(args);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "qstaticdhcpctl " << QSD_VERSION << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        return usage(0);
    QTextStream(stderr) << "qstaticdhcpctl: unknown command '" << command << "'\n";
    return usage(2);
}
