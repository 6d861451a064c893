// IDX images and labels, both gzip-compressed: the input (two files, as fuzz_idx reads it) is
// compressed here, so the mutations reach the reader's inflating path with valid streams (a
// mutated .gz mostly fails its checksum, which fuzz_idx's .gz seeds cover).
#include "DatasetCheck.h"
#include "FuzzSupport.h"
#include "data/IdxDataset.h"

#include <stdexcept>
#include <zlib.h>

namespace {

std::string gzip(std::string_view bytes) {
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer, as gzip(1) writes.
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw std::runtime_error("deflate failed");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const fuzz::TwoFiles files = fuzz::split_two_files(data, size);
    const std::string imagesGz = gzip(files.first);
    const std::string labelsGz = gzip(files.second);
    const std::string images =
        fuzz::scratch_file("images-idx3-ubyte.gz", imagesGz.data(), imagesGz.size());
    const std::string labels =
        fuzz::scratch_file("labels-idx1-ubyte.gz", labelsGz.data(), labelsGz.size());
    try {
        const data::IdxDataset dataset("fuzz", images, labels, data::digit_class_names());
        fuzz::read_some_examples(dataset);
    } catch (const std::runtime_error&) {
    }
    return 0;
}
