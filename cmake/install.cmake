# Installation: headers, the static and shared libraries, the command, a CMake
# package (find_package(liaison CONFIG)), liaison.pc for pkg-config, and the
# flattened header PHP's FFI reads.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(liaison_shared PROPERTIES EXPORT_NAME shared)
# Two export sets, so that a C consumer of liaison::shared needs neither
# Abseil nor simdjson to configure (liaison-config.cmake looks for them only
# for liaison::liaison).
install(TARGETS liaison_shared EXPORT liaison-shared-targets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS liaison EXPORT liaison-targets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS liaison_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/liaison DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES capi/liaison.h ${LIAISON_FFI_HEADER}
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/liaison)

set(LIAISON_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/liaison)
install(EXPORT liaison-shared-targets NAMESPACE liaison:: DESTINATION ${LIAISON_CMAKE_DIR})
install(EXPORT liaison-targets NAMESPACE liaison:: DESTINATION ${LIAISON_CMAKE_DIR})
configure_package_config_file(cmake/liaison-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/liaison-config.cmake INSTALL_DESTINATION ${LIAISON_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/liaison-config-version.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/liaison-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/liaison-config-version.cmake
        DESTINATION ${LIAISON_CMAKE_DIR})

configure_file(cmake/liaison.pc.in ${CMAKE_CURRENT_BINARY_DIR}/liaison.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/liaison.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
