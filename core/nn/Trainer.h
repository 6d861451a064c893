// Trainer: trains a Sequential on a data set for a number of epochs, on its own std::thread or
// driven batch by batch by the caller; pause, resume, one batch while paused and stop at a batch
// boundary; progress callbacks per batch and per epoch; a checkpoint after every epoch (a model
// file with optimizer state and the run's metadata) that a later run resumes exactly.
#pragma once

#include "compute/Device.h"
#include "compute/ops.h"
#include "data/BatchLoader.h"
#include "data/Dataset.h"
#include "nn/Loss.h"
#include "nn/ModelFile.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"
#include "nn/Training.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace convsight::nn {

// How the learning rate changes from epoch to epoch.
struct LearningRateSchedule {
    enum class Kind { Constant, Step, Cosine };
    Kind kind{Kind::Constant};
    int step_epochs{10}; // Step: the rate is multiplied by gamma every step_epochs epochs
    float gamma{0.1f};

    // The rate of epoch `epoch` (0-based) of a run of `epochs`, from the base rate:
    // constant: base; step: base·gamma^⌊epoch / step_epochs⌋;
    // cosine: base·(1 + cos(π·epoch / epochs)) / 2, from base down towards 0.
    float rate(float base, int epoch, int epochs) const;
    // "constant", "step:10:0.1", "cosine": what parse() reads back.
    std::string text() const;
    // Reads "constant", "cosine", "step" (every 10 epochs × 0.1), "step:N" or "step:N:GAMMA".
    // Throws std::invalid_argument saying what is accepted.
    static LearningRateSchedule parse(const std::string& text);
};

// The largest settings a run accepts beyond io::limits' (max_batch, max_threads): the Trainer
// refuses more, the CLI names these ranges, and the Train workspace's boxes stay inside them.
namespace training_limits {
inline constexpr int max_epochs = 10000;
inline constexpr float max_learning_rate = 10.0f;
inline constexpr float max_weight_decay = 1.0f;
} // namespace training_limits

struct TrainerConfig {
    int epochs{5}; // the run's total, counting epochs a resumed checkpoint has done
    int batch_size{64};
    std::string optimizer{"adam"}; // "adam" or "sgd"
    float learning_rate{1e-3f};    // the base rate the schedule starts from
    float momentum{0.9f};          // SGD only
    float weight_decay{0.0f};      // L2, added to the gradient
    LearningRateSchedule schedule;
    std::uint64_t seed{1}; // the order and augmentation of every epoch's batches
    compute::Device device{compute::Device::cpu()};
    std::string checkpoint_path; // a model file written after every epoch; empty for none
    data::Augmentation augmentation;
    int threads{0}; // CPU threads of the compute; 0 for what OpenMP would use by default
    // Copied into every checkpoint's metadata beside what the trainer adds: "dataset" (how to
    // open it again, e.g. "shapes") and "normalization" {"mean": [...], "std": [...]}.
    nlohmann::json dataset_info = nlohmann::json::object();

    // Everything that decides the arithmetic (all but device, threads and paths), as stored in
    // a checkpoint's "hyperparameters"; from_hyperparameters() reads it back (device, threads,
    // paths and dataset_info at their defaults), throwing std::invalid_argument for a missing
    // or malformed field.
    nlohmann::json hyperparameters() const;
    static TrainerConfig from_hyperparameters(const nlohmann::json& json);
};

// Reported after every batch: at once on the CPU; on a GPU, whose loss and accuracy stay there
// until read, in bursts (every Trainer::kGpuFiguresEvery batches, at the end of an epoch, and when
// a pause or a stop is asked), so that a step never waits for the GPU.
struct BatchProgress {
    int epoch{};                  // 1-based
    int epochs{};                 // of the whole run
    std::int64_t batch{};         // batches done in this epoch, 1-based
    std::int64_t batches{};       // per epoch
    float loss{};                 // this batch's mean loss
    float accuracy{};             // this batch's accuracy, [0, 1]
    double examples_per_second{}; // this epoch so far
    double progress{};            // of the whole run, [0, 1]
    double eta_seconds{};         // until the run ends, at this session's speed so far
    float learning_rate{};
};

// One epoch's results, as the CLI prints them and checkpoints keep them ("history").
struct EpochRecord {
    int epoch{}; // 1-based
    float learning_rate{};
    double train_loss{}, train_accuracy{}; // means over the epoch's batches, by example
    double test_loss{}, test_accuracy{};
    double seconds{};             // training and evaluation
    double examples_per_second{}; // training examples over the training time
    nlohmann::json to_json() const;
    static EpochRecord from_json(const nlohmann::json& json);
};

// Threading: start() runs the epochs on the trainer's own std::thread, and every callback is
// invoked on that thread. A GUI must not touch widgets from a callback: queue the values to the
// GUI thread (QMetaObject::invokeMethod with Qt::QueuedConnection, or a queued signal). The model
// may be read (model()) only while the trainer is not Running. The synchronous calls
// (train_batch, run_epoch, run) run on the caller's thread and must not overlap start().
class Trainer {
public:
    enum class State { Idle, Running, Paused, Finished, Stopped, Failed };

