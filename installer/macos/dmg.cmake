# macOS: QStaticDHCP.app in a drag-and-drop DMG (cpack -G DragNDrop) — included by installer/CMakeLists.txt.
# Not buildable on the Debian machine this project is developed on; .github/workflows/installers.yml builds it.
#
# The bundle holds the console (Contents/MacOS/QStaticDHCP), the daemon and the CLI beside it
# (Contents/MacOS/qstaticdhcpd, qstaticdhcpctl), the Qt frameworks, plugins and QML modules macdeployqt gathers,
# and in Contents/Resources the default configuration, the launchd plist and install-daemon.sh /
# uninstall-daemon.sh, which set up or remove the daemon (a DMG runs no scripts itself):
#   sudo "/Applications/QStaticDHCP.app/Contents/Resources/install-daemon.sh"
# creates /Library/Application Support/QStaticDHCP (configuration; data/ owned by the daemon's user),
# /Library/Logs/QStaticDHCP, installs /Library/LaunchDaemons/org.qstaticdhcp.qstaticdhcpd.plist and
# bootstraps it once dhcp_server_ip is set. When macOS's bootpd (Internet Sharing) holds port 67, the daemon's
# start-up error says so and how to turn it off (server/platform/portdiagnostics.cpp).
set(QSD_APP_DIR "QStaticDHCP.app")
set(QSD_BIN_DIR "${QSD_APP_DIR}/Contents/MacOS")
set(QSD_SBIN_DIR "${QSD_APP_DIR}/Contents/MacOS")
set(QSD_DOC_DIR "${QSD_APP_DIR}/Contents/Resources")

set(QSD_CONF_PLATFORM "macOS")
set(QSD_CONF_DATA_DIR "/Library/Application Support/QStaticDHCP/data")
set(QSD_CONF_START_HINT "sudo \"/Applications/QStaticDHCP.app/Contents/Resources/install-daemon.sh\" --start")
set(QSD_CONF_USER_LINES "# launchd starts the daemon as root to bind port 67; it then runs as this user.\nuser=nobody\ngroup=nobody")
set(QSD_CONF_LISTEN "local:/Library/Application Support/QStaticDHCP/data/qstaticdhcpd.sock")
set(QSD_CONF_LOG_LINES "# launchd writes the console output to /Library/Logs/QStaticDHCP/qstaticdhcpd.log.\nconsole_severity=info")
configure_file(${QSD_INSTALLER_DIR}/qstaticdhcpd.conf.in ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf @ONLY NEWLINE_STYLE UNIX)

if(TARGET qstaticdhcp)
    set_target_properties(qstaticdhcp PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME QStaticDHCP
        MACOSX_BUNDLE_INFO_PLIST ${QSD_INSTALLER_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME QStaticDHCP
        MACOSX_BUNDLE_GUI_IDENTIFIER org.qstaticdhcp.console
        MACOSX_BUNDLE_ICON_FILE qstaticdhcp.icns
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    target_sources(qstaticdhcp PRIVATE ${QSD_INSTALLER_DIR}/icons/qstaticdhcp.icns)
    set_source_files_properties(${QSD_INSTALLER_DIR}/icons/qstaticdhcp.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf
              ${QSD_INSTALLER_DIR}/macos/org.qstaticdhcp.qstaticdhcpd.plist
              ${QSD_INSTALLER_DIR}/icons/qstaticdhcp.icns
        DESTINATION ${QSD_APP_DIR}/Contents/Resources)
install(PROGRAMS ${QSD_INSTALLER_DIR}/macos/install-daemon.sh ${QSD_INSTALLER_DIR}/macos/uninstall-daemon.sh
        DESTINATION ${QSD_APP_DIR}/Contents/Resources)

# macdeployqt after the executables are installed: the frameworks, plugins (SQL drivers, platforms) and the QML
# modules qml/ imports, shared by the console, the daemon and the CLI; ad-hoc signed (Apple silicon runs
# nothing unsigned; a release signs with a Developer ID and notarizes instead).
function(qsd_deploy_runtime)
    if(NOT TARGET qstaticdhcp)
        message(WARNING "macOS: no console target (qstaticdhcp), so no app bundle: the DMG will only hold the "
                        "executables, without their Qt frameworks")
        return()
    endif()
    find_program(QSD_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    install(CODE "
        set(app \"\${CMAKE_INSTALL_PREFIX}/${QSD_APP_DIR}\")
        execute_process(COMMAND \"${QSD_MACDEPLOYQT}\" \"\${app}\" -qmldir=${CMAKE_SOURCE_DIR}/qml -always-overwrite
                                \"-executable=\${app}/Contents/MacOS/qstaticdhcpd\"
                                \"-executable=\${app}/Contents/MacOS/qstaticdhcpctl\"
                                -codesign=-
                        RESULT_VARIABLE status)
        if(status)
            message(FATAL_ERROR \"macdeployqt failed (\${status})\")
        endif()
    ")
endfunction()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "qstaticdhcp-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "QStaticDHCP ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_FILESYSTEM APFS)
set(CPACK_PACKAGE_ICON ${QSD_INSTALLER_DIR}/icons/qstaticdhcp.icns)
