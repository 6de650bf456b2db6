#include "rfc.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace qsd::rfc {

namespace {

constexpr int MaxLabel = 63;       // RFC 1035 §2.3.4
constexpr int MaxName = 255;       // RFC 1035 §2.3.4, length octets and terminating zero included
constexpr int MaxOctetLength = 255;

std::nullopt_t fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

/// Prefixes the message of a failed call with the public function's name.
template <typename T>
std::optional<T> named(const char *function, std::optional<T> result, QString *error)
{
    if (!result && error)
        *error = QLatin1String(function) + u": "_s + *error;
    return result;
}

/// The comma-separated items of `list`, trimmed, empty ones skipped (staticDHCPd's tokenising).
QList<QStringView> items(QStringView list)
{
    QList<QStringView> out;
    for (QStringView item : list.split(u',')) {
        item = item.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

void appendBigEndian16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    appendBigEndian16(out, quint16(value >> 16));
    appendBigEndian16(out, quint16(value & 0xffff));
}

/// One name as an RFC 1035 §3.1 label sequence ending in a zero octet.
std::optional<QByteArray> encodeName(QStringView name, QString *error)
{
    QStringView n = name.trimmed();
    if (n.endsWith(u'.'))
        n.chop(1);
    if (n.isEmpty())
        return fail(error, u"empty domain name %1"_s.arg(quoted(name)));
    QByteArray out;
    for (QStringView label : n.split(u'.')) {
        if (label.isEmpty())
            return fail(error, u"empty label in %1"_s.arg(quoted(name)));
        for (QChar c : label) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return fail(error, u"character U+%1 in %2 is not printable ASCII (write IDNs as xn--)"_s
                                       .arg(uint(c.unicode()), 4, 16, QChar(u'0')).arg(quoted(name)));
        }
        if (label.size() > MaxLabel)
            return fail(error, u"label %1 is %2 octets long; RFC 1035 allows at most 63"_s
                                   .arg(quoted(label)).arg(label.size()));
        out.append(char(label.size()));
        out.append(label.toLatin1());
    }
    out.append('\0');
    if (out.size() > MaxName)
        return fail(error, u"%1 encodes to %2 octets; RFC 1035 allows at most 255"_s
                               .arg(quoted(name)).arg(out.size()));
    return out;
}

/// Comma-separated names, each encoded by encodeName, concatenated; at least one.
std::optional<QByteArray> encodeNames(QStringView names, QString *error)
{
    const QList<QStringView> list = items(names);
    if (list.isEmpty())
        return fail(error, u"no domain name given"_s);
    QByteArray out;
    for (QStringView name : list) {
        const auto encoded = encodeName(name, error);
        if (!encoded)
            return std::nullopt;
        out += *encoded;
    }
    return out;
}

/// Comma-separated dotted quads as consecutive 4-octet addresses; at least one.
std::optional<QByteArray> encodeAddresses(QStringView ips, QString *error)
{
    const QList<QStringView> list = items(ips);
    if (list.isEmpty())
        return fail(error, u"no IPv4 address given"_s);
    QByteArray out;
    for (QStringView item : list) {
        const auto ip = IPv4::fromString(item);
        if (!ip)
            return fail(error, u"%1 is not an IPv4 address"_s.arg(quoted(item)));
        out += ip->toBytes();
    }
    return out;
}

/// Code/length/value records in order; nullopt when one runs past the end.
std::optional<SubOptionList> decodeTlv(QByteArrayView data, QString *error)
{
    SubOptionList out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data.size() - pos < 2)
            return fail(error, u"sub-option %1 at offset %2 has no length octet"_s
                                   .arg(quint8(data[pos])).arg(pos));
        const quint8 code = quint8(data[pos]);
        const qsizetype length = quint8(data[pos + 1]);
        if (data.size() - pos - 2 < length)
            return fail(error, u"sub-option %1 at offset %2 claims %3 octets; %4 remain"_s
                                   .arg(code).arg(pos).arg(length).arg(data.size() - pos - 2));
        out.append({code, data.sliced(pos + 2, length).toByteArray()});
        pos += 2 + length;
    }
    return out;
}

