// Trainer: the batch loop (train_step on BatchLoader's batches), the epoch's end (Evaluator on
// the test set, the record, the checkpoint) and the thread that runs it with pause/step/stop.
#include "nn/Trainer.h"

#include "compute/SystemInfo.h"
#include "compute/ops.h"
#include "io/Limits.h"
#include "nn/Evaluator.h"
#include "nn/Training.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <omp.h>
#include <stdexcept>
#include <thread>

namespace convsight::nn {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// OpenMP's thread count is a per-thread setting, so the thread that computes sets it.
void use_cpu_threads(int threads) {
    compute::set_cpu_threads(threads);
}

void check_config(const TrainerConfig& config) {
    const auto fail = [](const std::string& what) {
        throw std::invalid_argument("training settings: " + what);
    };
    if (config.epochs < 1 || config.epochs > training_limits::max_epochs)
        fail("the number of epochs must be between 1 and " +
             std::to_string(training_limits::max_epochs) + ", not " +
             std::to_string(config.epochs));
    if (config.batch_size < 1 || config.batch_size > io::limits::max_batch)
        fail("the batch size must be between 1 and " + std::to_string(io::limits::max_batch) +
             ", not " + std::to_string(config.batch_size));
    if (config.optimizer != "adam" && config.optimizer != "sgd")
        fail("unknown optimizer \"" + config.optimizer + "\" (adam or sgd)");
    if (!(config.learning_rate > 0.0f &&
          config.learning_rate <= training_limits::max_learning_rate))
        fail("the learning rate must be above 0 and at most " +
             std::to_string(training_limits::max_learning_rate) + ", not " +
             std::to_string(config.learning_rate));
    if (!(config.momentum >= 0.0f && config.momentum < 1.0f))
        fail("the momentum must be in [0, 1), not " + std::to_string(config.momentum));
    if (!(config.weight_decay >= 0.0f && config.weight_decay <= training_limits::max_weight_decay))
        fail("the weight decay must be between 0 and " +
             std::to_string(training_limits::max_weight_decay) + ", not " +
             std::to_string(config.weight_decay));
    if (config.schedule.step_epochs < 1 || !(config.schedule.gamma > 0.0f))
        fail("a step schedule needs N >= 1 epochs and a factor above 0");
    if (config.threads < 0 || config.threads > io::limits::max_threads)
        fail("the thread count must be 0 (default) or between 1 and " +
             std::to_string(io::limits::max_threads) + ", not " + std::to_string(config.threads));
}

std::unique_ptr<Optimizer> new_optimizer(const TrainerConfig& config,
                                         std::vector<Parameter*> parameters) {
    if (config.optimizer == "sgd")
        return std::make_unique<SGD>(
            std::move(parameters),
            SGDOptions{config.learning_rate, config.momentum, config.weight_decay});
    AdamOptions options;
    options.lr = config.learning_rate;
    options.weight_decay = config.weight_decay;
    return std::make_unique<Adam>(std::move(parameters), options);
}

// Reads field `key` of `object` as T; throws std::invalid_argument naming `what` and the key.
template <typename T>
T field(const json& object, const char* key, const std::string& what) {
    try {
        return object.at(key).get<T>();
    } catch (const json::exception&) {
        throw std::invalid_argument(what + ": the field \"" + key +
                                    "\" is missing or has the wrong type");
    }
}

// A float as the shortest decimal that reads back as the same float: 0.001f is written 0.001,
// not 0.0010000000474974513.
double shortest(float value) {
    for (int digits = 6; digits < 9; ++digits) {
        char text[32];
        std::snprintf(text, sizeof text, "%.*g", digits, static_cast<double>(value));
        const double decimal = std::strtod(text, nullptr);
        if (static_cast<float>(decimal) == value)
            return decimal;
    }
    return static_cast<double>(value);
}

} // namespace

// --- LearningRateSchedule ---------------------------------------------------------------------

