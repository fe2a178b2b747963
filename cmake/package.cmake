# The Debian package: `cpack -G DEB` in the build directory writes cppcc_VERSION_ARCH.deb
# with what `cmake --install` installs (the binary, stripped; the manual pages; the bash
# and zsh completion; the cron wrapper as /usr/bin/cppcc-remind) and the examples under
# /usr/share/doc/cppcc/examples/ (with the sample year's ledgers in sample-2023/). Depends comes from the shared libraries the binary links
# (dpkg-shlibdeps), never written by hand. FreeType, which draws the text of a Word
# document's charts in a Chinese font (fonts-noto-cjk), is loaded when the first chart is
# drawn (dlopen: no link, so no shlibdeps), and Chromium prints --format pdf: those are
# Recommends and Suggests.
# tests/package/deb.sh (run by scripts/test) builds it, installs it and uses it.
install(PROGRAMS ${CMAKE_SOURCE_DIR}/scripts/cron/cppcc-remind DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CPPCC_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/cppcc)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CPPCC_DOC_DIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CPPCC_DOC_DIR}/docs FILES_MATCHING
        PATTERN "*.md")
install(FILES ${CMAKE_SOURCE_DIR}/share/examples/cppcc.yaml
              ${CMAKE_SOURCE_DIR}/share/examples/mapping.yaml
              ${CMAKE_SOURCE_DIR}/scripts/cron/crontab.example
        DESTINATION ${CPPCC_DOC_DIR}/examples)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/scripts/cron/cppcc-remind
        DESTINATION ${CPPCC_DOC_DIR}/examples)
# The sample year's ledgers (samples/2023), which the README's walk through a year uses.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/samples/2023/ DESTINATION ${CPPCC_DOC_DIR}/examples/sample-2023)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cppcc)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "cppcc maintainers <cppcc@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records toolkit for a CPPCC committee office")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Keeps a committee office's year of records (members, handling units, proposals and \
their lifecycle, social-opinion reports, member studios, activities, publicity, members' \
scores) in one SQLite file; imports the office's CSV and Excel ledgers, reminds handling \
units of what falls due, and writes reports as Markdown, Word documents, workbooks, HTML \
pages and PDFs.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cppcc_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libfreetype6, fonts-noto-cjk, man-db")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium, bash-completion")
include(CPack)
