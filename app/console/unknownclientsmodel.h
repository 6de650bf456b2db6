#pragma once

#include "serverrowsmodel.h"

/// The MACs that asked and got nothing (management.rep UnknownClientRow, unknownClients()), newest first; roles
/// are UnknownClientRow's fields, keyed by MAC. The server announces no change here: the page refreshes it
/// every second while shown.
class UnknownClientsModel : public ServerRowsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit UnknownClientsModel(QObject *parent = nullptr);
    Q_INVOKABLE void refresh() override;
};
