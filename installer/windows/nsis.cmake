# Windows: an NSIS installer (cpack -G NSIS64) — included by installer/CMakeLists.txt, and by the makensis check
# in tests/installer/nsis/ (QSD_NSIS_PLACEHOLDERS=ON: placeholder binaries, no windeployqt).
#
# The installer:
#   - installs to "C:\Program Files\QStaticDHCP": bin\ holds the daemon, the CLI, the console and the Qt runtime
#     windeployqt gathered (QML modules of qml/, SQL drivers, platform plugins, the MSVC runtime);
#   - creates C:\ProgramData\QStaticDHCP (config and database), writable by the service's account, and copies
#     the default qstaticdhcpd.conf there unless one exists (an upgrade keeps the admin's file);
#   - registers the daemon as the Windows service "qstaticdhcpd" (manual start: dhcp_server_ip must be set
#     first), running as NT AUTHORITY\LocalService, restarted on failure;
#   - adds a Windows Firewall rule letting the daemon receive DHCP (UDP 67);
#   - adds Start-menu entries: the console, the console connected to the local service, the configuration file,
#     and the uninstaller;
#   - its uninstaller stops and deletes the service, deletes the firewall rule and the shortcuts, and asks
#     before deleting C:\ProgramData\QStaticDHCP (the silent uninstaller keeps it).
set(QSD_BIN_DIR bin)
set(QSD_SBIN_DIR bin)
set(QSD_DOC_DIR doc)

set(QSD_CONF_PLATFORM "Windows")
set(QSD_CONF_DATA_DIR "C:/ProgramData/QStaticDHCP")
set(QSD_CONF_START_HINT "start the service: sc.exe start qstaticdhcpd (or Services > QStaticDHCP server).")
set(QSD_CONF_USER_LINES "")
set(QSD_CONF_LISTEN "local:qstaticdhcpd")
set(QSD_CONF_LOG_LINES "# A service has no console: it logs to this file.\nfile=C:/ProgramData/QStaticDHCP/qstaticdhcpd.log\nfile_severity=info")
# CRLF line ends throughout (also in the substituted lines) for Notepad, which the Start menu opens it with.
configure_file(${QSD_INSTALLER_DIR}/qstaticdhcpd.conf.in ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf.lf @ONLY NEWLINE_STYLE UNIX)
file(READ ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf.lf qsd_conf)
string(REPLACE "\n" "\r\n" qsd_conf "${qsd_conf}")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf "${qsd_conf}")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qstaticdhcpd.conf DESTINATION share)
install(FILES ${QSD_INSTALLER_DIR}/icons/qstaticdhcp.ico DESTINATION share)

