#pragma once

#include <iterator>

namespace qsd {

/// What bootstrap.js hands the C++ side: its glue, by name. bootstrap.js gets the names of kGlue at start and returns
/// its values in this order; a name it lacks, or a glue value it has that kGlue does not name, stops the hook
/// environment from starting (ScriptRuntime::load), so the two sides cannot drift apart unnoticed.
enum class Glue {
    Packet,            ///< (native JsPacket) → the hook's Packet object
    OptionCodes,       ///< the Packet class's option names, "option_<n>" and numbers → codes (jsfastnatives.cpp)
    GetOptionSlow,     ///< (packet, option, convert): what the getOption builtin leaves to JavaScript
    SetOptionSlow,     ///< (packet, option, value, validate, force_selection): the same for setOption
    Ip,                ///< (n) → an IPv4, or null for n < 0
    Mac,               ///< ("aa:…") → a MAC
    FrozenIp,          ///< (n) → a frozen IPv4 (ScriptRuntime's shared values)
    FrozenMac,         ///< ("aa:…") → a frozen MAC
    MakeDefinition,    ///< (the values of kDefinitionFields, as recordArguments makes them) → a Definition
    MakeStats,         ///< (the values of kStatsFields) → a frozen statistics record
    ToDefinitions,     ///< handleUnknownMAC's result → [Definition…] or null
    ToDefinition,      ///< filterRetrievedDefinitions' result → a Definition or null
    DescribeThrown,    ///< (thrown) → plain data for ScriptRuntime::describeError
    CallPlain,         ///< (fn, args…): a call that turns a thrown non-Error into an Error
    CallHook,          ///< (fn, n, args…): jsdirectcall_public.cpp's trampoline
    HookThrew,         ///< what CallHook returns for a throw
    TakeThrown,        ///< () → what the last CallHook threw
    Count
};

struct GlueRow
{
    Glue glue;
    const char *name;   ///< its name in bootstrap.js's glue object
};

inline constexpr GlueRow kGlue[] = {
    {Glue::Packet, "packet"},
    {Glue::OptionCodes, "codes"},
    {Glue::GetOptionSlow, "getOptionSlow"},
    {Glue::SetOptionSlow, "setOptionSlow"},
    {Glue::Ip, "ip"},
    {Glue::Mac, "mac"},
    {Glue::FrozenIp, "frozenIp"},
    {Glue::FrozenMac, "frozenMac"},
    {Glue::MakeDefinition, "makeDefinition"},
    {Glue::MakeStats, "stats"},
    {Glue::ToDefinitions, "toDefinitions"},
    {Glue::ToDefinition, "toDefinition"},
    {Glue::DescribeThrown, "describeThrown"},
    {Glue::CallPlain, "callPlain"},
    {Glue::CallHook, "callHook"},
    {Glue::HookThrew, "hookThrew"},
    {Glue::TakeThrown, "takeThrown"},
};
constexpr bool glueInOrder()
{
    for (size_t i = 0; i < std::size(kGlue); ++i) {
        if (size_t(kGlue[i].glue) != i)
            return false;
    }
    return std::size(kGlue) == size_t(Glue::Count);
}
static_assert(glueInOrder(), "one row per Glue, in the enum's order");

} // namespace qsd
