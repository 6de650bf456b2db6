#pragma once

#include "ipv4.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Codecs for the structured options of libpydhcpserver's `rfc.py`.
///
/// Encoders return an option's value bytes (no code, no length: splitting values over 255 bytes into
/// several instances, RFC 3396, is the packet encoder's job). Lists given as text are comma-separated;
/// items are trimmed and empty items skipped, as in staticDHCPd. Decoders accept arbitrary bytes and
/// never read out of bounds. Every function returns std::nullopt on bad input and, when `error` is
/// given, stores a message naming the function and what was wrong.
namespace qsd::rfc {

/// One classless static route (RFC 3442): a destination network and the router that reaches it;
/// router 0.0.0.0 means the destination is on-link.
struct ClasslessRoute
{
    Subnet destination;
    IPv4 router;

    friend bool operator==(const ClasslessRoute &a, const ClasslessRoute &b)
    {
        return a.destination.network == b.destination.network && a.destination.prefix == b.destination.prefix
            && a.router == b.router;
    }
    friend bool operator!=(const ClasslessRoute &a, const ClasslessRoute &b) { return !(a == b); }
};

/// One enterprise's part of the V-I Vendor Class option (RFC 3925 §3): its vendor-class-data is a
/// series of opaque items, each carried with its own one-octet length.
struct VendorClass
{
    quint32 enterpriseNumber = 0;
    QList<QByteArray> data;

    friend bool operator==(const VendorClass &a, const VendorClass &b)
    {
        return a.enterpriseNumber == b.enterpriseNumber && a.data == b.data;
    }
};

/// One encapsulated vendor option inside RFC 3925 §4 option-data: subopt-code, subopt-len, data.
struct VendorSubOption
{
    quint8 code = 0;
    QByteArray data;

    friend bool operator==(const VendorSubOption &a, const VendorSubOption &b)
    {
        return a.code == b.code && a.data == b.data;
    }
};

/// One enterprise's part of the V-I Vendor-Specific Information option (RFC 3925 §4).
struct VendorOptions
{
    quint32 enterpriseNumber = 0;
    QList<VendorSubOption> subOptions;

