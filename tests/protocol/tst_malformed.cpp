// Malformed input yields a named reason and never crashes (the fuzzer in tests/fuzz goes further).
#include "protocol/packetdecoder.h"
#include "protocol/packetencoder.h"
#include "protocol/packetjson.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace qsd;

Q_DECLARE_METATYPE(qsd::DecodeError)

namespace {

QByteArray validDiscover()
{
    QFile f(QStringLiteral(QSD_PACKETS_DIR "/dhclient-01-discover.bin"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

/// A header + cookie followed by `options` as given.
QByteArray withOptions(const QByteArray &options)
{
    return validDiscover().left(240) + options;
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT
private slots:
    void reasons_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<DecodeError>("error");
        QTest::addColumn<bool>("usable");
        QTest::addRow("empty") << QByteArray() << DecodeError::TruncatedHeader << false;
        QTest::addRow("100 bytes") << validDiscover().left(100) << DecodeError::TruncatedHeader << false;
        QTest::addRow("header without cookie") << validDiscover().left(236) << DecodeError::TruncatedHeader << false;
        QTest::addRow("cut cookie") << validDiscover().left(239) << DecodeError::TruncatedHeader << false;
        QByteArray badCookie = validDiscover();
        badCookie[238] = 0;
        QTest::addRow("bad cookie") << badCookie << DecodeError::BadMagicCookie << false;
        QTest::addRow("length past end") << withOptions(QByteArray("\x35\x01\x01\x0c\x20labpc", 10)) << DecodeError::OptionOverrun << true;
        QTest::addRow("code without length") << withOptions(QByteArray("\x35\x01\x01\x0c", 4)) << DecodeError::OptionOverrun << true;
        QTest::addRow("zero-length address") << withOptions(QByteArray("\x35\x01\x01\x36\x00\xff", 6)) << DecodeError::BadOptionLength << true;
        QTest::addRow("zero-length message type") << withOptions(QByteArray("\x35\x00\xff", 3)) << DecodeError::BadOptionLength << true;
        QTest::addRow("3-byte address") << withOptions(QByteArray("\x35\x01\x01\x32\x03\x01\x02\x03\xff", 9)) << DecodeError::BadOptionLength << true;
        QTest::addRow("overload 7") << withOptions(QByteArray("\x35\x01\x01\x34\x01\x07\xff", 7)) << DecodeError::BadOverload << true;
        QTest::addRow("zero-length hostname is fine") << withOptions(QByteArray("\x35\x01\x01\x0c\x00\xff", 6)) << DecodeError::None << true;
        QTest::addRow("no END is tolerated") << withOptions(QByteArray("\x35\x01\x01", 3)) << DecodeError::None << true;
        QTest::addRow("only padding") << withOptions(QByteArray(60, '\0')) << DecodeError::None << true;
    }
    void reasons()
    {
        QFETCH(QByteArray, wire);
        QFETCH(DecodeError, error);
        QFETCH(bool, usable);
        const DecodeResult r = PacketDecoder::decode(wire);
        QCOMPARE(r.error, error);
        QCOMPARE(r.usable(), usable);
        QCOMPARE(r.detail.isEmpty(), error == DecodeError::None);
        QCOMPARE(decodeErrorName(r.error).isEmpty(), error == DecodeError::None);
        // Whatever was decoded can be printed and re-encoded without harm.
        QVERIFY(!packetToJsonText(r, wire.size()).isEmpty());
        if (r.usable())
            QVERIFY(PacketEncoder::encode(r.packet).size() >= DhcpPacket::MinimumSize);
    }

    void goodOptionsBeforeAnOverrunAreKept()
    {
        const DecodeResult r = PacketDecoder::decode(withOptions(QByteArray("\x35\x01\x01\x0c\x20labpc", 10)));
        QCOMPARE(r.packet.messageType(), MessageType::Discover);
        QVERIFY(!r.packet.hasOption(Opt::Hostname));
        QVERIFY(r.detail.contains(QLatin1String("option 12")));
    }

    void overloadedFieldOverrun()
    {
        QByteArray wire = withOptions(QByteArray("\x35\x01\x01\x34\x01\x01\xff", 7));
        wire[108] = char(60);
        wire[109] = char(200);   // runs past the 128-byte file field
        const DecodeResult r = PacketDecoder::decode(wire);
        QCOMPARE(r.error, DecodeError::OptionOverrun);
        QVERIFY(r.detail.contains(QLatin1String("file")));
        QCOMPARE(r.packet.messageType(), MessageType::Discover);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(20261127);
        int usable = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray wire(int(rng.bounded(0, 700)), Qt::Uninitialized);
            for (char &c : wire)
                c = char(rng.bounded(256));
            if (i % 2 && wire.size() >= 240)
                wire.replace(236, 4, DhcpPacket::MagicCookie, 4);   // get past the cookie check half the time
            const DecodeResult r = PacketDecoder::decode(wire);
            usable += r.usable();
            if (r.usable())
                PacketEncoder::encode(r.packet);
            packetToJsonText(r, wire.size());
        }
        QVERIFY(usable > 5000);
    }

    void mutatedCapturesNeverCrash()
    {
        const QByteArray good = validDiscover();
        QRandomGenerator rng(67);
        for (int i = 0; i < 20000; ++i) {
            QByteArray wire = good;
            for (int flips = int(rng.bounded(1, 8)); flips > 0; --flips)
                wire[int(rng.bounded(int(wire.size())))] = char(rng.bounded(256));
            wire.truncate(int(rng.bounded(200, int(wire.size()) + 1)));
            const DecodeResult r = PacketDecoder::decode(wire);
            if (r.usable())
                PacketEncoder::encode(r.packet);
        }
    }
};

QTEST_APPLESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
