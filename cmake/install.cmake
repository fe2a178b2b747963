# What `cmake --install` and the Debian package (cmake/package.cmake) hold besides the
# binary: the manual pages and the shell completion.
#
# The manual pages: man/*.1.scd, written once in scdoc, made into build/man/*.1.gz at build
# time (scdoc, the Debian package of the same name) and installed under share/man/man1.
# tests/man/drift.py holds them to the command line's own tables.
find_program(SCDOC scdoc REQUIRED)
find_program(GZIP gzip REQUIRED)
file(GLOB CPPCC_MAN_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/man/*.1.scd)
set(CPPCC_MAN_PAGES "")
foreach(source IN LISTS CPPCC_MAN_SOURCES)
  get_filename_component(name ${source} NAME) # cppcc-proposal.1.scd
  string(REGEX REPLACE "\\.scd$" "" page ${name})
  set(out ${CMAKE_BINARY_DIR}/man/${page}.gz)
  # -n: no name or time stamp in the gzip header, so the same page gives the same bytes.
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND sh -c "\"$1\" < \"$2\" > \"$3\" && \"$4\" -9nf \"$3\"" sh ${SCDOC} ${source}
            ${CMAKE_BINARY_DIR}/man/${page} ${GZIP}
    DEPENDS ${source}
    COMMENT "Manual page ${page}"
    VERBATIM)
  list(APPEND CPPCC_MAN_PAGES ${out})
endforeach()
add_custom_target(cppcc_man ALL DEPENDS ${CPPCC_MAN_PAGES})
install(FILES ${CPPCC_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Completion (share/completion/, answered by `cppcc __complete`): where Debian's bash and
# zsh look for a command's completion.
install(FILES ${CMAKE_SOURCE_DIR}/share/completion/cppcc.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME cppcc)
install(FILES ${CMAKE_SOURCE_DIR}/share/completion/_cppcc
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
