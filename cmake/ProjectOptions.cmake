# Warnings and sanitizers live on INTERFACE targets that each of our targets links PRIVATE,
# so nothing leaks into global flags or into third-party code.
add_library(advisor_warnings INTERFACE)
target_compile_options(advisor_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 (Debian 12's compiler) reports `"literal" + std::string` as overlapping memcpy of
    # exabytes once -O3 inlines libstdc++: a known false positive, fixed in GCC 13
    # (https://gcc.gnu.org/bugzilla/show_bug.cgi?id=105651). It broke the release build only,
    # where the dev build never looks.
    target_compile_options(advisor_warnings INTERFACE -Wno-restrict)
endif()
if(ADVISOR_WARNINGS_AS_ERRORS)
    target_compile_options(advisor_warnings INTERFACE -Werror)
endif()

add_library(advisor_sanitizers INTERFACE)
if(ADVISOR_SANITIZE)
    target_compile_options(advisor_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC documents -Wmaybe-uninitialized as unreliable under the sanitizers; GCC 12 reports
        # std::regex's internals as uninitialised in the asan build only.
        target_compile_options(advisor_sanitizers INTERFACE -Wno-maybe-uninitialized)
    endif()
    target_link_options(advisor_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

if(ADVISOR_BUILD_FUZZERS)
    # Instrument all of our code for coverage-guided fuzzing; the fuzz targets add the driver.
    target_compile_options(advisor_sanitizers INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(advisor_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(advisor_project_options INTERFACE)
target_link_libraries(advisor_project_options INTERFACE advisor_warnings advisor_sanitizers)

# The tests' own code: AddressSanitizer only. UBSan instruments the product's code (above); on a
# Catch2 test file, with its hundreds of assertion expansions, it doubled the compile time for
# checks of code that only calls the product. The link still brings both runtimes.
add_library(advisor_test_options INTERFACE)
target_link_libraries(advisor_test_options INTERFACE advisor_warnings)
if(ADVISOR_SANITIZE)
    target_compile_options(advisor_test_options INTERFACE
        -fsanitize=address -fno-omit-frame-pointer -fno-sanitize-recover=all)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(advisor_test_options INTERFACE -Wno-maybe-uninitialized)
    endif()
    target_link_options(advisor_test_options INTERFACE -fsanitize=address,undefined)
endif()
