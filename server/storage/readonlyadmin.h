#pragma once

#include "definitionadmin.h"

namespace qsd {

/// The administration of an engine that cannot edit (`[database] engine = ini | http | none`): it lists nothing
/// and changes nothing, and every call answers "<description> is read-only (<what> is not supported)", so the
/// console says why its edits are refused.
class ReadOnlyAdmin final : public DefinitionAdmin
{
public:
    /// `description`: the engine's store's describe().
    explicit ReadOnlyAdmin(const QString &description) : m_description(description) { }

    QString describe() const override { return m_description; }
    bool isEditable() const override { return false; }
    bool listSubnets(QList<SubnetRecord> *subnets, QString *error) override;
    bool listMaps(const MapQuery &query, MapPage *page, QString *error) override;
    bool addSubnet(const SubnetRecord &subnet, const QString &who, QString *error) override;
    bool updateSubnet(const QString &subnet, int serial, const SubnetRecord &changed, const QString &who,
                      QString *error) override;
    bool deleteSubnet(const QString &subnet, int serial, const QString &who, QString *error) override;
    bool addMap(const MapRecord &map, const QString &who, QString *error) override;
    bool updateMap(const MAC &mac, const MapRecord &changed, const QString &who, QString *error) override;
    bool deleteMap(const MAC &mac, const QString &who, QString *error) override;
    bool applyBatch(const DefinitionBatch &batch, bool dryRun, const QString &who, BatchResult *result,
                    QString *error) override;
    bool listBlacklist(QList<BlacklistEntry> *entries, QString *error) override;
    bool addToBlacklist(const MAC &mac, const QString &reason, const QString &who, QString *error) override;
    bool removeFromBlacklist(const MAC &mac, const QString &who, QString *error) override;
    bool listAudit(int limit, int offset, QList<AuditRecord> *records, QString *error) override;

private:
    /// "<description> is read-only (<what> is not supported)", and false.
    bool unsupported(const char *what, QString *error) const;

    QString m_description;
};

} // namespace qsd
