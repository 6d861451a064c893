// Animated GIF files through giflib: frames quantised to one fixed 256-colour palette (a 6×6×6
// colour cube and 40 greys, enough for the app's flat diagrams), written atomically.
#pragma once

#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convsight::image {

// The palette every frame uses: entry r·36 + g·6 + b (r, g, b in 0..5) is the cube colour
// (51r, 51g, 51b); entries 216..255 are greys between the cube's.
struct GifColor {
    std::uint8_t r{}, g{}, b{};
};
const std::vector<GifColor>& gif_palette();
// The palette entry closest to (r, g, b) in squared RGB distance, among the cube's neighbours of
// the colour and the greys.
int gif_palette_index(int r, int g, int b);

class GifWriter {
public:
    // Starts `path` (replaced only when finish() succeeds); every frame must be width×height.
    // A looping GIF plays forever. Throws ImageError when the file cannot be created.
    GifWriter(const std::string& path, int width, int height, bool loop = true);
    ~GifWriter(); // without finish(), the partial file is removed
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // Appends one frame, an 8-bit BGR image (CV_8UC3, OpenCV's order), shown for `delay_ms`
    // (GIF counts hundredths of a second: rounded, at least 2). Throws ImageError for a frame of
    // another size or type, or a write failure.
    void add_frame(const cv::Mat& bgr, int delay_ms);
    int frame_count() const { return frames_; }
    // Writes the end of the file and moves it into place. Throws ImageError on failure.
    void finish();

private:
    struct File;
    std::unique_ptr<File> file_;
    std::string path_;
    int width_{}, height_{};
    int frames_{};
};

// One frame read back from a GIF: BGR pixels and its delay.
struct GifFrame {
    cv::Mat bgr;
    int delay_ms{};
};
// Every frame of a GIF file written by GifWriter (a full-size frame each, global or local
// palette). Throws ImageError for a missing or corrupt file.
std::vector<GifFrame> read_gif(const std::string& path);

} // namespace convsight::image