# windeployqt after the executables are installed: the Qt DLLs and plugins next to them, and the QML modules the
# console's QML imports (found by scanning qml/).
function(qsd_deploy_runtime)
    if(QSD_NSIS_PLACEHOLDERS)
        return()
    endif()
    find_program(QSD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(executables "\${CMAKE_INSTALL_PREFIX}/bin/qstaticdhcpd.exe" "\${CMAKE_INSTALL_PREFIX}/bin/qstaticdhcpctl.exe")
    if(TARGET qstaticdhcp)
        list(APPEND executables "\${CMAKE_INSTALL_PREFIX}/bin/qstaticdhcp.exe")
    endif()
    list(JOIN executables "\" \"" quoted)
    install(CODE "
        message(STATUS \"windeployqt: ${quoted}\")
        execute_process(COMMAND \"${QSD_WINDEPLOYQT}\" --release --compiler-runtime --no-translations
                                --qmldir \"${CMAKE_SOURCE_DIR}/qml\" --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                                \"${quoted}\"
                        RESULT_VARIABLE status)
        if(status)
            message(FATAL_ERROR \"windeployqt failed (\${status})\")
        endif()
    ")
endfunction()

set(CPACK_GENERATOR NSIS64)
set(CPACK_NSIS_PACKAGE_NAME "QStaticDHCP")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")   # CPack picks $PROGRAMFILES unless the compiler is MSVC x64
set(CPACK_NSIS_DISPLAY_NAME "QStaticDHCP ${PROJECT_VERSION}")
set(CPACK_PACKAGE_FILE_NAME "qstaticdhcp-${PROJECT_VERSION}-windows-x64")
set(CPACK_NSIS_MUI_ICON "${QSD_INSTALLER_DIR}/icons/qstaticdhcp.ico")
set(CPACK_NSIS_MUI_UNIICON "${QSD_INSTALLER_DIR}/icons/qstaticdhcp.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[share\qstaticdhcp.ico]=])
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)   # the old uninstaller stops and deletes the service first
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "QStaticDHCP")
# Start menu: CPack makes "QStaticDHCP console" for bin\qstaticdhcp.exe; the extra entries follow.
set(CPACK_PACKAGE_EXECUTABLES "qstaticdhcp;QStaticDHCP console")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)

# NSIS text (CPACK_VERBATIM_VARIABLES is on: written as NSIS reads it). $0 holds C:\ProgramData\QStaticDHCP.
# sc.exe wants "option= value" with the space; binPath's inner quotes are \" for sc.exe's command line.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  ReadEnvStr $0 PROGRAMDATA
  StrCpy $0 "$0\QStaticDHCP"
  CreateDirectory "$0"
  nsExec::ExecToLog 'icacls.exe "$0" /grant *S-1-5-19:(OI)(CI)M'
  Pop $1
  IfFileExists "$0\qstaticdhcpd.conf" +2 0
    CopyFiles /SILENT "$INSTDIR\share\qstaticdhcpd.conf" "$0\qstaticdhcpd.conf"
  nsExec::ExecToLog 'sc.exe create qstaticdhcpd binPath= "\"$INSTDIR\bin\qstaticdhcpd.exe\" --service --config \"$0\qstaticdhcpd.conf\"" start= demand obj= "NT AUTHORITY\LocalService" DisplayName= "QStaticDHCP server"'
  Pop $1
  StrCmp $1 0 +2 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "Registering the service qstaticdhcpd failed (sc.exe: $1)." /SD IDOK
  nsExec::ExecToLog 'sc.exe description qstaticdhcpd "QStaticDHCP static DHCPv4 server. Set dhcp_server_ip in $0\qstaticdhcpd.conf, then start it."'
  Pop $1
  nsExec::ExecToLog 'sc.exe failure qstaticdhcpd reset= 86400 actions= restart/5000/restart/5000/restart/5000'
  Pop $1
  nsExec::ExecToLog 'netsh.exe advfirewall firewall add rule name="QStaticDHCP server (DHCP, UDP 67)" dir=in action=allow protocol=UDP localport=67 program="$INSTDIR\bin\qstaticdhcpd.exe" enable=yes'
  Pop $1
  StrCmp $1 0 +2 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "Adding the firewall rule for UDP port 67 failed (netsh: $1)." /SD IDOK
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadEnvStr $0 PROGRAMDATA
  StrCpy $0 "$0\QStaticDHCP"
  nsExec::ExecToLog 'sc.exe stop qstaticdhcpd'
  Pop $1
  Sleep 2000
  nsExec::ExecToLog 'sc.exe delete qstaticdhcpd'
  Pop $1
  nsExec::ExecToLog 'netsh.exe advfirewall firewall delete rule name="QStaticDHCP server (DHCP, UDP 67)"'
  Pop $1
  MessageBox MB_YESNO|MB_ICONQUESTION "Also delete the configuration and the database in $0?" /SD IDNO IDNO +2
    RMDir /r "$0"
]=])
set(CPACK_NSIS_CREATE_ICONS_EXTRA [=[
  ReadEnvStr $0 PROGRAMDATA
  StrCpy $0 "$0\QStaticDHCP"
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\QStaticDHCP console (local service).lnk" "$INSTDIR\bin\qstaticdhcp.exe" "--connect local:qstaticdhcpd" "$INSTDIR\share\qstaticdhcp.ico"
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\QStaticDHCP configuration.lnk" "$WINDIR\notepad.exe" "$0\qstaticdhcpd.conf"
]=])
set(CPACK_NSIS_DELETE_ICONS_EXTRA [=[
  Delete "$SMPROGRAMS\$MUI_TEMP\QStaticDHCP console (local service).lnk"
  Delete "$SMPROGRAMS\$MUI_TEMP\QStaticDHCP configuration.lnk"
]=])