/// One label's octets as master-file text (RFC 1035 §5.1 escapes).
void appendLabelText(QString &out, QByteArrayView label)
{
    for (const char ch : label) {
        const quint8 c = quint8(ch);
        if (c == '.' || c == '\\') {
            out += u'\\';
            out += QChar(char16_t(c));
        } else if (c >= 0x21 && c <= 0x7e) {
            out += QChar(char16_t(c));
        } else {
            out += u"\\%1"_s.arg(uint(c), 3, 10, QChar(u'0'));
        }
    }
}

/// RFC 3925 records: identifier (1..4 octets), length octet, data.
std::optional<EnterpriseDataList> decodeRecords(QByteArrayView data, int identifierSize, QString *error)
{
    if (identifierSize < 1 || identifierSize > 4)
        return fail(error, u"identifier size %1 is outside 1..4"_s.arg(identifierSize));
    EnterpriseDataList out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data.size() - pos < identifierSize + 1)
            return fail(error, u"record at offset %1 is truncated"_s.arg(pos));
        quint32 identifier = 0;
        for (int i = 0; i < identifierSize; ++i)
            identifier = identifier << 8 | quint8(data[pos + i]);
        const qsizetype length = quint8(data[pos + identifierSize]);
        const qsizetype start = pos + identifierSize + 1;
        if (data.size() - start < length)
            return fail(error, u"record %1 at offset %2 claims %3 octets; %4 remain"_s
                                   .arg(identifier).arg(pos).arg(length).arg(data.size() - start));
        out.append({identifier, data.sliced(start, length).toByteArray()});
        pos = start + length;
    }
    return out;
}

/// RFC 1035 §3.1 names, following §4.1.4 pointers only backwards (see decodeDomainNames).
std::optional<QStringList> decodeNames(QByteArrayView data, Compression compression, QString *error)
{
    QStringList names;
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype nameStart = pos;
        QString text;
        int wireLength = 0;          // the expanded name's octets so far, length octets included
        qsizetype cursor = pos;
        qsizetype limit = nameStart; // a pointer must target an offset below this
        bool jumped = false;
        for (;;) {
            if (cursor >= size)
                return fail(error, u"name at offset %1 is not terminated"_s.arg(nameStart));
            const quint8 length = quint8(data[cursor]);
            if (length == 0) {
                if (!jumped)
                    pos = cursor + 1;
                break;
            }
            if ((length & 0xc0) == 0xc0) { // RFC 1035 §4.1.4 pointer
                if (compression == Compression::Forbidden)
                    return fail(error, u"compression pointer at offset %1 is not allowed here"_s.arg(cursor));
                if (size - cursor < 2)
                    return fail(error, u"compression pointer at offset %1 is truncated"_s.arg(cursor));
                const qsizetype target = qsizetype(length & 0x3f) << 8 | quint8(data[cursor + 1]);
                if (target >= limit)
                    return fail(error, u"compression pointer at offset %1 to offset %2 does not point back"_s
                                           .arg(cursor).arg(target));
                if (!jumped)
                    pos = cursor + 2;
                jumped = true;
                limit = target;
                cursor = target;
                continue;
            }
            if (length & 0xc0)
                return fail(error, u"label type 0x%1 at offset %2 is reserved"_s
                                       .arg(uint(length & 0xc0), 2, 16, QChar(u'0')).arg(cursor));
            if (size - cursor - 1 < length)
                return fail(error, u"label at offset %1 claims %2 octets; %3 remain"_s
                                       .arg(cursor).arg(length).arg(size - cursor - 1));
            wireLength += 1 + length;
            if (wireLength + 1 > MaxName)
                return fail(error, u"name at offset %1 is longer than 255 octets"_s.arg(nameStart));
            if (!text.isEmpty())
                text += u'.';
            appendLabelText(text, data.sliced(cursor + 1, length));
            cursor += 1 + length;
        }
        names.append(text.isEmpty() ? u"."_s : text);
    }
    return names;
}

} // namespace

// ---- Encoders -------------------------------------------------------------------------------------

std::optional<QByteArray> rfc1035_plus(QStringView names, QString *error)
{
    return named("rfc1035_plus", encodeNames(names, error), error);
}

std::optional<QByteArray> rfc3397_119(QStringView names, QString *error)
{
    return named("rfc3397_119", encodeNames(names, error), error);
}

std::optional<QByteArray> rfc4280_88(QStringView names, QString *error)
{
    return named("rfc4280_88", encodeNames(names, error), error);
}

std::optional<QByteArray> rfc5223_137(QStringView names, QString *error)
{
    return named("rfc5223_137", encodeNames(names, error), error);
}

