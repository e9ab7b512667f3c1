# `cpack -G DEB` in a Release build makes backend-advisor_<version>_<arch>.deb for Debian 12.
set(CPACK_PACKAGE_NAME backend-advisor)
set(CPACK_PACKAGE_VENDOR "The Backend Advisor developers")
set(CPACK_PACKAGE_CONTACT "The Backend Advisor developers <maintainers@backendadvisor.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Decide between Node.js and Python for a backend, with cited evidence")
set(CPACK_PACKAGE_DESCRIPTION "A desktop decision-support app and command line: answer ten questions about a project and get a recommendation with cited reasons, charts, sensitivity analysis and saved reports.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/backendadvisor/backend-advisor")
# dpkg-shlibdeps derives the exact runtime libraries (Qt 6, SQLite, spdlog, fmt) from the binary.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The offscreen/xcb platform plugins and fonts are not linked, so name them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# The Evidence Lab runs whichever of its servers these make possible and names the rest.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wrk, nodejs, node-express, python3-uvicorn, python3-uvloop, python3-httptools, python3-fastapi, python3-django, python3-gunicorn")
set(CPACK_STRIP_FILES ON)
include(CPack)
