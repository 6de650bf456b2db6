// The IPv4/UDP datagram the link-layer sender puts in a frame: fields and checksums (RFC 791, RFC 768).
#include "net/linklayersender.h"

#include <QTest>
#include <QtEndian>

using namespace qsd;

namespace {

/// RFC 1071: the one's-complement sum over data that includes its checksum folds to 0xffff.
quint16 onesComplementSum(const uchar *p, int length, quint32 sum = 0)
{
    for (int i = 0; i + 1 < length; i += 2)
        sum += quint32(p[i]) << 8 | p[i + 1];
    if (length % 2)
        sum += quint32(p[length - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(sum);
}

} // namespace

class TestLinkLayerSender : public QObject
{
    Q_OBJECT
private slots:
    void datagram_data()
    {
        QTest::addColumn<int>("payloadSize");
        QTest::addRow("even payload") << 300;
        QTest::addRow("odd payload") << 301;
        QTest::addRow("large, no DF") << 1200;
    }
    void datagram()
    {
        QFETCH(int, payloadSize);
        QByteArray payload(payloadSize, Qt::Uninitialized);
        for (int i = 0; i < payloadSize; ++i)
            payload[i] = char(i * 7);
        const QByteArray d = LinkLayerSender::ipUdpDatagram(IPv4(198, 18, 0, 1), 67, IPv4(198, 18, 0, 11), 68, payload);
        const auto *p = reinterpret_cast<const uchar *>(d.constData());
        QCOMPARE(d.size(), 28 + payloadSize);
        QCOMPARE(p[0], uchar(0x45));
        QCOMPARE(qFromBigEndian<quint16>(p + 2), quint16(d.size()));
        QCOMPARE(bool(p[6] & 0x40), payloadSize <= 560);
        QCOMPARE(p[9], uchar(17));
        QCOMPARE(qFromBigEndian<quint32>(p + 12), IPv4(198, 18, 0, 1).toUInt32());
        QCOMPARE(qFromBigEndian<quint32>(p + 16), IPv4(198, 18, 0, 11).toUInt32());
        QCOMPARE(onesComplementSum(p, 20), quint16(0xffff));   // header checksum verifies
        const uchar *udp = p + 20;
        QCOMPARE(qFromBigEndian<quint16>(udp), quint16(67));
        QCOMPARE(qFromBigEndian<quint16>(udp + 2), quint16(68));
        QCOMPARE(qFromBigEndian<quint16>(udp + 4), quint16(8 + payloadSize));
        const quint32 pseudo = onesComplementSum(p + 12, 8) + 17 + quint32(8 + payloadSize);
        QCOMPARE(onesComplementSum(udp, 8 + payloadSize, pseudo), quint16(0xffff));   // UDP checksum verifies
        QCOMPARE(d.mid(28), payload);
    }
};

QTEST_APPLESS_MAIN(TestLinkLayerSender)
#include "tst_linklayersender.moc"