float LearningRateSchedule::rate(float base, int epoch, int epochs) const {
    switch (kind) {
    case Kind::Step:
        return base * std::pow(gamma, static_cast<float>(epoch / step_epochs));
    case Kind::Cosine:
        return base * 0.5f *
               (1.0f + std::cos(std::numbers::pi_v<float> * static_cast<float>(epoch) /
                                static_cast<float>(std::max(epochs, 1))));
    case Kind::Constant:
        break;
    }
    return base;
}

std::string LearningRateSchedule::text() const {
    if (kind == Kind::Constant)
        return "constant";
    if (kind == Kind::Cosine)
        return "cosine";
    char text[64];
    std::snprintf(text, sizeof text, "step:%d:%g", step_epochs, static_cast<double>(gamma));
    return text;
}

LearningRateSchedule LearningRateSchedule::parse(const std::string& text) {
    LearningRateSchedule schedule;
    if (text == "constant")
        return schedule;
    if (text == "cosine") {
        schedule.kind = Kind::Cosine;
        return schedule;
    }
    if (text == "step" || text.starts_with("step:")) {
        schedule.kind = Kind::Step;
        if (text == "step")
            return schedule;
        const std::string rest = text.substr(5);
        const auto colon = rest.find(':');
        try {
            std::size_t used = 0;
            const std::string every = rest.substr(0, colon);
            schedule.step_epochs = std::stoi(every, &used);
            bool whole = used == every.size();
            if (colon != std::string::npos) {
                const std::string factor = rest.substr(colon + 1);
                schedule.gamma = std::stof(factor, &used);
                whole = whole && used == factor.size();
            }
            if (whole && schedule.step_epochs >= 1 && schedule.gamma > 0.0f &&
                std::isfinite(schedule.gamma))
                return schedule;
        } catch (const std::exception&) {
        }
    }
    throw std::invalid_argument(
        "unknown learning-rate schedule \"" + text +
        "\": use constant, cosine, step (×0.1 every 10 epochs), step:N or step:N:FACTOR");
}

// --- TrainerConfig, EpochRecord ---------------------------------------------------------------

json TrainerConfig::hyperparameters() const {
    return {{"epochs", epochs},
            {"batch_size", batch_size},
            {"optimizer", optimizer},
            {"learning_rate", shortest(learning_rate)},
            {"momentum", shortest(momentum)},
            {"weight_decay", shortest(weight_decay)},
            {"schedule", schedule.text()},
            {"seed", seed},
            {"augmentation",
             {{"max_shift", augmentation.max_shift},
              {"horizontal_flip", augmentation.horizontal_flip}}}};
}

TrainerConfig TrainerConfig::from_hyperparameters(const json& json) {
    const std::string what = "the checkpoint's hyperparameters";
    TrainerConfig config;
    config.epochs = field<int>(json, "epochs", what);
    config.batch_size = field<int>(json, "batch_size", what);
    config.optimizer = field<std::string>(json, "optimizer", what);
    config.learning_rate = field<float>(json, "learning_rate", what);
    config.momentum = field<float>(json, "momentum", what);
    config.weight_decay = field<float>(json, "weight_decay", what);
    config.schedule = LearningRateSchedule::parse(field<std::string>(json, "schedule", what));
    config.seed = field<std::uint64_t>(json, "seed", what);
    const nlohmann::json augmentation = field<nlohmann::json>(json, "augmentation", what);
    config.augmentation.max_shift = field<int>(augmentation, "max_shift", what);
    config.augmentation.horizontal_flip = field<bool>(augmentation, "horizontal_flip", what);
    check_config(config);
    return config;
}

json EpochRecord::to_json() const {
    return {{"epoch", epoch},           {"learning_rate", shortest(learning_rate)},
            {"train_loss", train_loss}, {"train_accuracy", train_accuracy},
            {"test_loss", test_loss},   {"test_accuracy", test_accuracy},
            {"seconds", seconds},       {"examples_per_second", examples_per_second}};
}