std::optional<QByteArray> rfc2610_78(bool mandatory, QStringView ips, QString *error)
{
    auto addresses = encodeAddresses(ips, error);
    if (addresses)
        addresses->prepend(char(mandatory ? 1 : 0));
    return named("rfc2610_78", std::move(addresses), error);
}

std::optional<QByteArray> rfc2610_79(bool mandatory, QStringView scopeList, QString *error)
{
    QStringList scopes;
    const QStringView trimmed = scopeList.trimmed();
    if (!trimmed.isEmpty()) {
        for (QStringView scope : trimmed.split(u',')) {
            scope = scope.trimmed();
            if (scope.isEmpty())
                return named<QByteArray>("rfc2610_79", fail(error, u"empty scope in %1"_s.arg(quoted(scopeList))),
                                         error);
            scopes.append(scope.toString());
        }
    }
    QByteArray out(1, char(mandatory ? 1 : 0));
    out += scopes.join(u',').toUtf8();
    return out;
}

std::optional<QByteArray> rfc3361_120(QStringView servers, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        const QList<QStringView> list = items(servers);
        if (list.isEmpty())
            return fail(error, u"no SIP server given"_s);
        QByteArray addresses(1, char(1)); // RFC 3361 §3.2
        QByteArray names(1, char(0));     // RFC 3361 §3.1
        QStringView firstAddress, firstName;
        for (QStringView item : list) {
            if (const auto ip = IPv4::fromString(item)) {
                addresses += ip->toBytes();
                if (firstAddress.isNull())
                    firstAddress = item;
                continue;
            }
            // All digits and dots is a mistyped address, not a host name (RFC 1123 §2.1).
            if (std::all_of(item.begin(), item.end(), [](QChar c) { return c.isDigit() || c == u'.'; }))
                return fail(error, u"%1 is not an IPv4 address"_s.arg(quoted(item)));
            const auto name = encodeName(item, error);
            if (!name)
                return std::nullopt;
            names += *name;
            if (firstName.isNull())
                firstName = item;
        }
        if (!firstAddress.isNull() && !firstName.isNull())
            return fail(error, u"%1 mixes addresses (%2) and names (%3); RFC 3361 §3 forbids it"_s
                                   .arg(quoted(servers), quoted(firstAddress), quoted(firstName)));
        return firstAddress.isNull() ? names : addresses;
    };
    return named("rfc3361_120", run(), error);
}

std::optional<QByteArray> rfc3442_121(const QList<ClasslessRoute> &routes, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        if (routes.isEmpty())
            return fail(error, u"no route given"_s);
        QByteArray out;
        for (qsizetype i = 0; i < routes.size(); ++i) {
            const ClasslessRoute &route = routes[i];
            const int prefix = route.destination.prefix;
            const QString where = u"route %1 (%2/%3)"_s.arg(i + 1).arg(route.destination.network.toString()).arg(prefix);
            if (prefix < 0 || prefix > 32)
                return fail(error, u"%1: prefix %2 is outside 0..32"_s.arg(where).arg(prefix));
            if (route.destination.networkAddress() != route.destination.network)
                return fail(error, u"%1: host bits are set; the subnet number is %2"_s
                                       .arg(where, route.destination.networkAddress().toString()));
            out.append(char(prefix));
            out += route.destination.network.toBytes().left((prefix + 7) / 8);
            out += route.router.toBytes();
        }
        return out;
    };
    return named("rfc3442_121", run(), error);
}

std::optional<QByteArray> rfc3925_124(const QList<VendorClass> &classes, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        if (classes.isEmpty())
            return fail(error, u"no enterprise given"_s);
        QSet<quint32> seen;
        QByteArray out;
        for (const VendorClass &vendor : classes) {
            const quint32 number = vendor.enterpriseNumber;
            if (seen.contains(number))
                return fail(error, u"enterprise %1 occurs twice (RFC 3925 §3)"_s.arg(number));
            seen.insert(number);
            if (vendor.data.isEmpty())
                return fail(error, u"enterprise %1 has no vendor-class-data item"_s.arg(number));
            QByteArray classData;
            for (const QByteArray &item : vendor.data) {
                if (item.size() > MaxOctetLength)
                    return fail(error, u"enterprise %1: an item of %2 octets does not fit its length octet"_s
                                           .arg(number).arg(item.size()));
                classData.append(char(item.size()));
                classData += item;
            }
            if (classData.size() > MaxOctetLength)
                return fail(error, u"enterprise %1: vendor-class-data of %2 octets does not fit data-len"_s
                                       .arg(number).arg(classData.size()));
            appendBigEndian32(out, number);
            out.append(char(classData.size()));
            out += classData;
        }
        return out;
    };
    return named("rfc3925_124", run(), error);
}

