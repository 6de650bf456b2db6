// The hook environment's JavaScript half: MAC, IPv4, Definition and the glue the C++ side calls.
// Evaluated once per QJSEngine, before the hook module is imported. `native` is the JsHelpers object, `G` the
// global object (Qt 6.4's engine has no globalThis), `boundary` the C++ side's lists (jsboundary.h: the option
// table, the header fields, the Definition's and the statistics record's fields, …), which this file reads rather
// than restates, and `fast` the builtins behind getOption, setOption and the header fields' properties, or in a build
// on Qt's public API only what getOption and setOption need (jsfastnatives.h). Returns its glue in the order of
// `boundary.glue` (jsglue.h), and throws if the two differ.
(function (native, G, boundary, fast) {
    "use strict";
    // Taken before the hook module runs: a hook may replace the globals, and describeThrown must not call it.
    const objectCreate = Object.create, Text = String, ToNumber = Number, freeze = Object.freeze, seal = Object.seal,
          reflectGet = Reflect.get, defineOwn = Reflect.defineProperty, isExtensible = Object.isExtensible;


    function describe(v) {
        try { return typeof v === "string" ? "'" + v + "'" : String(v); } catch (e) { return typeof v; }
    }
    // A thrown non-Error (`throw "text"`) becomes an Error, so the C++ side can tell a throw from a return.
    function rethrow(e) {
        if (e instanceof Error)
            throw e;
        throw new Error("uncaught exception: " + describe(e));
    }
    function isByte(n) { return Number.isInteger(n) && n >= 0 && n <= 255; }

    // Put in Object.prototype's place behind a class's prototype: a name that is neither the class's nor Object's,
    // read or assigned, throws a TypeError naming it (`packet.yiadr`, `definition.subnetmask = …`), where a plain
    // object would answer undefined or take it. Symbols and the names the language itself looks for (toJSON, then)
    // read as undefined. An object still being made (extensible) takes new properties as usual; the classes' objects
    // are then made non-extensible. `names()`: what the object has, for the message.
    function unknownNamesThrow(what, names) {
        const fallback = objectCreate(Object.prototype);
        return new Proxy(fallback, {
            get(target, name, receiver) {
                if (typeof name === "symbol" || name === "toJSON" || name === "then" || name in target)
                    return reflectGet(target, name, receiver);
                throw new TypeError(what + " has no '" + name + "' (" + names() + ")");
            },
            set(target, name, value, receiver) {
                if (isExtensible(receiver))
                    return defineOwn(receiver, name, { value, writable: true, enumerable: true, configurable: true });
                throw new TypeError(what + " has no '" + String(name) + "' to set (" + names() + ")");
            },
        });
    }

    // ---- IPv4 ---------------------------------------------------------------------------------------
    const IPV4_RE = /^\s*(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\s*$/;
    function ipv4Number(v) {
        if (v instanceof IPv4)
            return v._n;
        if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 0xffffffff)
            return v >>> 0;
        if (typeof v === "string") {
            const m = IPV4_RE.exec(v);
            if (m && m.slice(1).every(o => +o <= 255))
                return ((+m[1] << 24) | (+m[2] << 16) | (+m[3] << 8) | +m[4]) >>> 0;
        } else if (Array.isArray(v) && v.length === 4 && v.every(isByte)) {
            return ((v[0] << 24) | (v[1] << 16) | (v[2] << 8) | v[3]) >>> 0;
        }
        throw new TypeError("IPv4: " + describe(v) + " is not an IPv4 address");
    }

    /// libpydhcpserver's IPv4: from "a.b.c.d", [a, b, c, d], an unsigned 32-bit number or another IPv4.
    /// `ip == "a.b.c.d"` is true (the object converts to its string); `ip === "a.b.c.d"` never is.
    class IPv4 {
        constructor(value) { this._n = ipv4Number(value); }
        toString() {
            const n = this._n;
            return (n >>> 24) + "." + ((n >>> 16) & 255) + "." + ((n >>> 8) & 255) + "." + (n & 255);
        }
        [Symbol.toPrimitive](hint) { return hint === "number" ? this._n : this.toString(); }
        toInt() { return this._n; }
        toList() { return [this[0], this[1], this[2], this[3]]; }
        get length() { return 4; }
        equals(other) { try { return ipv4Number(other) === this._n; } catch (e) { return false; } }
        isUnspecified() { return this._n === 0; }
        /// True when this address lies in `address`/`prefixOrMask` (a prefix length or a dotted mask).
        isSubnetMember(address, prefixOrMask) {
            let mask;
            if (typeof prefixOrMask === "number" && Number.isInteger(prefixOrMask) && prefixOrMask >= 0 && prefixOrMask <= 32)
                mask = prefixOrMask === 0 ? 0 : (0xffffffff << (32 - prefixOrMask)) >>> 0;
            else
                mask = ipv4Number(prefixOrMask);
            return ((this._n & mask) >>> 0) === ((ipv4Number(address) & mask) >>> 0);
        }
        /// "a.b.c.d/24" or "a.b.c.d/255.255.255.0" → [IPv4, prefix length].
        static parseSubnet(text) {
            const parts = String(text).split("/");
            if (parts.length !== 2)
                throw new TypeError("IPv4.parseSubnet: " + describe(text) + " is not address/prefix");
            const address = new IPv4(parts[0]);
            let prefix = Number(parts[1]);
            if (!(Number.isInteger(prefix) && prefix >= 0 && prefix <= 32)) {
                const m = ipv4Number(parts[1]);
                prefix = 0;
                while (prefix < 32 && ((m << prefix) & 0x80000000))
                    prefix++;
                if (((m << prefix) >>> 0) !== 0 && prefix < 32)
                    throw new TypeError("IPv4.parseSubnet: " + describe(parts[1]) + " is not a contiguous mask");
            }
            return [address, prefix];
        }
    }
    for (let i = 0; i < 4; ++i)
        Object.defineProperty(IPv4.prototype, i, { get() { return (this._n >>> (24 - 8 * i)) & 255; } });

    // ---- MAC ----------------------------------------------------------------------------------------
    const HEX = "0123456789abcdef";
    function hex2(n) { return HEX[n >> 4] + HEX[n & 15]; }
    function macString(v) {
        if (v instanceof MAC)
            return v._s;
        if (typeof v === "string") {
            const digits = v.replace(/[:\-. ]/g, "").toLowerCase();
            if (/^[0-9a-f]{12}$/.test(digits))
                return digits.replace(/(..)(?!$)/g, "$1:");
        } else if (Array.isArray(v) && v.length === 6 && v.every(isByte)) {
            return v.map(hex2).join(":");
        } else if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 2 ** 48) {
            const s = v.toString(16).padStart(12, "0");
            return s.replace(/(..)(?!$)/g, "$1:");
        }
        throw new TypeError("MAC: " + describe(v) + " is not a MAC address");
    }

    /// libpydhcpserver's MAC: from 12 hex digits with any of ": - ." separators, six bytes or a 48-bit
    /// number. Prints as "aa:bb:cc:dd:ee:ff"; `mac == "AA-BB-..."` is not true, `mac == "aa:bb:…"` is,
    /// and `mac.equals(anyForm)` compares whatever the form.
    class MAC {
        constructor(value) { this._s = macString(value); }
        toString() { return this._s; }
        [Symbol.toPrimitive](hint) { return hint === "number" ? this.toInt() : this._s; }
        toInt() { return parseInt(this._s.replace(/:/g, ""), 16); }
        toList() { return [0, 1, 2, 3, 4, 5].map(i => this[i]); }
        get length() { return 6; }
        equals(other) { try { return macString(other) === this._s; } catch (e) { return false; } }
    }
    for (let i = 0; i < 6; ++i)
        Object.defineProperty(MAC.prototype, i, { get() { return parseInt(this._s.substr(3 * i, 2), 16); } });

    // ---- Definition ---------------------------------------------------------------------------------
    // staticDHCPd's fields in the order of its positional constructor, each with its kind (jsrecords.h,
    // kDefinitionFields): [{name, kind, required, limit, largest}].
    const DEFINITION_FIELDS = boundary.definitionFields, FIELDS = DEFINITION_FIELDS.map(f => f.name);

    function integer(v, field, max) {
        const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > max)
            throw new TypeError("Definition: " + field + " must be an integer 0.." + max + ", not " + describe(v));
        return n;
    }
    function addressOrNull(v, field) {
        if (v === null || v === undefined || v === "")
            return null;
        try { return new IPv4(v); } catch (e) { throw new TypeError("Definition: " + field + ": " + e.message); }
    }
    // An IPv4, a comma string, a sequence of addresses or a flat list of bytes → [IPv4…] or null.
    function addressList(v, field, limit) {
        if (v === null || v === undefined || v === "")
            return null;
        let items;
        if (typeof v === "string")
            items = v.split(",").map(s => s.trim()).filter(s => s !== "");
        else if (v instanceof IPv4)
            items = [v];
        else if (Array.isArray(v) && v.length > 0 && v.every(x => typeof x === "number")) {
            if (v.length % 4 !== 0 || !v.every(isByte))
                throw new TypeError("Definition: " + field + ": a list of numbers must be bytes, four per address");
            items = [];
            for (let i = 0; i < v.length; i += 4)
                items.push(v.slice(i, i + 4));
        } else if (Array.isArray(v))
            items = v;
        else
            throw new TypeError("Definition: " + field + ": " + describe(v) + " is not a list of addresses");
        const out = items.map(x => { try { return new IPv4(x); } catch (e) { throw new TypeError("Definition: " + field + ": " + e.message); } });
        return out.length === 0 ? null : out.slice(0, limit);
    }
    // A hook's value for a field, by the field's kind: checked, and made what the C++ side reads (null for none).
    const PARSE = {
        address: (v, f) => addressOrNull(v, f.name),
        addresses: (v, f) => addressList(v, f.name, f.limit || Infinity),
        text: v => String(v),   // (a required field's: it is never left out)
        optionalText: v => v === undefined || v === null || v === "" ? null : String(v),
        integer: (v, f) => integer(v === undefined || v === null ? 0 : v, f.name, f.largest),
        data(v, f) {
            if (v !== undefined && v !== null && typeof v !== "object")
                throw new TypeError("Definition: " + f.name + " must be an object");
            return v === undefined ? null : v;
        },
    };
    for (const f of DEFINITION_FIELDS)
        if (typeof PARSE[f.kind] !== "function")
            throw new Error("bootstrap.js: the Definition's " + f.name + " is of a kind it cannot check: " + f.kind);

    /// staticDHCPd's databases.generic.Definition. Either positional, as in Python:
    ///   new Definition(ip, lease_time, subnet, serial, hostname, gateways, …)
    /// or from one object literal with the same field names: new Definition({ip: "…", lease_time: 600, …}).
    /// A name that is not a field (`definition.dns`) throws a TypeError, read or assigned; its objects are sealed.
    class Definition {
        constructor(first, ...rest) {
            let f;
            if (rest.length === 0 && first !== null && typeof first === "object" && !(first instanceof IPv4) && !Array.isArray(first)) {
                f = first;
                for (const key of Object.keys(f))
                    if (!FIELDS.includes(key))
                        throw new TypeError("Definition: unknown field '" + key + "' (fields: " + FIELDS.join(", ") + ")");
            } else {
                if (rest.length >= FIELDS.length)
                    throw new TypeError("Definition: " + (rest.length + 1) + " arguments, but it has " + FIELDS.length
                                        + " fields (" + FIELDS.join(", ") + ")");
                f = {};
                [first, ...rest].forEach((v, i) => { f[FIELDS[i]] = v; });
            }
            for (const field of DEFINITION_FIELDS) {
                const v = f[field.name];
                const value = PARSE[field.kind](v, field);   // left out: null, or 0 for an integer
                if (field.required && (v === undefined || v === null || value === null))
                    throw new TypeError("Definition: " + field.name + " is required");
                this[field.name] = value;
            }
            if (new.target === Definition)
                seal(this);
        }
        toString() {
            return "Definition(" + this.ip + ", " + this.subnet + "|" + this.serial + (this.hostname ? ", " + this.hostname : "") + ")";
        }
    }

    Object.setPrototypeOf(Definition.prototype, unknownNamesThrow("a Definition", () => "fields: " + FIELDS.join(", ")));

    // ---- Packet -------------------------------------------------------------------------------------
    // `packet` in hooks: libpydhcpserver's DHCPPacket API over a native JsPacket. Names are resolved to codes and
    // default arguments supplied here, so that the natives have one signature each (a QObject method with
    // default arguments costs an overload resolution per call); the hot natives are looked up once per packet.
    // The header fields, which getOption/setOption/isOption/extractIPOrNone also take: name → index in
    // kHeaderFields (headerfields.h), the natives' argument.
    const HEADER = objectCreate(null);
    boundary.headerFields.forEach((name, i) => { HEADER[name] = i; });
    function fieldOf(option) { return typeof option === "string" ? HEADER[option] : void 0; }
    // Option arguments → codes in one lookup: the table's names, "option_<n>" and the numbers 1..254 (as keys, so
    // also their decimal text). Other spellings ("012") are asked of the native side; header fields are left out.
    // (`void 0` rather than `undefined` on the hot paths: QV4 looks the global name up at every use.)
    const CODES = objectCreate(null), optionCodes = boundary.optionCodes;
    for (let code = 1; code <= 254; ++code)
        CODES[code] = CODES["option_" + code] = code;
    for (const name of Object.keys(optionCodes))
        if (HEADER[name] === void 0)
            CODES[name] = optionCodes[name];
    function optionCode(h, option, fn) {
        const code = CODES[option];
        if (code !== void 0)
            return code;
        if (typeof option !== "number") {
            const other = h.optionCodeOf(String(option));
            if (other > 0 && other < 255)   // 1..254: what the natives take (no endless slow path)
                return other;
        }
        throw new TypeError(fn + ": '" + String(option) + "' is not a DHCP option");
    }

    // getOption(option, convert) and setOption(option, value, validate, force_selection) are builtins on
    // Packet.prototype (jsfastnatives.h): no JavaScript frame per call. They resolve what CODES resolves and leave
    // the rest to these two, with the packet first and then the same arguments.
    function getOptionSlow(packet, option, convert) {
        let code = CODES[option];
        if (code === void 0) {
            const field = fieldOf(option);
            if (field !== void 0)
                return packet._n.fieldBytes(field);
            code = optionCode(packet._h, option, "getOption");
        }
        return convert ? packet._h.optionValue(code) : packet.getOption(code);
    }
    function setOptionSlow(packet, option, value, validate, force_selection) {
        let code = CODES[option];
        if (code === void 0) {
            const field = fieldOf(option);
            if (field !== void 0)
                return packet._n.setFieldBytes(field, value);
            code = optionCode(packet._h, option, "setOption");
        }
        return packet.setOption(code, value, validate, force_selection);
    }

    /// A name that is not the packet's (`packet.yiadr`) throws a TypeError, read or assigned; its objects take no
    /// properties of their own. Notes for later hooks go in `packet.meta`.
    class Packet {
        constructor(native) {
            Object.defineProperty(this, "_n", { value: native });
            Object.defineProperty(this, "_h", { value: {   // the natives of the hot methods, looked up once
                optionValue: native.optionValue, optionCodeOf: native.optionCodeOf, hasOption: native.hasOption,
                header: native.header, setHeader: native.setHeader,
            } });
            Object.preventExtensions(this);
        }
        deleteOption(option) { return this._n.deleteOption(optionCode(this._h, option, "deleteOption")); }
        isOption(option) { return fieldOf(option) !== void 0 || this._h.hasOption(optionCode(this._h, option, "isOption")); }
        getSelectedOptions(translate) { return this._n.getSelectedOptions(!!translate); }
        setSelectedOptions(added, removed) { this._n.setSelectedOptions(added, removed); }
        isSelectedOption(option) { return this._n.isSelectedOption(optionCode(this._h, option, "isSelectedOption")); }
        extractIPOrNone(option) {
            const field = fieldOf(option);
            if (field !== void 0)
                return this._n.extractFieldIPOrNone(field);
            return this._n.extractIPOrNone(optionCode(this._h, option, "extractIPOrNone"));
        }
        setHardwareAddress(...args) { return this._n.setHardwareAddress(...args); }
        getFlag(...args) { return this._n.getFlag(...args); }
        setFlag(...args) { return this._n.setFlag(...args); }
        copy() { return new Packet(this._n.copy()); }
        toString() { return this._n.toString(); }
    }
    // A build on Qt's public API only (jsfastnatives_public.cpp) has no builtins: `fast` is a QObject whose methods
    // (looked up once: a QObject property lookup costs more than the call) take the packet's native and an option
    // code. These two then do what the builtins do, in JavaScript: the same resolution (numbers and strings only, so
    // no toString() runs twice), the same checks and slow paths.
    const { optionBytes, setOptionCode, checkPacket } = fast;
    function nativeOf(packet) {
        return packet !== null && (typeof packet === "object" || typeof packet === "function") ? packet._n : void 0;
    }
    function codeOf(option) { return typeof option === "number" || typeof option === "string" ? CODES[option] : void 0; }
    const portable = {
        getOption(option, convert) {
            const native = nativeOf(this), code = codeOf(option);
            if (code !== void 0 && !convert)
                return optionBytes(native, code);
            checkPacket(native);
            return getOptionSlow(this, option, convert);
        },
        setOption(option, value, validate, force_selection) {
            const native = nativeOf(this), code = codeOf(option);
            if (code !== void 0)
                return setOptionCode(native, code, value, validate === void 0 || !!validate, !!force_selection);
            checkPacket(native);
            return setOptionSlow(this, option, value, validate, force_selection);
        },
    };
    for (const name of Object.keys(portable))   // getOption, setOption: the builtins where there are some
        Object.defineProperty(Packet.prototype, name, { value: fast[name] || portable[name], writable: true, configurable: true });
    // JsPacket's methods without arguments (isDHCPAckPacket, transformToDHCPOfferPacket, …) that the class does not
    // define itself, forwarded; its properties (meta, the response overrides) likewise.
    for (const name of boundary.packetMethods)
        if (!Object.prototype.hasOwnProperty.call(Packet.prototype, name))
            Object.defineProperty(Packet.prototype, name, { value: function () { return this._n[name](); }, writable: true, configurable: true });
    for (const name of boundary.packetProperties)
        Object.defineProperty(Packet.prototype, name, { get() { return this._n[name]; }, set(v) { this._n[name] = v; },
                                                        configurable: true });
    // The header fields: the builtins' accessors, or in a build on Qt's public API only JsPacket's header(index) and
    // setHeader(index, value).
    boundary.headerFields.forEach((name, i) => {
        const builtin = fast.headers ? Object.getOwnPropertyDescriptor(fast.headers, name) : void 0;
        Object.defineProperty(Packet.prototype, name, builtin ? { get: builtin.get, set: builtin.set, configurable: true }
                                                              : { get() { return this._h.header(i); },
                                                                  set(v) { this._h.setHeader(i, v); }, configurable: true });
    });

    Object.setPrototypeOf(Packet.prototype, unknownNamesThrow("the packet", () =>
        "header fields: " + boundary.headerFields.join(", ") + "; also " + boundary.packetProperties.join(", ")));

    // ---- glue for the C++ side ------------------------------------------------------------------------
    // The C++ side passes valid numbers and canonical MAC text: the objects are made without the constructors'
    // parsing, as literals given the classes' prototypes (in QV4 a third of the cost of Object.create plus an
    // assignment, and cheaper than `new` on a constructor function sharing the prototype).
    const setPrototypeOf = Object.setPrototypeOf, IPV4_PROTOTYPE = IPv4.prototype, MAC_PROTOTYPE = MAC.prototype;
    function IPv4FromNumber(n) { return setPrototypeOf({ _n: n }, IPV4_PROTOTYPE); }
    function MACFromText(s) { return setPrototypeOf({ _s: s }, MAC_PROTOTYPE); }
    function ipOrNull(n) { return n < 0 ? null : IPv4FromNumber(n); }
    function ipsOrNull(list) { return list.length === 0 ? null : list.map(ipOrNull); }
    function canonicalMac(s) { return MACFromText(s); }

    // The value the C++ side sends for a field of each kind (jsrecords.h: FieldKind) → the hook's value.
    const DECODE = {
        address: ipOrNull,
        addresses: ipsOrNull,
        text: v => v,
        optionalText: v => v === "" ? null : v,
        mac: v => v === "" ? null : MACFromText(v),
        integer: v => v,
        number: v => v,
        boolean: v => v,
        data: v => v,
    };
    function decoders(fields, record) {
        return fields.map(f => {
            if (typeof DECODE[f.kind] !== "function")
                throw new Error("bootstrap.js: the " + record + "'s " + f.name + " is of a kind it cannot make: " + f.kind);
            return DECODE[f.kind];
        });
    }
    const DEFINITION_DECODE = decoders(DEFINITION_FIELDS, "Definition"), DEFINITION_PROTOTYPE = Definition.prototype;
    const STATS_FIELDS = boundary.statsFields.map(f => f.name), STATS_DECODE = decoders(boundary.statsFields, "statistics record");
    // (the values of kDefinitionFields, in its order) → a Definition, without the constructor's checks
    function makeDefinition() {
        const d = {};   // its fields first, then its prototype: no trap of unknownNamesThrow on the way
        for (let i = 0; i < FIELDS.length; ++i)
            d[FIELDS[i]] = DEFINITION_DECODE[i](arguments[i]);
        return seal(setPrototypeOf(d, DEFINITION_PROTOTYPE));
    }
    // (the values of kStatsFields, in its order) → a frozen record
    function stats() {
        const record = {};
        for (let i = 0; i < STATS_FIELDS.length; ++i)
            record[STATS_FIELDS[i]] = STATS_DECODE[i](arguments[i]);
        return freeze(record);
    }
    // callHook's answer for a throw, and what was thrown, until takeThrown().
    const HOOK_THREW = Object.freeze({}), apply = Reflect.apply;
    let thrown;
    const glue = {
        packet: native => new Packet(native),
        codes: CODES,
        getOptionSlow,
        setOptionSlow,
        ip: ipOrNull,
        mac: canonicalMac,
        /// The shared values the C++ side keeps for hook calls (ScriptRuntime::macValue, clientIpValue, …).
        frozenMac: text => Object.freeze(MACFromText(text)),
        frozenIp: n => Object.freeze(IPv4FromNumber(n)),
        /// A thrown value as plain data for ScriptRuntime::describeError, made here while the watchdog is armed:
        /// a thrown object's getters and toString() are the hook's code, and may loop or throw. `throw "boom"`
        /// is reported as "uncaught exception: 'boom'". The result has own data properties only.
        describeThrown(thrown) {
            let e = thrown;
            if (!(e instanceof Error)) {
                try { rethrow(e); } catch (error) { e = error; }
            }
            const read = get => { try { return get(); } catch (x) { return void 0; } };
            const text = v => { try { return v === void 0 || v === null ? "" : Text(v); } catch (x) { return ""; } };
            const out = objectCreate(null);
            out.text = text(e) || "(an exception that cannot be shown as text)";
            out.fileName = text(read(() => e.fileName));
            out.lineNumber = read(() => ToNumber(e.lineNumber));
            out.stack = text(read(() => e.stack));
            return out;
        },
        /// Whatever handleUnknownMAC returned → [Definition…] or null. Each goes through the constructor, a
        /// Definition too: its fields may have been assigned since, in any form the constructor takes.
        toDefinitions(v) {
            if (v === null || v === undefined || v === false)
                return null;
            const list = Array.isArray(v) ? v : [v];
            return list.map(d => new Definition(d));
        },
        /// The same for filterRetrievedDefinitions' single result.
        toDefinition(v) {
            if (v === null || v === undefined || v === false)
                return null;
            return new Definition(v);
        },
        makeDefinition,
        callPlain(fn, a, b, c, d, e) {
            try { return arguments.length <= 1 ? fn() : arguments.length === 2 ? fn(a) : fn(a, b, c, d, e); } catch (x) { rethrow(x); }
        },
        /// For a build on Qt's public API only (jsdirectcall_public.cpp), whose QJSValue::call returns what a hook
        /// threw as if it had returned it: fn with the `n` arguments that follow (or, past 7, those of the list in
        /// `a`) and `this` undefined. A throw returns hookThrew, which no hook can reach or return, and leaves the
        /// thrown value to takeThrown(); a hook that returns an Error object has returned.
        callHook(fn, n, a, b, c, d, e, f, g) {
            try {
                switch (n) {
                case 0: return fn();
                case 1: return fn(a);
                case 2: return fn(a, b);
                case 3: return fn(a, b, c);
                case 4: return fn(a, b, c, d);
                case 5: return fn(a, b, c, d, e);
                case 6: return fn(a, b, c, d, e, f);
                case 7: return fn(a, b, c, d, e, f, g);
                default: return apply(fn, void 0, a);
                }
            } catch (x) {
                thrown = x;
                return HOOK_THREW;
            }
        },
        hookThrew: HOOK_THREW,
        takeThrown() {
            const x = thrown;
            thrown = void 0;
            return x;
        },
        stats,
    };

    // ---- globals ------------------------------------------------------------------------------------
    G.IPv4 = IPv4;
    G.MAC = MAC;
    G.Definition = Definition;
    for (const name of Object.keys(boundary.constants))
        G[name] = boundary.constants[name];
    G.writeLog = msg => G.logger.warning(String(msg));
    // JsHelpers' methods (conversion.py and rfc.py) as globals; the two that make addresses return IPv4 objects.
    for (const name of boundary.helpers)
        G[name] = function (...args) { return native[name](...args); };
    G.listToIP = function (l) { return new IPv4(native.listToIP(l)); };
    G.listToIPs = function (l) { return native.listToIPs(l).map(n => new IPv4(n)); };
    G.ipToList = function (ip) { return new IPv4(ip).toList(); };
    G.ipsToList = function (ips) {
        const items = typeof ips === "string" ? ips.split(",").map(s => s.trim()).filter(s => s !== "") : ips;
        return [].concat(...items.map(ip => new IPv4(ip).toList()));
    };

    // The glue in the C++ side's order (kGlue), each name exactly once.
    for (const name of Object.keys(glue))
        if (!boundary.glue.includes(name))
            throw new Error("bootstrap.js: its glue '" + name + "' is not in kGlue (jsglue.h)");
    return boundary.glue.map(name => {
        if (!Object.prototype.hasOwnProperty.call(glue, name))
            throw new Error("bootstrap.js: kGlue's '" + name + "' is missing from its glue (jsglue.h)");
        return glue[name];
    });
})