EpochRecord EpochRecord::from_json(const json& json) {
    const std::string what = "an epoch of the checkpoint's history";
    EpochRecord record;
    record.epoch = field<int>(json, "epoch", what);
    record.learning_rate = field<float>(json, "learning_rate", what);
    record.train_loss = field<double>(json, "train_loss", what);
    record.train_accuracy = field<double>(json, "train_accuracy", what);
    record.test_loss = field<double>(json, "test_loss", what);
    record.test_accuracy = field<double>(json, "test_accuracy", what);
    record.seconds = field<double>(json, "seconds", what);
    record.examples_per_second = field<double>(json, "examples_per_second", what);
    return record;
}

std::string clock_time(double seconds) {
    const auto total = static_cast<long long>(std::max(0.0, std::round(seconds)));
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                      total % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
    return text;
}

std::string state_name(Trainer::State state) {
    switch (state) {
    case Trainer::State::Idle:
        return "idle";
    case Trainer::State::Running:
        return "running";
    case Trainer::State::Paused:
        return "paused";
    case Trainer::State::Finished:
        return "finished";
    case Trainer::State::Stopped:
        return "stopped";
    case Trainer::State::Failed:
        return "failed";
    }
    return "unknown";
}

// --- Trainer: construction --------------------------------------------------------------------

Trainer::Trainer(Sequential model, data::DatasetSplit data, TrainerConfig config)
    : Trainer(std::move(model), std::move(data), std::move(config), json(nullptr)) {}

Trainer::Trainer(SavedModel checkpoint, data::DatasetSplit data, TrainerConfig config)
    : Trainer(std::move(checkpoint.model), std::move(data), std::move(config),
              checkpoint.optimizer.is_null()
                  ? throw std::invalid_argument(
                        "the model file holds no optimizer state, so its training cannot be "
                        "resumed; start a new run from it instead")
                  : checkpoint.optimizer) {
    const json& metadata = checkpoint.metadata;
    const std::string what = "the checkpoint's metadata";
    epochs_done_ = field<int>(metadata, "epoch", what);
    // A run continues on the classes it began with, not on another data set of the same shape.
    if (metadata.contains("class_names"))
        check_class_names(field<std::vector<std::string>>(metadata, "class_names", what),
                          *data_.train);
    for (const json& record : field<json>(metadata, "history", what))
        history_.push_back(EpochRecord::from_json(record));
    if (epochs_done_ < 0 || static_cast<std::size_t>(epochs_done_) != history_.size())
        throw std::invalid_argument(what + ": \"epoch\" is " + std::to_string(epochs_done_) +
                                    " but the history holds " + std::to_string(history_.size()) +
                                    " epochs");
    if (metadata.contains("batch_in_epoch")) {
        batches_done_ = field<std::int64_t>(metadata, "batch_in_epoch", what);
        const json partial = field<json>(metadata, "partial_epoch", what);
        loss_sum_ = field<double>(partial, "loss_sum", what);
        correct_ = field<std::int64_t>(partial, "correct", what);
        seen_ = field<std::int64_t>(partial, "seen", what);
        train_seconds_ = field<double>(partial, "seconds", what);
        if (batches_done_ < 0 || batches_done_ >= loader_->batches_per_epoch())
            throw std::invalid_argument(what + ": batch " + std::to_string(batches_done_) +
                                        " is not inside an epoch of " +
                                        std::to_string(loader_->batches_per_epoch()) +
                                        " batches; was it saved with another batch size?");
    }
    if (done())
        throw std::invalid_argument("the checkpoint has already trained " +
                                    std::to_string(epochs_done_) + " epochs of the " +
                                    std::to_string(config_.epochs) +
                                    " asked for; ask for more epochs to continue");
}

