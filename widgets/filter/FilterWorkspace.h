// The Filter workspace: load a photo (file, drag and drop, paste, samples, camera, video), edit a
// kernel, and see the output live — beside the input, as a split, as their difference, in every
// signed display mode at once, or a whole filter bank. The input comes from ImageSource, filtering
// runs on a worker (FilterRunner); this widget only draws and reacts.
#pragma once

#include "filter/FilterRunner.h"
#include "image/SignedDisplay.h"

#include <QWidget>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace convsight::widgets {

class Histogram;
class BusyIndicator;
class ImageSource;
class ImageView;
class KernelEditor;
class KernelQuiz;
class MessageLine;
class ViewSync;

class FilterWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class ViewMode { SideBySide, Split, Difference, Displays, Bank };
    Q_ENUM(ViewMode)

    explicit FilterWorkspace(QWidget* parent = nullptr);
    ~FilterWorkspace() override;

    KernelEditor* kernelEditor() const { return editor_; }
    // "Which kernel made this output?" above the kernel editor (its action starts it).
    KernelQuiz* kernelQuiz() const { return quiz_; }
    // Where the input comes from: files, clipboard, samples, video, camera, recent files.
    ImageSource* imageSource() const { return imageSource_; }
    // Kernel edits and image loads, one stack: Edit ▸ Undo/Redo.
    QUndoStack* undoStack() const;

    // The image being filtered (8-bit grey or BGR, as loaded) and what it is called.
    const cv::Mat& sourceImage() const { return source_; }
    QString sourceName() const { return sourceName_; }
    // The newest result shown; output is empty until the first filtering finished.
    const FilterResult& result() const { return result_; }
    // Whether a filtering is running or queued (its result not shown yet).
    bool isFiltering() const;

    ViewMode viewMode() const { return viewMode_; }
    image::SignedDisplay displayMode() const { return display_; }
    bool isGrey() const { return grey_; }
    compute::Device device() const { return device_; }
    // The message bar's text; empty when hidden.
    QString message() const;
    // What hovering an output pixel explains (its sum), or the hint shown before.
    QString pixelExplanation() const;

    ImageView* inputView() const { return inputView_; }
    ImageView* outputView() const { return outputView_; }
    Histogram* histogram() const { return histogram_; }
    // The views of ViewMode::Displays (input first, then image::signed_displays()) and Bank.
    const QList<ImageView*>& displayViews() const { return displayViews_; }
    const QList<ImageView*>& bankViews() const { return bankViews_; }

    QAction* openAction() const { return openAction_; }
    QAction* pasteAction() const { return pasteAction_; }
    QAction* cameraAction() const { return cameraAction_; }
    QAction* exportAction() const { return exportAction_; }
    QAction* copyOutputAction() const { return copyOutputAction_; }
    QMenu* recentMenu() const { return recentMenu_; }
    QMenu* samplesMenu() const { return samplesMenu_; }

    // Bundled samples: the photos in resources/samples/, then the generated patterns.
    static QStringList sampleNames();

    // Session files (FilterWorkspaceSession.cpp): the image (PNG, base64) and its name, the
    // kernel, the display and view modes, colour or grey. checkSessionState() says what is wrong
    // with a state (empty: nothing), applySessionState() applies a checked one and clears the
    // undo stack.
    nlohmann::json sessionState() const;
    static QString checkSessionState(const nlohmann::json& state);
    void applySessionState(const nlohmann::json& state);

