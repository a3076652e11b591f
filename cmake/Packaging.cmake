# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one package per platform from the install() rules. Here (Debian) a .deb, made by
# scripts/package.sh; on Windows an NSIS installer and on macOS a disk image, made the same way
# (`cmake --build B && cpack --config B/CPackConfig.cmake`) on those systems.

# Values reach the generators as written here (escaped in CPackConfig.cmake): one backslash in
# a Windows path is written "\\" below, a quote \".
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "persona-workbench")
set(CPACK_PACKAGE_VENDOR "Persona Workbench developers")
set(CPACK_PACKAGE_CONTACT "Persona Workbench developers <dev@persona-workbench.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "\
Persona Workbench turns a shop's own customer data into three or four
data-driven buyer personas, on your own machine: it imports customers,
orders, events and reviews (CSV, TSV or XLSX, including Shopify,
WooCommerce and Google Analytics 4 exports), proposes segments by
clustering and matches them to buyer archetypes with the evidence behind
them, shows each persona's customer-journey funnel and exports persona
cards as a PDF or PowerPoint deck. Customer data never leaves the machine.
.
The interface speaks English, Hebrew and Russian. The package holds the
window's program, persona-workbench, and persona-cli, which does the same
headless.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Persona Workbench")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\.git/" "/\\.ccache/")
# The start menu's (NSIS) and the bundle's entry.
set(CPACK_PACKAGE_EXECUTABLES "persona-workbench" "Persona Workbench")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME "Persona Workbench ${PROJECT_VERSION}")
  set(CPACK_NSIS_PACKAGE_NAME "Persona Workbench")
  set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/desktop/icons/persona-workbench.ico")
  set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/desktop/icons/persona-workbench.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\persona-workbench.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin (persona-cli) on PATH
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN "persona-workbench.exe")
  # Double-click on a .personas file opens it (HKCR through the installer's shell context).
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr SHCTX 'Software\\Classes\\.personas' '' 'PersonaWorkbench.Project'
    WriteRegStr SHCTX 'Software\\Classes\\PersonaWorkbench.Project' '' 'Persona Workbench project'
    WriteRegStr SHCTX 'Software\\Classes\\PersonaWorkbench.Project\\DefaultIcon' '' '$INSTDIR\\bin\\persona-workbench.exe,0'
    WriteRegStr SHCTX 'Software\\Classes\\PersonaWorkbench.Project\\shell\\open\\command' '' '\"$INSTDIR\\bin\\persona-workbench.exe\" \"%1\"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey SHCTX 'Software\\Classes\\PersonaWorkbench.Project'
    DeleteRegValue SHCTX 'Software\\Classes\\.personas' ''
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "Persona Workbench")
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON "${CMAKE_BINARY_DIR}/app/persona-workbench.icns")
  set(CPACK_PACKAGE_FILE_NAME "PersonaWorkbench-${PROJECT_VERSION}")
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # persona-workbench_0.1.0-1_amd64.deb
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
  set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  # The libraries' packages come from dpkg-shlibdeps; the plugins Qt loads at run time do not
  # show in the programs' links, so they are named: the SQLite driver (every project is an
  # SQLite file); Qt's translations of its own dialogs for Hebrew and Russian are recommended.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
  # Recommended: Qt's SVG plugins (the window's own icon is an SVG when no icon theme has it) and
  # the DejaVu fonts (Hebrew and Cyrillic on a system that has no other).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6svg6, fonts-dejavu-core, qt6-qpa-plugins")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  # The desktop, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
  # shared-mime-info and hicolor-icon-theme: the package needs no maintainer scripts.
endif()

include(CPack)