std::optional<QByteArray> rfc3925_125(const QList<VendorOptions> &vendors, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        if (vendors.isEmpty())
            return fail(error, u"no enterprise given"_s);
        QSet<quint32> seen;
        QByteArray out;
        for (const VendorOptions &vendor : vendors) {
            const quint32 number = vendor.enterpriseNumber;
            if (seen.contains(number))
                return fail(error, u"enterprise %1 occurs twice (RFC 3925 §4)"_s.arg(number));
            seen.insert(number);
            QByteArray optionData;
            for (const VendorSubOption &sub : vendor.subOptions) {
                if (sub.data.size() > MaxOctetLength)
                    return fail(error, u"enterprise %1: sub-option %2 of %3 octets does not fit subopt-len"_s
                                           .arg(number).arg(sub.code).arg(sub.data.size()));
                optionData.append(char(sub.code));
                optionData.append(char(sub.data.size()));
                optionData += sub.data;
            }
            if (optionData.size() > MaxOctetLength)
                return fail(error, u"enterprise %1: option-data of %2 octets does not fit data-len"_s
                                       .arg(number).arg(optionData.size()));
            appendBigEndian32(out, number);
            out.append(char(optionData.size()));
            out += optionData;
        }
        return out;
    };
    return named("rfc3925_125", run(), error);
}

std::optional<QByteArray> rfc4174_83(quint16 isnsFunctions, quint16 ddAccess, quint16 adminFlags,
                                     quint32 isnsSecurity, QStringView ips, QString *error)
{
    const auto addresses = encodeAddresses(ips, error);
    if (!addresses)
        return named<QByteArray>("rfc4174_83", std::nullopt, error);
    QByteArray out;
    appendBigEndian16(out, isnsFunctions);
    appendBigEndian16(out, ddAccess);
    appendBigEndian16(out, adminFlags);
    appendBigEndian32(out, isnsSecurity);
    out += *addresses;
    return out;
}

std::optional<QByteArray> rfc5678_139(const QList<MosIPv4SubOption> &subOptions, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        if (subOptions.isEmpty())
            return fail(error, u"no sub-option given"_s);
        QByteArray out;
        for (const MosIPv4SubOption &sub : subOptions) {
            const auto addresses = encodeAddresses(sub.ips, error);
            if (!addresses)
                return fail(error, u"sub-option %1: %2"_s.arg(sub.code).arg(error ? *error : QString()));
            if (addresses->size() > MaxOctetLength)
                return fail(error, u"sub-option %1: %2 addresses do not fit its length octet"_s
                                       .arg(sub.code).arg(addresses->size() / 4));
            out.append(char(sub.code));
            out.append(char(addresses->size()));
            out += *addresses;
        }
        return out;
    };
    return named("rfc5678_139", run(), error);
}

std::optional<QByteArray> rfc5678_140(const QList<MosFqdnSubOption> &subOptions, QString *error)
{
    const auto run = [&]() -> std::optional<QByteArray> {
        if (subOptions.isEmpty())
            return fail(error, u"no sub-option given"_s);
        QByteArray out;
        for (const MosFqdnSubOption &sub : subOptions) {
            const auto names = encodeNames(sub.fqdns, error);
            if (!names)
                return fail(error, u"sub-option %1: %2"_s.arg(sub.code).arg(error ? *error : QString()));
            if (names->size() > MaxOctetLength)
                return fail(error, u"sub-option %1: names of %2 octets do not fit its length octet"_s
                                       .arg(sub.code).arg(names->size()));
            out.append(char(sub.code));
            out.append(char(names->size()));
            out += *names;
        }
        return out;
    };
    return named("rfc5678_140", run(), error);
}

// ---- Decoders -------------------------------------------------------------------------------------

std::optional<SubOptionList> rfc3046_decode(QByteArrayView data, QString *error)
{
    return named("rfc3046_decode", decodeTlv(data, error), error);
}

