#pragma once

#include "definitionstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace qsd {

/// The `[database]` keys that shape staticDHCPd's lookup query.
struct LookupOptions
{
    bool case_insensitive_macs = false;     ///< compare LOWER(m.mac) instead of m.mac
    QStringList extra_maps;                 ///< extra `maps` columns, selected into extra as 'maps.<col>'
    QStringList extra_subnets;              ///< extra `subnets` columns, selected into extra as 'subnets.<col>'
};

/// staticDHCPd's MAC lookup SQL (databases/_sql.py, inventory §2), shared by every SQL engine: Qt binds the
/// `?` placeholder for each driver, and `LIMIT 1` is valid in SQLite, PostgreSQL and MySQL.
class LookupQuery
{
public:
    /// Extra column names are spliced into the SQL, so each must be a plain identifier; the error names the
    /// key (extra_maps / extra_subnets) and the column.
    static bool validate(const LookupOptions &options, QString *error);

    /// How the case-insensitive MAC comparison is written.
    enum class Dialect {
        Generic,    ///< staticDHCPd's `LOWER(m.mac) = ?` (PostgreSQL's index is on lower(mac))
        SQLite,     ///< `m.mac = ? COLLATE NOCASE`, see sql()
    };

    /// The query text. The bound value is the MAC in lower-case colon form (`str(mac)` in staticDHCPd).
    /// [defect] fixed: staticDHCPd chains EXTRA_MAPS with EXTRA_SUBNETS and fails when only one is set;
    /// here either list may be empty.
    /// [defect] fixed for SQLite: `LOWER(m.mac) = ?` cannot use the index `case_insensitive_macs`
    /// (`mac COLLATE NOCASE`) that staticDHCPd's own schema creates for this lookup, so every lookup scans
    /// the table. `m.mac = ? COLLATE NOCASE` matches exactly the same rows (both fold ASCII only, and the
    /// bound MAC is lower-case) and searches the index.
    static QString sql(const LookupOptions &options, Dialect dialect = Dialect::Generic);

    /// The keys of `Definition::extra`, in the order of result columns 11.. : 'maps.<col>' then 'subnets.<col>'.
    static QStringList extraKeys(const LookupOptions &options);

    /// The lookup prepared on `db` (forward-only, reused for every lookup), or null with `problem` set.
    static std::unique_ptr<QSqlQuery> prepare(QSqlDatabase &db, const LookupOptions &options, Dialect dialect,
                                              QString *problem);
    /// Reads the answer of an executed lookup of `mac`: the definition with `extraKeys` columns in `extra`, none
    /// for an unknown MAC, or a failure naming `store`, the MAC and the column for a malformed row. Finishes the
    /// query (SQLite's read snapshot is released, so WAL checkpoints can proceed).
    static LookupResult readResult(QSqlQuery &query, const MAC &mac, const QStringList &extraKeys, const QString &store);

    /// Number of fixed result columns before the extra ones.
    static constexpr int FixedColumns = 11;
};

} // namespace qsd
