#include "lookupquery.h"

#include "definitionparser.h"

#include <QSqlError>

namespace qsd {

namespace {

bool isIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

bool validateList(const QStringList &columns, QLatin1String key, QString *error)
{
    for (const QString &column : columns) {
        if (!isIdentifier(column)) {
            if (error)
                *error = QStringLiteral("%1: '%2' is not a column name (letters, digits and '_' only)")
                             .arg(key, column);
            return false;
        }
    }
    return true;
}

} // namespace

bool LookupQuery::validate(const LookupOptions &options, QString *error)
{
    return validateList(options.extra_maps, QLatin1String("extra_maps"), error)
        && validateList(options.extra_subnets, QLatin1String("extra_subnets"), error);
}

QString LookupQuery::sql(const LookupOptions &options, Dialect dialect)
{
    QString extra;
    for (const QString &column : options.extra_maps)
        extra += QStringLiteral(",m.") + column;
    for (const QString &column : options.extra_subnets)
        extra += QStringLiteral(",s.") + column;
    QString mac = QStringLiteral("m.mac = ?");
    if (options.case_insensitive_macs) {
        mac = dialect == Dialect::SQLite ? QStringLiteral("m.mac = ? COLLATE NOCASE")
                                         : QStringLiteral("LOWER(m.mac) = ?");
    }
    return QStringLiteral(
               "SELECT\n"
               "    m.ip, m.hostname,\n"
               "    s.gateway, s.subnet_mask, s.broadcast_address, s.domain_name, s.domain_name_servers,\n"
               "    s.ntp_servers, s.lease_time, s.subnet, s.serial%1\n"
               "FROM maps m, subnets s\n"
               "WHERE\n"
               "    %2 AND\n"
               "    m.subnet = s.subnet AND\n"
               "    m.serial = s.serial\n"
               "LIMIT 1")
        .arg(extra, mac);
}

QStringList LookupQuery::extraKeys(const LookupOptions &options)
{
    QStringList keys;
    for (const QString &column : options.extra_maps)
        keys.append(QStringLiteral("maps.") + column);
    for (const QString &column : options.extra_subnets)
        keys.append(QStringLiteral("subnets.") + column);
    return keys;
}

std::unique_ptr<QSqlQuery> LookupQuery::prepare(QSqlDatabase &db, const LookupOptions &options, Dialect dialect,
                                                QString *problem)
{
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql(options, dialect))) {
        *problem = QStringLiteral("the lookup query does not prepare (are the maps and subnets tables there? are extra_maps and extra_subnets their columns?): %1")
                       .arg(query->lastError().text());
        return nullptr;
    }
    return query;
}

LookupResult LookupQuery::readResult(QSqlQuery &q, const MAC &mac, const QStringList &extraKeys, const QString &store)
{
    LookupResult result;
    if (q.next()) {
        const DefinitionColumns columns{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5),
                                        q.value(6), q.value(7), q.value(8), q.value(9), q.value(10)};
        QString problem;
        auto definition = DefinitionParser::fromColumns(columns, mac, &problem);
        if (!definition) {
            q.finish();
            return LookupResult::failure(QStringLiteral("%1: %2").arg(store, problem));
        }
        for (int i = 0; i < extraKeys.size(); ++i)
            definition->extra.insert(extraKeys[i], q.value(FixedColumns + i));
        result.definitions.append(*definition);
    }
    q.finish();
    return result;
}

} // namespace qsd
