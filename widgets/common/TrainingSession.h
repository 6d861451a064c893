// TrainingSession: the GUI's one training run. Opens the data set and builds the model on a worker
// thread, runs nn::Trainer on the trainer's own thread, and hands its progress to the GUI thread as
// signals. Every few batches and after every epoch it copies the model to the CPU on the trainer
// thread (between batches, when the model is still), so the GUI only ever reads copies: the live
// filters, the Inspect workspace and the timeline's checkpoints. It belongs to the main window, not
// to a workspace, so training goes on while the student looks elsewhere.
#pragma once

#include "common/LatestTask.h"
#include "conv/ConvTrace.h"
#include "image/ImageFolderDataset.h"
#include "image/PhotoInput.h"
#include "nn/RunMetadata.h"
#include "nn/Sequential.h"
#include "nn/Trainer.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace convsight::widgets {

class TrainingSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Running, Paused, Finished, Stopped, Failed };
    Q_ENUM(State)

    struct Setup {
        QString datasetSpec{QStringLiteral("shapes")}; // as data::open_dataset reads it
        std::int64_t limit{0}; // the first examples of the training set only, when > 0
        // The permutation experiment: every image's pixels in one fixed order (from config.seed).
        bool permutePixels{false};
        nlohmann::json architecture; // as nn::architecture_json writes it
        nn::TrainerConfig config;    // dataset_info and checkpoint_path are filled in
        // Hand-made starting filters for the first conv layer (nn::set_first_conv_kernels);
        // empty: the initialisation's random weights.
        std::vector<conv::Matrix> initialKernels;
        // Fine-tuning (transfer learning): a trained or imported network whose weights the run
        // starts from, layer by layer where a layer's parameters have the same shapes (a new
        // classification head keeps its fresh weights). Null: every weight from the seed.
        std::shared_ptr<const nn::Sequential> startingWeights;
        int snapshotEveryBatches{8}; // how often the live copy of the model is taken
    };

    // The model at one moment of the run: epoch 0 is the starting weights.
    struct Checkpoint {
        int epoch{};
        std::shared_ptr<const nn::Sequential> model; // CPU copy, evaluation mode
        nn::EpochRecord record;                      // epoch > 0 only
    };

    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override; // stops the run at a batch boundary and joins its thread

    // Starts a new run (the previous one, finished or stopped, is dropped). Asynchronous: state
    // Preparing while the data set opens, then Running; a problem (no such data set, a model that
    // does not fit it) ends in Failed with failed(message).
    void start(const Setup& setup);
    void pause();
    void resume();
    void step(); // one batch while paused
    void stop();
    // How many layers of `model` took their weights from `from` (fine-tuning): the same layer
    // position and every parameter of the same shape; the others are left as they are.
    static int copyMatchingWeights(nn::Sequential& model, const nn::Sequential& from);
    // Stops the run and blocks until its thread has ended (for closing the window).
    void stopAndWait();

    // The op whose device failure (a GPU fault: out of memory, a failed launch) ended the run in
    // Failed; empty when it failed otherwise, or has not.
    const QString& deviceFailure() const { return deviceFailure_; }
    // After a device failure: the run goes on on the CPU from where it stood (weights, optimizer
    // state, epochs and batches done; the newest copy's weights where the GPU cannot be read back
    // any more). False with the reason in *error when it cannot.
    bool continueOnCpu(QString* error);
    // Tests only: the next batch fails with a DeviceError naming `op`, as a GPU fault would, so
    // the "Continue on the CPU" path can be tested on a machine without a GPU.
    void failNextBatchForTesting(const QString& op);

    State state() const { return state_; }
    bool isActive() const; // preparing, running or paused
    static QString stateText(State state);

    // The current run's setup, data and results (empty before the first start or load).
    const Setup& setup() const { return setup_; }
    const image::TrainingData& data() const { return data_; }
    QStringList classNames() const;
    const std::vector<nn::BatchProgress>& batches() const { return batches_; }
    const std::vector<nn::EpochRecord>& epochs() const { return epochs_; }
    const std::vector<Checkpoint>& checkpoints() const { return checkpoints_; }
    // The newest copy of the model (null before the run is prepared).
    std::shared_ptr<const nn::Sequential> latestModel() const { return latest_; }
    // Where the newest copy was taken, in epochs (2.5: halfway through the third epoch).
    double latestPosition() const { return latestPosition_; }
    // The optimizer's settings and step count at the newest copy (nn::optimizer_settings).
    const nlohmann::json& optimizerSettings() const { return optimizerSettings_; }
    // The first conv layer's weights when the run began (K, C, F, F); undefined without one.
    const compute::Tensor& initialFirstLayer() const { return initialFirstLayer_; }

    // The model the workspaces show: a checkpoint the timeline picked, or the newest copy
    // (index -1, the default: it follows the training).
    void setViewedCheckpoint(int index);
    int viewedCheckpoint() const { return viewed_; }
    std::shared_ptr<const nn::Sequential> viewedModel() const;
    double viewedPosition() const; // in epochs

    // Writes the run to a model file. Paused, stopped or finished: a checkpoint the CLI's
    // `train --resume` continues (weights, optimizer state, history); while running: the newest
    // copy's weights. False with a message in *error when there is nothing to save or writing
    // fails (nothing written then).
    // Saving clears hasUnsavedTraining().
    bool saveModel(const QString& path, QString* error);
    // The model file's bytes (as saveModel() writes them), for a session file; empty, with the
    // reason in *error, when there is nothing to save.
    QByteArray modelBytes(QString* error) const;
    // Whether `bytes` are a model file that loads (magic, version, checksum, architecture,
    // metadata): empty when they are, otherwise why not. Opens no data set.
    static QString checkModelBytes(const QByteArray& bytes);
    // Reads a model file and opens the data set its metadata names (asynchronously): the session
    // then holds it as a finished run (modelLoaded()), or fails with failed(message) and keeps
    // what it had. A model whose file names no data set (an imported network, a preset saved as
    // it is) loads without one: data() then holds only the statistics photos are normalised by.
    void loadModel(const QString& path);
    // Whether the run has a data set (training and test examples); false for a model loaded
    // without one.
    bool hasDataset() const { return data_.normalised.test != nullptr; }
    // How photos are normalised for a model loaded without a data set (data().stats holds the
    // same numbers); none while the run has a data set.
    const std::optional<image::PhotoNormalisation>& photoNormalisation() const {
        return photoNormalisation_;
    }
    // The same from a model file's bytes (a session's model); messages call it `name`.
    void loadModelBytes(const QByteArray& bytes, const QString& name);

    // Whether batches were trained since the model was last saved or loaded: closing the window or
    // loading another model then asks first. A session file holding the model calls markSaved().
    bool hasUnsavedTraining() const { return unsaved_; }
    void markSaved() { unsaved_ = false; }

