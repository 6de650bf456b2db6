#include "preferences.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor button(0x35, 0x37, 0x3a);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x56));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent), m_desktop(QGuiApplication::palette())
{
    QSettings settings;
    m_language = settings.value(QStringLiteral("console/language")).toString();
    m_theme = settings.value(QStringLiteral("console/theme"), QStringLiteral("system")).toString();
}

void Preferences::apply()
{
    applyLanguage();
    applyTheme();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(QStringLiteral("console/language"), language);
    applyLanguage();
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(QStringLiteral("console/theme"), theme);
    applyTheme();
    emit themeChanged();
}

void Preferences::applyLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    const QLocale locale = m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
    // English is the source language: no translator.
    if (locale.language() != QLocale::English
        && m_translator.load(locale, QStringLiteral("qstaticdhcp"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_translator);
}

void Preferences::applyTheme()
{
    if (m_theme == QLatin1String("dark"))
        QGuiApplication::setPalette(darkPalette());
    else if (m_theme == QLatin1String("light"))
        QGuiApplication::setPalette(lightPalette());
    else
        QGuiApplication::setPalette(m_desktop);
}
