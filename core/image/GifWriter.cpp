// Animated GIF export and read-back through giflib, with a fixed cube-and-greys palette.
#include "image/GifWriter.h"

#include "image/ImageIO.h"
#include "io/AtomicFile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gif_lib.h>

namespace convsight::image {

namespace {

constexpr int kCubeLevels = 6; // 0, 51, …, 255 per channel
constexpr int kCubeStep = 51;
constexpr int kGreys = 256 - kCubeLevels * kCubeLevels * kCubeLevels; // 40

std::vector<GifColor> make_palette() {
    std::vector<GifColor> palette;
    palette.reserve(256);
    for (int r = 0; r < kCubeLevels; ++r)
        for (int g = 0; g < kCubeLevels; ++g)
            for (int b = 0; b < kCubeLevels; ++b)
                palette.push_back({static_cast<std::uint8_t>(r * kCubeStep),
                                   static_cast<std::uint8_t>(g * kCubeStep),
                                   static_cast<std::uint8_t>(b * kCubeStep)});
    for (int i = 1; i <= kGreys; ++i) {
        const auto level = static_cast<std::uint8_t>(std::lround(255.0 * i / (kGreys + 1)));
        palette.push_back({level, level, level});
    }
    return palette;
}

int squared_distance(const GifColor& c, int r, int g, int b) {
    return (c.r - r) * (c.r - r) + (c.g - g) * (c.g - g) + (c.b - b) * (c.b - b);
}

std::string gif_error_text(int code) {
    const char* text = GifErrorString(code);
    return text ? text : "unknown giflib error " + std::to_string(code);
}

} // namespace

const std::vector<GifColor>& gif_palette() {
    static const std::vector<GifColor> palette = make_palette();
    return palette;
}

int gif_palette_index(int r, int g, int b) {
    const auto& palette = gif_palette();
    const auto level = [](int v) { return std::clamp((v + kCubeStep / 2) / kCubeStep, 0, 5); };
    const int cube = level(r) * 36 + level(g) * 6 + level(b);
    // The nearest grey: levels are 255·i/41, so i ≈ mean·41/255.
    const int mean = (r + g + b) / 3;
    const int greyIndex = std::clamp((mean * (kGreys + 1) + 127) / 255, 1, kGreys);
    const int grey = 216 + greyIndex - 1;
    return squared_distance(palette[static_cast<std::size_t>(grey)], r, g, b) <
                   squared_distance(palette[static_cast<std::size_t>(cube)], r, g, b)
               ? grey
               : cube;
}

// giflib writes through an output function into the atomic file; a failed write is kept here
// (giflib only learns that fewer bytes went out) and reported instead of giflib's code.
struct GifWriter::File {
    std::unique_ptr<io::AtomicFile> out;
    GifFileType* gif{};
    std::string writeError;
    std::string reason(int giflibError) const {
        return writeError.empty() ? gif_error_text(giflibError) : writeError;
    }
};

GifWriter::GifWriter(const std::string& path, int width, int height, bool loop)
    : file_(std::make_unique<File>())
    , path_(path)
    , width_(width)
    , height_(height) {
    if (width < 1 || height < 1 || width > 65535 || height > 65535)
        throw ImageError("cannot write GIF '" + path + "': a frame of " + std::to_string(width) +
                         "×" + std::to_string(height) + " pixels is not possible");
    try {
        file_->out = std::make_unique<io::AtomicFile>(path);
    } catch (const std::runtime_error& e) {
        throw ImageError(e.what());
    }
    const OutputFunc output = [](GifFileType* gif, const GifByteType* bytes, int length) {
        auto* file = static_cast<File*>(gif->UserData);
        try {
            file->out->write(std::string_view(reinterpret_cast<const char*>(bytes),
                                              static_cast<std::size_t>(length)));
            return length;
        } catch (const std::exception& e) {
            if (file->writeError.empty())
                file->writeError = e.what();
            return 0;
        }
    };
    int error = 0;
    file_->gif = EGifOpen(file_.get(), output, &error);
    if (!file_->gif)
        throw ImageError("cannot write GIF '" + path + "': " + gif_error_text(error));
    std::vector<GifColorType> colours;
    for (const GifColor& c : gif_palette())
        colours.push_back({c.r, c.g, c.b});
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    EGifSetGifVersion(file_->gif, true);
    const bool ok = map && EGifPutScreenDesc(file_->gif, width, height, 8, 0, map) == GIF_OK;
    GifFreeMapObject(map);
    bool looped = true;
    if (ok && loop) {
        // The NETSCAPE2.0 application block: loop count 0 means forever.
        const unsigned char application[] = "NETSCAPE2.0";
        const unsigned char count[] = {1, 0, 0};
        looped = EGifPutExtensionLeader(file_->gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
                 EGifPutExtensionBlock(file_->gif, 11, application) == GIF_OK &&
                 EGifPutExtensionBlock(file_->gif, 3, count) == GIF_OK &&
                 EGifPutExtensionTrailer(file_->gif) == GIF_OK;
    }
    if (!ok || !looped) {
        const std::string reason = file_->reason(file_->gif->Error);
        EGifCloseFile(file_->gif, &error);
        file_->gif = nullptr;
        throw ImageError("cannot write GIF '" + path + "': " + reason);
    }
}

GifWriter::~GifWriter() {
    if (file_->gif) {
        int error = 0;
        EGifCloseFile(file_->gif, &error);
    }
    // Unfinished: the AtomicFile goes with file_, and its temporary file with it.
}

void GifWriter::add_frame(const cv::Mat& bgr, int delay_ms) {
    if (!file_->gif)
        throw ImageError("cannot add a frame to GIF '" + path_ + "': it is already finished");
    if (bgr.type() != CV_8UC3 || bgr.cols != width_ || bgr.rows != height_)
        throw ImageError("cannot add frame " + std::to_string(frames_ + 1) + " to GIF '" + path_ +
                         "': it must be 8-bit BGR of " + std::to_string(width_) + "×" +
                         std::to_string(height_) + " pixels, like the first");
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.DelayTime = std::max(2, (delay_ms + 5) / 10); // browsers treat 0 and 1 as 10
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const std::size_t length = EGifGCBToExtension(&control, extension);
    bool ok = EGifPutExtension(file_->gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length),
                               extension) == GIF_OK &&
              EGifPutImageDesc(file_->gif, 0, 0, width_, height_, false, nullptr) == GIF_OK;
    std::vector<GifPixelType> line(static_cast<std::size_t>(width_));
    for (int y = 0; ok && y < height_; ++y) {
        const auto* row = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width_; ++x)
            line[static_cast<std::size_t>(x)] =
                static_cast<GifPixelType>(gif_palette_index(row[x][2], row[x][1], row[x][0]));
        ok = EGifPutLine(file_->gif, line.data(), width_) == GIF_OK;
    }
    if (!ok)
        throw ImageError("cannot write frame " + std::to_string(frames_ + 1) + " of GIF '" + path_ +
                         "': " + file_->reason(file_->gif->Error));
    ++frames_;
}