public slots:
    // An image, video or kernel (.csv, .json) file by its extension. On failure the message bar
    // says why and the image and kernel stay as they were. Images are read on a worker: true
    // means the read started, the image (or the message) follows; videos and kernels load at
    // once and return false on failure.
    bool loadFile(const QString& path);
    // A .kernel.json or CSV kernel into the editor; its errors (NaN, ragged, too large, ...) go to
    // the message bar and the kernel stays.
    bool loadKernelFile(const QString& path);
    // An image from memory (clipboard, tests), undoable. Refused (false, message) when empty or
    // larger than image::kMaxImagePixels.
    bool loadImage(const cv::Mat& image, const QString& name);
    // Index into sampleNames().
    bool loadSample(int index);
    // An image on the clipboard, or a file named there.
    void paste();
    void openCamera();
    void playPause();
    void stopVideo();

    void setViewMode(convsight::widgets::FilterWorkspace::ViewMode mode);
    void setDisplayMode(convsight::image::SignedDisplay mode);
    void setGrey(bool grey);
    // The CPU, or the first CUDA device: refused, with the reason in the message bar, when CUDA
    // cannot be used.
    bool setDeviceType(convsight::compute::DeviceType type);
    // Tests only: the next filtering fails with a DeviceError naming `op`, as a GPU fault would,
    // so the "Continue on the CPU" offer can be tested on a machine without a GPU.
    void failNextFilteringForTesting(const QString& op) { failNextFiltering_ = op; }

    // The output as .png (8-bit, as displayed), .tif/.tiff (32-bit float) or .npy (float32,
    // channels R, G, B). Nothing is written on failure; the message bar says why.
    bool exportOutput(const QString& path);
    void copyOutput();
    // Submits the current image and kernel to the worker.
    void refilter();
    void showMessage(const QString& text, bool error = true);
    void clearMessage();

signals:
    // A new result is shown.
    void outputShown();
    // An image or video frame became the input.
    void imageLoaded(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    class LoadImageCommand;

    QWidget* createSourceBar();
    QWidget* createDeviceButton();
    QWidget* createViewBar();
    QWidget* createDisplayBar();
    QWidget* createMessageBar();
    QWidget* createViews();
    QWidget* createBankPage();
    void editBankKernel(int tile);
    QWidget* createSidePanel();
    void createActions();
    ImageView* addView(const QString& caption);

    // Makes `image` the input (no undo step: commands and video frames call it).
    void showSource(const cv::Mat& image, const QString& name);
    void connectImageSource();
    void showVideoBar(const QString& name, int frameCount);
    void showVideoFrame(const cv::Mat& frame, const QString& name, int position);
    void rebuildRecentMenu();
    void onFiltered(const FilterResult& result);
    void updateViews();
    void explainPixel(const QPoint& pixel);
    void updateDeviceLabel();
    void arrangeSideBySide();
    void exportWithDialog();

    cv::Mat source_;
    QString sourceName_;
    FilterResult result_;
    ViewMode viewMode_{ViewMode::SideBySide};
    // Clamp: with the identity kernel the output is the photo as it is.
    image::SignedDisplay display_{image::SignedDisplay::Clamp};
    bool grey_{false};
    compute::Device device_{compute::Device::cpu()};

    ImageSource* imageSource_{};
    BusyIndicator* opening_{}; // "Opening photo.jpg…" while a file loads
    FilterRunner* runner_{};
    KernelEditor* editor_{};
    KernelQuiz* quiz_{};
    ViewSync* sync_{};
    QStackedWidget* pages_{};
    QWidget* sideBySide_{};
    ImageView* inputView_{};
    ImageView* outputView_{};
    ImageView* splitView_{};
    ImageView* differenceView_{};
    QList<ImageView*> displayViews_;
    QList<ImageView*> bankViews_;
    Histogram* histogram_{};
    QLabel* histogramLabel_{};
    QLabel* pixelLabel_{};
    QWidget* messageBar_{};
    MessageLine* messageLabel_{};
    // Offered beside the message when the GPU failed: switches to the CPU and filters again.
    QPushButton* continueOnCpu_{};
    QString failNextFiltering_;
    QComboBox* sampleCombo_{};
    QComboBox* displayCombo_{};
    QComboBox* colourCombo_{};
    QToolButton* deviceButton_{};
    QAction* cpuAction_{};
    QAction* cudaAction_{};
    QButtonGroup* viewButtons_{};
    QWidget* videoBar_{};
    QToolButton* playButton_{};
    QSlider* scrubSlider_{};
    QLabel* frameLabel_{};

    QAction* openAction_{};
    QAction* pasteAction_{};
    QAction* cameraAction_{};
    QAction* exportAction_{};
    QAction* copyOutputAction_{};
    // Keyboard shortcuts for the kernel editor, the presets and the views.
    void createShortcuts();
    // Moves the kernel preset by `step` entries (−1 previous, +1 next), skipping "Custom".
    void stepPreset(int step);
    QMenu* recentMenu_{};
    QMenu* samplesMenu_{};
};

} // namespace convsight::widgets
