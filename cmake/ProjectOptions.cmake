# Warnings and sanitizers live on INTERFACE targets that each of our targets links PRIVATE,
# so nothing leaks into global flags or into third-party code.
add_library(advisor_warnings INTERFACE)
target_compile_options(advisor_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wformat=2)
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
