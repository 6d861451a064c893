// The .npy format: magic "\x93NUMPY", version (major, minor), the header's length (u16 in 1.0,
// u32 in 2.0), a Python dict literal {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// padded with spaces and ending in a newline, then the values
// (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html).
#include "data/Npy.h"

#include "io/AtomicFile.h"
#include "io/Limits.h"

#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <vector>

namespace convsight::data {
namespace {

namespace fs = std::filesystem;

static_assert(std::endian::native == std::endian::little, ".npy files are read and written '<'");

constexpr std::string_view kMagic{"\x93NUMPY", 6};
// A header is a few dozen bytes; numpy itself refuses more than 10,000 by default.
constexpr std::uint32_t kMaxHeaderBytes = 1u << 16;
constexpr std::size_t kMaxDimensions = 32; // numpy's own limit

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// What the header says about the array.
struct NpyHeader {
    std::string descr;
    bool fortran_order{};
    compute::Shape shape;
};

void skip_spaces(std::string_view text, std::size_t& at) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at])))
        ++at;
}

// The position just after "'key':" in the dict literal, or npos.
std::size_t value_position(std::string_view header, std::string_view key) {
    for (const char quote : {'\'', '"'}) {
        std::string quoted;
        quoted.reserve(key.size() + 2);
        quoted.push_back(quote);
        quoted.append(key);
        quoted.push_back(quote);
        std::size_t at = header.find(quoted);
        if (at == std::string_view::npos)
            continue;
        at += quoted.size();
        skip_spaces(header, at);
        if (at < header.size() && header[at] == ':') {
            ++at;
            skip_spaces(header, at);
            return at;
        }
    }
    return std::string_view::npos;
}

NpyHeader parse_header(const std::string& path, std::string_view header) {
    const std::size_t open = header.find_first_not_of(" \t");
    if (open == std::string_view::npos || header[open] != '{' ||
        header.find('}') == std::string_view::npos)
        fail(path, "the .npy header is not a dictionary: " + std::string(header.substr(0, 80)));
    NpyHeader result;

    std::size_t at = value_position(header, "descr");
    if (at == std::string_view::npos)
        fail(path, "the .npy header has no 'descr' (the array's type)");
    if (header[at] != '\'' && header[at] != '"')
        fail(path, "a structured array (several fields per element) is not supported; save a "
                   "plain float32 array");
    const std::size_t close = header.find(header[at], at + 1);
    if (close == std::string_view::npos)
        fail(path, "the .npy header's 'descr' is not closed");
    result.descr = std::string(header.substr(at + 1, close - at - 1));

    at = value_position(header, "fortran_order");
    if (at == std::string_view::npos)
        fail(path, "the .npy header has no 'fortran_order'");
    if (header.substr(at, 4) == "True")
        result.fortran_order = true;
    else if (header.substr(at, 5) != "False")
        fail(path, "the .npy header's 'fortran_order' is neither True nor False");

    at = value_position(header, "shape");
    if (at == std::string_view::npos || header[at] != '(')
        fail(path, "the .npy header has no 'shape' tuple");
    ++at;
    for (;;) {
        skip_spaces(header, at);
        if (at >= header.size())
            fail(path, "the .npy header's 'shape' is not closed");
        if (header[at] == ')')
            break;
        if (!std::isdigit(static_cast<unsigned char>(header[at])))
            fail(path, "the .npy header's 'shape' holds something other than sizes");
        std::int64_t size = 0;
        while (at < header.size() && std::isdigit(static_cast<unsigned char>(header[at]))) {
            if (size > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
                fail(path, "a dimension of the .npy array is too large");
            size = size * 10 + (header[at] - '0');
            ++at;
        }
        if (at < header.size() && header[at] == 'L') // Python 2's long integers
            ++at;
        result.shape.push_back(size);
        if (result.shape.size() > kMaxDimensions)
            fail(path, "the .npy array has more than 32 dimensions");
        skip_spaces(header, at);
        if (at < header.size() && header[at] == ',')
            ++at;
    }
    return result;
}

std::uint32_t little_endian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | bytes[i];
    return value;
}

} // namespace

