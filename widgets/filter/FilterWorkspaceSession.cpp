// The Filter workspace in a session file: its image, kernel and modes as JSON, checked whole
// before any of it is applied.
#include "common/CoreMessages.h"
#include "conv/SessionJson.h"
#include "filter/FilterWorkspace.h"
#include "filter/KernelEditor.h"
#include "image/ImageIO.h"
#include "image/LazyOpenCv.h"

#include <QUndoStack>
#include <opencv2/imgcodecs.hpp>
#include <optional>

namespace convsight::widgets {

using nlohmann::json;

namespace {

constexpr int kViewModes = 5;

// The image of a session: 8-bit grey or BGR PNG, base64; nothing when it does not decode.
std::optional<cv::Mat> decodeImage(const json& text, QString* why) {
    if (!text.is_string()) {
        *why = FilterWorkspace::tr("filter.image is not text");
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromStdString(text.get<std::string>()),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *why = FilterWorkspace::tr("filter.image is not base64");
        return std::nullopt;
    }
    if (decoded.decoded.isEmpty())
        return cv::Mat(); // no image: the workspace had none
    // A header stating a huge image is refused before OpenCV allocates it.
    const auto stated = image::image_header_size(
        {reinterpret_cast<const unsigned char*>(decoded.decoded.constData()),
         static_cast<std::size_t>(decoded.decoded.size())});
    if (stated && stated->first * stated->second > image::kMaxImagePixels) {
        *why = FilterWorkspace::tr("filter.image is %1 × %2 pixels, more than the limit of %3 "
                                   "pixels the Filter workspace takes")
                   .arg(stated->first)
                   .arg(stated->second)
                   .arg(image::kMaxImagePixels);
        return std::nullopt;
    }
    const cv::Mat bytes(1, static_cast<int>(decoded.decoded.size()), CV_8U,
                        const_cast<char*>(decoded.decoded.constData()));
    cv::Mat image;
    try {
        image = image::imdecode(bytes, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        image.release();
    }
    if (image.empty() || (image.type() != CV_8UC1 && image.type() != CV_8UC3)) {
        *why = FilterWorkspace::tr("filter.image is not an 8-bit grey or colour PNG");
        return std::nullopt;
    }
    if (static_cast<std::int64_t>(image.total()) > image::kMaxImagePixels) {
        *why = FilterWorkspace::tr("filter.image is larger than the Filter workspace takes");
        return std::nullopt;
    }
    return image.clone();
}

QString typeProblem(const json& state) {
    if (!state.is_object())
        return FilterWorkspace::tr("filter is not an object");
    const std::pair<const char*, json::value_t> fields[] = {
        {"image", json::value_t::string},   {"image_name", json::value_t::string},
        {"display", json::value_t::string}, {"view", json::value_t::number_unsigned},
        {"grey", json::value_t::boolean},   {"kernel", json::value_t::object},
    };
    for (const auto& [key, type] : fields) {
        const auto found = state.find(key);
        if (found == state.end())
            return FilterWorkspace::tr("filter.%1 is missing").arg(QLatin1String(key));
        const bool ok = type == json::value_t::number_unsigned ? found->is_number_integer()
                                                               : found->type() == type;
        if (!ok)
            return FilterWorkspace::tr("filter.%1 has the wrong type").arg(QLatin1String(key));
    }
    return {};
}

std::optional<image::SignedDisplay> displayOf(const std::string& id) {
    for (const image::SignedDisplay mode : image::signed_displays())
        if (image::signed_display_id(mode) == id)
            return mode;
    return std::nullopt;
}

} // namespace

json FilterWorkspace::sessionState() const {
    std::vector<unsigned char> png;
    if (!source_.empty())
        image::imencode(".png", source_, png);
    const QByteArray bytes(reinterpret_cast<const char*>(png.data()),
                           static_cast<qsizetype>(png.size()));
    return {{"image", bytes.toBase64().toStdString()},
            {"image_name", sourceName_.toStdString()},
            {"kernel", conv::kernel_model_to_json(editor_->model())},
            {"display", image::signed_display_id(display_)},
            {"view", static_cast<int>(viewMode_)},
            {"grey", grey_}};
}

QString FilterWorkspace::checkSessionState(const json& state) {
    if (QString problem = typeProblem(state); !problem.isEmpty())
        return problem;
    QString why;
    if (!decodeImage(state["image"], &why))
        return why;
    try {
        const conv::KernelModel kernel = conv::kernel_model_from_json(state["kernel"]);
        Q_UNUSED(kernel)
    } catch (const conv::SessionJsonError& e) {
        return QStringLiteral("filter.") + translateCoreMessage(e.what());
    }
    if (!displayOf(state["display"].get<std::string>()))
        return tr("filter.display: \"%1\" is not a display mode")
            .arg(QString::fromStdString(state["display"].get<std::string>()));
    const auto view = state["view"].get<long long>();
    if (view < 0 || view >= kViewModes)
        return tr("filter.view: %1 is not a view mode").arg(view);
    return {};
}

void FilterWorkspace::applySessionState(const json& state) {
    QString why;
    const std::optional<cv::Mat> image = decodeImage(state["image"], &why);
    editor_->setModel(conv::kernel_model_from_json(state["kernel"]), tr("Open session"));
    if (image && !image->empty())
        showSource(*image, QString::fromStdString(state["image_name"].get<std::string>()));
    setDisplayMode(*displayOf(state["display"].get<std::string>()));
    setGrey(state["grey"].get<bool>());
    setViewMode(static_cast<ViewMode>(state["view"].get<int>()));
    undoStack()->clear();
}

} // namespace convsight::widgets
