<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppInfo</name>
    <message>
        <source>%1 · %2 cores · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CUDA device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterRunner</name>
    <message>
        <source>Sobel x (∂/∂x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel y (∂/∂y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient magnitude √(x² + y²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge (Laplacian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>ConvSight will speak this language when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveChart</name>
    <message>
        <source>the objective, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message>
        <source>%1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Everywhere (menus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots: RSS · dotted: heap in use · dashed: median RSS of each tinted window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight soak, %1 min: RSS %2 → %3 MiB after warm-up (%4%5 %, limit %6 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight: see convolution and convolutional neural networks at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every workspace to DIR/&lt;workspace&gt;.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the Step-through stage&apos;s frame paint (32x32 input, 5x5 kernel) and trace rebuild (64x64 input), print the medians and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Lessons panel on a lesson, set up: a built-in lesson&apos;s number or name (&quot;08&quot;, &quot;08-stride&quot;; `convsight-cli lessons list`) or a lesson file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive every workspace in a loop for MINUTES (offscreen), sample the resident memory into --soak-out&apos;s soak.csv and soak.png, print its growth after warm-up and exit 1 if it is 5 % or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for --soak&apos;s files (default: soak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window for this run, whatever View ▸ Language says: system, en, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file (.convsight) to open; with --screenshot, the state to render.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot open the session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session, or it is damaged: it is not JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session: its &quot;format&quot; is not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;version&quot; is not a format number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ConvSight: format %2%3; this version reads format %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;partial&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workspace&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workspace&quot; names no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no workspace&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; is neither null nor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::AboutDialog</name>
    <message>
        <source>About ConvSight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ConvSight %1&lt;/h2&gt;&lt;p&gt;See convolution happen: filter real images with kernels you edit, step through a convolution position by position, and train a small CNN on the CPU or a CUDA GPU.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions and devices, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::GuideWindow</name>
    <message>
        <source>ConvSight User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::LessonsPanel</name>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture, slide by slide. Each lesson sets up the workspaces in one click and ends with a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this step&apos;s numbers and show its workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson &quot;%1&quot;: give a lesson&apos;s number (&quot;08&quot;), its name (&quot;08-stride&quot;) or a lesson file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training first: this step sets up the Train workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question · lecture lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · lecture lines %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Why.** %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a photo, pick a kernel — identity, box blur, sharpen, edge detection — or type your own, and watch the filtered image change as you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide a filter over a small image one position at a time: every product, the sum, stride and VALID or SAME padding, and the output-size formula w&apos; = (w − f + 2p) / s + 1 with the numbers put in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a small convolutional network, train it on Fashion-MNIST on the CPU or a CUDA GPU, and watch its filters being learned as loss falls and accuracy climbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside a trained network: its filter bank, the feature maps an image produces layer by layer, and which classes it confuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (Ctrl+%2)&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ConvSight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that follow the lecture, each set up in one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the Lessons panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network is still training. Save a checkpoint of it before closing? A checkpoint can be loaded again, or continued with &apos;convsight-cli train --resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ConvSight model (.csmodel) or an ONNX network (.onnx) to train further or look inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Model as &amp;ONNX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the trained or loaded network as ONNX, for PyTorch, OpenCV or Netron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training before opening another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to export yet: train one or open a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved session: every workspace as it was, with its trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sessio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every workspace, the image, the kernels and the trained model in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Sessio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &amp;Last Session on Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ConvSight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training before opening a session: it would replace the network being trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before another model replaces it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::Presentation</name>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and lines, menus and sidebar hidden, for the back of the room (F5 or Esc leaves; Ctrl+1…4 still switch workspaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::app::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ArchitectureEditor</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same (padded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (no padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating-point operations of one example&apos;s forward pass: 2 × its multiply-adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen: training leaves this layer&apos;s weights as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shape: a layer above cannot take its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learned values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FLOPs per example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in network to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time one image&apos;s forward pass through this network on this CPU (VGG-16&apos;s weights take about 550 MB while it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the architecture as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an architecture JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last layer gives %1 outputs; the data has %2 classes (set the last Dense layer to %2 units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network ends in %1 values per example, not one per class; the data has %2 classes (end it with Flatten and Dense %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no layers: add one with Add layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown, not trained here: an epoch would take days on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per image · %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per example · input %3 → output %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 → no output yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FLOPs: floating-point operations of one example&apos;s forward pass, 2 × its multiply-adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one image: not timed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully connected: %1 · locally connected: %2 · convolution: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters (biases included) of a layer from %1 to %2: every input value to every output value (fully connected), each output position its own %3 window (locally connected), or one window per map shared by every position (convolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one image: measuring on this CPU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one image: could not measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one image: %1 on this CPU (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a layer to change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight does not know this layer type: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training leaves this layer&apos;s weights as they are (fine-tuning: keep what a pretrained layer has learned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load architecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::CellEditor</name>
    <message>
        <source>Type a number, such as 3, −1 or 0.5 (Escape cancels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionMatrixView</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recognised: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken for %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %1 on %2 test examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confusion matrix yet: evaluate the test set to see which classes the network mixes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · click a cell to see its examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionQuiz</name>
    <message>
        <source>Predict first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, then reveal: which class will the network confuse most? The matrix opens once you have answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which class will it confuse most? Answer before the matrix opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question comes with the test set&apos;s evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network makes no mistakes on the test set: nothing to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which class will the network take %1 for most often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — pick another class above to be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConvolutionStage</name>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the channels:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an output cell to see how it is computed; right-click (or Ctrl+click) it to pin its window. Click an input or kernel cell to type a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, padded to %3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ÷ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?×?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(%2, %3): row %4, column %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of feature map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the window moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What size will the output be? = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest number under the window = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the numbers under the window = ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number under the window times its weight, added up = ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::DatasetPreview</name>
    <message>
        <source>%1 — one example of each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data set open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExampleGallery</name>
    <message>
        <source>No examples to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExplainView</name>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmoothGrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a filter wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to explain the answer: the gradient of the class&apos;s score (saliency, averaged over noisy copies: SmoothGrad), a layer&apos;s maps weighted by their gradients (Grad-CAM), a patch slid over the input (occlusion), or the input a filter likes best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class whose score or probability is explained: the one the network predicts, or any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly the map covers the input: 0 % the input alone, 100 % the map alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose maps Grad-CAM weighs (the last convolution sees the largest parts of the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side of the square patch that covers the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the patch moves each time: a convolution&apos;s stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey (the mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patch is filled with: the data set&apos;s mean pixel (0 after normalisation), black or white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose filter is asked what it wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter (its map&apos;s number, from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of gradient ascent a Start takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit: the map&apos;s centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excite the map&apos;s centre value only (one neuron, which sees one window of the input) instead of the whole map&apos;s mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the image from grey, step by step; press again to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the computation, or run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter of the first convolution shows its weights here, to compare with the image it wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network changed (its training moved on, or another one was loaded): press Start to ask its filter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an input on the left: a test example, a photo or a drawing. Its explanation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2×%3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to explain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanations need a network whose input is an image (channels × height × width); this one takes %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolution layer: this network has none (an MLP flattens the image first, so no layer keeps maps to weigh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a filter wants needs a layer with filters: this network has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a filter wants: press Start to grow, from grey, the input that excites the filter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the map was done: press Compute, or change a setting, to compute it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not explain this input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliency: the gradient of %1&apos;s score (%2, before the softmax) with respect to each of the %3 × %4 input pixels, through the network&apos;s own backward pass; shown is the largest |∂score/∂x| over %5, from %6 to %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmoothGrad: the gradient of %1&apos;s score (%2) with respect to the %3 × %4 input pixels, |∂score/∂x| averaged over %5 copies of the input with Gaussian noise of %6 % of its range, largest over the channels: from %7 to %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM on %1: its %2 maps of %3 × %4, each weighted by the mean gradient of %5&apos;s score over it, summed, negatives set to 0 (ReLU) and enlarged bilinearly from %3 × %4 to %6 × %7; from %8 to %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down and %2 across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion: a %1×%1 %2 patch slid with stride %3 — itself a convolution-shaped sweep, %4 × %5 positions as %6 — and how much p(%7) = %8 dropped at each (averaged over the patches covering a pixel: from %9 to %10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability drop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∂score/∂x|:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1 of %2: its weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not grow the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What filter %1 of %2 wants: an input grown from grey by %3 steps of gradient ascent on %4 (from %5 to %6), %7blurred and pulled towards grey as it goes%8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value at its map&apos;s centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its map&apos;s mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jittered, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; beside it, the filter&apos;s own weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.method is not saliency, smoothgrad, gradcam, occlusion or filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.class is not a class number (−1: the predicted one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.opacity is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.layer is not a layer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.patch is not a size from 1 to 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.stride is not a step from 1 to 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.fill is not mean, black or white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.filter_layer is not a layer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.filter is not a filter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.centre_unit is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.explain.steps is not a number from 1 to 5000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FeatureMapView</name>
    <message>
        <source>Choose an input to see what every layer makes of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, channel %2, row %3, column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a map to select it; hover to read a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the maps above, read row by row into one vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · scores → softmax → probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterGrid</name>
    <message>
        <source>max |w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey is 0; red, green, blue: each channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white is 0, one scale for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white is 0, each filter scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same scale for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: one colour scale for every filter, so you can compare them. Off: each filter stretched to its own largest weight, so a small filter&apos;s pattern shows too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1 at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1: %2 × %3 weights, too many to list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterWorkspace</name>
    <message>
        <source>Clamp to 0…255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset by 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised min…max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverging colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous kernel preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next kernel preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity kernel: the photo as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Image or Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo (any format OpenCV reads) or a video (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm *.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.m4v);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the image on the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the live camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the output: PNG (8-bit, as displayed), TIFF (32-bit float) or NumPy .npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled photos and generated test patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CUDA GPU cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU (off: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input and output next to each other, zoomed and panned together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input left and output right of a line you drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output − input: what the filter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output in every display mode at once: where do negative values go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel x, Sobel y, their gradient magnitude and more on the same image; click one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How output values below 0 and above 255 are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour (R, G, B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter each colour channel, or the grey (luminance) image: one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on the CPU from now on: same result, no GPU needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering on the CPU now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output − input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to edit this kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient magnitude combines Sobel x and Sobel y; Sobel x is in the editor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 · %2 ms ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click to choose the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has a weight that is not a finite number (NaN or infinity); the output shows the last valid kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset is not a finite number; the output shows the last valid kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU failed in %1, so this output was not computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output − input — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 … %2: %3% outside 0…255 (shaded: lost by clamping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 … %2: all inside 0…255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over the output to see how one of its pixels is computed. Scroll to zoom (or + and −), drag to pan, 0 to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of %1 products of window and kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V(%1, %2) = %3%4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V(%1, %2): R = %3%4 = %5;  G = %6;  B = %7 (each channel with its own window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no output to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export as &apos;%1&apos;: use .png (8-bit, as displayed), .tif (32-bit float) or .npy (float32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the output to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, 8-bit as displayed (*.png);;TIFF, 32-bit float (*.tif *.tiff);;NumPy array, float32 (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the output (as displayed) to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.image is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.image is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.image is %1 × %2 pixels, more than the limit of %3 pixels the Filter workspace takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.image is not an 8-bit grey or colour PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.image is larger than the Filter workspace takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.%1 has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.display: &quot;%1&quot; is not a display mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter.view: %1 is not a view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::Im2colView</name>
    <message>
        <source>Measuring the matrix product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix product has not been timed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the CPU (%2 GFLOP/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real layer, %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convolution to unroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the %1 windows is a row of %2 values: one matrix product (%1×%2 · %2×%3) gives every output at once, which is how libraries run a convolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ImageSource</name>
    <message>
        <source>Astronaut (photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee (photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chelsea the cat (photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameraman (grey photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels: the Filter workspace works on it at %4 × %5, more than a 4K screen shows, so that it stays quick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it holds no 8-bit grey or colour pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it is %2 × %3 pixels, more than the 100 megapixels ConvSight opens; scale it down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image: copy one (or an image file) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::InspectWorkspace</name>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP vs CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer&apos;s feature maps for the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confusion matrix of the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLP and a CNN on test images shifted to the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did it say that? Saliency, Grad-CAM, occlusion and what a filter wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sketch pad: draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into the network: a test example, an image file, a picture from the camera or your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify a photo or any image file: shrunk and converted to the network&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test example&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test example picked at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random test example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next test example the network gets wrong (needs the confusion matrix&apos;s evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the test set first (Confusion matrix tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network gets every test example right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature map to see the filter that made it and the part of the input it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the network on every test example and fill the confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no data set of its own: open a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 on %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a checkpoint from the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (following the training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test example %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to show the image to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shorter side resized, the middle %2×%3 cut out, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised by the model&apos;s own mean and standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalised by ImageNet&apos;s mean and standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values in [0, 1] (the model names no normalisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax of %1&apos;s %2 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the input by one pixel and watch the feature maps move with it; the numbers say how far it has moved, right and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the input one pixel left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the input one pixel right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the input one pixel up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the input one pixel down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input where it was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift the input: (%1, %2) px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, map %2 at row %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A dense layer&apos;s unit depends on every input pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It was made by filter %1 of %2: %3 input channels × %4×%5 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> In the input it sees a %1×%2 window (outlined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no test set of its own: it was loaded without a data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to evaluate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1 test examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the test set again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy %1 % (%2 of %3 right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, recognised: %2 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken for %2: %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.tab is not a tab number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.source is not an input source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.test_example is not an example number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect.map is not a list of 4 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pixels permuted, as the network sees them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, moved (%2, %3) px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelEditor</name>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel is empty: it needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has %2 values but row 1 has %3: every row needs the same number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel is %1×%2, larger than the 9×9 the editor shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 kernel&apos;s size differs from the red one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the divisor must be a number other than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red channel&apos;s values sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The green channel&apos;s values sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blue channel&apos;s values sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values sum to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, so no divisor makes them sum to 1. Kernels that sum to 0 (edge detectors) turn flat areas black; add an offset to see their negative values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels from the lecture and image processing, each with what it does (Alt+Up, Alt+Down: the previous or next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kernel for the three colour channels, or a kernel of its own for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kernel for R, G, B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kernel per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same kernel filters the red, green and blue channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each colour channel gets a kernel of its own: blur red only, or detect edges in blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the kernel of the %1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is divided by this number: 9 turns nine 1s into the average of nine pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the divisor to the sum of the values, so that the weights sum to 1 and the image keeps its brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every output value: 128 lifts the negative answers of an edge kernel into view on an 8-bit image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels outside the image count as 0 (black), as in CNN libraries: a blur darkens the edges.  0 0 | a b c d | 0 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edge pixel is repeated outwards.  a a | a b c d | d d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is mirrored at its edge, the edge pixel not repeated (OpenCV&apos;s default).  c b | a b c d | c b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image repeats like a tile: the left edge sees the right one.  c d | a b c d | a b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kernel sees past the edge of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random whole numbers from −5 to 5, like the untrained filters of a CNN (the channel shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows become columns: Sobel x turns into Sobel y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the kernel half around. Sliding the flipped kernel is convolution in the mathematical sense; sliding it as written is cross-correlation, what CNNs compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value times −1 (the channel shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value 0 and the divisor 1 (the channel shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a kernel from a .kernel.json or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the kernel as .kernel.json (values, divisor, offset) or CSV (the weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel of your own. Each output pixel is the sum of the pixels under the kernel, each times the number in its cell, divided by the divisor, plus the offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: brightness kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: flat areas become 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ values %1 ÷ %2 = %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cell (%1, %2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll cell (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize to %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divisor cannot be 0: nothing can be divided by 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kernel for all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight writes kernels as .kernel.json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 channel&apos;s kernel to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels (*.kernel.json *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel (*.kernel.json);;CSV, the weights only (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelGrid</name>
    <message>
        <source>Type a number to change the selected cell; Tab and the arrow keys move, Enter commits. The scroll wheel adds or subtracts 1 (0.1 with Shift). The cell with the dotted frame is the anchor: the output pixel sits under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a value such as 2, −1 or 0.25.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelQuiz</name>
    <message>
        <source>Which kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, then reveal: the kernel is hidden, the output shown; which of four kernels made it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kernel made this output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ProbabilityBars</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ShiftComparison</name>
    <message>
        <source>An MLP gives every pixel its own weights; a CNN slides the same small filters over the whole picture. Train both with about as many parameters, then move the test images to the right pixel by pixel: is the network translationally invariant, f(T(x)) = f(x)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on the current data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the MLP and the Train workspace&apos;s CNN on the current data set, then measure them on shifted test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs each of the two networks trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training or measuring the two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the test images move right, in pixels, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 8 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run both models on the test set shifted by 0 to the largest shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest shift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy as the images move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift to the right (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are ready: press &quot;Measure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data set to train on yet: choose one in the Train workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study runs when training is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train both models first (or give trained ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on %1 test images, shifted 0 to %2 px right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running both models on the shifted test images… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the %1 for %2… %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP · %1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN (%1) · %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the slider to shift the test images and see whose accuracy holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 px right, the &lt;b style=&apos;color:%2&apos;&gt;MLP&lt;/b&gt; goes from %3 to %4 and the &lt;b style=&apos;color:%5&apos;&gt;CNN&lt;/b&gt; from %6 to %7. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MLP&apos;s accuracy falls as the picture moves: a different set of weights becomes relevant. The CNN&apos;s shared filters find the pattern wherever it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, but its dense layers at the end still see where the features are, so larger shifts hurt it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the CNN loses more: its shared filters find a pattern anywhere, but its dense layers still see where the feature maps light up, and a few epochs may not have taught it to ignore that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both fall about as much: the dense layers at the end of this CNN see where the features are, as the MLP sees where the pixels are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here both hold up about as well: the training images already show their objects at many positions, so the MLP has learnt from the data what the CNN&apos;s shared filters build in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SketchPad</name>
    <message>
        <source>Draw here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep where drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the drawing is centred as MNIST&apos;s digits were. On: it stays where you drew it, off-centre if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left button draws,
right button erases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model sees
(%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SpeedComparison</name>
    <message>
        <source>The lecture&apos;s figures for its model (a CNN on CIFAR-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start: this machine&apos;s examples per second appear here, on the same scale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepExercise</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, then reveal: type the output&apos;s size, then each output value before the stage shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the answer, then go on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings give no output: nothing to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the pass: the output&apos;s size, H×W?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what value goes here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. −4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the height and the width, e.g. 3×3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, e.g. −4 or 2.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass is done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepThroughWorkspace</name>
    <message>
        <source>&amp;Export Step Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current frame as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pass as animated &amp;GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pass as &amp;MP4 video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel that slides over the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size F: the window is F×F cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input height H (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input width W (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many filters (kernels): each gives one feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells the window moves at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation: the kernel&apos;s taps are this many cells apart (1: side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flip kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True convolution: the kernel turned by 180° before it slides. CNN libraries do not flip (they compute cross-correlation); for symmetric kernels both agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RGB input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three channels (R, G, B): each filter has one kernel slice per channel, and their sums add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>im2&amp;col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a library computes it: every window unrolled into a row of a matrix, the whole convolution one matrix product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No padding: the window only visits places where it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells around the input so that output = input / stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P cells on every side, as in the lecture&apos;s &quot;Padding = 2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding P: VALID adds no cells, so the output shrinks to (W − F) / S + 1; SAME adds cells around the input so that the output is W / S, rounded up; Explicit adds the P you choose: (W − F + 2P) / S + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: cells of padding on every side (Explicit padding). P ≥ F is allowed, as in PyTorch and TensorFlow, with a warning: outputs that see only padding are wasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the padding cells hold: zeros (as CNNs do), the edge pixel repeated, the image mirrored, or the image repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient w.r.t. kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient w.r.t. input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling slides the same window without a kernel; the gradients show where training&apos;s numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the input with random integers 0…9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the input from a photo: shrunk to H×W, values 0…255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the frame as PNG, or the whole pass as a GIF or an MP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filt&amp;ers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every position of the window: drag to scrub back and forth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first position (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the last position (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back (Left arrow or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the sliding window (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward (Right arrow or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this window outlined while the others play (P); right-click an output cell to pin its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size %1×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride, padding, border, dilation or flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB input, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey input, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (%1, %2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel (%1, %2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the input from an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings give no output:
%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size: none — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size:   %1      %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window (ringed): the strongest response survives, its exact position is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling keeps the mean of each window: a box blur, then subsampling by the stride. Padding cells are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input X (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 frames to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lecture examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (lines %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s examples with the slides&apos; own numbers, one click each (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load input from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load kernel from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the input or the kernel from a CSV file: one row per line, values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V(x, y): x the column, y the row, from 0 as in the lecture; V(1, 0) is row 1, column 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed-out cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CSV file holds one grey channel; untick RGB input to load it as the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; the input can be 2×2 to %4×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; a kernel is square, 1×1 to %4×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the kernel from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the input from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through.%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through.mode is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through.step is not a step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through.speed is not a speed of 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step_through.im2col is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainWorkspace</name>
    <message>
        <source>Synthetic shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28×28 grey images, 10 classes, made on the fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28×28 grey photos of clothes, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28×28 grey handwritten digits, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIFAR-10: choose its folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32×32 colour photos, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own images: one subfolder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU failed in %1, so training stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1, without a data set of its own: look inside it in Inspect, or choose a data set and fine-tune it from its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1, trained %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permute pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle every image&apos;s pixels in one fixed order (drawn from the seed), training and test images alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shuffle for every image: an MLP learns as well as before, a CNN does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, remove and change the network&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: examples per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine (down to 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (× 0.1 every 10 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU (off: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random (He initialisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-made: identity, blurs, Sobel, edges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Filter workspace&apos;s kernel, then random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s starting weights. Start from hand-made kernels and watch each one drift, epoch by epoch, into what the data asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the training goes through the whole training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many examples each step of the optimizer averages over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights move against the gradient at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size η of each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same order of examples, so a run can be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the training computes: the CPU or a CUDA GPU, same code path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune: every layer whose shapes match the loaded model&apos;s starts from its weights (a new last layer starts fresh); tick Frozen in the network&apos;s table to keep a layer&apos;s weights as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training the network from its first epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the training at the end of a batch, or resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While paused: train on one batch, then pause again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training; the network keeps what it has learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trained network, its optimizer and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved network to look at it or train it further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every epoch&apos;s checkpoint: drag to see the network as it was then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s filters appear here when the training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to train the network on the data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on from the current weights on the CPU: slower, but no GPU needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layers, %3 parameters, %4 FLOPs per example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training goes on on the CPU from the weights it had reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶  Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot change while it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 · test accuracy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · epoch %2 of %3 · batch %4 of %5 · %6 examples/s · ETA %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1 on %2; the lecture&apos;s: its CNN on CIFAR-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters to show: the model has no convolution layer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 of epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoints yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (following the training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint: epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.%1 is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.%1: %2 is outside %3…%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.optimizer: &quot;%1&quot; is not adam or sgd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.schedule: &quot;%1&quot; is not constant, cosine or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.permute_pixels must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train.architecture: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the smoothed line averages the noisy batch values: 0 follows every batch, 0.99 changes slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: epochs · faint: every batch · points: each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: epochs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingSession</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run that the GPU stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run cannot go on on the CPU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training before loading a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to save yet: train one or load a model file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convsight::widgets::UpdateRuleView</name>
    <message>
        <source>&lt;p&gt;The optimizer&apos;s update rule appears here with its numbers when training starts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one weight or bias; every one is updated alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gradient of this batch&apos;s loss with respect to θ (backpropagation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight decay: pulls every weight a little towards 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate now (the schedule sets it every epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first update, about to be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of the latest update (updates made so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD, for every weight θ after every batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum, for every weight θ after every batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, one per weight, starting at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum: how much of the last velocity is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, for every weight θ after every batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving averages of the gradient and of its square, one per weight, from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m and v with their bias corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how slowly m forgets old gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same for v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias correction: m starts at 0, so early averages are scaled up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps the division safe where v′ is tiny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open image &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read image &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a DICOM file, a format ConvSight does not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an image format OpenCV reads, or it is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV could not encode it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (use an extension such as .png or .jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 × %2 pixels, more than the 100 megapixels ConvSight opens (the limit is %3 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open video &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write video &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write GIF &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open GIF &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read GIF &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open camera %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a video format OpenCV reads, or it is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no frames were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this OpenCV build has no MP4 (&apos;mp4v&apos;) encoder, or the file cannot be created; export an animated GIF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed data is truncated or corrupt (zlib: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an IDX file (it starts with %2, an IDX file of %3 starts with %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header describes no %2 (a dimension is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but the file holds only %3 bytes after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but the file holds more bytes after them: is the header right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels: they must be the same count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs the four IDX files; missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a whole number of CIFAR-10 records (3073 bytes each: a label and 32×32×3 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cifar10 needs the folder of its binary batches: cifar10:DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder (cifar10:DIR names the folder of data_batch_1.bin … test_batch.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds neither IDX files (%2) nor CIFAR-10 batches (data_batch_1.bin … test_batch.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data set &apos;%1&apos;: choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty, where a number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number (NaN and infinity cannot be convolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has %3, line %4 has %5: every row needs the same number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no numbers in it; a matrix needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;rows&quot;: the kernel&apos;s values are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rows&quot; must be a list of rows, such as [[0, 1], [1, 0]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 must be a list of numbers, such as [1, 2, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the divisor is 0, and nothing can be divided by 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: no such file, or not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number %2 is too small (below the range of a double, it would read as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large (beyond the range of a double)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated: only %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a ConvSight model file (a ConvSight model file starts with &quot;CSMODEL&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer ConvSight: format %2, this build reads %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupted: checksum mismatch (the file changed after it was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: corrupted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not an architecture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an architecture needs at least one layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the architecture&apos;s &apos;name&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the architecture has an unknown entry &apos;%1&apos; (it takes &apos;name&apos;, &apos;input&apos; and &apos;layers&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2d: the stride must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs both a training and a test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model file holds no optimizer state, so its training cannot be resumed; start a new run from it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint has already trained %1 epochs of the %2 asked for; ask for more epochs to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: all %1 epochs are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: pause or stop the training before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvgPool2d: 2×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2d: 16 filters 3×3, SAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxPool2d: 2×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense: 64 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocallyConnected2d: 8 filters 3×3, VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeakyReLU: slope 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope α for x &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: p 0.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop probability p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad: 1 pixel, zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogSoftmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies each pixel unchanged: only the centre weight is 1. A good start for seeing how stride and padding alone change the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces each pixel by the average of its 3×3 neighbourhood. The weights sum to 1, so flat areas keep their brightness while noise and fine detail are smoothed away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur 3×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weighted average that trusts the centre most, falling off like a bell curve. It blurs more naturally than the box blur, without its blocky artefacts; the weights sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wider Gaussian (binomial weights 1 4 6 4 1 in each direction): a stronger, smooth blur. The weights sum to 1, so brightness is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to each pixel its difference from its four neighbours (the identity plus the ridge kernel), so edges get more contrast. The weights sum to 1: flat areas stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detection (8-neighbour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s edge kernel: the centre minus its eight neighbours. The weights sum to 0, so flat areas become 0 and only places where the brightness changes light up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge detection (4-neighbour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre minus its four direct neighbours (a discrete Laplacian). It responds to thin lines and edges in every direction; flat areas give 0 because the weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right column minus left column, with the middle row counted twice: it measures how fast the brightness grows from left to right, so vertical edges light up. Weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom row minus top row, the middle column counted twice: it measures how fast the brightness grows downwards, so horizontal edges light up. Weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewitt x (vertical edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like Sobel x but with equal weights: right column minus left column. Simpler, a little more sensitive to noise. Weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewitt y (horizontal edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like Sobel y but with equal weights: bottom row minus top row. Weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences along the diagonal, plus the pixel itself: edges facing one way get brighter and the other way darker, so the image looks pressed into metal. Weights sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal edge (lecture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s kernel: the row above minus the row below. It is large where the image is brighter above than below, i.e. on horizontal edges; weights sum to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages five pixels along a diagonal line, as if the camera moved during the exposure. The blur has a direction; the weights sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsharp mask 5×5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice the image minus its 5×5 Gaussian blur (−1/256 × the Gaussian with −476 in the centre): the detail the blur removes is added back, sharpening without the noise of the 3×3 kernel. Weights sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 4×4 worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides: line 877 prints the bottom row 3, −8 (exact); lines 1413, 1514–1515 print 2, −9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID padding in TensorFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding = 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve detector (sum 6600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected: the sum of three pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slide prints 1.38 and 0.4; exact: 0.6·0.8 + 0.1·0.4 + 0.9·1 = 1.42, and 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28 one column on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: this machine has no video device (/dev/video*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CUDA-capable GPU was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no CUDA backend (configured without CUDA, or nvcc was not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every input pixel is under the filter at some step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, the filter never reaches %2 of the input (counting from 1): those pixels have no effect on the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride %1 and dilation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airplane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizontal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagonal cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, not an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than 2 GB; ONNX keeps weights that large in external data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an ONNX model: the protobuf data is truncated or corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an ONNX model: it has no graph (or a graph without nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an ONNX model, or one too old: IR version %2 (ConvSight reads IR version 3 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model imports no opset of the standard ONNX operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opset %2 is outside what ConvSight reads (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an image folder needs one subfolder per class, and at least two classes; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the class folder holds no images (.png, .jpg, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images, more than the limit of %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images are too few to split into train and test parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds no IDX files, no CIFAR-10 batches and no subfolders of images (one per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of epochs must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training settings: a shift of up to %1 pixels must be smaller than the %2×%3 images, or shifted images come out blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; takes examples of shape %2, but %3 has examples of shape %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; gives outputs of shape %2, but %3 has %4 classes: its last layer needs one output per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: explanations need an image input (C, H, W), and this model&apos;s input is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no layers to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no example to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Grad-CAM needs a layer with feature maps (C, h, w), and %2 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the occlusion patch (%1 pixels) is larger than the image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the occlusion fill value must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layer %2 has no feature maps to maximise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input range needs a finite low below a finite high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step size is a fraction of the input range, above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jitter must be from 0 to half the image&apos;s side, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson starts with a header between &quot;---&quot; lines (title, lines, workspace, state, example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no closing &quot;---&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line is &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setup line is one line: &lt;!-- setup: state=FILE example=ID workspace=NAME --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setup line sets nothing (state=FILE, example=ID, workspace=NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson has no step: each starts with a &quot;## &quot; heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson has no &quot;## Question&quot; section at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step&apos;s heading has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has no setup line; put it in a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice after &quot;Answer:&quot;; the choices come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice is written &quot;- [ ] wrong&quot; or &quot;- [x] right&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text between the choices and &quot;Answer:&quot;; a choice is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has no text before its choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question needs at least two choices (&quot;- [ ] ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