std::optional<EnterpriseDataList> rfc3925_decode(QByteArrayView data, int identifierSize, QString *error)
{
    return named("rfc3925_decode", decodeRecords(data, identifierSize, error), error);
}

std::optional<QList<VendorClass>> rfc3925_124_decode(QByteArrayView data, QString *error)
{
    const auto run = [&]() -> std::optional<QList<VendorClass>> {
        const auto records = decodeRecords(data, 4, error);
        if (!records)
            return std::nullopt;
        QList<VendorClass> out;
        for (const auto &[number, classData] : *records) {
            VendorClass vendor{number, {}};
            qsizetype pos = 0;
            while (pos < classData.size()) {
                const qsizetype length = quint8(classData[pos]);
                if (classData.size() - pos - 1 < length)
                    return fail(error, u"enterprise %1: item at offset %2 claims %3 octets; %4 remain"_s
                                           .arg(number).arg(pos).arg(length).arg(classData.size() - pos - 1));
                vendor.data.append(classData.mid(pos + 1, length));
                pos += 1 + length;
            }
            out.append(vendor);
        }
        return out;
    };
    return named("rfc3925_124_decode", run(), error);
}

std::optional<QList<VendorOptions>> rfc3925_125_decode(QByteArrayView data, QString *error)
{
    const auto run = [&]() -> std::optional<QList<VendorOptions>> {
        const auto records = decodeRecords(data, 4, error);
        if (!records)
            return std::nullopt;
        QList<VendorOptions> out;
        for (const auto &[number, optionData] : *records) {
            const auto subOptions = decodeTlv(optionData, error);
            if (!subOptions)
                return fail(error, u"enterprise %1: %2"_s.arg(number).arg(error ? *error : QString()));
            VendorOptions vendor{number, {}};
            for (const auto &[code, value] : *subOptions)
                vendor.subOptions.append({code, value});
            out.append(vendor);
        }
        return out;
    };
    return named("rfc3925_125_decode", run(), error);
}

std::optional<QStringList> decodeDomainNames(QByteArrayView data, Compression compression, QString *error)
{
    return named("decodeDomainNames", decodeNames(data, compression, error), error);
}

std::optional<QList<ClasslessRoute>> rfc3442_121_decode(QByteArrayView data, QString *error)
{
    const auto run = [&]() -> std::optional<QList<ClasslessRoute>> {
        if (data.isEmpty())
            return fail(error, u"no route (RFC 3442: minimum length 5)"_s);
        QList<ClasslessRoute> out;
        qsizetype pos = 0;
        while (pos < data.size()) {
            const int width = quint8(data[pos]);
            if (width > 32)
                return fail(error, u"prefix width %1 at offset %2 is above 32"_s.arg(width).arg(pos));
            const int significant = (width + 7) / 8;
            if (data.size() - pos - 1 < significant + 4)
                return fail(error, u"route at offset %1 is truncated"_s.arg(pos));
            quint32 network = 0;
            for (int i = 0; i < significant; ++i)
                network |= quint32(quint8(data[pos + 1 + i])) << (24 - 8 * i);
            const IPv4 router = IPv4::fromWire(data.data() + pos + 1 + significant);
            out.append({Subnet{IPv4(network), width}, router});
            pos += 1 + significant + 4;
        }
        return out;
    };
    return named("rfc3442_121_decode", run(), error);
}

std::optional<QStringList> rfc3361_120_decode(QByteArrayView data, QString *error)
{
    const auto run = [&]() -> std::optional<QStringList> {
        if (data.isEmpty())
            return fail(error, u"no encoding octet"_s);
        const quint8 encoding = quint8(data[0]);
        const QByteArrayView rest = data.sliced(1);
        if (encoding == 1) {
            if (rest.isEmpty() || rest.size() % 4 != 0)
                return fail(error, u"%1 octets of addresses is not a positive multiple of 4"_s.arg(rest.size()));
            QStringList out;
            for (qsizetype pos = 0; pos < rest.size(); pos += 4)
                out.append(IPv4::fromWire(rest.data() + pos).toString());
            return out;
        }
        if (encoding != 0)
            return fail(error, u"encoding %1 is neither 0 (names) nor 1 (addresses)"_s.arg(encoding));
        auto names = decodeNames(rest, Compression::Allowed, error);
        if (names && names->isEmpty())
            return fail(error, u"no domain name"_s);
        return names;
    };
    return named("rfc3361_120_decode", run(), error);
}

} // namespace qsd::rfc
