#include "protocol/optiontable.h"
#include "protocol/optionvalue.h"

#include <QSet>

#include <limits>
#include <QTest>

using namespace qsd;

Q_DECLARE_METATYPE(qsd::OptionType)

namespace {

/// A valid native value and its wire bytes for each type: the round trip is checked for every table row.
struct Sample
{
    QVariant native;
    QByteArray wire;
};

Sample sampleFor(OptionType type)
{
    switch (type) {
    case OptionType::IPv4: return {QStringLiteral("198.18.0.1"), QByteArray("\xc6\x12\x00\x01", 4)};
    case OptionType::IPv4Plus:
        return {QStringList{QStringLiteral("198.18.0.1"), QStringLiteral("10.0.0.2")}, QByteArray("\xc6\x12\x00\x01\x0a\x00\x00\x02", 8)};
    case OptionType::IPv4Star: return {QStringList{}, QByteArray("")};
    case OptionType::Byte: return {200u, QByteArray("\xc8", 1)};
    case OptionType::BytePlus: return {QVariantList{1u, 2u, 255u}, QByteArray("\x01\x02\xff", 3)};
    case OptionType::String: return {QStringLiteral("lab-pc é"), QStringLiteral("lab-pc é").toUtf8()};
    case OptionType::Bool: return {true, QByteArray("\x01", 1)};
    case OptionType::UInt16: return {1500u, QByteArray("\x05\xdc", 2)};
    case OptionType::UInt16Plus: return {QVariantList{68u, 1500u}, QByteArray("\x00\x44\x05\xdc", 4)};
    case OptionType::UInt32: return {3600u, QByteArray("\x00\x00\x0e\x10", 4)};
    case OptionType::UInt32Plus: return {QVariantList{1u, 4294967295u}, QByteArray("\x00\x00\x00\x01\xff\xff\xff\xff", 8)};
    case OptionType::Identifier: return {QVariantList{1u, 2u, 0u}, QByteArray("\x01\x02\x00", 3)};
    case OptionType::None: return {QVariant::fromValue(nullptr), QByteArray("")};
    case OptionType::Rfc:
    case OptionType::Unassigned:
    case OptionType::Reserved:
    case OptionType::Count: break;
    }
    return {QVariantList{0u, 7u, 128u}, QByteArray("\x00\x07\x80", 3)};
}

} // namespace

class TestOptionTable : public QObject
{
    Q_OBJECT
private slots:
    void everyCodeHasARow()
    {
        QCOMPARE(int(OptionTable::end() - OptionTable::begin()), 254);
        QVERIFY(!OptionTable::find(0));
        QVERIFY(!OptionTable::find(255));
        QSet<QString> names;
        int named = 0;
        for (const OptionDef *def = OptionTable::begin(); def != OptionTable::end(); ++def) {
            QCOMPARE(OptionTable::find(def->code), def);
            QCOMPARE(OptionTable::find(def->displayName()), def);
            QVERIFY2(!names.contains(def->displayName()), qPrintable(def->displayName()));
            names.insert(def->displayName());
            named += !def->name.empty();
        }
        QCOMPARE(named, 130);   // staticDHCPd's DHCP_OPTIONS names 130 codes
        QCOMPARE(OptionTable::find(u"domain_name_servers")->code, 6);
        QCOMPARE(OptionTable::find(u"252")->code, 252);
        QCOMPARE(OptionTable::find(u"option_84")->code, 84);
        QVERIFY(!OptionTable::find(u"no_such_option"));
        QVERIFY(!OptionTable::find(u"300"));
        QCOMPARE(OptionTable::find(224)->type, OptionType::Reserved);
        QCOMPARE(OptionTable::find(80)->type, OptionType::None);
        QCOMPARE(OptionTable::find(61)->type, OptionType::Identifier);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("code");
        for (const OptionDef *def = OptionTable::begin(); def != OptionTable::end(); ++def)
            QTest::addRow("%d %s", def->code, qPrintable(def->displayName())) << int(def->code);
    }
    void roundTrip()
    {
        QFETCH(int, code);
        const OptionDef *def = OptionTable::find(code);
        const Sample s = sampleFor(def->type);
        QString error;
        const auto wire = OptionValue::encode(quint8(code), s.native, &error);
        QVERIFY2(wire, qPrintable(error));
        QCOMPARE(*wire, s.wire);
        QCOMPARE(OptionValue::decode(quint8(code), *wire), s.native);
        // Raw bytes are accepted for every option, then checked against its type.
        QCOMPARE(OptionValue::encode(quint8(code), s.wire, &error), std::optional<QByteArray>(s.wire));
    }

