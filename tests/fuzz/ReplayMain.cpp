// The replay driver: runs a fuzz target's entry point once on each file named on the command line
// (a folder: each file in it, in name order), as libFuzzer does with `-runs=0`, in builds without
// libFuzzer. A crash, a sanitizer report or an exception the target lets through fails the run;
// refusals are the target's business. Prints how many inputs it ran.
#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::uint8_t> read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::directory_iterator(path))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            inputs.insert(inputs.end(), files.begin(), files.end());
        } else if (std::filesystem::is_regular_file(path)) {
            inputs.push_back(path);
        } else if (std::filesystem::exists(path)) {
            std::fprintf(stderr, "%s: neither a file nor a folder\n", argv[i]);
            return 2;
        }
        // A folder that does not exist (no regressions yet) holds nothing to run.
    }
    for (const std::filesystem::path& input : inputs) {
        const std::vector<std::uint8_t> bytes = read_all(input);
        std::fprintf(stderr, "Running %s (%zu bytes)\n", input.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
    }
    std::printf("Ran %zu inputs\n", inputs.size());
    return inputs.empty() ? 1 : 0;
}
