# Integration tests: the real oitgen binary on real content folders.

# Each folder of tests/check/ is a site with one kind of problem and the exact output expected.
file(GLOB check_cases LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/check/*)
foreach(case_dir IN LISTS check_cases)
  if(IS_DIRECTORY ${case_dir} AND EXISTS ${case_dir}/expected.txt)
    get_filename_component(case_name ${case_dir} NAME)
    add_test(NAME check/${case_name}
             COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_check_case.sh $<TARGET_FILE:oitgen> ${case_dir})
  endif()
endforeach()

# The example site in content/ must check clean, warnings included.
add_test(NAME example_site_is_clean COMMAND oitgen check --strict ${CMAKE_SOURCE_DIR})
set_tests_properties(example_site_is_clean PROPERTIES PASS_REGULAR_EXPRESSION "no problems found")

# `oitgen build` on the example site and on copies of it with planted problems.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME build COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/build_test.py $<TARGET_FILE:oitgen>)

# The province benchmark's site generators (bench/make_sites.py, bench/make_hugo_sites.py);
# nothing is timed here.
add_test(NAME bench_generator COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/bench_generator_test.py $<TARGET_FILE:oitgen>)

# Thai as the documents write it: announcement dates, signature blocks, "–" for unplanned
# years, no internal ids, no label without its value, no address part twice.
add_test(NAME thai_text COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/thai_text_test.py $<TARGET_FILE:oitgen>)

# Yearly risk assessment pages, the /oit/ page, and the anchors that the OIT links point at.
add_test(NAME oit_build COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/oit_build_test.py $<TARGET_FILE:oitgen>)

# The open data a portal can take: data/datapackage.json valid by the Frictionless profile
# (tests/opendata/), every CSV read by its schema, the licence, the ITA results and the data/ page.
add_test(NAME open_data COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/open_data_test.py $<TARGET_FILE:oitgen>)

# Pages render on every core: 1 thread and 4 give the same tree, byte for byte.
add_test(NAME threads COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/threads_test.py $<TARGET_FILE:oitgen>)

# `oitgen build` and `oitgen archive --replace` killed (SIGKILL) at random moments leave the old
# tree or the new one, whole, and the next run removes what they left.
add_test(NAME kill COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/kill_test.py $<TARGET_FILE:oitgen>)
set_tests_properties(kill PROPERTIES TIMEOUT 600)

# Incremental builds: after random edits the output is the tree a clean build makes, a no-op
# build writes nothing, and only files whose bytes changed are written.
add_test(NAME incremental COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/incremental_test.py $<TARGET_FILE:oitgen>)
set_tests_properties(incremental PROPERTIES TIMEOUT 600)

# Every page of the built example site is valid HTML, by the Nu HTML Checker.
add_test(NAME html_valid
         COMMAND bash -c "rm -rf \"$1\" && \"$0\" build \"$2\" --output \"$1\" && bash \"$2/tests/validate_html.sh\" \"$1\""
                 $<TARGET_FILE:oitgen> ${CMAKE_BINARY_DIR}/html-valid-output ${CMAKE_SOURCE_DIR})

# `oitgen build --sites`: one broken site among three, rebuilds, refusals, hostile folder names,
# a shared theme folder, plain lines off a terminal and a progress bar on one.
add_test(NAME sites COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/sites_test.py $<TARGET_FILE:oitgen>)

# The index of all sites (Thai and English) is valid HTML too, beside the site's own pages.
add_test(NAME html_valid_sites
         COMMAND bash -c "rm -rf \"$1\" && mkdir -p \"$1/sites/example\" && cp -r \"$2/content\" \"$1/sites/example/\" && \"$0\" build --sites \"$1/sites\" --output \"$1/out\" && bash \"$2/tests/validate_html.sh\" \"$1/out\""
                 $<TARGET_FILE:oitgen> ${CMAKE_BINARY_DIR}/html-valid-sites ${CMAKE_SOURCE_DIR})

# `oitgen check --links` against a local HTTP server of good, missing, redirecting and slow URLs.
add_test(NAME links COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/links_test.py $<TARGET_FILE:oitgen>)

# Endless HTTP responses: archive --verify URL and publish stop at their limits, in bounded time
# and memory.
add_test(NAME network_limits
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/network_limits_test.py $<TARGET_FILE:oitgen>)

# `oitgen publish` against real FTP, FTPS, SFTP, WebDAV and S3 servers on 127.0.0.1, which
# tests/servers/start.sh starts (as root, or through sudo -n) on fixed ports.
add_test(NAME publish COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/publish_test.py $<TARGET_FILE:oitgen>)
set_tests_properties(publish PROPERTIES TIMEOUT 1200 RUN_SERIAL TRUE)

# Each folder of tests/hostile/ is an attack or a careless mistake, with the message and exit
# status expected; the runner also proves that nothing outside the output changed.
file(GLOB hostile_cases LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/hostile/*)
foreach(case_dir IN LISTS hostile_cases)
  if(IS_DIRECTORY ${case_dir} AND EXISTS ${case_dir}/expected-exit)
    get_filename_component(case_name ${case_dir} NAME)
    add_test(NAME hostile/${case_name}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/run_hostile_case.py
                     $<TARGET_FILE:oitgen> ${case_dir})
    # `forbidden`: a regular expression (a password) that must not appear in what was printed.
    if(EXISTS ${case_dir}/forbidden)
      file(STRINGS ${case_dir}/forbidden forbidden LIMIT_COUNT 1)
      set_tests_properties(hostile/${case_name} PROPERTIES FAIL_REGULAR_EXPRESSION "${forbidden}")
    endif()
  endif()
endforeach()

# The layering check that every build runs: it passes on src/ and fails on a tree where
# render/ includes write/, naming the file.
add_test(NAME layering COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR}/src
                               -P ${CMAKE_SOURCE_DIR}/cmake/check_layering.cmake)
add_test(NAME layering_refuses
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR}/tests/layering/render-includes-write
                 -P ${CMAKE_SOURCE_DIR}/cmake/check_layering.cmake)
set_tests_properties(layering_refuses PROPERTIES
  PASS_REGULAR_EXPRESSION "src/render/page.h: render/ must not include write/")

# `oitgen new`: a starter site that checks clean and builds; asked for in a terminal.
add_test(NAME new COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/new_test.py $<TARGET_FILE:oitgen>)
# `oitgen serve` over real HTTP on 127.0.0.1: rebuilds, the error page, the reload endpoint,
# refused paths, nothing left on disk after SIGKILL; and commands run inside a site folder.
add_test(NAME serve COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/serve_test.py $<TARGET_FILE:oitgen>)
set_tests_properties(serve PROPERTIES TIMEOUT 600)
# The README's walk-through (new, the workbooks filled in and imported, check, build), command by
# command as the README gives them.
add_test(NAME walkthrough COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/walkthrough_test.py $<TARGET_FILE:oitgen>)
# oitgen export and import: the XLSX round trip, the dry run, problems with their cells, and the
# fixtures of tests/fixtures/ (a Windows-874 CSV file, workbooks saved by LibreOffice).
add_test(NAME xlsx COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/xlsx_test.py $<TARGET_FILE:oitgen>)

# The printable documents (PDF) of the example site, read back with poppler-utils: figures,
# signers, fonts, A4, same bytes, links, --no-pdf and incremental builds.
add_test(NAME pdf_documents COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/pdf_test.py $<TARGET_FILE:oitgen>)
# The organization's logo (a good one, and each way one is refused), the favicon, the OpenGraph
# tags, and the banner on every page of a yearly snapshot, which archive --verify accepts.
add_test(NAME trust COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/trust_test.py $<TARGET_FILE:oitgen>)
add_test(NAME for_disk COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/for_disk_test.py $<TARGET_FILE:oitgen>)
# --message-format json and sarif: one JSON object a line on standard output, or one SARIF log
# valid by the SARIF 2.1.0 schema (tests/sarif/), saying what the human lines on standard error
# say, with each diagnostic's code.
add_test(NAME message_format COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/message_format_test.py $<TARGET_FILE:oitgen>)
# The command line: help for every command (in Thai too), "did you mean", --quiet and
# --verbose, colours only on a terminal without NO_COLOR, the manual page and the completion.
add_test(NAME cli COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/cli_test.py $<TARGET_FILE:oitgen>)
# Pages on phones and desktops in Debian's headless Chromium (playwright-core, axe-core): no page
# wider than the viewport at 320 px, no WCAG 2.1 A/AA violation, report cards with every field,
# every menu link reachable, no empty section or dead link; on three sites.
add_test(NAME browser_pages
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/browser/run.sh $<TARGET_FILE:oitgen> ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/browser-pages)
set_tests_properties(browser_pages PROPERTIES TIMEOUT 600)
# Messages in Thai: po/th.po translates every message the sources hold (fails on a new English
# message without its Thai), and the installed binary finds its catalog under share/locale.
add_test(NAME po_complete COMMAND bash ${CMAKE_SOURCE_DIR}/tests/po_test.sh)
add_test(NAME install_catalog
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/install_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})

# How oitgen is shipped: scripts/install-deps.sh keeps the tests' packages (servers, Java, npm,
# Chromium, clang) out of a plain build; the Dockerfile's runtime stage installs every library
# the binary loads; the Debian package that cpack makes installs under /usr, stripped, and runs.
add_test(NAME setup_packages COMMAND bash ${CMAKE_SOURCE_DIR}/tests/setup_test.sh ${CMAKE_SOURCE_DIR})
add_test(NAME dockerfile_runtime
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/dockerfile_test.sh $<TARGET_FILE:oitgen> ${CMAKE_SOURCE_DIR})
add_test(NAME deb_package COMMAND bash ${CMAKE_SOURCE_DIR}/tests/package_test.sh ${CMAKE_BINARY_DIR})
