# Fails when a source file includes a folder above its own in the pipeline, so that the
# layering stays as the folders show it: each folder may include only folders of a lower rank
# (and itself). Folders of the same rank are independent of each other.
#   cmake -DSOURCE_DIR=<repo>/src -P check_layering.cmake
set(ranks
  "util=0" "diagnostics=1" "model=2" "format=3" "markdown=3" "load=4" "validate=5"
  "compute=6" "render=7" "write=8" "document=8" "pipeline=9" "check=10" "archive=10" "publish=10"
  "serve=10" "export=10" "import=10" "cli=11")
foreach(entry IN LISTS ranks)
  string(REPLACE "=" ";" pair "${entry}")
  list(GET pair 0 folder)
  list(GET pair 1 rank)
  set(rank_${folder} ${rank})
endforeach()

file(GLOB folders LIST_DIRECTORIES true RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*)
set(problems "")
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY ${SOURCE_DIR}/${folder})
    continue()
  endif()
  if(NOT DEFINED rank_${folder})
    string(APPEND problems "src/${folder}/ has no rank in cmake/check_layering.cmake\n")
    continue()
  endif()
  file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/${folder}/*.h ${SOURCE_DIR}/${folder}/*.cpp)
  foreach(file IN LISTS files)
    file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" included "${line}")
      if(included STREQUAL folder)
        continue()
      endif()
      if(NOT DEFINED rank_${included})
        string(APPEND problems "src/${file}: includes ${included}/, which is not a source folder\n")
      elseif(NOT rank_${included} LESS rank_${folder})
        string(APPEND problems
               "src/${file}: ${folder}/ must not include ${included}/ (${line}); only folders below it in the pipeline\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Layering:\n${problems}")
endif()
