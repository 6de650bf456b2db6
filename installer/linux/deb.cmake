# Linux: a filesystem layout from "/" for the .deb and the .tar.gz (included by installer/CMakeLists.txt).
# Destinations are relative to the packaging prefix "/" (CPACK_PACKAGING_INSTALL_PREFIX), so both packages hold
# usr/…, etc/…, lib/systemd/…; `cmake --install build --prefix /tmp/stage` stages the same tree.
set(QSD_BIN_DIR usr/bin)
set(QSD_SBIN_DIR usr/sbin)
set(QSD_DOC_DIR usr/share/doc/qstaticdhcp)
# Debian 12 keeps units in /lib/systemd/system (the move to /usr/lib came after bookworm).
set(QSD_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING "systemd unit directory, relative to /")

set(QSD_CONF_PLATFORM "Debian")
set(QSD_CONF_DATA_DIR "/var/lib/qstaticdhcp")
set(QSD_CONF_START_HINT "start the service: systemctl enable --now qstaticdhcpd")
set(QSD_CONF_USER_LINES "# The package's system user. systemd starts the daemon as this user (qstaticdhcpd.service);\n# started by hand as root, the daemon binds port 67 and then switches to it.\nuser=qstaticdhcp\ngroup=qstaticdhcp")
set(QSD_CONF_LISTEN "local:/run/qstaticdhcp/qstaticdhcpd.sock")
set(QSD_CONF_LOG_LINES "# Under systemd the console output goes to the journal: journalctl -u qstaticdhcpd\nconsole_severity=info")
configure_file(${QSD_INSTALLER_DIR}/qstaticdhcpd.conf.in ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf @ONLY NEWLINE_STYLE UNIX)

install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf DESTINATION etc/qstaticdhcp)
install(FILES ${QSD_INSTALLER_DIR}/linux/qstaticdhcpd.service DESTINATION ${QSD_SYSTEMD_UNIT_DIR})
install(FILES ${QSD_INSTALLER_DIR}/linux/qstaticdhcp.desktop DESTINATION usr/share/applications)
install(FILES ${QSD_INSTALLER_DIR}/icons/qstaticdhcp.svg DESTINATION usr/share/icons/hicolor/scalable/apps)
foreach(size 32 48 64 128 256)
    install(FILES ${QSD_INSTALLER_DIR}/icons/qstaticdhcp-${size}.png
            DESTINATION usr/share/icons/hicolor/${size}x${size}/apps RENAME qstaticdhcp.png)
endforeach()
install(FILES ${QSD_INSTALLER_DIR}/linux/copyright DESTINATION ${QSD_DOC_DIR})
# The Debian changelog of this native package, gzipped like the manual pages below.
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND sh -c "gzip -9n -c '${QSD_INSTALLER_DIR}/linux/changelog' > '${CMAKE_CURRENT_BINARY_DIR}/changelog.gz'"
    DEPENDS ${QSD_INSTALLER_DIR}/linux/changelog VERBATIM)
add_custom_target(qsd_debian_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${QSD_DOC_DIR})

# Manual pages, compressed as Debian policy wants them (gzip -9n: no name, no timestamp).
set(qsd_man_outputs)
foreach(page qstaticdhcpd.8 qstaticdhcpctl.1 qstaticdhcp.1 qstaticdhcpd.conf.5)
    string(REGEX REPLACE ".*\\.([0-9])$" "\\1" section ${page})
    set(out ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND sh -c "gzip -9n -c '${QSD_INSTALLER_DIR}/man/${page}' > '${out}'"
        DEPENDS ${QSD_INSTALLER_DIR}/man/${page} VERBATIM)
    list(APPEND qsd_man_outputs ${out})
    install(FILES ${out} DESTINATION usr/share/man/man${section})
endforeach()
add_custom_target(qsd_man_pages ALL DEPENDS ${qsd_man_outputs})

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGING_INSTALL_PREFIX "/")
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
set(CPACK_PACKAGE_FILE_NAME "qstaticdhcp-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")   # the .tar.gz; the .deb has Debian's name

# .deb: the shared libraries' packages come from dpkg-shlibdeps; added here is what no ELF file names: the Qt
# SQL drivers the stores open by name, the QML modules the console imports, the platform plugins a GUI needs,
# adduser for the maintainer scripts.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, qt6-qpa-plugins, \
qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, \
qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtqml-workerscript, qml6-module-qtcharts, \
qml6-module-qtremoteobjects")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, ieee-data")   # ieee-data: vendors of unknown clients
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlite3")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${QSD_INSTALLER_DIR}/linux/debian/postinst
    ${QSD_INSTALLER_DIR}/linux/debian/prerm
    ${QSD_INSTALLER_DIR}/linux/debian/postrm
    ${QSD_INSTALLER_DIR}/linux/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