Trainer::Trainer(Sequential model, data::DatasetSplit data, TrainerConfig config,
                 const json& optimizer_settings)
    : model_(std::move(model))
    , data_(std::move(data))
    , config_(std::move(config)) {
    check_config(config_);
    if (!data_.train || !data_.test)
        throw std::invalid_argument("training needs both a training and a test set");
    check_model_fits(model_, *data_.train);
    check_model_fits(model_, *data_.test);
    // A shift as wide as the images moves every pixel out of them: training on blank images.
    const Shape example = data_.train->example_shape();
    if (example.size() == 3 && config_.augmentation.max_shift >= std::min(example[1], example[2]))
        throw std::invalid_argument("training settings: a shift of up to " +
                                    std::to_string(config_.augmentation.max_shift) +
                                    " pixels must be smaller than the " +
                                    std::to_string(example[1]) + "×" + std::to_string(example[2]) +
                                    " images, or shifted images come out blank");
    threads_ = config_.threads > 0 ? config_.threads
                                   : std::min(omp_get_max_threads(), io::limits::max_threads);

    model_.to(config_.device);
    model_.train();
    optimizer_ = optimizer_settings.is_null()
                     ? new_optimizer(config_, model_.parameters())
                     : make_optimizer(optimizer_settings, model_.parameters());
    data::BatchOptions options;
    options.batch_size = config_.batch_size;
    options.shuffle = true;
    options.seed = config_.seed;
    options.augmentation = config_.augmentation;
    // A worker thread prepares batches ahead only where a core is left for it: when the CPU
    // compute's threads take every core, the worker would take one from them at every step.
    const auto cores = std::max(1u, std::thread::hardware_concurrency());
    options.prepare_ahead = !config_.device.is_cpu() || static_cast<unsigned>(threads_) < cores;
    loader_ = std::make_unique<data::BatchLoader>(data_.train, options);
}

Trainer::~Trainer() {
    stop();
    wait();
}

void Trainer::on_batch(std::function<void(const BatchProgress&)> callback) {
    batch_callback_ = std::move(callback);
}

void Trainer::on_epoch(std::function<void(const EpochRecord&)> callback) {
    epoch_callback_ = std::move(callback);
}

void Trainer::on_state(std::function<void(State)> callback) {
    state_callback_ = std::move(callback);
}

// --- Trainer: the synchronous core ------------------------------------------------------------

void Trainer::begin_epoch() {
    optimizer_->set_learning_rate(
        config_.schedule.rate(config_.learning_rate, epochs_done_, config_.epochs));
    loader_->start_epoch(epochs_done_, batches_done_);
    epoch_started_ = true;
}

bool Trainer::train_batch() {
    if (done())
        return false;
    use_cpu_threads(threads_);
    if (!epoch_started_)
        begin_epoch();

    const auto start = Clock::now();
    std::optional<data::Batch> batch = loader_->next();
    if (!batch)
        throw std::logic_error("trainer: the batch loader ended epoch " +
                               std::to_string(epochs_done_ + 1) + " early");
    const Tensor images = batch->images.to(config_.device);
    const Tensor labels = batch->labels.to(config_.device);
    step_times_.data += seconds_since(start);
    // On a GPU the loss and the accuracy stay there (loss statistics, read every few batches);
    // on the CPU they are read at once, as they cost nothing to read.
    const bool on_gpu = config_.device.is_cuda();
    loss_.set_deferred(on_gpu);
    const float loss = train_step(model_, loss_, *optimizer_, images, labels, &step_times_);
    const auto stepped = Clock::now();
    const std::int64_t n = batch->labels.numel();
    std::int64_t correct = 0;
    if (!on_gpu) {
        const std::vector<int> predicted = compute::ops::argmax(loss_.probs());
        for (std::size_t i = 0; i < predicted.size(); ++i)
            correct += predicted[i] == static_cast<int>(batch->labels.data()[i]) ? 1 : 0;
    }
    step_times_.bookkeeping += seconds_since(stepped);
    const double seconds = seconds_since(start);

    if (!on_gpu) {
        loss_sum_ += static_cast<double>(loss) * static_cast<double>(n);
        correct_ += correct;
    }
    seen_ += n;
    train_seconds_ += seconds;
    ++batches_done_;
    session_seconds_ += seconds;
    ++session_batches_;

    const std::int64_t per_epoch = loader_->batches_per_epoch();
    const std::int64_t total = per_epoch * config_.epochs;
    const std::int64_t finished = per_epoch * epochs_done_ + batches_done_;
    BatchProgress progress;
    progress.epoch = epochs_done_ + 1;
    progress.epochs = config_.epochs;
    progress.batch = batches_done_;
    progress.batches = per_epoch;
    progress.loss = loss;
    progress.accuracy = static_cast<float>(correct) / static_cast<float>(n);
    progress.examples_per_second = static_cast<double>(seen_) / train_seconds_;
    progress.progress = static_cast<double>(finished) / static_cast<double>(total);
    progress.eta_seconds = static_cast<double>(total - finished) * session_seconds_ /
                           static_cast<double>(session_batches_);
    progress.learning_rate = optimizer_->learning_rate();
    if (on_gpu) {
        if (!pending_stats_.defined())
            pending_stats_ = Tensor({kGpuFiguresEvery, 4}, config_.device);
        pending_stats_.batch(static_cast<std::int64_t>(pending_.size()), 1)
            .copy_from(loss_.stats()); // on the GPU: nothing comes back
        pending_.push_back({progress, n, static_cast<int>(loss_.probs().dim(1))});
        if (pending_.size() == static_cast<std::size_t>(kGpuFiguresEvery) ||
            batches_done_ == per_epoch || pause_or_stop_asked())
            read_pending_figures();
    } else if (batch_callback_) {
        batch_callback_(progress);
    }
    if (batches_done_ == per_epoch)
        finish_epoch();
    return true;
}

