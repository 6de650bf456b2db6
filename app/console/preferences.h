#pragma once

#include <QObject>
#include <QPalette>
#include <QTranslator>

class QQmlEngine;

/// The console's own preferences, kept in QSettings: the language (the system's by default; English, German
/// or French) and the palette (the desktop's by default, or light or dark). Switching either applies at once:
/// the translator is replaced and the QML engine retranslates; the application palette is set. A singleton of
/// QStaticDHCP.Console (consolesingletons.h).
class Preferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
public:
    explicit Preferences(QObject *parent = nullptr);
    /// The engine that retranslates on a language switch (it must not outlive these preferences' users).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /// "" (the system's), "en", "de", "fr"
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// "system", "light", "dark"
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QStringList languages() const { return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}; }

    /// Applies the stored choices (at start-up, before QML loads).
    void apply();

signals:
    void languageChanged();
    void themeChanged();

private:
    void applyLanguage();
    void applyTheme();

    QQmlEngine *m_engine = nullptr;
    QTranslator m_translator;
    QString m_language;
    QString m_theme = QStringLiteral("system");
    QPalette m_desktop;
};