    // A new run of `model` (initialised, with its input shape) on `data`. Throws
    // std::invalid_argument when the model does not fit the data (input shape, class count), or
    // for a bad setting.
    Trainer(Sequential model, data::DatasetSplit data, TrainerConfig config);
    // Continues the run a checkpoint holds: its weights, optimizer state, epochs done (mid-epoch
    // too, when saved by save_checkpoint() after a pause or stop) and history, with the
    // hyperparameters of config. Same checks as above; throws std::invalid_argument when the
    // checkpoint has no optimizer state.
    Trainer(SavedModel checkpoint, data::DatasetSplit data, TrainerConfig config);
    ~Trainer(); // stops at the next batch boundary and joins the thread
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    // Callbacks (set before start()): after every batch, after every epoch (the test set
    // evaluated), and on each change of state().
    void on_batch(std::function<void(const BatchProgress&)> callback);
    void on_epoch(std::function<void(const EpochRecord&)> callback);
    void on_state(std::function<void(State)> callback);

    // The thread. start() once; pause(), resume(), stop() take effect at the next batch
    // boundary; step() runs one batch while paused and pauses again.
    void start();
    void pause();
    void resume();
    void step();
    void stop();
    // Blocks until the thread has ended (Finished, Stopped or Failed).
    void wait();
    State state() const { return state_.load(); }
    // The message of the exception that made the run Failed.
    std::string error() const;
    // The op of the device failure (a compute::DeviceError) that made the run Failed; empty when
    // it failed for another reason. The run can then go on on the CPU from a checkpoint.
    std::string device_error_op() const;

    // The synchronous core. train_batch() trains the next batch, finishing the epoch after its
    // last one (evaluation, callback, checkpoint); returns false once every epoch is done.
    bool train_batch();
    // The rest of the current epoch; throws std::logic_error when every epoch is done.
    EpochRecord run_epoch();
    // Every remaining epoch.
    void run();
    bool done() const { return epochs_done_ >= config_.epochs; }

    // Writes the run as it stands (epochs and batches done, optimizer state, history) to
    // `path`, atomically. Not while Running.
    void save_checkpoint(const std::string& path) const;

    const Sequential& model() const { return model_; }
    Sequential& model() { return model_; }
    const Optimizer& optimizer() const { return *optimizer_; }
    const TrainerConfig& config() const { return config_; }
    const std::vector<EpochRecord>& history() const { return history_; }
    int epochs_done() const { return epochs_done_; }
    std::int64_t batches_per_epoch() const { return loader_->batches_per_epoch(); }
    // Where this session's training steps went (data, forward, loss, backward, optimizer,
    // bookkeeping), summed since the trainer was made; the test passes are not in it. For the
    // layers' share, switch on compute::profile (Sequential files each layer's passes there).
    const StepTimes& step_times() const { return step_times_; }

    // On a GPU, the batches whose figures are read back to the host together (one copy).
    static constexpr int kGpuFiguresEvery = 16;

private:
    // A GPU batch whose loss and accuracy are still on the GPU (its row of pending_stats_).
    struct PendingBatch {
        BatchProgress progress; // all but loss and accuracy
        std::int64_t examples{};
        int classes{};
    };
    // The pending batches' figures, read in one copy; throws for a bad label among them.
    std::vector<compute::ops::LossFigures> pending_figures() const;
    // Adds the pending batches' figures to the epoch's sums and reports each batch.
    void read_pending_figures();
    bool pause_or_stop_asked() const;
    // optimizer_settings: null for a new optimizer from config, else make_optimizer()'s input.
    Trainer(Sequential model, data::DatasetSplit data, TrainerConfig config,
            const nlohmann::json& optimizer_settings);
    void begin_epoch();
    void finish_epoch();
    void write_checkpoint(const std::string& path) const;
    nlohmann::json metadata() const;
    void thread_main();
    void set_state(State state);

    Sequential model_;
    data::DatasetSplit data_;
    TrainerConfig config_;
    std::unique_ptr<Optimizer> optimizer_;
    SoftmaxCrossEntropy loss_;
    std::unique_ptr<data::BatchLoader> loader_;
    std::vector<EpochRecord> history_;

    // Where the run stands: epochs done, and within the next epoch the batches done and their
    // sums (restored from a mid-epoch checkpoint).
    int epochs_done_{0};
    std::int64_t batches_done_{0};
    bool epoch_started_{false};
    std::vector<PendingBatch> pending_; // on a GPU: batches not yet in loss_sum_ and correct_
    Tensor pending_stats_;              // (kGpuFiguresEvery, 4) on the GPU: their loss statistics
    double loss_sum_{0.0};              // Σ batch mean loss × batch size
    std::int64_t correct_{0};           // training examples classified right
    std::int64_t seen_{0};
    double train_seconds_{0.0};
    // This session's training time per batch, for the ETA.
    double session_seconds_{0.0};
    std::int64_t session_batches_{0};
    StepTimes step_times_;
    int threads_{0}; // resolved config_.threads

    std::function<void(const BatchProgress&)> batch_callback_;
    std::function<void(const EpochRecord&)> epoch_callback_;
    std::function<void(State)> state_callback_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool pause_requested_{false};
    bool stop_requested_{false};
    int single_steps_{0};
    std::string error_;
    std::string device_error_op_;
    std::atomic<State> state_{State::Idle};
    std::thread thread_;
};

// A duration as a clock shows it, for ETAs: "1:05" for 65 s, "1:01:05" past an hour.
std::string clock_time(double seconds);

// "idle", "running", "paused", "finished", "stopped", "failed"
std::string state_name(Trainer::State state);

} // namespace convsight::nn