std::vector<compute::ops::LossFigures> Trainer::pending_figures() const {
    std::vector<compute::ops::LossFigures> figures;
    if (pending_.empty())
        return figures;
    const std::vector<float> stats =
        pending_stats_.batch(0, static_cast<std::int64_t>(pending_.size())).to_vector();
    for (std::size_t i = 0; i < pending_.size(); ++i)
        figures.push_back(compute::ops::loss_figures(
            std::vector<float>(stats.begin() + static_cast<std::ptrdiff_t>(4 * i),
                               stats.begin() + static_cast<std::ptrdiff_t>(4 * i + 4)),
            pending_[i].classes));
    return figures;
}

void Trainer::read_pending_figures() {
    const std::vector<compute::ops::LossFigures> figures = pending_figures();
    std::vector<PendingBatch> batches;
    batches.swap(pending_);
    for (std::size_t i = 0; i < batches.size(); ++i) {
        const auto n = static_cast<double>(batches[i].examples);
        loss_sum_ += figures[i].loss_sum;
        correct_ += figures[i].correct;
        BatchProgress& progress = batches[i].progress;
        progress.loss = static_cast<float>(figures[i].loss_sum / n);
        progress.accuracy = static_cast<float>(static_cast<double>(figures[i].correct) / n);
        if (batch_callback_)
            batch_callback_(progress);
    }
}

bool Trainer::pause_or_stop_asked() const {
    const std::lock_guard lock(mutex_);
    return pause_requested_ || stop_requested_;
}

void Trainer::finish_epoch() {
    const auto start = Clock::now();
    const Evaluation test = evaluate(model_, data_.test, std::max(config_.batch_size, 256), 1);
    EpochRecord record;
    record.epoch = epochs_done_ + 1;
    record.learning_rate = optimizer_->learning_rate();
    record.train_loss = loss_sum_ / static_cast<double>(seen_);
    record.train_accuracy = static_cast<double>(correct_) / static_cast<double>(seen_);
    record.test_loss = test.mean_loss();
    record.test_accuracy = test.accuracy();
    record.seconds = train_seconds_ + seconds_since(start);
    record.examples_per_second = static_cast<double>(seen_) / train_seconds_;

    history_.push_back(record);
    ++epochs_done_;
    batches_done_ = 0;
    epoch_started_ = false;
    loss_sum_ = 0.0;
    correct_ = 0;
    seen_ = 0;
    train_seconds_ = 0.0;
    if (!config_.checkpoint_path.empty())
        write_checkpoint(config_.checkpoint_path);
    if (epoch_callback_)
        epoch_callback_(record);
}

EpochRecord Trainer::run_epoch() {
    if (done())
        throw std::logic_error("trainer: all " + std::to_string(config_.epochs) +
                               " epochs are done");
    const int target = epochs_done_ + 1;
    while (epochs_done_ < target)
        train_batch();
    return history_.back();
}