compute::Tensor read_npy(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, "cannot open the file");
    in.seekg(0, std::ios::end);
    const std::streamoff file_size = in.tellg();
    in.seekg(0);
    if (file_size < 0)
        fail(path, "cannot read the file");

    unsigned char prefix[12]{};
    const auto fixed = static_cast<std::streamoff>(std::min<std::streamoff>(file_size, 12));
    in.read(reinterpret_cast<char*>(prefix), fixed);
    if (fixed < 10 || std::memcmp(prefix, kMagic.data(), kMagic.size()) != 0)
        fail(path, "not a .npy file (it does not start with \\x93NUMPY)");
    const int major = prefix[6];
    if (major != 1 && major != 2)
        fail(path, "the .npy format version " + std::to_string(major) + "." +
                       std::to_string(prefix[7]) + " is not supported (1.0 and 2.0 are)");
    const int length_bytes = major == 1 ? 2 : 4;
    if (fixed < 8 + length_bytes)
        fail(path, "the file is truncated inside the .npy header");
    const std::uint32_t header_bytes = little_endian(prefix + 8, length_bytes);
    const std::streamoff data_offset = 8 + length_bytes + std::streamoff{header_bytes};
    if (header_bytes > kMaxHeaderBytes)
        fail(path, "the .npy header claims " + std::to_string(header_bytes) +
                       " bytes, more than a header needs");
    if (data_offset > file_size)
        fail(path, "the file is truncated inside the .npy header");

    std::string header(header_bytes, '\0');
    in.seekg(8 + length_bytes);
    in.read(header.data(), static_cast<std::streamsize>(header_bytes));
    if (!in)
        fail(path, "cannot read the .npy header");
    const NpyHeader parsed = parse_header(path, header);

    std::int64_t item_bytes = 0;
    if (parsed.descr == "<f4")
        item_bytes = 4;
    else if (parsed.descr == "<f8")
        item_bytes = 8;
    else if (parsed.descr.size() > 1 && parsed.descr[0] == '>')
        fail(path, "the array is big-endian ('" + parsed.descr +
                       "'); save it as little-endian float32 ('<f4')");
    else
        fail(path, "the array's type '" + parsed.descr +
                       "' is not supported; save it as float32 ('<f4') or float64 ('<f8')");
    if (parsed.fortran_order)
        fail(path, "the array is in Fortran order; save it in C order "
                   "(numpy.ascontiguousarray)");
    if (parsed.shape.empty())
        fail(path, "the array is a scalar; an array with at least one dimension is needed");

    // The shape must account for exactly the bytes after the header: checked before anything is
    // allocated, so a header claiming 2^40 values fails here.
    const std::int64_t data_bytes = file_size - data_offset;
    std::int64_t count = 1;
    for (const std::int64_t size : parsed.shape) {
        if (size == 0)
            fail(path, "the array has a dimension of size 0 (shape " +
                           compute::shape_string(parsed.shape) + ")");
        if (count > std::numeric_limits<std::int64_t>::max() / item_bytes / size)
            fail(path, "the shape " + compute::shape_string(parsed.shape) +
                           " needs more than the " + std::to_string(data_bytes) +
                           " bytes the file holds");
        count *= size;
    }
    if (count > io::limits::max_tensor_elements)
        fail(path, "the shape " + compute::shape_string(parsed.shape) + " holds " +
                       std::to_string(count) + " values, more than the limit of " +
                       std::to_string(io::limits::max_tensor_elements) + " in one tensor");
    if (count * item_bytes != data_bytes)
        fail(path, "the shape " + compute::shape_string(parsed.shape) + " needs " +
                       std::to_string(count * item_bytes) + " bytes of values, the file holds " +
                       std::to_string(data_bytes));

    compute::Tensor tensor(parsed.shape);
    in.seekg(data_offset);
    if (item_bytes == 4) {
        in.read(reinterpret_cast<char*>(tensor.data()), static_cast<std::streamsize>(data_bytes));
    } else {
        std::vector<double> values(static_cast<std::size_t>(count));
        in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(data_bytes));
        float* out = tensor.data();
        for (std::size_t i = 0; i < values.size(); ++i)
            out[i] = static_cast<float>(values[i]);
    }
    if (!in)
        fail(path, "cannot read the array's values");
    return tensor;
}

void write_npy(const std::string& path, const compute::Tensor& tensor) {
    if (!tensor.defined())
        fail(path, "cannot write an undefined tensor");
    const std::vector<float> values = tensor.to_vector();

    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (";
    for (std::size_t i = 0; i < tensor.shape().size(); ++i)
        header.append(i ? ", " : "").append(std::to_string(tensor.shape()[i]));
    header.append(tensor.rank() == 1 ? ",), }" : "), }");
    // magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64,
    // ending in a newline.
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header.push_back('\n');

    const unsigned char lengths[2] = {static_cast<unsigned char>(header.size() & 0xff),
                                      static_cast<unsigned char>(header.size() >> 8)};
    io::AtomicFile out(path);
    out.write(kMagic);
    out.write(std::string_view("\x01\x00", 2));
    out.write(std::string_view(reinterpret_cast<const char*>(lengths), 2));
    out.write(header);
    out.write(std::string_view(reinterpret_cast<const char*>(values.data()),
                               values.size() * sizeof(float)));
    out.commit();
}

} // namespace convsight::data