signals:
    void stateChanged(convsight::widgets::TrainingSession::State state);
    void prepared(); // data, class names and the starting model are ready
    void batchDone(const convsight::nn::BatchProgress& progress);
    void epochDone(const convsight::nn::EpochRecord& record);
    void snapshotTaken(); // latestModel() was replaced
    void checkpointAdded(int index);
    void failed(const QString& message);
    void modelLoaded();
    void viewedModelChanged(); // viewedModel() is another model now

private:
    struct Prepared;
    // On a worker: the data set opened and the trainer built, or the model file read.
    static Prepared prepareRun(const Setup& setup);
    static Prepared readModelFile(const QString& path);
    bool writeModel(const QString& path, QString* error) const;
    void setState(State state);
    void finishPreparing(Prepared& prepared);
    void finishLoading(Prepared& loaded);
    void connectTrainer();
    // Installs a copy of the model taken at `position` (epochs) as the newest.
    void newestCopy(std::shared_ptr<const nn::Sequential> model, double position,
                    const nlohmann::json& settings);

    Setup setup_;
    image::TrainingData data_;
    std::unique_ptr<nn::Trainer> trainer_;
    // Set by step(): the batch it trains is copied, so the filters and the update rule show it.
    std::atomic<bool> stepping_{false};
    QString deviceFailure_;
    std::string failNextBatchOp_; // written before failNextBatch_ is set, read after it is taken
    std::atomic<bool> failNextBatch_{false};
    std::vector<nn::BatchProgress> batches_;
    std::vector<nn::EpochRecord> epochs_;
    std::vector<Checkpoint> checkpoints_;
    std::shared_ptr<const nn::Sequential> latest_;
    double latestPosition_{0.0};
    nlohmann::json optimizerSettings_;
    compute::Tensor initialFirstLayer_;
    std::optional<nn::RunMetadata> loadedMetadata_; // of a loaded model file, saved again with it
    std::optional<image::PhotoNormalisation> photoNormalisation_; // a model without a data set
    int viewed_{-1};
    bool unsaved_{false};
    State state_{State::Idle};
    LatestTask preparing_; // the newest start or load wins; an older one's result is dropped
};

} // namespace convsight::widgets