void Trainer::run() {
    while (train_batch()) {
    }
}

// --- Checkpoints ------------------------------------------------------------------------------

json Trainer::metadata() const {
    json metadata = config_.dataset_info.is_object() ? config_.dataset_info : json::object();
    if (!metadata.contains("dataset"))
        metadata["dataset"] = data_.train->name();
    metadata["dataset_name"] = data_.train->name();
    metadata["class_names"] = data_.train->class_names();
    metadata["epoch"] = epochs_done_;
    metadata["seed"] = config_.seed;
    metadata["hyperparameters"] = config_.hyperparameters();
    json history = json::array();
    for (const EpochRecord& record : history_)
        history.push_back(record.to_json());
    metadata["history"] = history;
    if (batches_done_ > 0) {
        double loss_sum = loss_sum_;
        std::int64_t correct = correct_;
        for (const compute::ops::LossFigures& figures : pending_figures()) {
            loss_sum += figures.loss_sum;
            correct += figures.correct;
        }
        metadata["batch_in_epoch"] = batches_done_;
        metadata["partial_epoch"] = {{"loss_sum", loss_sum},
                                     {"correct", correct},
                                     {"seen", seen_},
                                     {"seconds", train_seconds_}};
    }
    return metadata;
}

void Trainer::write_checkpoint(const std::string& path) const {
    save_model_file(path, model_, metadata(), optimizer_.get());
}

void Trainer::save_checkpoint(const std::string& path) const {
    if (state() == State::Running)
        throw std::logic_error("trainer: pause or stop the training before saving it");
    write_checkpoint(path);
}

// --- The thread -------------------------------------------------------------------------------

void Trainer::set_state(State state) {
    state_ = state;
    if (state_callback_)
        state_callback_(state);
}

void Trainer::start() {
    if (state() != State::Idle || thread_.joinable())
        throw std::logic_error("trainer: start() runs a trainer once");
    state_ = State::Running;
    thread_ = std::thread(&Trainer::thread_main, this);
}

void Trainer::pause() {
    const std::lock_guard lock(mutex_);
    pause_requested_ = true;
}

void Trainer::resume() {
    {
        const std::lock_guard lock(mutex_);
        pause_requested_ = false;
        single_steps_ = 0;
    }
    wake_.notify_all();
}

void Trainer::step() {
    {
        const std::lock_guard lock(mutex_);
        if (!pause_requested_)
            return; // running already: nothing to step
        ++single_steps_;
    }
    wake_.notify_all();
}

void Trainer::stop() {
    {
        const std::lock_guard lock(mutex_);
        stop_requested_ = true;
    }
    wake_.notify_all();
}

void Trainer::wait() {
    if (thread_.joinable())
        thread_.join();
}

std::string Trainer::error() const {
    const std::lock_guard lock(mutex_);
    return error_;
}

std::string Trainer::device_error_op() const {
    const std::lock_guard lock(mutex_);
    return device_error_op_;
}

void Trainer::thread_main() {
    if (state_callback_)
        state_callback_(State::Running);
    try {
        while (!done()) {
            std::unique_lock lock(mutex_);
            if (pause_requested_ && single_steps_ == 0 && !stop_requested_) {
                lock.unlock();
                set_state(State::Paused);
                lock.lock();
                wake_.wait(lock, [this] {
                    return stop_requested_ || !pause_requested_ || single_steps_ > 0;
                });
                if (!stop_requested_) {
                    lock.unlock();
                    set_state(State::Running);
                    lock.lock();
                }
            }
            if (stop_requested_)
                break;
            if (single_steps_ > 0)
                --single_steps_;
            lock.unlock();
            train_batch();
        }
        read_pending_figures(); // a GPU run stopped between two reads
    } catch (const std::exception& e) {
        {
            const std::lock_guard lock(mutex_);
            error_ = e.what();
            const auto* device = dynamic_cast<const compute::DeviceError*>(&e);
            device_error_op_ = device ? device->op() : std::string();
        }
        set_state(State::Failed);
        return;
    }
    set_state(done() ? State::Finished : State::Stopped);
}

} // namespace convsight::nn
