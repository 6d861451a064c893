// What every fuzz target shares: the libFuzzer entry points' declarations, and a scratch folder in
// memory (/dev/shm) for readers that only take a path. The same sources build twice: with
// libFuzzer (clang, CONVSIGHT_FUZZ) and, in every build, with ReplayMain.cpp, which feeds each file
// of a corpus once (the `bad-input` replay tests).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Defined by the targets that need set-up once per process (a QApplication).
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace convsight::fuzz {

// The input as text (readers that parse a document in memory).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A folder of this process's own under /dev/shm (the temporary folder where there is none),
// created on first use and removed when the process ends normally.
inline const std::filesystem::path& scratch_folder() {
    struct Folder {
        std::filesystem::path path;
        Folder() {
            std::error_code error;
            const std::filesystem::path base = std::filesystem::is_directory("/dev/shm", error)
                                                   ? std::filesystem::path("/dev/shm")
                                                   : std::filesystem::temp_directory_path();
            path = base / ("convsight-fuzz-" + std::to_string(::getpid()));
            std::filesystem::create_directories(path);
        }
        ~Folder() {
            std::error_code error;
            std::filesystem::remove_all(path, error);
        }
    };
    static const Folder folder;
    return folder.path;
}

// Writes `size` bytes to `name` in the scratch folder, replacing what was there; returns the path.
inline std::string scratch_file(const std::string& name, const void* data, std::size_t size) {
    const std::string path = (scratch_folder() / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out)
        throw std::runtime_error("the fuzz harness cannot write " + path);
    return path;
}

// Splits an input that holds two files: a 4-byte little-endian length, that many bytes (the first
// file, cut short when the input is), then the rest (the second file).
struct TwoFiles {
    std::string_view first;
    std::string_view second;
};
inline TwoFiles split_two_files(const std::uint8_t* data, std::size_t size) {
    if (size < 4)
        return {as_text(data, size), {}};
    const std::size_t length = std::size_t{data[0]} | std::size_t{data[1]} << 8 |
                               std::size_t{data[2]} << 16 | std::size_t{data[3]} << 24;
    const std::string_view rest = as_text(data + 4, size - 4);
    const std::size_t cut = length < rest.size() ? length : rest.size();
    return {rest.substr(0, cut), rest.substr(cut)};
}

} // namespace convsight::fuzz
