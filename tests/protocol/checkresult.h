#pragma once

// Shared by the RFC helper and conversion tests: their functions return std::optional and fill an error.

#include <QByteArray>
#include <QString>
#include <QTest>

#include <initializer_list>

/// Success rows give `expected`; error rows give a part of the message in `errorPart`.
#define CHECK_RESULT(result, error, expected, errorPart)                                                     \
    do {                                                                                                       \
        if ((errorPart).isEmpty()) {                                                                           \
            QVERIFY2((result).has_value(), qPrintable(error));                                                \
            QCOMPARE(*(result), expected);                                                                     \
        } else {                                                                                               \
            QVERIFY(!(result).has_value());                                                                    \
            QVERIFY2((error).contains(errorPart), qPrintable(QStringLiteral("error was: ") + (error)));       \
        }                                                                                                      \
    } while (false)

/// Bytes written as a list of numbers, as the scripting guide writes them: bytes({127, 0, 0, 1}).
inline QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}
