// The real captures in tests/fixtures/packets decode to what MANIFEST.json (an independent decoder) says,
// and re-encode to equivalent packets.
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qsd;

namespace {

const QString kPackets = QStringLiteral(QSD_PACKETS_DIR "/");

QJsonArray manifest()
{
    QFile f(kPackets + QStringLiteral("MANIFEST.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: the captures ship in tests/fixtures/packets", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).array();
}

QByteArray readPacket(const QString &name)
{
    QFile f(kPackets + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

/// The manifest's option instances (options field, then file, then sname when overloaded), concatenated per
/// code in order of first appearance: what RFC 3396 says a receiver must see.
QList<QPair<int, QByteArray>> expectedOptions(const QJsonObject &decoded)
{
    QList<QPair<int, QByteArray>> out;
    QJsonArray all = decoded.value(QStringLiteral("options")).toArray();
    for (const char *extra : {"options_file", "options_sname"}) {
        for (const QJsonValue &v : decoded.value(QLatin1String(extra)).toArray())
            all.append(v);
    }
    for (const QJsonValue &v : std::as_const(all)) {
        const int code = v.toArray().at(0).toInt();
        const QByteArray value = QByteArray::fromHex(v.toArray().at(1).toString().toLatin1());
        if (code == 255 || code == 0)
            continue;
        auto it = std::find_if(out.begin(), out.end(), [code](const auto &p) { return p.first == code; });
        if (it == out.end())
            out.append({code, value});
        else
            it->second += value;
    }
    return out;
}

QList<QPair<int, QByteArray>> actualOptions(const DhcpPacket &p)
{
    QList<QPair<int, QByteArray>> out;
    for (const DhcpOption &o : p.options())
        out.append({o.code, o.value});
    return out;
}

} // namespace

class TestCaptures : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        const QJsonArray entries = manifest();
        QVERIFY(entries.size() >= 40);
        for (const QJsonValue &e : entries)
            QTest::addRow("%s", qPrintable(e[QLatin1String("file")].toString())) << e.toObject();
    }
    void decode()
    {
        QFETCH(QJsonObject, entry);
        const QJsonObject want = entry.value(QStringLiteral("decoded")).toObject();
        const QByteArray wire = readPacket(entry.value(QStringLiteral("file")).toString());
        QCOMPARE(wire.size(), want.value(QStringLiteral("length")).toInt());
        const DecodeResult r = PacketDecoder::decode(wire);
        QVERIFY2(!r.malformed(), qPrintable(r.detail));
        const DhcpPacket &p = r.packet;
        QCOMPARE(int(p.op), want[QLatin1String("op")].toInt());
        QCOMPARE(int(p.htype), want[QLatin1String("htype")].toInt());
        QCOMPARE(int(p.hlen), want[QLatin1String("hlen")].toInt());
        QCOMPARE(int(p.hops), want[QLatin1String("hops")].toInt());
        QCOMPARE(QStringLiteral("0x%1").arg(p.xid, 8, 16, QLatin1Char('0')), want[QLatin1String("xid")].toString());
        QCOMPARE(int(p.secs), want[QLatin1String("secs")].toInt());
        QCOMPARE(int(p.flags), want[QLatin1String("flags")].toInt());
        QCOMPARE(p.ciaddr.toString(), want[QLatin1String("ciaddr")].toString());
        QCOMPARE(p.yiaddr.toString(), want[QLatin1String("yiaddr")].toString());
        QCOMPARE(p.siaddr.toString(), want[QLatin1String("siaddr")].toString());
        QCOMPARE(p.giaddr.toString(), want[QLatin1String("giaddr")].toString());
        QCOMPARE(p.hardwareAddress().toString(), want[QLatin1String("chaddr")].toString());
        if (!want.contains(QLatin1String("overload")))
            QCOMPARE(QString::fromLatin1(p.file.left(p.file.indexOf('\0'))), want[QLatin1String("file")].toString());
        QCOMPARE(actualOptions(p), expectedOptions(want));
        QCOMPARE(r.endPresent, want[QLatin1String("options_end_present")].toBool());
        if (!want.contains(QLatin1String("overload")))
            QCOMPARE(r.bytesAfterEnd, want[QLatin1String("bytes_after_end")].toInt());
        const QJsonValue msgtype = want[QLatin1String("msgtype")];
        QCOMPARE(p.messageTypeName(), msgtype.isNull() ? QString() : QStringLiteral("DHCP_") + msgtype.toString().toUpper());
    }

    void reencode_data() { decode_data(); }
    void reencode()
    {
        QFETCH(QJsonObject, entry);
        const QByteArray wire = readPacket(entry.value(QStringLiteral("file")).toString());
        DhcpPacket first = PacketDecoder::decode(wire).packet;
        first.selectAllOptions();
        EncodeReport report;
        const QByteArray again = PacketEncoder::encode(first, &report);
        QVERIFY(report.dropped.isEmpty());
        QVERIFY(again.size() >= DhcpPacket::MinimumSize);
        QVERIFY(again.size() <= first.maximumMessageSize() - 28);
        const DecodeResult second = PacketDecoder::decode(again);
        QVERIFY2(!second.malformed(), qPrintable(second.detail));
        const DhcpPacket &p = second.packet;
        QCOMPARE(p.op, first.op);
        QCOMPARE(p.xid, first.xid);
        QCOMPARE(p.flags, first.flags);
        QCOMPARE(p.ciaddr, first.ciaddr);
        QCOMPARE(p.yiaddr, first.yiaddr);
        QCOMPARE(p.siaddr, first.siaddr);
        QCOMPARE(p.giaddr, first.giaddr);
        QCOMPARE(p.chaddr, first.chaddr);
        QCOMPARE(p.sname, first.sname);
        QCOMPARE(p.file, first.file);
        auto sorted = [](QList<QPair<int, QByteArray>> l) {
            l.removeIf([](const auto &o) { return o.first == Opt::Overload; });
            std::sort(l.begin(), l.end());
            return l;
        };
        QCOMPARE(sorted(actualOptions(p)), sorted(actualOptions(first)));
        // Message type first, as clients expect.
        if (first.messageType() != MessageType::None)
            QCOMPARE(p.options().first().code, Opt::DhcpMessageType);
    }

    void unmodifiedRepliesKeepTheirBytes()
    {
        // dnsmasq writes 53, 54, 51 first; for its replies our encoder reproduces the options area byte for byte
        // when the order agrees with ours.
        const QByteArray wire = readPacket(QStringLiteral("dnsmasq-26-ack.bin"));
        const DecodeResult r = PacketDecoder::decode(wire);
        const QByteArray again = PacketEncoder::encode(r.packet);
        const qsizetype throughEnd = wire.size() - r.bytesAfterEnd;
        QCOMPARE(again.left(throughEnd).toHex(), wire.left(throughEnd).toHex());
        QCOMPARE(again.size(), qsizetype(DhcpPacket::MinimumSize));
    }
};

QTEST_APPLESS_MAIN(TestCaptures)
#include "tst_captures.moc"
