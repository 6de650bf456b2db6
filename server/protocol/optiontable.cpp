#include "optiontable.h"

#include <QHash>

#include <array>
#include <iterator>

namespace qsd {
namespace {

using T = OptionType;

/// staticDHCPd's DHCP_OPTIONS (libpydhcpserver dhcp_types/constants.py), one row per code 1..254.
/// Codes staticDHCPd leaves unnamed are kept as raw bytes; it dropped them on parse.
constexpr OptionDef kOptions[] = {
    {1, "subnet_mask", T::IPv4},
    {2, "time_offset", T::UInt32},
    {3, "router", T::IPv4Plus},
    {4, "time_server", T::IPv4Plus},
    {5, "name_server", T::IPv4Plus},
    {6, "domain_name_servers", T::IPv4Plus},
    {7, "log_server", T::IPv4Plus},
    {8, "cookie_server", T::IPv4Plus},
    {9, "lpr_server", T::IPv4Plus},
    {10, "impress_server", T::IPv4Plus},
    {11, "resource_location_server", T::IPv4Plus},
    {12, "hostname", T::String},
    {13, "bootfile", T::UInt16},
    {14, "merit_dump_file", T::String},
    {15, "domain_name", T::String},
    {16, "swap_server", T::IPv4},
    {17, "root_path", T::String},
    {18, "extensions_path", T::String},
    {19, "ip_forwarding", T::Bool},
    {20, "nonlocal_source_routing", T::Bool},
    {21, "policy_filter", T::IPv4Plus},
    {22, "maximum_datagram_reassembly_size", T::UInt16},
    {23, "default_ip_time-to-live", T::Byte},
    {24, "path_mtu_aging_timeout", T::UInt32},
    {25, "path_mtu_table", T::UInt16Plus},
    {26, "interface_mtu", T::UInt16},
    {27, "all_subnets_are_local", T::Bool},
    {28, "broadcast_address", T::IPv4},
    {29, "perform_mask_discovery", T::Bool},
    {30, "mask_supplier", T::Bool},
    {31, "perform_router_discovery", T::Bool},
    {32, "router_solicitation_address", T::IPv4},
    {33, "static_routes", T::IPv4Plus},
    {34, "trailer_encapsulation", T::Bool},
    {35, "arp_cache_timeout", T::UInt32},
    {36, "ethernet_encapsulation", T::Bool},
    {37, "tcp_default_ttl", T::Byte},
    {38, "tcp_keepalive_interval", T::UInt32},
    {39, "tcp_keepalive_garbage", T::Bool},
    {40, "nis_domain", T::String},
    {41, "nis_servers", T::IPv4Plus},
    {42, "ntp_servers", T::IPv4Plus},
    {43, "vendor_specific_information", T::BytePlus},
    {44, "nbns", T::IPv4Plus},
    {45, "nbdd", T::IPv4Plus},
    {46, "nb_node_type", T::Byte},
    {47, "nb_scope", T::String},
    {48, "x_window_system_font_server", T::IPv4Plus},
    {49, "x_window_system_display_manager", T::IPv4Plus},
    {50, "requested_ip_address", T::IPv4},
    {51, "ip_address_lease_time", T::UInt32},
    {52, "overload", T::Byte},
    {53, "dhcp_message_type", T::Byte},
    {54, "server_identifier", T::IPv4},
    {55, "parameter_request_list", T::BytePlus},
    {56, "message", T::String},
    {57, "maximum_dhcp_message_size", T::UInt16},
    {58, "renewal_time_value", T::UInt32},
    {59, "rebinding_time_value", T::UInt32},
    {60, "vendor_class_identifier", T::String},
    {61, "client_identifier", T::Identifier},
    {62, "netware_ip_domain_name", T::String},
    {63, "netware_ip_sub_options", T::BytePlus},
    {64, "nis+_domain", T::String},
    {65, "nis+_servers", T::IPv4Plus},
    {66, "tftp_server_name", T::String},
    {67, "bootfile_name", T::String},
    {68, "mobile_ip_home_agent", T::IPv4Star},
    {69, "smtp_servers", T::IPv4Plus},
    {70, "pop_servers", T::IPv4Plus},
    {71, "nntp_servers", T::IPv4Plus},
    {72, "default_www_server", T::IPv4Plus},
    {73, "default_finger_server", T::IPv4Plus},
    {74, "default_irc_server", T::IPv4Plus},
    {75, "streettalk_server", T::IPv4Plus},
    {76, "streettalk_directory_assistance_server", T::IPv4Plus},
    {77, "user_class", T::String},
    {78, "directory_agent", T::Rfc},
    {79, "service_scope", T::Rfc},
    {80, "rapid_commit", T::None},
    {81, "client_fqdn", T::String},
    {82, "relay_agent", T::BytePlus},
    {83, "internet_storage_name_service", T::Rfc},
    {84, "", T::Unassigned},
    {85, "nds_server", T::IPv4Plus},
    {86, "nds_tree_name", T::BytePlus},
    {87, "nds_context", T::BytePlus},
    {88, "bcmcs_domain_list", T::Rfc},
    {89, "bcmcs_ipv4_list", T::IPv4Plus},
    {90, "authentication", T::Rfc},
    {91, "client_last_transaction_time", T::UInt32},
    {92, "associated_ip", T::IPv4Plus},
    {93, "client_system", T::UInt16Plus},
    {94, "client_ndi", T::BytePlus},
    {95, "ldap", T::String},
    {96, "", T::Unassigned},
    {97, "uuid_guid", T::BytePlus},
    {98, "open_group_user_auth", T::String},
    {99, "geoconf_civic", T::BytePlus},
    {100, "pcode", T::String},
    {101, "tcode", T::String},
    {102, "", T::Unassigned},
    {103, "", T::Unassigned},
    {104, "", T::Unassigned},
    {105, "", T::Unassigned},
    {106, "", T::Unassigned},
    {107, "", T::Unassigned},
    {108, "", T::Unassigned},
    {109, "", T::Unassigned},
    {110, "", T::Unassigned},
    {111, "", T::Unassigned},
    {112, "netinfo_address", T::String},
    {113, "netinfo_tag", T::String},
    {114, "url", T::String},
    {115, "", T::Unassigned},
    {116, "auto_config", T::Bool},
    {117, "name_service_search", T::UInt16Plus},
    {118, "subnet_selection", T::IPv4},
    {119, "domain_search", T::Rfc},
    {120, "sip_servers", T::Rfc},
    {121, "classless_static_route", T::Rfc},
    {122, "cablelabs_client_configuration", T::String},
    {123, "geoconf", T::BytePlus},
    {124, "vendor_class", T::String},
    {125, "vendor_specific", T::String},
    {126, "", T::Unassigned},
    {127, "", T::Unassigned},
    {128, "pxe_128", T::String},
    {129, "pxe_129", T::String},
    {130, "pxe_130", T::String},
    {131, "pxe_131", T::String},
    {132, "pxe_132", T::String},
    {133, "pxe_133", T::String},
    {134, "pxe_134", T::String},
    {135, "pxe_135", T::String},
    {136, "pana_agent", T::IPv4Plus},
    {137, "v4_lost", T::Rfc},
    {138, "capwap_ac_v4", T::IPv4Plus},
    {139, "ipv4_mos", T::Rfc},
    {140, "fqdn_mos", T::Rfc},
    {141, "", T::Unassigned},
    {142, "", T::Unassigned},
    {143, "", T::Unassigned},
    {144, "", T::Unassigned},
    {145, "", T::Unassigned},
    {146, "", T::Unassigned},
    {147, "", T::Unassigned},
    {148, "", T::Unassigned},
    {149, "", T::Unassigned},
    {150, "", T::Unassigned},
    {151, "", T::Unassigned},
    {152, "", T::Unassigned},
    {153, "", T::Unassigned},
    {154, "", T::Unassigned},
    {155, "", T::Unassigned},
    {156, "", T::Unassigned},
    {157, "", T::Unassigned},
    {158, "", T::Unassigned},
    {159, "", T::Unassigned},
    {160, "", T::Unassigned},
    {161, "", T::Unassigned},
    {162, "", T::Unassigned},
    {163, "", T::Unassigned},
    {164, "", T::Unassigned},
    {165, "", T::Unassigned},
    {166, "", T::Unassigned},
    {167, "", T::Unassigned},
    {168, "", T::Unassigned},
    {169, "", T::Unassigned},
    {170, "", T::Unassigned},
    {171, "", T::Unassigned},
    {172, "", T::Unassigned},
    {173, "", T::Unassigned},
    {174, "", T::Unassigned},
    {175, "ipxe_test", T::String},
    {176, "", T::Unassigned},
    {177, "", T::Unassigned},
    {178, "", T::Unassigned},
    {179, "", T::Unassigned},
    {180, "", T::Unassigned},
    {181, "", T::Unassigned},
    {182, "", T::Unassigned},
    {183, "", T::Unassigned},
    {184, "", T::Unassigned},
    {185, "", T::Unassigned},
    {186, "", T::Unassigned},
    {187, "", T::Unassigned},
    {188, "", T::Unassigned},
    {189, "", T::Unassigned},
    {190, "", T::Unassigned},
    {191, "", T::Unassigned},
    {192, "", T::Unassigned},
    {193, "", T::Unassigned},
    {194, "", T::Unassigned},
    {195, "", T::Unassigned},
    {196, "", T::Unassigned},
    {197, "", T::Unassigned},
    {198, "", T::Unassigned},
    {199, "", T::Unassigned},
    {200, "", T::Unassigned},
    {201, "", T::Unassigned},
    {202, "", T::Unassigned},
    {203, "", T::Unassigned},
    {204, "", T::Unassigned},
    {205, "", T::Unassigned},
    {206, "", T::Unassigned},
    {207, "", T::Unassigned},
    {208, "pxelinux_magic", T::UInt32},
    {209, "configuration_file", T::String},
    {210, "path_prefix", T::String},
    {211, "reboot_time", T::UInt32},
    {212, "", T::Unassigned},
    {213, "", T::Unassigned},
    {214, "", T::Unassigned},
    {215, "", T::Unassigned},
    {216, "", T::Unassigned},
    {217, "", T::Unassigned},
    {218, "", T::Unassigned},
    {219, "", T::Unassigned},
    {220, "", T::Unassigned},
    {221, "", T::Unassigned},
    {222, "", T::Unassigned},
    {223, "", T::Unassigned},
    {224, "", T::Reserved},
    {225, "", T::Reserved},
    {226, "", T::Reserved},
    {227, "", T::Reserved},
    {228, "", T::Reserved},
    {229, "", T::Reserved},
    {230, "", T::Reserved},
    {231, "", T::Reserved},
    {232, "", T::Reserved},
    {233, "", T::Reserved},
    {234, "", T::Reserved},
    {235, "", T::Reserved},
    {236, "", T::Reserved},
    {237, "", T::Reserved},
    {238, "", T::Reserved},
    {239, "", T::Reserved},
    {240, "", T::Reserved},
    {241, "", T::Reserved},
    {242, "", T::Reserved},
    {243, "", T::Reserved},
    {244, "", T::Reserved},
    {245, "", T::Reserved},
    {246, "", T::Reserved},
    {247, "", T::Reserved},
    {248, "", T::Reserved},
    {249, "", T::Reserved},
    {250, "", T::Reserved},
    {251, "", T::Reserved},
    {252, "", T::Reserved},
    {253, "", T::Reserved},
    {254, "", T::Reserved},
};

static_assert(std::size(kOptions) == 254, "one row for every code 1..254");

constexpr bool rowsAreInCodeOrder()
{
    for (size_t i = 0; i < std::size(kOptions); ++i) {
        if (kOptions[i].code != i + 1)
            return false;
    }
    return true;
}
static_assert(rowsAreInCodeOrder(), "row i holds code i + 1");

constexpr std::string_view kTypeNames[] = {
    "ipv4", "ipv4+", "ipv4*", "byte", "byte+", "string", "bool", "16-bits", "16-bits+",
    "32-bits", "32-bits+", "identifier", "none", "RFC", "unassigned", "reserved",
};
static_assert(std::size(kTypeNames) == size_t(OptionType::Count), "a name for every OptionType");

const QHash<QString, const OptionDef *> &byName()
{
    static const QHash<QString, const OptionDef *> index = [] {
        QHash<QString, const OptionDef *> h;
        for (const OptionDef &def : kOptions) {
            if (!def.name.empty())
                h.insert(QString::fromLatin1(def.name.data(), qsizetype(def.name.size())), &def);
        }
        return h;
    }();
    return index;
}

} // namespace

QString OptionDef::displayName() const
{
    if (name.empty())
        return QStringLiteral("option_%1").arg(code);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

namespace OptionTable {

const OptionDef *find(int code)
{
    if (code < 1 || code > 254)
        return nullptr;
    return &kOptions[code - 1];
}

const OptionDef *find(QStringView name)
{
    if (const OptionDef *def = byName().value(name.toString()))
        return def;
    QStringView digits = name;
    if (digits.startsWith(u"option_"))
        digits = digits.mid(7);
    bool ok = false;
    const int code = digits.toInt(&ok);
    return ok && !digits.isEmpty() && digits[0].isDigit() ? find(code) : nullptr;
}

const OptionDef *begin() { return std::begin(kOptions); }
const OptionDef *end() { return std::end(kOptions); }

QString typeName(OptionType type)
{
    const std::string_view n = kTypeNames[size_t(type)];
    return QString::fromLatin1(n.data(), qsizetype(n.size()));
}

} // namespace OptionTable
} // namespace qsd