void GifWriter::finish() {
    if (!file_->gif)
        return;
    if (frames_ == 0)
        throw ImageError("cannot finish GIF '" + path_ + "': it has no frames");
    int error = 0;
    const int status = EGifCloseFile(file_->gif, &error);
    file_->gif = nullptr;
    if (status != GIF_OK)
        throw ImageError("cannot write GIF '" + path_ + "': " + file_->reason(error));
    try {
        file_->out->commit();
    } catch (const std::runtime_error& e) {
        throw ImageError(e.what());
    }
}

std::vector<GifFrame> read_gif(const std::string& path) {
    int error = 0;
    GifFileType* gif = DGifOpenFileName(path.c_str(), &error);
    if (!gif)
        throw ImageError("cannot open GIF '" + path + "': " + gif_error_text(error));
    const auto close = [&] { DGifCloseFile(gif, &error); };
    if (DGifSlurp(gif) != GIF_OK) {
        const std::string reason = gif_error_text(gif->Error);
        close();
        throw ImageError("cannot read GIF '" + path + "': " + reason + " (is it corrupt?)");
    }
    std::vector<GifFrame> frames;
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        const ColorMapObject* map =
            image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc& desc = image.ImageDesc;
        if (!map || desc.Left != 0 || desc.Top != 0 || desc.Width != gif->SWidth ||
            desc.Height != gif->SHeight) {
            close();
            throw ImageError("cannot read GIF '" + path + "': frame " + std::to_string(i + 1) +
                             " is not a full frame with a palette");
        }
        GifFrame frame;
        frame.bgr.create(desc.Height, desc.Width, CV_8UC3);
        for (int y = 0; y < desc.Height; ++y) {
            auto* row = frame.bgr.ptr<cv::Vec3b>(y);
            for (int x = 0; x < desc.Width; ++x) {
                const int index = image.RasterBits[y * desc.Width + x];
                const GifColorType& c = map->Colors[std::min(index, map->ColorCount - 1)];
                row[x] = cv::Vec3b(c.Blue, c.Green, c.Red);
            }
        }
        GraphicsControlBlock control{};
        if (DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK)
            frame.delay_ms = control.DelayTime * 10;
        frames.push_back(std::move(frame));
    }
    close();
    return frames;
}

} // namespace convsight::image