    void lengthRules_data()
    {
        QTest::addColumn<OptionType>("type");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ipv4 3") << OptionType::IPv4 << 3 << false;
        QTest::addRow("ipv4 0") << OptionType::IPv4 << 0 << false;
        QTest::addRow("ipv4+ 0") << OptionType::IPv4Plus << 0 << false;
        QTest::addRow("ipv4+ 6") << OptionType::IPv4Plus << 6 << false;
        QTest::addRow("ipv4+ 8") << OptionType::IPv4Plus << 8 << true;
        QTest::addRow("ipv4* 0") << OptionType::IPv4Star << 0 << true;
        QTest::addRow("byte 2") << OptionType::Byte << 2 << false;
        QTest::addRow("byte+ 0") << OptionType::BytePlus << 0 << false;
        QTest::addRow("16+ 3") << OptionType::UInt16Plus << 3 << false;
        QTest::addRow("32 2") << OptionType::UInt32 << 2 << false;
        QTest::addRow("identifier 1") << OptionType::Identifier << 1 << false;
        QTest::addRow("identifier 2") << OptionType::Identifier << 2 << true;
        QTest::addRow("string 0") << OptionType::String << 0 << true;
        QTest::addRow("none 0") << OptionType::None << 0 << true;
    }
    void lengthRules()
    {
        QFETCH(OptionType, type);
        QFETCH(int, length);
        QFETCH(bool, valid);
        QCOMPARE(OptionValue::isValidLength(type, length), valid);
        QCOMPARE(OptionValue::decode(type, QByteArray(length, '\1')).isValid(), valid);
    }

    void encodeErrors()
    {
        QString error;
        QVERIFY(!OptionValue::encode(quint8(3), QStringLiteral("198.18.0.1,nonsense"), &error));
        QVERIFY2(error.contains(QLatin1String("nonsense")), qPrintable(error));
        error.clear();
        QVERIFY(!OptionValue::encode(quint8(51), -1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!OptionValue::encode(quint8(57), 70000, &error));
        QVERIFY(!OptionValue::encode(quint8(1), QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.5")}, &error));
        QVERIFY(!OptionValue::encode(quint8(43), QVariantList{1, 300}, &error));
        QVERIFY(!OptionValue::encode(quint8(0), 1, &error));
        // Comma strings and JavaScript's doubles are accepted as in staticDHCPd.
        QCOMPARE(*OptionValue::encode(quint8(6), QStringLiteral("1.1.1.1, 8.8.8.8")), QByteArray("\x01\x01\x01\x01\x08\x08\x08\x08", 8));
        QCOMPARE(*OptionValue::encode(quint8(51), 600.0), QByteArray("\x00\x00\x02\x58", 4));
        QVERIFY(!OptionValue::encode(quint8(51), 600.5, &error));
        QVERIFY(!OptionValue::decode(quint8(12), QByteArray("\xff\xfe", 2)).isValid());   // not UTF-8
    }

    // The number and text overloads (the hooks' setOption) give what the QVariant path gives, errors included.
    void numberAndTextOverloadsMatchTheVariantPath()
    {
        const double numbers[] = {0, -0.0, 0.5, 1, 200, 255, 256, 1500, 65535, 65536, 3600, 4294967295.0, 4294967296.0,
                                  -1, 600.5, 1e300, std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
        const QString texts[] = {QString(), QStringLiteral("lab-pc é"), QStringLiteral("198.18.0.1"), QStringLiteral("12"),
                                 QStringLiteral("1.1.1.1, 8.8.8.8"), QStringLiteral("nonsense")};
        int encoded = 0, refused = 0;
        for (int t = 0; t < int(OptionType::Count); ++t) {
            const auto type = OptionType(t);
            for (const double n : numbers) {
                QString viaVariant, direct;
                const auto expected = OptionValue::encode(type, QVariant(n), &viaVariant);
                QCOMPARE(OptionValue::encode(type, n, &direct), expected);
                QCOMPARE(direct, viaVariant);
                ++(expected ? encoded : refused);
            }
            for (const QString &text : texts) {
                QString viaVariant, direct;
                const auto expected = OptionValue::encode(type, QVariant(text), &viaVariant);
                QCOMPARE(OptionValue::encode(type, text, &direct), expected);
                QCOMPARE(direct, viaVariant);
                ++(expected ? encoded : refused);
            }
        }
        QVERIFY2(encoded > 40 && refused > 40, qPrintable(QStringLiteral("%1 encoded, %2 refused").arg(encoded).arg(refused)));
        QCOMPARE(*OptionValue::encode(OptionType::UInt16, 1500.0), QByteArray("\x05\xdc", 2));
        QCOMPARE(*OptionValue::encode(OptionType::String, QStringLiteral("é")), QByteArray("\xc3\xa9", 2));
    }
};

QTEST_APPLESS_MAIN(TestOptionTable)
#include "tst_optiontable.moc"
