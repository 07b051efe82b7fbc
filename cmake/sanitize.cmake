# Builds for finding memory errors and undefined behaviour (docs/fuzzing.md).
#   -DOITGEN_SANITIZE=ON  everything with AddressSanitizer and UndefinedBehaviorSanitizer, so the
#                         whole test suite runs sanitized (scripts/sanitize.sh); gcc or clang.
#   -DOITGEN_FUZZ=ON      the fuzz/ targets as libFuzzer binaries (scripts/fuzz.sh); clang only,
#                         e.g. CXX=clang++-14. The other targets are built sanitized as well.
option(OITGEN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(OITGEN_FUZZ "Build the fuzz/ targets with libFuzzer (needs clang)" OFF)

# A sanitizer report ends the run with an error, so that no test can pass over one.
set(oitgen_sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=all
                           -fno-omit-frame-pointer)
if(OITGEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "OITGEN_FUZZ needs clang's libFuzzer: configure with CXX=clang++-14")
  endif()
  # Coverage instrumentation everywhere; libFuzzer's main is linked into the fuzz targets only.
  add_compile_options(-fsanitize=fuzzer-no-link ${oitgen_sanitizer_flags})
  add_link_options(${oitgen_sanitizer_flags})
elseif(OITGEN_SANITIZE)
  add_compile_options(${oitgen_sanitizer_flags})
  add_link_options(${oitgen_sanitizer_flags})
  # GCC's instrumentation makes -Wmaybe-uninitialized fire inside libstdc++'s <regex> and
  # <functional> (GCC's manual warns that sanitizers give such false positives); the normal
  # builds keep the warning as an error.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()
