#include "decodecommand.h"

#include "protocol/packetjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

int runDecodeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "usage: qstaticdhcpctl decode FILE|-\n";
        return 2;
    }
    const QString path = arguments.first();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "qstaticdhcpctl decode: cannot read " << path << ": " << file.errorString() << '\n';
        return 2;
    }
    const QByteArray data = file.readAll();
    const qsd::DecodeResult decoded = qsd::PacketDecoder::decode(data);
    QTextStream(stdout) << qsd::packetToJsonText(decoded, data.size());
    return decoded.malformed() ? 1 : 0;
}
