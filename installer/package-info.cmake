# What every package says about itself (CPack variables shared by the .deb, .tar.gz, NSIS and DMG recipes).
# Included by installer/CMakeLists.txt and by the NSIS check in tests/installer/nsis/.
set(CPACK_PACKAGE_NAME qstaticdhcp)
set(CPACK_PACKAGE_VENDOR "QStaticDHCP")
set(CPACK_PACKAGE_CONTACT "QStaticDHCP maintainers <maintainers@qstaticdhcp.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/qstaticdhcp/qstaticdhcp")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static DHCPv4 server with JavaScript hooks and a desktop console")
set(CPACK_PACKAGE_DESCRIPTION "QStaticDHCP answers each DHCPv4 client with the static definition (address,
subnet options, lease time) found for its MAC address in a database: SQLite,
PostgreSQL, MySQL/MariaDB or a staticDHCPd INI file. It re-implements
staticDHCPd with the same database schema, JavaScript hooks with staticDHCPd's
scripting API, a management API, the qstaticdhcpctl command-line client and a
QML console.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# GPL-3.0-or-later: the Windows installer shows it on its licence page, the macOS disk image on opening; the .deb
# says it in its copyright file (linux/copyright).
set(CPACK_RESOURCE_FILE_LICENSE "${QSD_INSTALLER_DIR}/../LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "QStaticDHCP")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
# Values reach the generators as written (NSIS text, quotes and newlines need no second escaping).
set(CPACK_VERBATIM_VARIABLES ON)