    friend bool operator==(const VendorOptions &a, const VendorOptions &b)
    {
        return a.enterpriseNumber == b.enterpriseNumber && a.subOptions == b.subOptions;
    }
};

/// MoS sub-option codes (RFC 5678 §3): Information, Command and Event Services.
enum MosService : quint8 { MosInformationService = 1, MosCommandService = 2, MosEventService = 3 };

/// One sub-option of the MoS IPv4 Address option 139: a code and comma-separated IPv4 addresses.
struct MosIPv4SubOption
{
    quint8 code = 0;
    QString ips;
};

/// One sub-option of the MoS Domain Name List option 140: a code and comma-separated FQDNs.
struct MosFqdnSubOption
{
    quint8 code = 0;
    QString fqdns;
};

/// Sub-options in wire order, code and value (repeated codes are kept).
using SubOptionList = QList<QPair<quint8, QByteArray>>;
/// RFC 3925 records in wire order: identifier and payload.
using EnterpriseDataList = QList<QPair<quint32, QByteArray>>;

/// Whether a domain-name decoder follows RFC 1035 §4.1.4 compression pointers (RFC 3397 §2 allows
/// them in option 119; pointers are offsets into the option's concatenated data).
enum class Compression { Allowed, Forbidden };

// ---- Encoders -------------------------------------------------------------------------------------

/// Comma-separated domain names as RFC 1035 §3.1 label sequences, each ended by a zero octet,
/// concatenated and uncompressed. A trailing dot is allowed; labels are 1..63 printable ASCII octets
/// (IDNs must be given in their xn-- form); each encoded name is at most 255 octets (RFC 1035 §2.3.4).
std::optional<QByteArray> rfc1035_plus(QStringView names, QString *error = nullptr);
/// Domain Search option 119 (RFC 3397 §2), encoded as rfc1035_plus.
std::optional<QByteArray> rfc3397_119(QStringView names, QString *error = nullptr);
/// BCMCS Controller Domain Name list option 88 (RFC 4280 §4.1), encoded as rfc1035_plus.
std::optional<QByteArray> rfc4280_88(QStringView names, QString *error = nullptr);
/// LoST Server option 137 (RFC 5223 §4), encoded as rfc1035_plus.
std::optional<QByteArray> rfc5223_137(QStringView names, QString *error = nullptr);

/// SLP Directory Agent option 78 (RFC 2610 §3): the Mandatory octet (0/1), then one or more IPv4s.
std::optional<QByteArray> rfc2610_78(bool mandatory, QStringView ips, QString *error = nullptr);
/// SLP Service Scope option 79 (RFC 2610 §4): the Mandatory octet, then the UTF-8 scope list.
/// Scopes are trimmed and re-joined with ","; an empty scope between commas is an error; an empty
/// list gives just the Mandatory octet.
std::optional<QByteArray> rfc2610_79(bool mandatory, QStringView scopeList, QString *error = nullptr);

/// SIP Servers option 120 (RFC 3361 §3): enc 1 + IPv4s when every item is an address, enc 0 +
/// RFC 1035 names when none is. Mixing both is an error (RFC 3361 §3: "MUST NOT mix"), and so is
/// an item of only digits and dots that is not a valid address ("192.0.2.300").
std::optional<QByteArray> rfc3361_120(QStringView servers, QString *error = nullptr);

/// Classless Static Route option 121 (RFC 3442): per route the prefix width, the ⌈width/8⌉
/// significant octets of the subnet number, then the router. Prefixes must be 0..32 and the
/// destination a subnet number (no host bits set).
std::optional<QByteArray> rfc3442_121(const QList<ClasslessRoute> &routes, QString *error = nullptr);

/// V-I Vendor Class option 124 (RFC 3925 §3): per enterprise, enterprise-number (4), data-len (1),
/// then vendor-class-data = items of data-len (1) + opaque-data. Order is kept; at least one
/// enterprise, each with at least one item; an enterprise number may occur only once; every length
/// must fit in one octet.
std::optional<QByteArray> rfc3925_124(const QList<VendorClass> &classes, QString *error = nullptr);
/// V-I Vendor-Specific Information option 125 (RFC 3925 §4): per enterprise, enterprise-number (4),
/// data-len (1), then sub-options code (1), len (1), data. Order is kept; duplicates of an enterprise
/// number and lengths beyond one octet are errors.
std::optional<QByteArray> rfc3925_125(const QList<VendorOptions> &vendors, QString *error = nullptr);

/// iSNS option 83 (RFC 4174 §2): iSNS Functions (16), Discovery Domain Access (16), Administrative
/// Flags (16), iSNS Server Security Bitmap (32), then the IPv4 addresses a1, a2, … in the order
/// §2 gives them meaning (a1, the primary iSNS server, is required). The bitmaps are not interpreted.
std::optional<QByteArray> rfc4174_83(quint16 isnsFunctions, quint16 ddAccess, quint16 adminFlags,
                                     quint32 isnsSecurity, QStringView ips, QString *error = nullptr);

/// MoS IPv4 Address option 139 (RFC 5678 §3): per sub-option, code, length, one or more IPv4s.
std::optional<QByteArray> rfc5678_139(const QList<MosIPv4SubOption> &subOptions, QString *error = nullptr);
/// MoS Domain Name List option 140 (RFC 5678 §4): per sub-option, code, length, RFC 1035 names.
std::optional<QByteArray> rfc5678_140(const QList<MosFqdnSubOption> &subOptions, QString *error = nullptr);

// ---- Decoders -------------------------------------------------------------------------------------

/// Relay Agent Information option 82 (RFC 3046 §2.0): code/length/value sub-options in order.
/// Empty input gives an empty list; a sub-option running past the end is an error.
std::optional<SubOptionList> rfc3046_decode(QByteArrayView data, QString *error = nullptr);

/// RFC 3925 records: an `identifierSize`-octet (1..4) big-endian identifier, a length octet and that
/// many octets, repeated (libpydhcpserver's rfc3925_decode; size 1 reads option-125 sub-options).
std::optional<EnterpriseDataList> rfc3925_decode(QByteArrayView data, int identifierSize = 4,
                                                 QString *error = nullptr);
/// Option 124 (RFC 3925 §3) down to its vendor-class-data items.
std::optional<QList<VendorClass>> rfc3925_124_decode(QByteArrayView data, QString *error = nullptr);
/// Option 125 (RFC 3925 §4) down to its sub-options.
std::optional<QList<VendorOptions>> rfc3925_125_decode(QByteArrayView data, QString *error = nullptr);

/// A sequence of RFC 1035 §3.1 names (options 88, 119, 137, 120 with enc 0, 140 payloads) as text
/// without the trailing dot ("." for the root). Octets outside printable ASCII, "." and "\" inside a
/// label are written as in master files (\DDD, \., \\). Pointers, when allowed, must point before
/// the name (and before the previous pointer's target), so decoding always terminates; expanded
/// names are limited to 255 octets.
std::optional<QStringList> decodeDomainNames(QByteArrayView data, Compression compression = Compression::Allowed,
                                             QString *error = nullptr);
/// Option 121 (RFC 3442) back into routes; at least one route.
std::optional<QList<ClasslessRoute>> rfc3442_121_decode(QByteArrayView data, QString *error = nullptr);
/// Option 120 (RFC 3361 §3.1/§3.2) as dotted quads (enc 1) or domain names (enc 0).
std::optional<QStringList> rfc3361_120_decode(QByteArrayView data, QString *error = nullptr);

} // namespace qsd::rfc
