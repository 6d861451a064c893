<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppInfo</name>
    <message>
        <source>%1 · %2 cores · %3</source>
        <translation>%1 · %2 núcleos · %3</translation>
    </message>
    <message>
        <source>no CUDA device: %1</source>
        <translation>ningún dispositivo CUDA: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>GPU ready: %1</source>
        <translation>GPU lista: %1</translation>
    </message>
    <message>
        <source>CUDA off</source>
        <translation>CUDA desactivado</translation>
    </message>
</context>
<context>
    <name>FilterRunner</name>
    <message>
        <source>Sobel x (∂/∂x)</source>
        <translation>Sobel x (∂/∂x)</translation>
    </message>
    <message>
        <source>Sobel y (∂/∂y)</source>
        <translation>Sobel y (∂/∂y)</translation>
    </message>
    <message>
        <source>Gradient magnitude √(x² + y²)</source>
        <translation>Magnitud del gradiente √(x² + y²)</translation>
    </message>
    <message>
        <source>Edge (Laplacian)</source>
        <translation>Bordes (laplaciano)</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation>Desenfoque gaussiano 5×5</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Enfoque</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>ConvSight will speak this language when it starts again.</source>
        <translation>ConvSight usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ObjectiveChart</name>
    <message>
        <source>the objective, step by step</source>
        <translation>el objetivo, paso a paso</translation>
    </message>
    <message>
        <source>objective, %1 to %2</source>
        <translation>objetivo, de %1 a %2</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message>
        <source>%1 epoch</source>
        <translation>%1 época</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 épocas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Everywhere (menus)</source>
        <translation>En todas partes (menús)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>resident memory (MiB)</source>
        <translation>memoria residente (MiB)</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>dots: RSS · dotted: heap in use · dashed: median RSS of each tinted window</source>
        <translation>puntos: RSS · punteado: montículo en uso · discontinuo: mediana de RSS de cada ventana coloreada</translation>
    </message>
    <message>
        <source>ConvSight soak, %1 min: RSS %2 → %3 MiB after warm-up (%4%5 %, limit %6 %)</source>
        <translation>Prueba de resistencia de ConvSight, %1 min: RSS %2 → %3 MiB tras el calentamiento (%4%5 %, límite %6 %)</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>No se pudo abrir la sesión</translation>
    </message>
    <message>
        <source>ConvSight: see convolution and convolutional neural networks at work.</source>
        <translation>ConvSight: mira la convolución y las redes neuronales convolucionales en acción.</translation>
    </message>
    <message>
        <source>Render every workspace to DIR/&lt;workspace&gt;.png and exit.</source>
        <translation>Dibuja cada espacio de trabajo en DIR/&lt;workspace&gt;.png y sale.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Tamaño de la ventana para --screenshot (por defecto 1280x800).</translation>
    </message>
    <message>
        <source>Time the Step-through stage&apos;s frame paint (32x32 input, 5x5 kernel) and trace rebuild (64x64 input), print the medians and exit.</source>
        <translation>Cronometra el dibujo de un fotograma del escenario de Paso a paso (entrada 32x32, kernel 5x5) y la reconstrucción de la traza (entrada 64x64), imprime las medianas y sale.</translation>
    </message>
    <message>
        <source>Open the Lessons panel on a lesson, set up: a built-in lesson&apos;s number or name (&quot;08&quot;, &quot;08-stride&quot;; `convsight-cli lessons list`) or a lesson file.</source>
        <translation>Abre el panel Lecciones en una lección, ya preparada: el número o el nombre de una lección incluida (&quot;08&quot;, &quot;08-stride&quot;; `convsight-cli lessons list`) o un archivo de lección.</translation>
    </message>
    <message>
        <source>Drive every workspace in a loop for MINUTES (offscreen), sample the resident memory into --soak-out&apos;s soak.csv and soak.png, print its growth after warm-up and exit 1 if it is 5 % or more.</source>
        <translation>Maneja cada espacio de trabajo en bucle durante MINUTES (fuera de pantalla), muestrea la memoria residente en soak.csv y soak.png de --soak-out, imprime su crecimiento tras el calentamiento y sale con 1 si es del 5 % o más.</translation>
    </message>
    <message>
        <source>Folder for --soak&apos;s files (default: soak).</source>
        <translation>Carpeta para los archivos de --soak (por defecto: soak).</translation>
    </message>
    <message>
        <source>The language of the window for this run, whatever View ▸ Language says: system, en, fr or es.</source>
        <translation>El idioma de la ventana en esta ejecución, diga lo que diga Ver ▸ Idioma: system, en, fr o es.</translation>
    </message>
    <message>
        <source>A session file (.convsight) to open; with --screenshot, the state to render.</source>
        <translation>Un archivo de sesión (.convsight) que abrir; con --screenshot, el estado que dibujar.</translation>
    </message>
    <message>
        <source>Start as usual, exit once the window has painted for the first time and print the time that took.</source>
        <translation>Iniciar como de costumbre, salir en cuanto la ventana se haya dibujado por primera vez e imprimir el tiempo que tardó.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot open the session %1: %2</source>
        <translation>No se puede abrir la sesión %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session, or it is damaged: it is not JSON (%2).</source>
        <translation>%1 no es una sesión de ConvSight, o está dañada: no es JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was changed.</source>
        <translation>%1 está dañado: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session: its &quot;format&quot; is not &quot;%2&quot;.</source>
        <translation>%1 no es una sesión de ConvSight: su &quot;format&quot; no es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is not a format number</source>
        <translation>su &quot;version&quot; no es un número de formato</translation>
    </message>
    <message>
        <source>%1 was written by a newer ConvSight: format %2%3; this version reads format %4. Nothing was changed.</source>
        <translation>%1 lo escribió un ConvSight más reciente: formato %2%3; esta versión lee el formato %4. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&quot;partial&quot; is not true or false</source>
        <translation>&quot;partial&quot; no es true ni false</translation>
    </message>
    <message>
        <source>&quot;workspace&quot; is missing</source>
        <translation>falta &quot;workspace&quot;</translation>
    </message>
    <message>
        <source>&quot;workspace&quot; names no workspace</source>
        <translation>&quot;workspace&quot; no nombra ningún espacio de trabajo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it holds no workspace&apos;s part</source>
        <translation>no contiene la parte de ningún espacio de trabajo</translation>
    </message>
    <message>
        <source>&quot;model&quot; is missing</source>
        <translation>falta &quot;model&quot;</translation>
    </message>
    <message>
        <source>&quot;model&quot; is neither null nor text</source>
        <translation>&quot;model&quot; no es ni null ni texto</translation>
    </message>
    <message>
        <source>&quot;model&quot; is not base64</source>
        <translation>&quot;model&quot; no está en base64</translation>
    </message>
    <message>
        <source>its model does not load: %1</source>
        <translation>su modelo no se carga: %1</translation>
    </message>
    <message>
        <source>the session&apos;s model</source>
        <translation>el modelo de la sesión</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
</context>
<context>
    <name>convsight::app::AboutDialog</name>
    <message>
        <source>About ConvSight</source>
        <translation>Acerca de ConvSight</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ConvSight %1&lt;/h2&gt;&lt;p&gt;See convolution happen: filter real images with kernels you edit, step through a convolution position by position, and train a small CNN on the CPU or a CUDA GPU.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ConvSight %1&lt;/h2&gt;&lt;p&gt;Mira cómo ocurre la convolución: filtra imágenes reales con kernels que tú editas, recorre una convolución posición a posición y entrena una pequeña CNN en la CPU o en una GPU CUDA.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the versions and devices, for a bug report</source>
        <translation>Copia las versiones y los dispositivos, para un informe de error</translation>
    </message>
    <message>
        <source>ConvSight %1</source>
        <translation>ConvSight %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>convsight::app::GuideWindow</name>
    <message>
        <source>ConvSight User Guide</source>
        <translation>Guía de usuario de ConvSight</translation>
    </message>
    <message>
        <source>ConvSight Teacher&apos;s Guide</source>
        <translation>Guía del profesor de ConvSight</translation>
    </message>
    <message>
        <source>The guide %1 is missing from this build.</source>
        <translation>Falta la guía %1 en esta compilación.</translation>
    </message>
</context>
<context>
    <name>convsight::app::LessonsPanel</name>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lecciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The lecture, slide by slide. Each lesson sets up the workspaces in one click and ends with a question.</source>
        <translation>La clase, diapositiva a diapositiva. Cada lección prepara los espacios de trabajo con un clic y termina con una pregunta.</translation>
    </message>
    <message>
        <source>Lecture lines %1</source>
        <translation>Líneas %1 de la clase</translation>
    </message>
    <message>
        <source>‹ All lessons</source>
        <translation>‹ Todas las lecciones</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>Load this step&apos;s numbers and show its workspace</source>
        <translation>Carga los números de este paso y muestra su espacio de trabajo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cannot open the lesson %1: %2</source>
        <translation>No se puede abrir la lección %1: %2</translation>
    </message>
    <message>
        <source>No lesson &quot;%1&quot;: give a lesson&apos;s number (&quot;08&quot;), its name (&quot;08-stride&quot;) or a lesson file.</source>
        <translation>No hay ninguna lección &quot;%1&quot;: indica el número de una lección (&quot;08&quot;), su nombre (&quot;08-stride&quot;) o un archivo de lección.</translation>
    </message>
    <message>
        <source>Open a lesson first.</source>
        <translation>Abre primero una lección.</translation>
    </message>
    <message>
        <source>Stop the training first: this step sets up the Train workspace.</source>
        <translation>Detén primero el entrenamiento: este paso prepara el espacio de trabajo Entrenar.</translation>
    </message>
    <message>
        <source>Set up: %1.</source>
        <translation>Preparado: %1.</translation>
    </message>
    <message>
        <source>Question · lecture lines %1</source>
        <translation>Pregunta · líneas %1 de la clase</translation>
    </message>
    <message>
        <source>Step %1 of %2 · lecture lines %3</source>
        <translation>Paso %1 de %2 · líneas %3 de la clase</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”.</source>
        <translation>No exactamente: la respuesta es «%1».</translation>
    </message>
    <message>
        <source>**Why.** %1</source>
        <translation>**Por qué.** %1</translation>
    </message>
</context>
<context>
    <name>convsight::app::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Load a photo, pick a kernel — identity, box blur, sharpen, edge detection — or type your own, and watch the filtered image change as you edit it.</source>
        <translation>Carga una foto, elige un kernel —identidad, desenfoque de caja, enfoque, detección de bordes— o escribe el tuyo, y mira cómo cambia la imagen filtrada mientras lo editas.</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Slide a filter over a small image one position at a time: every product, the sum, stride and VALID or SAME padding, and the output-size formula w&apos; = (w − f + 2p) / s + 1 with the numbers put in.</source>
        <translation>Desliza un filtro sobre una imagen pequeña posición a posición: cada producto, la suma, el paso, el relleno VALID o SAME y la fórmula del tamaño de salida w&apos; = (w − f + 2p) / s + 1 con los números sustituidos.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Build a small convolutional network, train it on Fashion-MNIST on the CPU or a CUDA GPU, and watch its filters being learned as loss falls and accuracy climbs.</source>
        <translation>Construye una pequeña red convolucional, entrénala con Fashion-MNIST en la CPU o en una GPU CUDA, y mira cómo aprende sus filtros mientras baja la pérdida y sube la exactitud.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Look inside a trained network: its filter bank, the feature maps an image produces layer by layer, and which classes it confuses.</source>
        <translation>Mira dentro de una red entrenada: su banco de filtros, los mapas de características que produce una imagen capa a capa y qué clases confunde.</translation>
    </message>
    <message>
        <source>ConvSight</source>
        <translation>ConvSight</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (Ctrl+%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Ctrl+%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;About ConvSight</source>
        <translation>&amp;Acerca de ConvSight</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Lessons that follow the lecture, each set up in one click</source>
        <translation>Lecciones que siguen la clase, cada una preparada con un clic</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Show or hide the Lessons panel</source>
        <translation>Muestra u oculta el panel Lecciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>El entrenamiento está en marcha</translation>
    </message>
    <message>
        <source>A network is still training. Save a checkpoint of it before closing? A checkpoint can be loaded again, or continued with &apos;convsight-cli train --resume&apos;.</source>
        <translation>Una red sigue entrenándose. ¿Guardar un punto de control antes de cerrar? Un punto de control puede volver a cargarse, o continuarse con &apos;convsight-cli train --resume&apos;.</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Modelo sin guardar</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before closing?</source>
        <translation>El modelo entrenado no se ha guardado. ¿Guardarlo antes de cerrar?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <source>Open a ConvSight model (.csmodel) or an ONNX network (.onnx) to train further or look inside</source>
        <translation>Abre un modelo de ConvSight (.csmodel) o una red ONNX (.onnx) para seguir entrenando o mirar dentro</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation>Modelos (*.csmodel *.onnx)</translation>
    </message>
    <message>
        <source>Export Model as &amp;ONNX…</source>
        <translation>Exportar modelo como &amp;ONNX…</translation>
    </message>
    <message>
        <source>Write the trained or loaded network as ONNX, for PyTorch, OpenCV or Netron</source>
        <translation>Escribe la red entrenada o cargada como ONNX, para PyTorch, OpenCV o Netron</translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation>Exportar modelo como ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>No se pudo exportar el modelo</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>No se pudo abrir el modelo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop the training before opening another model.</source>
        <translation>Detén el entrenamiento antes de abrir otro modelo.</translation>
    </message>
    <message>
        <source>There is no model to export yet: train one or open a model file.</source>
        <translation>Aún no hay ningún modelo que exportar: entrena uno o abre un archivo de modelo.</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>A&amp;brir sesión…</translation>
    </message>
    <message>
        <source>Open a saved session: every workspace as it was, with its trained model</source>
        <translation>Abre una sesión guardada: cada espacio de trabajo como estaba, con su modelo entrenado</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n</source>
        <translation>Guardar sesió&amp;n</translation>
    </message>
    <message>
        <source>Save every workspace, the image, the kernels and the trained model in one file</source>
        <translation>Guarda todos los espacios de trabajo, la imagen, los kernels y el modelo entrenado en un archivo</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>&amp;Guardar sesión como…</translation>
    </message>
    <message>
        <source>Recent Sessio&amp;ns</source>
        <translation>Sesiones &amp;recientes</translation>
    </message>
    <message>
        <source>Reopen &amp;Last Session on Start</source>
        <translation>Reabrir la ú&amp;ltima sesión al iniciar</translation>
    </message>
    <message>
        <source>%1 — ConvSight</source>
        <translation>%1 — ConvSight</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>No se pudo abrir la sesión</translation>
    </message>
    <message>
        <source>Stop the training before opening a session: it would replace the network being trained.</source>
        <translation>Detén el entrenamiento antes de abrir una sesión: sustituiría la red que se está entrenando.</translation>
    </message>
    <message>
        <source>Could not reopen the last session</source>
        <translation>No se pudo reabrir la última sesión</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation>Modelos de ConvSight (*.csmodel)</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before another model replaces it?</source>
        <translation>El modelo entrenado no se ha guardado. ¿Guardarlo antes de que otro modelo lo sustituya?</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s Guide</source>
        <translation>Guía del &amp;profesor</translation>
    </message>
    <message>
        <source>A 50-minute class through the lecture with the lessons</source>
        <translation>Una sesión de 50 minutos que recorre el curso con las lecciones</translation>
    </message>
</context>
<context>
    <name>convsight::app::Presentation</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Larger text and lines, menus and sidebar hidden, for the back of the room (F5 or Esc leaves; Ctrl+1…4 still switch workspaces)</source>
        <translation>Texto y líneas más grandes, menús y barra lateral ocultos, para el fondo del aula (F5 o Esc para salir; Ctrl+1…4 siguen cambiando de espacio de trabajo)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
</context>
<context>
    <name>convsight::app::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ArchitectureEditor</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>height </source>
        <translation>alto </translation>
    </message>
    <message>
        <source>width </source>
        <translation>ancho </translation>
    </message>
    <message>
        <source>same (padded)</source>
        <translation>same (con relleno)</translation>
    </message>
    <message>
        <source>valid (no padding)</source>
        <translation>valid (sin relleno)</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 píxeles</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>Floating-point operations of one example&apos;s forward pass: 2 × its multiply-adds</source>
        <translation>Operaciones de coma flotante de la pasada hacia delante de un ejemplo: 2 × sus multiplicaciones-sumas</translation>
    </message>
    <message>
        <source>%1 · frozen</source>
        <translation>%1 · congelada</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>imposible</translation>
    </message>
    <message>
        <source>Frozen: training leaves this layer&apos;s weights as they are</source>
        <translation>Congelada: el entrenamiento deja los pesos de esta capa como están</translation>
    </message>
    <message>
        <source>No shape: a layer above cannot take its input.</source>
        <translation>Sin forma: una capa de arriba no puede aceptar su entrada.</translation>
    </message>
    <message>
        <source>%1 learned values</source>
        <translation>%1 valores aprendidos</translation>
    </message>
    <message>
        <source>%1 FLOPs per example</source>
        <translation>%1 FLOP por ejemplo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>A built-in network to start from</source>
        <translation>Una red incluida de la que partir</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Time one image&apos;s forward pass through this network on this CPU (VGG-16&apos;s weights take about 550 MB while it runs)</source>
        <translation>Cronometra la pasada hacia delante de una imagen por esta red en esta CPU (los pesos de VGG-16 ocupan unos 550 MB mientras se ejecuta)</translation>
    </message>
    <message>
        <source>Layer settings</source>
        <translation>Ajustes de la capa</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Añadir capa</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation>Inserta una capa tras la seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Quita la capa seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation>Sube la capa seleccionada (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation>Baja la capa seleccionada (Alt+Down)</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Guardar JSON…</translation>
    </message>
    <message>
        <source>Save the architecture as JSON</source>
        <translation>Guarda la arquitectura como JSON</translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation>Cargar JSON…</translation>
    </message>
    <message>
        <source>Load an architecture JSON file</source>
        <translation>Carga un archivo JSON de arquitectura</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Subir capa</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Bajar capa</translation>
    </message>
    <message>
        <source>The last layer gives %1 outputs; the data has %2 classes (set the last Dense layer to %2 units).</source>
        <translation>La última capa da %1 salidas; los datos tienen %2 clases (pon la última capa Dense a %2 unidades).</translation>
    </message>
    <message>
        <source>The network ends in %1 values per example, not one per class; the data has %2 classes (end it with Flatten and Dense %2).</source>
        <translation>La red termina en %1 valores por ejemplo, no uno por clase; los datos tienen %2 clases (termínala con Flatten y Dense %2).</translation>
    </message>
    <message>
        <source>The network has no layers: add one with Add layer.</source>
        <translation>La red no tiene capas: añade una con Añadir capa.</translation>
    </message>
    <message>
        <source>%1 is shown, not trained here: an epoch would take days on a CPU.</source>
        <translation>%1 se muestra, pero no se entrena aquí: una época tardaría días en una CPU.</translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per image · %3 → %4</source>
        <translation>Total: %1 parámetros · %2 FLOP por imagen · %3 → %4</translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per example · input %3 → output %4</source>
        <translation>Total: %1 parámetros · %2 FLOP por ejemplo · entrada %3 → salida %4</translation>
    </message>
    <message>
        <source>Input %1 → no output yet</source>
        <translation>Entrada %1 → aún sin salida</translation>
    </message>
    <message>
        <source>%1 FLOPs: floating-point operations of one example&apos;s forward pass, 2 × its multiply-adds</source>
        <translation>%1 FLOP: operaciones de coma flotante de la pasada hacia delante de un ejemplo, 2 × sus multiplicaciones-sumas</translation>
    </message>
    <message>
        <source>one image: not timed yet</source>
        <translation>una imagen: aún sin cronometrar</translation>
    </message>
    <message>
        <source>fully connected: %1 · locally connected: %2 · convolution: %3</source>
        <translation>totalmente conectada: %1 · conectada localmente: %2 · convolución: %3</translation>
    </message>
    <message>
        <source>The parameters (biases included) of a layer from %1 to %2: every input value to every output value (fully connected), each output position its own %3 window (locally connected), or one window per map shared by every position (convolution)</source>
        <translation>Los parámetros (sesgos incluidos) de una capa de %1 a %2: cada valor de entrada con cada valor de salida (totalmente conectada), cada posición de salida con su propia ventana de %3 (conectada localmente), o una ventana por mapa compartida por todas las posiciones (convolución)</translation>
    </message>
    <message>
        <source>one image: measuring on this CPU…</source>
        <translation>una imagen: midiendo en esta CPU…</translation>
    </message>
    <message>
        <source>one image: could not measure: %1</source>
        <translation>una imagen: no se pudo medir: %1</translation>
    </message>
    <message>
        <source>one image: %1 on this CPU (measured)</source>
        <translation>una imagen: %1 en esta CPU (medido)</translation>
    </message>
    <message>
        <source>Select a layer to change its settings.</source>
        <translation>Selecciona una capa para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Capa %1: %2</translation>
    </message>
    <message>
        <source>ConvSight does not know this layer type: remove it.</source>
        <translation>ConvSight no conoce este tipo de capa: quítala.</translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation>%1 no tiene ajustes.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Training leaves this layer&apos;s weights as they are (fine-tuning: keep what a pretrained layer has learned)</source>
        <translation>El entrenamiento deja los pesos de esta capa como están (ajuste fino: conservar lo que una capa preentrenada ha aprendido)</translation>
    </message>
    <message>
        <source>The network cannot change now.</source>
        <translation>La red no puede cambiar ahora.</translation>
    </message>
    <message>
        <source>Save architecture</source>
        <translation>Guardar arquitectura</translation>
    </message>
    <message>
        <source>Architecture (*.json)</source>
        <translation>Arquitectura (*.json)</translation>
    </message>
    <message>
        <source>Load architecture</source>
        <translation>Cargar arquitectura</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::CellEditor</name>
    <message>
        <source>Type a number, such as 3, −1 or 0.5 (Escape cancels)</source>
        <translation>Escribe un número, como 3, −1 o 0.5 (Escape cancela)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionMatrixView</name>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 recognised: %2%3</source>
        <translation>%1, reconocidos: %2%3</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3%4</source>
        <translation>%1, tomados por %2: %3%4</translation>
    </message>
    <message>
        <source>accuracy %1 on %2 test examples</source>
        <translation>exactitud %1 en %2 ejemplos de prueba</translation>
    </message>
    <message>
        <source>No confusion matrix yet: evaluate the test set to see which classes the network mixes up.</source>
        <translation>Aún no hay matriz de confusión: evalúa el conjunto de prueba para ver qué clases confunde la red.</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>clase predicha →</translation>
    </message>
    <message>
        <source>← true class</source>
        <translation>← clase verdadera</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>%1 · click a cell to see its examples</source>
        <translation>%1 · haz clic en una celda para ver sus ejemplos</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionQuiz</name>
    <message>
        <source>Predict first</source>
        <translation>Predice primero</translation>
    </message>
    <message>
        <source>Predict, then reveal: which class will the network confuse most? The matrix opens once you have answered</source>
        <translation>Predice y luego descubre: ¿qué clase confundirá más la red? La matriz se abre cuando hayas respondido</translation>
    </message>
    <message>
        <source>Which class will it confuse most? Answer before the matrix opens.</source>
        <translation>¿Qué clase confundirá más? Responde antes de que se abra la matriz.</translation>
    </message>
    <message>
        <source>The class to ask about</source>
        <translation>La clase por la que preguntar</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>The question comes with the test set&apos;s evaluation.</source>
        <translation>La pregunta llega con la evaluación del conjunto de prueba.</translation>
    </message>
    <message>
        <source>The network makes no mistakes on the test set: nothing to predict.</source>
        <translation>La red no comete errores en el conjunto de prueba: no hay nada que predecir.</translation>
    </message>
    <message>
        <source>Which class will the network take %1 for most often?</source>
        <translation>¿Con qué clase confundirá la red %1 más a menudo?</translation>
    </message>
    <message>
        <source> — pick another class above to be asked again.</source>
        <translation> — elige otra clase arriba para que se te vuelva a preguntar.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConvolutionStage</name>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>Sum of the channels:  %1</source>
        <translation>Suma de los canales:  %1</translation>
    </message>
    <message>
        <source>Click an output cell to see how it is computed; right-click (or Ctrl+click) it to pin its window. Click an input or kernel cell to type a new value.</source>
        <translation>Haz clic en una celda de salida para ver cómo se calcula; clic derecho (o Ctrl+clic) para fijar su ventana. Haz clic en una celda de entrada o del kernel para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, padded to %3×%4</source>
        <translation>%1 %2, rellenada a %3×%4</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4</source>
        <translation>%1 %2 de %3: %4</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>, ÷ %1</source>
        <translation>, ÷ %1</translation>
    </message>
    <message>
        <source>, flipped</source>
        <translation>, volteado</translation>
    </message>
    <message>
        <source>?×?</source>
        <translation>?×?</translation>
    </message>
    <message>
        <source>Feature maps %1×%2</source>
        <translation>Mapas de características %1×%2</translation>
    </message>
    <message>
        <source>%1 %2×%3</source>
        <translation>%1 %2×%3</translation>
    </message>
    <message>
        <source>%1(%2, %3): row %4, column %5</source>
        <translation>%1(%2, %3): fila %4, columna %5</translation>
    </message>
    <message>
        <source> of channel %1</source>
        <translation> del canal %1</translation>
    </message>
    <message>
        <source> of feature map %1</source>
        <translation> del mapa de características %1</translation>
    </message>
    <message>
        <source> of %1 %2</source>
        <translation> de %1 %2</translation>
    </message>
    <message>
        <source>Before the window moves</source>
        <translation>Antes de que se mueva la ventana</translation>
    </message>
    <message>
        <source>What size will the output be? = ?</source>
        <translation>¿De qué tamaño será la salida? = ?</translation>
    </message>
    <message>
        <source>The largest number under the window = ?</source>
        <translation>El mayor número bajo la ventana = ?</translation>
    </message>
    <message>
        <source>The mean of the numbers under the window = ?</source>
        <translation>La media de los números bajo la ventana = ?</translation>
    </message>
    <message>
        <source>Each number under the window times its weight, added up = ?</source>
        <translation>Cada número bajo la ventana por su peso, todo sumado = ?</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::DatasetPreview</name>
    <message>
        <source>%1 — one example of each class</source>
        <translation>%1 — un ejemplo de cada clase</translation>
    </message>
    <message>
        <source>No data set open</source>
        <translation>Ningún conjunto de datos abierto</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExampleGallery</name>
    <message>
        <source>No examples to show.</source>
        <translation>No hay ejemplos que mostrar.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExplainView</name>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation>Aún no hay modelo: entrena uno en el espacio de trabajo Entrenar, o carga allí un archivo de modelo.</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Saliencia</translation>
    </message>
    <message>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Oclusión</translation>
    </message>
    <message>
        <source>What a filter wants</source>
        <translation>Qué quiere un filtro</translation>
    </message>
    <message>
        <source>How to explain the answer: the gradient of the class&apos;s score (saliency, averaged over noisy copies: SmoothGrad), a layer&apos;s maps weighted by their gradients (Grad-CAM), a patch slid over the input (occlusion), or the input a filter likes best</source>
        <translation>Cómo explicar la respuesta: el gradiente de la puntuación de la clase (saliencia; promediado sobre copias con ruido: SmoothGrad), los mapas de una capa ponderados por sus gradientes (Grad-CAM), un parche deslizado sobre la entrada (oclusión) o la entrada que más le gusta a un filtro</translation>
    </message>
    <message>
        <source>The class whose score or probability is explained: the one the network predicts, or any other</source>
        <translation>La clase cuya puntuación o probabilidad se explica: la que predice la red, o cualquier otra</translation>
    </message>
    <message>
        <source>How strongly the map covers the input: 0 % the input alone, 100 % the map alone</source>
        <translation>Cuánto tapa el mapa a la entrada: 0 % solo la entrada, 100 % solo el mapa</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>The layer whose maps Grad-CAM weighs (the last convolution sees the largest parts of the input)</source>
        <translation>La capa cuyos mapas pondera Grad-CAM (la última convolución ve las partes más grandes de la entrada)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The side of the square patch that covers the input</source>
        <translation>El lado del parche cuadrado que tapa la entrada</translation>
    </message>
    <message>
        <source>How far the patch moves each time: a convolution&apos;s stride</source>
        <translation>Cuánto avanza el parche cada vez: el paso de una convolución</translation>
    </message>
    <message>
        <source>Grey (the mean)</source>
        <translation>Gris (la media)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>What the patch is filled with: the data set&apos;s mean pixel (0 after normalisation), black or white</source>
        <translation>Con qué se rellena el parche: el píxel medio del conjunto de datos (0 tras normalizar), negro o blanco</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>The layer whose filter is asked what it wants</source>
        <translation>La capa a cuyo filtro se pregunta qué quiere</translation>
    </message>
    <message>
        <source>The filter (its map&apos;s number, from 1)</source>
        <translation>El filtro (el número de su mapa, desde 1)</translation>
    </message>
    <message>
        <source>The steps of gradient ascent a Start takes</source>
        <translation>Los pasos de ascenso de gradiente que da cada Iniciar</translation>
    </message>
    <message>
        <source>One unit: the map&apos;s centre</source>
        <translation>Una unidad: el centro del mapa</translation>
    </message>
    <message>
        <source>Excite the map&apos;s centre value only (one neuron, which sees one window of the input) instead of the whole map&apos;s mean</source>
        <translation>Excita solo el valor central del mapa (una neurona, que ve una ventana de la entrada) en vez de la media de todo el mapa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Grow the image from grey, step by step; press again to stop</source>
        <translation>Hace crecer la imagen desde el gris, paso a paso; pulsa de nuevo para parar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%v of %m patches</source>
        <translation>%v de %m parches</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Stop the computation, or run it again</source>
        <translation>Detiene el cálculo, o lo vuelve a ejecutar</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>A filter of the first convolution shows its weights here, to compare with the image it wants.</source>
        <translation>Un filtro de la primera convolución muestra aquí sus pesos, para compararlos con la imagen que quiere.</translation>
    </message>
    <message>
        <source>The network changed (its training moved on, or another one was loaded): press Start to ask its filter again.</source>
        <translation>La red ha cambiado (su entrenamiento avanzó, o se cargó otra): pulsa Iniciar para volver a preguntar a su filtro.</translation>
    </message>
    <message>
        <source>Choose an input on the left: a test example, a photo or a drawing. Its explanation appears here.</source>
        <translation>Elige una entrada a la izquierda: un ejemplo de prueba, una foto o un dibujo. Su explicación aparece aquí.</translation>
    </message>
    <message>
        <source>%1 · %2×%3×%4</source>
        <translation>%1 · %2×%3×%4</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <source>predicted: %1</source>
        <translation>predicción: %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>There is no model to explain yet.</source>
        <translation>Aún no hay ningún modelo que explicar.</translation>
    </message>
    <message>
        <source>The explanations need a network whose input is an image (channels × height × width); this one takes %1 values.</source>
        <translation>Las explicaciones necesitan una red cuya entrada sea una imagen (canales × alto × ancho); esta toma %1 valores.</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolution layer: this network has none (an MLP flattens the image first, so no layer keeps maps to weigh).</source>
        <translation>Grad-CAM necesita una capa de convolución: esta red no tiene ninguna (un MLP aplana primero la imagen, así que ninguna capa conserva mapas que ponderar).</translation>
    </message>
    <message>
        <source>What a filter wants needs a layer with filters: this network has none.</source>
        <translation>Qué quiere un filtro necesita una capa con filtros: esta red no tiene ninguna.</translation>
    </message>
    <message>
        <source>What a filter wants: press Start to grow, from grey, the input that excites the filter most.</source>
        <translation>Qué quiere un filtro: pulsa Iniciar para hacer crecer, desde el gris, la entrada que más excita al filtro.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopped before the map was done: press Compute, or change a setting, to compute it again.</source>
        <translation>Detenido antes de terminar el mapa: pulsa Calcular, o cambia un ajuste, para volver a calcularlo.</translation>
    </message>
    <message>
        <source>Could not explain this input: %1</source>
        <translation>No se pudo explicar esta entrada: %1</translation>
    </message>
    <message>
        <source>Saliency: the gradient of %1&apos;s score (%2, before the softmax) with respect to each of the %3 × %4 input pixels, through the network&apos;s own backward pass; shown is the largest |∂score/∂x| over %5, from %6 to %7.</source>
        <translation>Saliencia: el gradiente de la puntuación de %1 (%2, antes del softmax) respecto a cada uno de los %3 × %4 píxeles de entrada, mediante la propia pasada hacia atrás de la red; se muestra el mayor |∂score/∂x| sobre %5, de %6 a %7.</translation>
    </message>
    <message>
        <source>its one channel</source>
        <translation>su único canal</translation>
    </message>
    <message>
        <source>its %1 channels</source>
        <translation>sus %1 canales</translation>
    </message>
    <message>
        <source>SmoothGrad: the gradient of %1&apos;s score (%2) with respect to the %3 × %4 input pixels, |∂score/∂x| averaged over %5 copies of the input with Gaussian noise of %6 % of its range, largest over the channels: from %7 to %8.</source>
        <translation>SmoothGrad: el gradiente de la puntuación de %1 (%2) respecto a los %3 × %4 píxeles de entrada, |∂score/∂x| promediado sobre %5 copias de la entrada con ruido gaussiano del %6 % de su rango, el mayor entre los canales: de %7 a %8.</translation>
    </message>
    <message>
        <source>Grad-CAM on %1: its %2 maps of %3 × %4, each weighted by the mean gradient of %5&apos;s score over it, summed, negatives set to 0 (ReLU) and enlarged bilinearly from %3 × %4 to %6 × %7; from %8 to %9.</source>
        <translation>Grad-CAM sobre %1: sus %2 mapas de %3 × %4, cada uno ponderado por el gradiente medio de la puntuación de %5 sobre él, sumados, con los negativos a 0 (ReLU) y ampliados bilinealmente de %3 × %4 a %6 × %7; de %8 a %9.</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <source>%1 down and %2 across</source>
        <translation>%1 en vertical y %2 en horizontal</translation>
    </message>
    <message>
        <source>Occlusion: a %1×%1 %2 patch slid with stride %3 — itself a convolution-shaped sweep, %4 × %5 positions as %6 — and how much p(%7) = %8 dropped at each (averaged over the patches covering a pixel: from %9 to %10).</source>
        <translation>Oclusión: un parche %2 de %1×%1 deslizado con paso %3 —un barrido con forma de convolución, %4 × %5 posiciones como %6— y cuánto bajó p(%7) = %8 en cada una (promediado sobre los parches que tapan un píxel: de %9 a %10).</translation>
    </message>
    <message>
        <source>probability drop:</source>
        <translation>caída de probabilidad:</translation>
    </message>
    <message>
        <source>Grad-CAM:</source>
        <translation>Grad-CAM:</translation>
    </message>
    <message>
        <source>|∂score/∂x|:</source>
        <translation>|∂score/∂x|:</translation>
    </message>
    <message>
        <source>filter %1 of %2: its weights</source>
        <translation>filtro %1 de %2: sus pesos</translation>
    </message>
    <message>
        <source>Could not grow the image: %1</source>
        <translation>No se pudo hacer crecer la imagen: %1</translation>
    </message>
    <message>
        <source>What filter %1 of %2 wants: an input grown from grey by %3 steps of gradient ascent on %4 (from %5 to %6), %7blurred and pulled towards grey as it goes%8.</source>
        <translation>Qué quiere el filtro %1 de %2: una entrada crecida desde el gris con %3 pasos de ascenso de gradiente sobre %4 (de %5 a %6), %7desenfocada y atraída hacia el gris por el camino%8.</translation>
    </message>
    <message>
        <source>the value at its map&apos;s centre</source>
        <translation>el valor del centro de su mapa</translation>
    </message>
    <message>
        <source>its map&apos;s mean</source>
        <translation>la media de su mapa</translation>
    </message>
    <message>
        <source>jittered, </source>
        <translation>desplazada al azar, </translation>
    </message>
    <message>
        <source>; beside it, the filter&apos;s own weights</source>
        <translation>; al lado, los propios pesos del filtro</translation>
    </message>
    <message>
        <source>inspect.explain is not an object</source>
        <translation>inspect.explain no es un objeto</translation>
    </message>
    <message>
        <source>inspect.explain.method is not saliency, smoothgrad, gradcam, occlusion or filter</source>
        <translation>inspect.explain.method no es saliency, smoothgrad, gradcam, occlusion ni filter</translation>
    </message>
    <message>
        <source>inspect.explain.class is not a class number (−1: the predicted one)</source>
        <translation>inspect.explain.class no es un número de clase (−1: la predicha)</translation>
    </message>
    <message>
        <source>inspect.explain.opacity is not a number from 0 to 1</source>
        <translation>inspect.explain.opacity no es un número de 0 a 1</translation>
    </message>
    <message>
        <source>inspect.explain.layer is not a layer&apos;s name</source>
        <translation>inspect.explain.layer no es el nombre de una capa</translation>
    </message>
    <message>
        <source>inspect.explain.patch is not a size from 1 to 4096</source>
        <translation>inspect.explain.patch no es un tamaño de 1 a 4096</translation>
    </message>
    <message>
        <source>inspect.explain.stride is not a step from 1 to 4096</source>
        <translation>inspect.explain.stride no es un paso de 1 a 4096</translation>
    </message>
    <message>
        <source>inspect.explain.fill is not mean, black or white</source>
        <translation>inspect.explain.fill no es mean, black ni white</translation>
    </message>
    <message>
        <source>inspect.explain.filter_layer is not a layer&apos;s name</source>
        <translation>inspect.explain.filter_layer no es el nombre de una capa</translation>
    </message>
    <message>
        <source>inspect.explain.filter is not a filter number</source>
        <translation>inspect.explain.filter no es un número de filtro</translation>
    </message>
    <message>
        <source>inspect.explain.centre_unit is not true or false</source>
        <translation>inspect.explain.centre_unit no es true ni false</translation>
    </message>
    <message>
        <source>inspect.explain.steps is not a number from 1 to 5000</source>
        <translation>inspect.explain.steps no es un número de 1 a 5000</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FeatureMapView</name>
    <message>
        <source>Choose an input to see what every layer makes of it.</source>
        <translation>Elige una entrada para ver qué hace con ella cada capa.</translation>
    </message>
    <message>
        <source>%1, unit %2: %3</source>
        <translation>%1, unidad %2: %3</translation>
    </message>
    <message>
        <source>%1, channel %2, row %3, column %4: %5</source>
        <translation>%1, canal %2, fila %3, columna %4: %5</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Reducir (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Ampliar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Click a map to select it; hover to read a value.</source>
        <translation>Haz clic en un mapa para seleccionarlo; pasa el ratón para leer un valor.</translation>
    </message>
    <message>
        <source>Flatten: %1 → %2</source>
        <translation>Flatten: %1 → %2</translation>
    </message>
    <message>
        <source>%1: the maps above, read row by row into one vector</source>
        <translation>%1: los mapas de arriba, leídos fila a fila en un solo vector</translation>
    </message>
    <message>
        <source> · scores → softmax → probabilities</source>
        <translation> · puntuaciones → softmax → probabilidades</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterGrid</name>
    <message>
        <source>max |w|</source>
        <translation>máx |w|</translation>
    </message>
    <message>
        <source>grey is 0; red, green, blue: each channel</source>
        <translation>gris es 0; rojo, verde, azul: cada canal</translation>
    </message>
    <message>
        <source>white is 0, one scale for all</source>
        <translation>blanco es 0, una escala para todos</translation>
    </message>
    <message>
        <source>white is 0, each filter scaled</source>
        <translation>blanco es 0, cada filtro a su escala</translation>
    </message>
    <message>
        <source>No filters yet.</source>
        <translation>Aún no hay filtros.</translation>
    </message>
    <message>
        <source>Same scale for all</source>
        <translation>Una escala para todos</translation>
    </message>
    <message>
        <source>On: one colour scale for every filter, so you can compare them. Off: each filter stretched to its own largest weight, so a small filter&apos;s pattern shows too.</source>
        <translation>Activado: una escala de color para todos los filtros, para poder compararlos. Desactivado: cada filtro estirado hasta su propio peso mayor, para que también se vea el patrón de un filtro pequeño.</translation>
    </message>
    <message>
        <source>drift %1</source>
        <translation>deriva %1</translation>
    </message>
    <message>
        <source>Filter %1 at the start</source>
        <translation>Filtro %1 al principio</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtro %1</translation>
    </message>
    <message>
        <source>channel %1 (%2)</source>
        <translation>canal %1 (%2)</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>was</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Filter %1: %2 × %3 weights, too many to list</source>
        <translation>Filtro %1: %2 × %3 pesos, demasiados para listarlos</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterWorkspace</name>
    <message>
        <source>Clamp to 0…255</source>
        <translation>Recortar a 0…255</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>Valor absoluto</translation>
    </message>
    <message>
        <source>Offset by 128</source>
        <translation>Desplazar 128</translation>
    </message>
    <message>
        <source>Normalised min…max</source>
        <translation>Normalizado mín…máx</translation>
    </message>
    <message>
        <source>Diverging colours</source>
        <translation>Colores divergentes</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Previous kernel preset</source>
        <translation>Kernel predefinido anterior</translation>
    </message>
    <message>
        <source>Next kernel preset</source>
        <translation>Kernel predefinido siguiente</translation>
    </message>
    <message>
        <source>Identity kernel: the photo as it is</source>
        <translation>Kernel identidad: la foto tal cual</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>&amp;Open Image or Video…</source>
        <translation>&amp;Abrir imagen o vídeo…</translation>
    </message>
    <message>
        <source>Open a photo (any format OpenCV reads) or a video (Ctrl+O)</source>
        <translation>Abre una foto (cualquier formato que lea OpenCV) o un vídeo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open an image or a video</source>
        <translation>Abrir una imagen o un vídeo</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm *.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.m4v);;All files (*)</source>
        <translation>Imágenes y vídeos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm *.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.m4v);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>Use the image on the clipboard (Ctrl+V)</source>
        <translation>Usa la imagen del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <source>Filter the live camera picture</source>
        <translation>Filtra la imagen en directo de la cámara</translation>
    </message>
    <message>
        <source>&amp;Export Output…</source>
        <translation>E&amp;xportar salida…</translation>
    </message>
    <message>
        <source>Save the output: PNG (8-bit, as displayed), TIFF (32-bit float) or NumPy .npy</source>
        <translation>Guarda la salida: PNG (8 bits, como se ve), TIFF (coma flotante de 32 bits) o NumPy .npy</translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation>Copiar sali&amp;da</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir rec&amp;iente</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>M&amp;uestras</translation>
    </message>
    <message>
        <source>Bundled photos and generated test patterns</source>
        <translation>Fotos incluidas y patrones de prueba generados</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <source>GPU off</source>
        <translation>GPU desactivada</translation>
    </message>
    <message>
        <source>The CUDA GPU cannot be used: %1</source>
        <translation>No se puede usar la GPU CUDA: %1</translation>
    </message>
    <message>
        <source>CPU — %1</source>
        <translation>CPU — %1</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>CUDA GPU — %1</source>
        <translation>GPU CUDA — %1</translation>
    </message>
    <message>
        <source>CUDA GPU (off: %1)</source>
        <translation>GPU CUDA (desactivada: %1)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividida</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>All displays</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>Filter bank</source>
        <translation>Banco de filtros</translation>
    </message>
    <message>
        <source>Input and output next to each other, zoomed and panned together</source>
        <translation>Entrada y salida una junto a otra, con zoom y desplazamiento a la vez</translation>
    </message>
    <message>
        <source>Input left and output right of a line you drag</source>
        <translation>Entrada a la izquierda y salida a la derecha de una línea que arrastras</translation>
    </message>
    <message>
        <source>Output − input: what the filter changed</source>
        <translation>Salida − entrada: lo que cambió el filtro</translation>
    </message>
    <message>
        <source>The output in every display mode at once: where do negative values go?</source>
        <translation>La salida en todos los modos de visualización a la vez: ¿adónde van los valores negativos?</translation>
    </message>
    <message>
        <source>Sobel x, Sobel y, their gradient magnitude and more on the same image; click one to edit it</source>
        <translation>Sobel x, Sobel y, la magnitud de su gradiente y más sobre la misma imagen; haz clic en uno para editarlo</translation>
    </message>
    <message>
        <source>How output values below 0 and above 255 are shown</source>
        <translation>Cómo se muestran los valores de salida por debajo de 0 y por encima de 255</translation>
    </message>
    <message>
        <source>Colour (R, G, B)</source>
        <translation>Color (R, G, B)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Filter each colour channel, or the grey (luminance) image: one channel</source>
        <translation>Filtra cada canal de color, o la imagen en gris (luminancia): un canal</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>Mostrar como:</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Seguir en la CPU</translation>
    </message>
    <message>
        <source>Filter on the CPU from now on: same result, no GPU needed</source>
        <translation>Filtra en la CPU a partir de ahora: mismo resultado, sin necesidad de GPU</translation>
    </message>
    <message>
        <source>Filtering on the CPU now.</source>
        <translation>Filtrando ahora en la CPU.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output − input</source>
        <translation>Salida − entrada</translation>
    </message>
    <message>
        <source>Click to edit this kernel</source>
        <translation>Haz clic para editar este kernel</translation>
    </message>
    <message>
        <source>The gradient magnitude combines Sobel x and Sobel y; Sobel x is in the editor now.</source>
        <translation>La magnitud del gradiente combina Sobel x y Sobel y; Sobel x está ahora en el editor.</translation>
    </message>
    <message>
        <source>Output histogram</source>
        <translation>Histograma de salida</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>live camera</source>
        <translation>cámara en directo</translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation>fotograma 1 de %1</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>fotograma %1 de %2</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(no hay archivos recientes)</translation>
    </message>
    <message>
        <source>CUDA cannot be used: %1</source>
        <translation>No se puede usar CUDA: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Running on %1 ▾</source>
        <translation>En %1 ▾</translation>
    </message>
    <message>
        <source>Running on %1 · %2 ms ▾</source>
        <translation>En %1 · %2 ms ▾</translation>
    </message>
    <message>
        <source>%1. Click to choose the device.</source>
        <translation>%1. Haz clic para elegir el dispositivo.</translation>
    </message>
    <message>
        <source>The kernel has a weight that is not a finite number (NaN or infinity); the output shows the last valid kernel.</source>
        <translation>El kernel tiene un peso que no es un número finito (NaN o infinito); la salida muestra el último kernel válido.</translation>
    </message>
    <message>
        <source>The offset is not a finite number; the output shows the last valid kernel.</source>
        <translation>El desplazamiento no es un número finito; la salida muestra el último kernel válido.</translation>
    </message>
    <message>
        <source>The GPU failed in %1, so this output was not computed: %2</source>
        <translation>La GPU falló en %1, así que esta salida no se calculó: %2</translation>
    </message>
    <message>
        <source>Filtering failed: %1</source>
        <translation>El filtrado falló: %1</translation>
    </message>
    <message>
        <source>Output — %1</source>
        <translation>Salida — %1</translation>
    </message>
    <message>
        <source>Output − input — %1</source>
        <translation>Salida − entrada — %1</translation>
    </message>
    <message>
        <source>Output %1 … %2: %3% outside 0…255 (shaded: lost by clamping)</source>
        <translation>Salida %1 … %2: %3% fuera de 0…255 (sombreado: perdido al recortar)</translation>
    </message>
    <message>
        <source>Output %1 … %2: all inside 0…255</source>
        <translation>Salida %1 … %2: todo dentro de 0…255</translation>
    </message>
    <message>
        <source>Hover over the output to see how one of its pixels is computed. Scroll to zoom (or + and −), drag to pan, 0 to fit.</source>
        <translation>Pasa el ratón sobre la salida para ver cómo se calcula uno de sus píxeles. Rueda para el zoom (o + y −), arrastra para desplazar, 0 para ajustar.</translation>
    </message>
    <message>
        <source>%1×%2 window</source>
        <translation>ventana de %1×%2</translation>
    </message>
    <message>
        <source> + offset %1</source>
        <translation> + desplazamiento %1</translation>
    </message>
    <message>
        <source>the sum of %1 products of window and kernel</source>
        <translation>la suma de %1 productos de ventana y kernel</translation>
    </message>
    <message>
        <source>V(%1, %2) = %3%4 = %5</source>
        <translation>V(%1, %2) = %3%4 = %5</translation>
    </message>
    <message>
        <source>V(%1, %2): R = %3%4 = %5;  G = %6;  B = %7 (each channel with its own window)</source>
        <translation>V(%1, %2): R = %3%4 = %5;  G = %6;  B = %7 (cada canal con su propia ventana)</translation>
    </message>
    <message>
        <source>There is no output to export yet.</source>
        <translation>Aún no hay ninguna salida que exportar.</translation>
    </message>
    <message>
        <source>Cannot export as &apos;%1&apos;: use .png (8-bit, as displayed), .tif (32-bit float) or .npy (float32).</source>
        <translation>No se puede exportar como &apos;%1&apos;: usa .png (8 bits, como se ve), .tif (coma flotante de 32 bits) o .npy (float32).</translation>
    </message>
    <message>
        <source>Saved the output to %1</source>
        <translation>Salida guardada en %1</translation>
    </message>
    <message>
        <source>Export the output</source>
        <translation>Exportar la salida</translation>
    </message>
    <message>
        <source>PNG, 8-bit as displayed (*.png);;TIFF, 32-bit float (*.tif *.tiff);;NumPy array, float32 (*.npy)</source>
        <translation>PNG, 8 bits como se ve (*.png);;TIFF, coma flotante de 32 bits (*.tif *.tiff);;Matriz NumPy, float32 (*.npy)</translation>
    </message>
    <message>
        <source>Copied the output (as displayed) to the clipboard.</source>
        <translation>Salida (como se ve) copiada al portapapeles.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>imagen soltada</translation>
    </message>
    <message>
        <source>filter.image is not text</source>
        <translation>filter.image no es texto</translation>
    </message>
    <message>
        <source>filter.image is not base64</source>
        <translation>filter.image no está en base64</translation>
    </message>
    <message>
        <source>filter.image is %1 × %2 pixels, more than the limit of %3 pixels the Filter workspace takes</source>
        <translation>filter.image tiene %1 × %2 píxeles, más que el límite de %3 píxeles que acepta el espacio de trabajo Filtro</translation>
    </message>
    <message>
        <source>filter.image is not an 8-bit grey or colour PNG</source>
        <translation>filter.image no es un PNG de 8 bits en gris o en color</translation>
    </message>
    <message>
        <source>filter.image is larger than the Filter workspace takes</source>
        <translation>filter.image es mayor de lo que acepta el espacio de trabajo Filtro</translation>
    </message>
    <message>
        <source>filter is not an object</source>
        <translation>filter no es un objeto</translation>
    </message>
    <message>
        <source>filter.%1 is missing</source>
        <translation>falta filter.%1</translation>
    </message>
    <message>
        <source>filter.%1 has the wrong type</source>
        <translation>filter.%1 tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>filter.display: &quot;%1&quot; is not a display mode</source>
        <translation>filter.display: &quot;%1&quot; no es un modo de visualización</translation>
    </message>
    <message>
        <source>filter.view: %1 is not a view mode</source>
        <translation>filter.view: %1 no es un modo de vista</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::Im2colView</name>
    <message>
        <source>Measuring the matrix product…</source>
        <translation>Midiendo el producto de matrices…</translation>
    </message>
    <message>
        <source>The matrix product has not been timed yet.</source>
        <translation>El producto de matrices aún no se ha cronometrado.</translation>
    </message>
    <message>
        <source>%1 on the CPU (%2 GFLOP/s)</source>
        <translation>%1 en la CPU (%2 GFLOP/s)</translation>
    </message>
    <message>
        <source>, %1 on the GPU</source>
        <translation>, %1 en la GPU</translation>
    </message>
    <message>
        <source>This product (%1): %2.</source>
        <translation>Este producto (%1): %2.</translation>
    </message>
    <message>
        <source>A real layer, %1 (%2): %3.</source>
        <translation>Una capa real, %1 (%2): %3.</translation>
    </message>
    <message>
        <source>No GPU timing: %1</source>
        <translation>Sin tiempo de GPU: %1</translation>
    </message>
    <message>
        <source>No convolution to unroll.</source>
        <translation>No hay ninguna convolución que desenrollar.</translation>
    </message>
    <message>
        <source>kernel 9</source>
        <translation>kernel 9</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>kernel %1</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>Each of the %1 windows is a row of %2 values: one matrix product (%1×%2 · %2×%3) gives every output at once, which is how libraries run a convolution.</source>
        <translation>Cada una de las %1 ventanas es una fila de %2 valores: un solo producto de matrices (%1×%2 · %2×%3) da todas las salidas a la vez, que es como las bibliotecas ejecutan una convolución.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ImageSource</name>
    <message>
        <source>Astronaut (photo)</source>
        <translation>Astronauta (foto)</translation>
    </message>
    <message>
        <source>Coffee (photo)</source>
        <translation>Café (foto)</translation>
    </message>
    <message>
        <source>Chelsea the cat (photo)</source>
        <translation>Chelsea, la gata (foto)</translation>
    </message>
    <message>
        <source>Cameraman (grey photo)</source>
        <translation>Camarógrafo (foto en gris)</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels: the Filter workspace works on it at %4 × %5, more than a 4K screen shows, so that it stays quick.</source>
        <translation>%1 tiene %2 × %3 píxeles: el espacio de trabajo Filtro la trata a %4 × %5, más de lo que muestra una pantalla 4K, para seguir siendo rápido.</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>Falta la muestra %1 en esta compilación.</translation>
    </message>
    <message>
        <source>%1 (pattern)</source>
        <translation>%1 (patrón)</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it holds no 8-bit grey or colour pixels.</source>
        <translation>No se puede usar &apos;%1&apos;: no contiene píxeles de 8 bits en gris ni en color.</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it is %2 × %3 pixels, more than the 100 megapixels ConvSight opens; scale it down first.</source>
        <translation>No se puede usar &apos;%1&apos;: tiene %2 × %3 píxeles, más que los 100 megapíxeles que abre ConvSight; redúcela primero.</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <source>The clipboard holds no image: copy one (or an image file) and paste again.</source>
        <translation>El portapapeles no contiene ninguna imagen: copia una (o un archivo de imagen) y vuelve a pegar.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::InspectWorkspace</name>
    <message>
        <source>Feature maps</source>
        <translation>Mapas de características</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>MLP vs CNN</source>
        <translation>MLP vs CNN</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Every layer&apos;s feature maps for the input</source>
        <translation>Los mapas de características de cada capa para la entrada</translation>
    </message>
    <message>
        <source>The confusion matrix of the test set</source>
        <translation>La matriz de confusión del conjunto de prueba</translation>
    </message>
    <message>
        <source>An MLP and a CNN on test images shifted to the right</source>
        <translation>Un MLP y una CNN con imágenes de prueba desplazadas a la derecha</translation>
    </message>
    <message>
        <source>Why did it say that? Saliency, Grad-CAM, occlusion and what a filter wants</source>
        <translation>¿Por qué ha dicho eso? Saliencia, Grad-CAM, oclusión y qué quiere un filtro</translation>
    </message>
    <message>
        <source>A test example</source>
        <translation>Un ejemplo de prueba</translation>
    </message>
    <message>
        <source>An image file</source>
        <translation>Un archivo de imagen</translation>
    </message>
    <message>
        <source>The camera</source>
        <translation>La cámara</translation>
    </message>
    <message>
        <source>The sketch pad: draw</source>
        <translation>El bloc de dibujo: dibuja</translation>
    </message>
    <message>
        <source>What goes into the network: a test example, an image file, a picture from the camera or your drawing</source>
        <translation>Lo que entra en la red: un ejemplo de prueba, un archivo de imagen, una imagen de la cámara o tu dibujo</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Abrir una foto…</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Abrir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</translation>
    </message>
    <message>
        <source>Classify a photo or any image file: shrunk and converted to the network&apos;s input</source>
        <translation>Clasifica una foto o cualquier archivo de imagen: reducido y convertido a la entrada de la red</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>tu dibujo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>The test example&apos;s number</source>
        <translation>El número del ejemplo de prueba</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>A test example picked at random</source>
        <translation>Un ejemplo de prueba elegido al azar</translation>
    </message>
    <message>
        <source>Random test example</source>
        <translation>Ejemplo de prueba al azar</translation>
    </message>
    <message>
        <source>Next mistake</source>
        <translation>Siguiente error</translation>
    </message>
    <message>
        <source>The next test example the network gets wrong (needs the confusion matrix&apos;s evaluation)</source>
        <translation>El siguiente ejemplo de prueba en que la red se equivoca (necesita la evaluación de la matriz de confusión)</translation>
    </message>
    <message>
        <source>Take a picture</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Evaluate the test set first (Confusion matrix tab).</source>
        <translation>Evalúa primero el conjunto de prueba (pestaña Confusión).</translation>
    </message>
    <message>
        <source>The network gets every test example right.</source>
        <translation>La red acierta todos los ejemplos de prueba.</translation>
    </message>
    <message>
        <source>a picture from the camera</source>
        <translation>una imagen de la cámara</translation>
    </message>
    <message>
        <source>Click a feature map to see the filter that made it and the part of the input it sees.</source>
        <translation>Haz clic en un mapa de características para ver el filtro que lo produjo y la parte de la entrada que ve.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its examples.</source>
        <translation>Haz clic en una celda de la matriz para ver sus ejemplos.</translation>
    </message>
    <message>
        <source>Evaluate the test set</source>
        <translation>Evaluar el conjunto de prueba</translation>
    </message>
    <message>
        <source>Run the network on every test example and fill the confusion matrix</source>
        <translation>Ejecuta la red sobre cada ejemplo de prueba y rellena la matriz de confusión</translation>
    </message>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation>Aún no hay modelo: entrena uno en el espacio de trabajo Entrenar, o carga allí un archivo de modelo.</translation>
    </message>
    <message>
        <source>%1 · no data set of its own: open a photo</source>
        <translation>%1 · sin conjunto de datos propio: abre una foto</translation>
    </message>
    <message>
        <source>%1 after %2 on %3%4</source>
        <translation>%1 tras %2 con %3%4</translation>
    </message>
    <message>
        <source> (a checkpoint from the timeline)</source>
        <translation> (un punto de control de la línea de tiempo)</translation>
    </message>
    <message>
        <source> (following the training)</source>
        <translation> (siguiendo el entrenamiento)</translation>
    </message>
    <message>
        <source>test example %1: %2</source>
        <translation>ejemplo de prueba %1: %2</translation>
    </message>
    <message>
        <source>There is no model to show the image to yet.</source>
        <translation>Aún no hay ningún modelo al que mostrar la imagen.</translation>
    </message>
    <message>
        <source>%1: shorter side resized, the middle %2×%3 cut out, %4.</source>
        <translation>%1: lado corto redimensionado, recortado el centro de %2×%3, %4.</translation>
    </message>
    <message>
        <source>normalised by the model&apos;s own mean and standard deviation</source>
        <translation>normalizada con la media y la desviación típica del propio modelo</translation>
    </message>
    <message>
        <source>normalised by ImageNet&apos;s mean and standard deviation</source>
        <translation>normalizada con la media y la desviación típica de ImageNet</translation>
    </message>
    <message>
        <source>values in [0, 1] (the model names no normalisation)</source>
        <translation>valores en [0, 1] (el modelo no indica normalización)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 probabilities</source>
        <translation>%1: %2 probabilidades</translation>
    </message>
    <message>
        <source>softmax of %1&apos;s %2 scores</source>
        <translation>%1: softmax de %2 valores</translation>
    </message>
    <message>
        <source>Move the input by one pixel and watch the feature maps move with it; the numbers say how far it has moved, right and down</source>
        <translation>Mueve la entrada un píxel y mira cómo se mueven con ella los mapas de características; los números dicen cuánto se ha movido, a la derecha y hacia abajo</translation>
    </message>
    <message>
        <source>Move the input one pixel left</source>
        <translation>Mueve la entrada un píxel a la izquierda</translation>
    </message>
    <message>
        <source>Move the input one pixel right</source>
        <translation>Mueve la entrada un píxel a la derecha</translation>
    </message>
    <message>
        <source>Move the input one pixel up</source>
        <translation>Mueve la entrada un píxel hacia arriba</translation>
    </message>
    <message>
        <source>Move the input one pixel down</source>
        <translation>Mueve la entrada un píxel hacia abajo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>The input where it was chosen</source>
        <translation>La entrada donde se eligió</translation>
    </message>
    <message>
        <source>Shift the input: (%1, %2) px</source>
        <translation>Desplazar la entrada: (%1, %2) px</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, map %2 at row %3, column %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, mapa %2 en la fila %3, columna %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 %3.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source> A dense layer&apos;s unit depends on every input pixel.</source>
        <translation> Una unidad de una capa densa depende de todos los píxeles de entrada.</translation>
    </message>
    <message>
        <source>filter %1 of %2</source>
        <translation>filtro %1 de %2</translation>
    </message>
    <message>
        <source> It was made by filter %1 of %2: %3 input channels × %4×%5 weights.</source>
        <translation> Lo produjo el filtro %1 de %2: %3 canales de entrada × %4×%5 pesos.</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source> In the input it sees a %1×%2 window (outlined).</source>
        <translation> En la entrada ve una ventana de %1×%2 (recuadrada).</translation>
    </message>
    <message>
        <source>This model has no test set of its own: it was loaded without a data set.</source>
        <translation>Este modelo no tiene conjunto de prueba propio: se cargó sin conjunto de datos.</translation>
    </message>
    <message>
        <source>There is no model to evaluate yet.</source>
        <translation>Aún no hay ningún modelo que evaluar.</translation>
    </message>
    <message>
        <source>Evaluating %1 test examples…</source>
        <translation>Evaluando %1 ejemplos de prueba…</translation>
    </message>
    <message>
        <source>Evaluate the test set again</source>
        <translation>Volver a evaluar el conjunto de prueba</translation>
    </message>
    <message>
        <source>Test accuracy %1 % (%2 of %3 right).</source>
        <translation>Exactitud de prueba %1 % (%2 de %3 aciertos).</translation>
    </message>
    <message>
        <source>#%1 · %2 %</source>
        <translation>n.º %1 · %2 %</translation>
    </message>
    <message>
        <source>%1, recognised: %2 examples</source>
        <translation>%1, reconocidos: %2 ejemplos</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3 examples</source>
        <translation>%1, tomados por %2: %3 ejemplos</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (los %1 primeros)</translation>
    </message>
    <message>
        <source>inspect is not an object</source>
        <translation>inspect no es un objeto</translation>
    </message>
    <message>
        <source>inspect.%1 is missing</source>
        <translation>falta inspect.%1</translation>
    </message>
    <message>
        <source>inspect.tab is not a tab number</source>
        <translation>inspect.tab no es un número de pestaña</translation>
    </message>
    <message>
        <source>inspect.source is not an input source</source>
        <translation>inspect.source no es una fuente de entrada</translation>
    </message>
    <message>
        <source>inspect.test_example is not an example number</source>
        <translation>inspect.test_example no es un número de ejemplo</translation>
    </message>
    <message>
        <source>inspect.map is not a list of 4 numbers</source>
        <translation>inspect.map no es una lista de 4 números</translation>
    </message>
    <message>
        <source>%1 · pixels permuted, as the network sees them</source>
        <translation>%1 · píxeles permutados, como los ve la red</translation>
    </message>
    <message>
        <source>%1, moved (%2, %3) px</source>
        <translation>%1, movida (%2, %3) px</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelEditor</name>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>the kernel is empty: it needs at least one value</source>
        <translation>el kernel está vacío: necesita al menos un valor</translation>
    </message>
    <message>
        <source>row %1 has %2 values but row 1 has %3: every row needs the same number of values</source>
        <translation>la fila %1 tiene %2 valores pero la fila 1 tiene %3: todas las filas necesitan el mismo número de valores</translation>
    </message>
    <message>
        <source>row %1, column %2 is not a finite number</source>
        <translation>la fila %1, columna %2 no es un número finito</translation>
    </message>
    <message>
        <source>the kernel is %1×%2, larger than the 9×9 the editor shows</source>
        <translation>el kernel es de %1×%2, mayor que el 9×9 que muestra el editor</translation>
    </message>
    <message>
        <source>the %1 kernel&apos;s size differs from the red one&apos;s</source>
        <translation>el tamaño del kernel %1 difiere del del rojo</translation>
    </message>
    <message>
        <source>the divisor must be a number other than 0</source>
        <translation>el divisor debe ser un número distinto de 0</translation>
    </message>
    <message>
        <source>the offset must be a finite number</source>
        <translation>el desplazamiento debe ser un número finito</translation>
    </message>
    <message>
        <source>The red channel&apos;s values sum to 0</source>
        <translation>Los valores del canal rojo suman 0</translation>
    </message>
    <message>
        <source>The green channel&apos;s values sum to 0</source>
        <translation>Los valores del canal verde suman 0</translation>
    </message>
    <message>
        <source>The blue channel&apos;s values sum to 0</source>
        <translation>Los valores del canal azul suman 0</translation>
    </message>
    <message>
        <source>The values sum to 0</source>
        <translation>Los valores suman 0</translation>
    </message>
    <message>
        <source>, so no divisor makes them sum to 1. Kernels that sum to 0 (edge detectors) turn flat areas black; add an offset to see their negative values.</source>
        <translation>, así que ningún divisor hace que sumen 1. Los kernels que suman 0 (detectores de bordes) vuelven negras las zonas planas; añade un desplazamiento para ver sus valores negativos.</translation>
    </message>
    <message>
        <source>Kernels from the lecture and image processing, each with what it does (Alt+Up, Alt+Down: the previous or next one)</source>
        <translation>Kernels de la clase y del procesamiento de imágenes, cada uno con lo que hace (Alt+Up, Alt+Down: el anterior o el siguiente)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Rows of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation>Filas del kernel (1 a 9). Los valores quedan centrados: al crecer se añaden ceros alrededor.</translation>
    </message>
    <message>
        <source>Columns of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation>Columnas del kernel (1 a 9). Los valores quedan centrados: al crecer se añaden ceros alrededor.</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>&amp;Predefinido</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>One kernel for the three colour channels, or a kernel of its own for each</source>
        <translation>Un kernel para los tres canales de color, o uno propio para cada canal</translation>
    </message>
    <message>
        <source>One kernel for R, G, B</source>
        <translation>Un kernel para R, G, B</translation>
    </message>
    <message>
        <source>One kernel per channel</source>
        <translation>Un kernel por canal</translation>
    </message>
    <message>
        <source>The same kernel filters the red, green and blue channels.</source>
        <translation>El mismo kernel filtra los canales rojo, verde y azul.</translation>
    </message>
    <message>
        <source>Each colour channel gets a kernel of its own: blur red only, or detect edges in blue.</source>
        <translation>Cada canal de color tiene su propio kernel: desenfoca solo el rojo, o detecta bordes en el azul.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Edit the kernel of the %1 channel</source>
        <translation>Edita el kernel del canal %1</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>Every value is divided by this number: 9 turns nine 1s into the average of nine pixels.</source>
        <translation>Cada valor se divide entre este número: 9 convierte nueve unos en la media de nueve píxeles.</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normalizar</translation>
    </message>
    <message>
        <source>Set the divisor to the sum of the values, so that the weights sum to 1 and the image keeps its brightness</source>
        <translation>Pone como divisor la suma de los valores, para que los pesos sumen 1 y la imagen conserve su brillo</translation>
    </message>
    <message>
        <source>Added to every output value: 128 lifts the negative answers of an edge kernel into view on an 8-bit image.</source>
        <translation>Se suma a cada valor de salida: 128 sube a la vista las respuestas negativas de un kernel de bordes en una imagen de 8 bits.</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Cero</translation>
    </message>
    <message>
        <source>Pixels outside the image count as 0 (black), as in CNN libraries: a blur darkens the edges.  0 0 | a b c d | 0 0</source>
        <translation>Los píxeles fuera de la imagen cuentan como 0 (negro), como en las bibliotecas de CNN: un desenfoque oscurece los bordes.  0 0 | a b c d | 0 0</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicar</translation>
    </message>
    <message>
        <source>The edge pixel is repeated outwards.  a a | a b c d | d d</source>
        <translation>El píxel del borde se repite hacia fuera.  a a | a b c d | d d</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflejar</translation>
    </message>
    <message>
        <source>The image is mirrored at its edge, the edge pixel not repeated (OpenCV&apos;s default).  c b | a b c d | c b</source>
        <translation>La imagen se refleja en su borde, sin repetir el píxel del borde (lo predeterminado en OpenCV).  c b | a b c d | c b</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Envolver</translation>
    </message>
    <message>
        <source>The image repeats like a tile: the left edge sees the right one.  c d | a b c d | a b</source>
        <translation>La imagen se repite como un azulejo: el borde izquierdo ve el derecho.  c d | a b c d | a b</translation>
    </message>
    <message>
        <source>What the kernel sees past the edge of the image</source>
        <translation>Lo que ve el kernel más allá del borde de la imagen</translation>
    </message>
    <message>
        <source>&amp;Divisor</source>
        <translation>&amp;Divisor</translation>
    </message>
    <message>
        <source>&amp;Offset</source>
        <translation>Despla&amp;zamiento</translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation>&amp;Borde</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Random whole numbers from −5 to 5, like the untrained filters of a CNN (the channel shown)</source>
        <translation>Enteros al azar de −5 a 5, como los filtros sin entrenar de una CNN (el canal mostrado)</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Trasponer</translation>
    </message>
    <message>
        <source>Rows become columns: Sobel x turns into Sobel y</source>
        <translation>Las filas pasan a ser columnas: Sobel x se convierte en Sobel y</translation>
    </message>
    <message>
        <source>Flip 180°</source>
        <translation>Girar 180°</translation>
    </message>
    <message>
        <source>Turn the kernel half around. Sliding the flipped kernel is convolution in the mathematical sense; sliding it as written is cross-correlation, what CNNs compute.</source>
        <translation>Gira el kernel media vuelta. Deslizar el kernel girado es la convolución en sentido matemático; deslizarlo tal como está escrito es la correlación cruzada, lo que calculan las CNN.</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Negar</translation>
    </message>
    <message>
        <source>Every value times −1 (the channel shown)</source>
        <translation>Cada valor por −1 (el canal mostrado)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Every value 0 and the divisor 1 (the channel shown)</source>
        <translation>Todos los valores a 0 y el divisor a 1 (el canal mostrado)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Load a kernel from a .kernel.json or CSV file</source>
        <translation>Carga un kernel desde un archivo .kernel.json o CSV</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the kernel as .kernel.json (values, divisor, offset) or CSV (the weights)</source>
        <translation>Guarda el kernel como .kernel.json (valores, divisor, desplazamiento) o CSV (los pesos)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Propio: %1</translation>
    </message>
    <message>
        <source>A kernel of your own. Each output pixel is the sum of the pixels under the kernel, each times the number in its cell, divided by the divisor, plus the offset.</source>
        <translation>Un kernel propio. Cada píxel de salida es la suma de los píxeles bajo el kernel, cada uno por el número de su celda, dividida entre el divisor, más el desplazamiento.</translation>
    </message>
    <message>
        <source>: brightness kept</source>
        <translation>: se conserva el brillo</translation>
    </message>
    <message>
        <source>: flat areas become 0</source>
        <translation>: las zonas planas dan 0</translation>
    </message>
    <message>
        <source>Σ values %1 ÷ %2 = %3%4</source>
        <translation>Σ valores %1 ÷ %2 = %3%4</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Predefinido %1</translation>
    </message>
    <message>
        <source>This kernel cannot be used: %1.</source>
        <translation>Este kernel no se puede usar: %1.</translation>
    </message>
    <message>
        <source>Set kernel</source>
        <translation>Poner kernel</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>Set cell (%1, %2) to %3</source>
        <translation>Poner la celda (%1, %2) a %3</translation>
    </message>
    <message>
        <source>Scroll cell (%1, %2)</source>
        <translation>Rueda en la celda (%1, %2)</translation>
    </message>
    <message>
        <source>Resize to %1×%2</source>
        <translation>Redimensionar a %1×%2</translation>
    </message>
    <message>
        <source>The divisor cannot be 0: nothing can be divided by 0.</source>
        <translation>El divisor no puede ser 0: nada se puede dividir entre 0.</translation>
    </message>
    <message>
        <source>Divisor %1</source>
        <translation>Divisor %1</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Desplazamiento %1</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Modo de borde</translation>
    </message>
    <message>
        <source>One kernel for all channels</source>
        <translation>Un kernel para todos los canales</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <source>ConvSight writes kernels as .kernel.json or .csv</source>
        <translation>ConvSight escribe los kernels como .kernel.json o .csv</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved the %1 channel&apos;s kernel to %2.</source>
        <translation>Kernel del canal %1 guardado en %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Open a kernel</source>
        <translation>Abrir un kernel</translation>
    </message>
    <message>
        <source>Kernels (*.kernel.json *.json *.csv);;All files (*)</source>
        <translation>Kernels (*.kernel.json *.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the kernel</source>
        <translation>Guardar el kernel</translation>
    </message>
    <message>
        <source>Kernel (*.kernel.json);;CSV, the weights only (*.csv)</source>
        <translation>Kernel (*.kernel.json);;CSV, solo los pesos (*.csv)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelGrid</name>
    <message>
        <source>Type a number to change the selected cell; Tab and the arrow keys move, Enter commits. The scroll wheel adds or subtracts 1 (0.1 with Shift). The cell with the dotted frame is the anchor: the output pixel sits under it.</source>
        <translation>Escribe un número para cambiar la celda seleccionada; Tab y las flechas se mueven, Intro confirma. La rueda suma o resta 1 (0.1 con Mayús). La celda con marco punteado es el ancla: el píxel de salida está debajo de ella.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a value such as 2, −1 or 0.25.</source>
        <translation>«%1» no es un número. Escribe un valor como 2, −1 o 0.25.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelQuiz</name>
    <message>
        <source>Which kernel?</source>
        <translation>¿Qué kernel?</translation>
    </message>
    <message>
        <source>Predict, then reveal: the kernel is hidden, the output shown; which of four kernels made it?</source>
        <translation>Predice y luego descubre: el kernel está oculto y la salida a la vista; ¿cuál de los cuatro kernels la produjo?</translation>
    </message>
    <message>
        <source>Which kernel made this output?</source>
        <translation>¿Qué kernel produjo esta salida?</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ProbabilityBars</name>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>Aún no hay predicción</translation>
    </message>
    <message>
        <source>prediction: %1 (%2)</source>
        <translation>predicción: %1 (%2)</translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation>verdadera: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ShiftComparison</name>
    <message>
        <source>An MLP gives every pixel its own weights; a CNN slides the same small filters over the whole picture. Train both with about as many parameters, then move the test images to the right pixel by pixel: is the network translationally invariant, f(T(x)) = f(x)?</source>
        <translation>Un MLP da a cada píxel sus propios pesos; una CNN desliza los mismos filtros pequeños por toda la imagen. Entrena las dos con más o menos los mismos parámetros y luego mueve las imágenes de prueba a la derecha píxel a píxel: ¿es la red invariante a la traslación, f(T(x)) = f(x)?</translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on the current data set.</source>
        <translation>Pulsa &quot;Entrenar ambas&quot; para entrenar un MLP y la CNN con el conjunto de datos actual.</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>Entrenar ambas</translation>
    </message>
    <message>
        <source>Train the MLP and the Train workspace&apos;s CNN on the current data set, then measure them on shifted test images</source>
        <translation>Entrena el MLP y la CNN del espacio de trabajo Entrenar con el conjunto de datos actual, y luego los mide con imágenes de prueba desplazadas</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source>How many epochs each of the two networks trains</source>
        <translation>Cuántas épocas entrena cada una de las dos redes</translation>
    </message>
    <message>
        <source> epoch</source>
        <translation> época</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop training or measuring the two networks</source>
        <translation>Deja de entrenar o de medir las dos redes</translation>
    </message>
    <message>
        <source>How far the test images move right, in pixels, at most</source>
        <translation>Cuánto se mueven como máximo las imágenes de prueba a la derecha, en píxeles</translation>
    </message>
    <message>
        <source>up to 8 px</source>
        <translation>hasta 8 px</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Run both models on the test set shifted by 0 to the largest shift</source>
        <translation>Ejecuta los dos modelos sobre el conjunto de prueba desplazado de 0 al desplazamiento máximo</translation>
    </message>
    <message>
        <source>up to %1 px</source>
        <translation>hasta %1 px</translation>
    </message>
    <message>
        <source>Largest shift:</source>
        <translation>Desplazamiento máximo:</translation>
    </message>
    <message>
        <source>Test accuracy as the images move right</source>
        <translation>Exactitud de prueba al mover las imágenes a la derecha</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>shift to the right (pixels)</source>
        <translation>desplazamiento a la derecha (píxeles)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitud (%)</translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on %1.</source>
        <translation>Pulsa &quot;Entrenar ambas&quot; para entrenar un MLP y la CNN con %1.</translation>
    </message>
    <message>
        <source>a data set</source>
        <translation>un conjunto de datos</translation>
    </message>
    <message>
        <source>%1 and %2 are ready: press &quot;Measure&quot;.</source>
        <translation>%1 y %2 están listos: pulsa &quot;Medir&quot;.</translation>
    </message>
    <message>
        <source>There is no data set to train on yet: choose one in the Train workspace.</source>
        <translation>Aún no hay ningún conjunto de datos con el que entrenar: elige uno en el espacio de trabajo Entrenar.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Entrenamiento cancelado.</translation>
    </message>
    <message>
        <source>The study runs when training is done.</source>
        <translation>El estudio se ejecuta cuando termina el entrenamiento.</translation>
    </message>
    <message>
        <source>Train both models first (or give trained ones).</source>
        <translation>Entrena primero los dos modelos (o da modelos entrenados).</translation>
    </message>
    <message>
        <source>The study failed: %1</source>
        <translation>El estudio falló: %1</translation>
    </message>
    <message>
        <source>Measured on %1 test images, shifted 0 to %2 px right.</source>
        <translation>Medido con %1 imágenes de prueba, desplazadas de 0 a %2 px a la derecha.</translation>
    </message>
    <message>
        <source>Study cancelled.</source>
        <translation>Estudio cancelado.</translation>
    </message>
    <message>
        <source>Running both models on the shifted test images… %1 %</source>
        <translation>Ejecutando los dos modelos con las imágenes de prueba desplazadas… %1 %</translation>
    </message>
    <message>
        <source>Training the %1 for %2… %3 %</source>
        <translation>Entrenando %1 durante %2… %3 %</translation>
    </message>
    <message>
        <source>MLP · %1 parameters</source>
        <translation>MLP · %1 parámetros</translation>
    </message>
    <message>
        <source>CNN (%1) · %2 parameters</source>
        <translation>CNN (%1) · %2 parámetros</translation>
    </message>
    <message>
        <source>Move the slider to shift the test images and see whose accuracy holds.</source>
        <translation>Mueve el control deslizante para desplazar las imágenes de prueba y ver qué exactitud aguanta.</translation>
    </message>
    <message>
        <source>Moved %1 px right, the &lt;b style=&apos;color:%2&apos;&gt;MLP&lt;/b&gt; goes from %3 to %4 and the &lt;b style=&apos;color:%5&apos;&gt;CNN&lt;/b&gt; from %6 to %7. </source>
        <translation>Con %1 px a la derecha, el &lt;b style=&apos;color:%2&apos;&gt;MLP&lt;/b&gt; pasa de %3 a %4 y la &lt;b style=&apos;color:%5&apos;&gt;CNN&lt;/b&gt; de %6 a %7. </translation>
    </message>
    <message>
        <source>The MLP&apos;s accuracy falls as the picture moves: a different set of weights becomes relevant. The CNN&apos;s shared filters find the pattern wherever it is</source>
        <translation>La exactitud del MLP cae al moverse la imagen: pasa a importar otro conjunto de pesos. Los filtros compartidos de la CNN encuentran el patrón esté donde esté</translation>
    </message>
    <message>
        <source>, but its dense layers at the end still see where the features are, so larger shifts hurt it too.</source>
        <translation>, pero sus capas densas del final siguen viendo dónde están las características, así que los desplazamientos grandes también la perjudican.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Here the CNN loses more: its shared filters find a pattern anywhere, but its dense layers still see where the feature maps light up, and a few epochs may not have taught it to ignore that.</source>
        <translation>Aquí la CNN pierde más: sus filtros compartidos encuentran un patrón en cualquier sitio, pero sus capas densas siguen viendo dónde se iluminan los mapas de características, y unas pocas épocas quizá no le hayan enseñado a ignorarlo.</translation>
    </message>
    <message>
        <source>Both fall about as much: the dense layers at the end of this CNN see where the features are, as the MLP sees where the pixels are.</source>
        <translation>Las dos caen más o menos igual: las capas densas del final de esta CNN ven dónde están las características, como el MLP ve dónde están los píxeles.</translation>
    </message>
    <message>
        <source>Here both hold up about as well: the training images already show their objects at many positions, so the MLP has learnt from the data what the CNN&apos;s shared filters build in.</source>
        <translation>Aquí las dos aguantan más o menos igual: las imágenes de entrenamiento ya muestran sus objetos en muchas posiciones, así que el MLP ha aprendido de los datos lo que los filtros compartidos de la CNN traen de serie.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SketchPad</name>
    <message>
        <source>Draw here</source>
        <translation>Dibuja aquí</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep where drawn</source>
        <translation>Dejar donde se dibujó</translation>
    </message>
    <message>
        <source>Off: the drawing is centred as MNIST&apos;s digits were. On: it stays where you drew it, off-centre if you like</source>
        <translation>Desactivado: el dibujo se centra como los dígitos de MNIST. Activado: se queda donde lo dibujaste, descentrado si quieres</translation>
    </message>
    <message>
        <source>Left button draws,
right button erases.</source>
        <translation>Botón izquierdo dibuja,
botón derecho borra.</translation>
    </message>
    <message>
        <source>The model sees
(%1 × %2)</source>
        <translation>El modelo ve
(%1 × %2)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SpeedComparison</name>
    <message>
        <source>The lecture&apos;s figures for its model (a CNN on CIFAR-10):</source>
        <translation>Las cifras de la clase para su modelo (una CNN con CIFAR-10):</translation>
    </message>
    <message>
        <source>Press Start: this machine&apos;s examples per second appear here, on the same scale.</source>
        <translation>Pulsa Iniciar: los ejemplos por segundo de esta máquina aparecen aquí, en la misma escala.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepExercise</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Predict, then reveal: type the output&apos;s size, then each output value before the stage shows it</source>
        <translation>Predice y luego descubre: escribe el tamaño de la salida y luego cada valor de salida antes de que lo muestre el escenario</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the answer, then go on (Enter)</source>
        <translation>Comprueba la respuesta y sigue (Intro)</translation>
    </message>
    <message>
        <source>These settings give no output: nothing to ask about.</source>
        <translation>Estos ajustes no dan salida: no hay nada que preguntar.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Before the pass: the output&apos;s size, H×W?</source>
        <translation>Antes de la pasada: ¿tamaño de la salida, H×W?</translation>
    </message>
    <message>
        <source>e.g. 3×3</source>
        <translation>p. ej., 3×3</translation>
    </message>
    <message>
        <source>%1: what value goes here?</source>
        <translation>%1: ¿qué valor va aquí?</translation>
    </message>
    <message>
        <source>a number, e.g. −4</source>
        <translation>un número, p. ej., −4</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Type the height and the width, e.g. 3×3.</source>
        <translation>Escribe el alto y el ancho, p. ej., 3×3.</translation>
    </message>
    <message>
        <source>Type a number, e.g. −4 or 2.11.</source>
        <translation>Escribe un número, p. ej., −4 o 2.11.</translation>
    </message>
    <message>
        <source>The pass is done: %1.</source>
        <translation>La pasada ha terminado: %1.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepThroughWorkspace</name>
    <message>
        <source>&amp;Export Step Through</source>
        <translation>&amp;Exportar paso a paso</translation>
    </message>
    <message>
        <source>Current frame as &amp;PNG…</source>
        <translation>Fotograma actual como &amp;PNG…</translation>
    </message>
    <message>
        <source>Whole pass as animated &amp;GIF…</source>
        <translation>Pasada completa como &amp;GIF animado…</translation>
    </message>
    <message>
        <source>Whole pass as &amp;MP4 video…</source>
        <translation>Pasada completa como vídeo &amp;MP4…</translation>
    </message>
    <message>
        <source>The kernel that slides over the input</source>
        <translation>El kernel que se desliza sobre la entrada</translation>
    </message>
    <message>
        <source>Custom (edited)</source>
        <translation>Propio (editado)</translation>
    </message>
    <message>
        <source>Kernel size F: the window is F×F cells</source>
        <translation>Tamaño del kernel F: la ventana es de F×F celdas</translation>
    </message>
    <message>
        <source>Input height H (rows)</source>
        <translation>Alto de la entrada H (filas)</translation>
    </message>
    <message>
        <source>Input width W (columns)</source>
        <translation>Ancho de la entrada W (columnas)</translation>
    </message>
    <message>
        <source>How many filters (kernels): each gives one feature map</source>
        <translation>Cuántos filtros (kernels): cada uno da un mapa de características</translation>
    </message>
    <message>
        <source>How many cells the window moves at each step</source>
        <translation>Cuántas celdas avanza la ventana en cada paso</translation>
    </message>
    <message>
        <source>Dilation: the kernel&apos;s taps are this many cells apart (1: side by side)</source>
        <translation>Dilatación: los coeficientes del kernel están a esta distancia en celdas (1: contiguos)</translation>
    </message>
    <message>
        <source>&amp;Flip kernel</source>
        <translation>&amp;Girar 180°</translation>
    </message>
    <message>
        <source>True convolution: the kernel turned by 180° before it slides. CNN libraries do not flip (they compute cross-correlation); for symmetric kernels both agree.</source>
        <translation>Convolución verdadera: el kernel girado 180° antes de deslizarse. Las bibliotecas de CNN no lo giran (calculan la correlación cruzada); con kernels simétricos ambas coinciden.</translation>
    </message>
    <message>
        <source>&amp;RGB input</source>
        <translation>Entrada RG&amp;B</translation>
    </message>
    <message>
        <source>Three channels (R, G, B): each filter has one kernel slice per channel, and their sums add up</source>
        <translation>Tres canales (R, G, B): cada filtro tiene una capa de kernel por canal, y sus sumas se suman</translation>
    </message>
    <message>
        <source>im2&amp;col</source>
        <translation>im2&amp;col</translation>
    </message>
    <message>
        <source>How a library computes it: every window unrolled into a row of a matrix, the whole convolution one matrix product</source>
        <translation>Cómo lo calcula una biblioteca: cada ventana desenrollada en una fila de una matriz, toda la convolución un solo producto de matrices</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>SAME</source>
        <translation>SAME</translation>
    </message>
    <message>
        <source>No padding: the window only visits places where it fits</source>
        <translation>Sin relleno: la ventana solo visita los sitios donde cabe</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explícito</translation>
    </message>
    <message>
        <source>Cells around the input so that output = input / stride</source>
        <translation>Celdas alrededor de la entrada para que salida = entrada / paso</translation>
    </message>
    <message>
        <source>P cells on every side, as in the lecture&apos;s &quot;Padding = 2&quot;</source>
        <translation>P celdas por cada lado, como en el &quot;Relleno = 2&quot; de la clase</translation>
    </message>
    <message>
        <source>Padding P: VALID adds no cells, so the output shrinks to (W − F) / S + 1; SAME adds cells around the input so that the output is W / S, rounded up; Explicit adds the P you choose: (W − F + 2P) / S + 1</source>
        <translation>Relleno P: VALID no añade celdas, así que la salida se reduce a (W − F) / S + 1; SAME añade celdas alrededor de la entrada para que la salida sea W / S, redondeado hacia arriba; Explícito añade el P que elijas: (W − F + 2P) / S + 1</translation>
    </message>
    <message>
        <source>P: cells of padding on every side (Explicit padding). P ≥ F is allowed, as in PyTorch and TensorFlow, with a warning: outputs that see only padding are wasted.</source>
        <translation>P: celdas de relleno por cada lado (relleno explícito). Se permite P ≥ F, como en PyTorch y TensorFlow, con un aviso: las salidas que solo ven relleno se desperdician.</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>replicar</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>reflejar</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>envolver</translation>
    </message>
    <message>
        <source>What the padding cells hold: zeros (as CNNs do), the edge pixel repeated, the image mirrored, or the image repeated</source>
        <translation>Qué contienen las celdas de relleno: ceros (como hacen las CNN), el píxel del borde repetido, la imagen reflejada o la imagen repetida</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Pooling promedio</translation>
    </message>
    <message>
        <source>Gradient w.r.t. kernel</source>
        <translation>Gradiente (kernel)</translation>
    </message>
    <message>
        <source>Gradient w.r.t. input</source>
        <translation>Gradiente (entrada)</translation>
    </message>
    <message>
        <source>Pooling slides the same window without a kernel; the gradients show where training&apos;s numbers come from</source>
        <translation>El pooling desliza la misma ventana sin kernel; los gradientes muestran de dónde salen los números del entrenamiento</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Fill the input with random integers 0…9</source>
        <translation>Rellena la entrada con enteros al azar 0…9</translation>
    </message>
    <message>
        <source>From image…</source>
        <translation>De una imagen…</translation>
    </message>
    <message>
        <source>Cut the input from a photo: shrunk to H×W, values 0…255</source>
        <translation>Recorta la entrada de una foto: reducida a H×W, valores 0…255</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the frame as PNG, or the whole pass as a GIF or an MP4</source>
        <translation>Guarda el fotograma como PNG, o la pasada completa como GIF o MP4</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>&amp;Kernel</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Input H</source>
        <translation>&amp;Entrada H</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Filt&amp;ers</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation>&amp;Relleno</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation>&amp;Borde</translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation>&amp;Dilatación</translation>
    </message>
    <message>
        <source>Every position of the window: drag to scrub back and forth</source>
        <translation>Cada posición de la ventana: arrastra para avanzar y retroceder</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Velocidad de la animación</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the first position (Home)</source>
        <translation>Vuelve a la primera posición (Inicio)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>To the last position (End)</source>
        <translation>A la última posición (Fin)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>One step back (Left arrow or Page Up)</source>
        <translation>Un paso atrás (flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause the sliding window (Space)</source>
        <translation>Reproduce o pausa la ventana deslizante (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>One step forward (Right arrow or Page Down)</source>
        <translation>Un paso adelante (flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Keep this window outlined while the others play (P); right-click an output cell to pin its window</source>
        <translation>Mantiene esta ventana recuadrada mientras se reproducen las demás (P); clic derecho en una celda de salida para fijar su ventana</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <source>Kernel size %1×%1</source>
        <translation>Tamaño del kernel %1×%1</translation>
    </message>
    <message>
        <source>Input size %1×%2</source>
        <translation>Tamaño de la entrada %1×%2</translation>
    </message>
    <message>
        <source>Stride, padding, border, dilation or flip</source>
        <translation>Paso, relleno, borde, dilatación o giro</translation>
    </message>
    <message>
        <source>1 filter</source>
        <translation>1 filtro</translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 filtros</translation>
    </message>
    <message>
        <source>RGB input, %1</source>
        <translation>Entrada RGB, %1</translation>
    </message>
    <message>
        <source>Grey input, %1</source>
        <translation>Entrada gris, %1</translation>
    </message>
    <message>
        <source>Input (%1, %2) = %3</source>
        <translation>Entrada (%1, %2) = %3</translation>
    </message>
    <message>
        <source>Kernel (%1, %2) = %3</source>
        <translation>Kernel (%1, %2) = %3</translation>
    </message>
    <message>
        <source>Random input</source>
        <translation>Entrada al azar</translation>
    </message>
    <message>
        <source>Input from %1</source>
        <translation>Entrada de %1</translation>
    </message>
    <message>
        <source>Cut the input from an image</source>
        <translation>Recortar la entrada de una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>These settings give no output:
%1.</source>
        <translation>Estos ajustes no dan salida:
%1.</translation>
    </message>
    <message>
        <source>Output size: none — %1</source>
        <translation>Tamaño de salida: ninguno — %1</translation>
    </message>
    <message>
        <source>Output size:   %1      %2</source>
        <translation>Tamaño de salida:   %1      %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Tras el pooling</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window (ringed): the strongest response survives, its exact position is dropped.</source>
        <translation>El max pooling conserva el mayor valor de cada ventana (rodeado): sobrevive la respuesta más fuerte y se pierde su posición exacta.</translation>
    </message>
    <message>
        <source>Average pooling keeps the mean of each window: a box blur, then subsampling by the stride. Padding cells are not counted.</source>
        <translation>El pooling promedio conserva la media de cada ventana: un desenfoque de caja y luego un submuestreo según el paso. Las celdas de relleno no cuentan.</translation>
    </message>
    <message>
        <source>Input X (R)</source>
        <translation>Entrada X (R)</translation>
    </message>
    <message>
        <source>Input X</source>
        <translation>Entrada X</translation>
    </message>
    <message>
        <source>dL/dY</source>
        <translation>dL/dY</translation>
    </message>
    <message>
        <source>dL/dK</source>
        <translation>dL/dK</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>dL/dX</source>
        <translation>dL/dX</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Saved %1 frames to %2</source>
        <translation>%1 fotogramas guardados en %2</translation>
    </message>
    <message>
        <source>&amp;Lecture examples</source>
        <translation>Ejemplos de cl&amp;ase</translation>
    </message>
    <message>
        <source>%1  (lines %2)</source>
        <translation>%1  (líneas %2)</translation>
    </message>
    <message>
        <source>Lecture examples</source>
        <translation>Ejemplos de clase</translation>
    </message>
    <message>
        <source>The lecture&apos;s examples with the slides&apos; own numbers, one click each (undoable)</source>
        <translation>Los ejemplos de la clase con los números de las propias diapositivas, un clic cada uno (se puede deshacer)</translation>
    </message>
    <message>
        <source>Load input from CSV…</source>
        <translation>Cargar entrada desde CSV…</translation>
    </message>
    <message>
        <source>Load kernel from CSV…</source>
        <translation>Cargar kernel desde CSV…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Load the input or the kernel from a CSV file: one row per line, values separated by commas</source>
        <translation>Carga la entrada o el kernel desde un archivo CSV: una fila por línea, valores separados por comas</translation>
    </message>
    <message>
        <source>V(x, y): x the column, y the row, from 0 as in the lecture; V(1, 0) is row 1, column 2.</source>
        <translation>V(x, y): x la columna, y la fila, desde 0 como en la clase; V(1, 0) es la fila 1, columna 2.</translation>
    </message>
    <message>
        <source>Crossed-out cells: %1</source>
        <translation>Celdas tachadas: %1</translation>
    </message>
    <message>
        <source>Lecture example: %1</source>
        <translation>Ejemplo de la clase: %1</translation>
    </message>
    <message>
        <source>%1: a CSV file holds one grey channel; untick RGB input to load it as the input</source>
        <translation>%1: un archivo CSV contiene un canal gris; desmarca Entrada RGB para cargarlo como entrada</translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; the input can be 2×2 to %4×%4</source>
        <translation>%1: la matriz es de %2×%3; la entrada puede ser de 2×2 a %4×%4</translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; a kernel is square, 1×1 to %4×%4</source>
        <translation>%1: la matriz es de %2×%3; un kernel es cuadrado, de 1×1 a %4×%4</translation>
    </message>
    <message>
        <source>Kernel from %1</source>
        <translation>Kernel de %1</translation>
    </message>
    <message>
        <source>Load the kernel from CSV</source>
        <translation>Cargar el kernel desde CSV</translation>
    </message>
    <message>
        <source>Load the input from CSV</source>
        <translation>Cargar la entrada desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>step_through is not an object</source>
        <translation>step_through no es un objeto</translation>
    </message>
    <message>
        <source>step_through.%1 is missing</source>
        <translation>falta step_through.%1</translation>
    </message>
    <message>
        <source>step_through.mode is not text</source>
        <translation>step_through.mode no es texto</translation>
    </message>
    <message>
        <source>step_through.step is not a step number</source>
        <translation>step_through.step no es un número de paso</translation>
    </message>
    <message>
        <source>step_through.speed is not a speed of 1 to 10</source>
        <translation>step_through.speed no es una velocidad de 1 a 10</translation>
    </message>
    <message>
        <source>step_through.im2col is not true or false</source>
        <translation>step_through.im2col no es true ni false</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainWorkspace</name>
    <message>
        <source>Synthetic shapes</source>
        <translation>Formas sintéticas</translation>
    </message>
    <message>
        <source>28×28 grey images, 10 classes, made on the fly</source>
        <translation>Imágenes grises de 28×28, 10 clases, generadas al vuelo</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey photos of clothes, 10 classes</source>
        <translation>Fotos grises de ropa de 28×28, 10 clases</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>Dígitos MNIST</translation>
    </message>
    <message>
        <source>28×28 grey handwritten digits, 10 classes</source>
        <translation>Dígitos manuscritos grises de 28×28, 10 clases</translation>
    </message>
    <message>
        <source>CIFAR-10: choose its folder…</source>
        <translation>CIFAR-10: elige su carpeta…</translation>
    </message>
    <message>
        <source>32×32 colour photos, 10 classes</source>
        <translation>Fotos en color de 32×32, 10 clases</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <source>Your own images: one subfolder per class</source>
        <translation>Tus propias imágenes: una subcarpeta por clase</translation>
    </message>
    <message>
        <source>Training %1 on %2.</source>
        <translation>Entrenando %1 con %2.</translation>
    </message>
    <message>
        <source>The GPU failed in %1, so training stopped: %2</source>
        <translation>La GPU falló en %1, así que el entrenamiento se detuvo: %2</translation>
    </message>
    <message>
        <source>Fine-tune %1</source>
        <translation>Ajuste fino de %1</translation>
    </message>
    <message>
        <source>Loaded %1, without a data set of its own: look inside it in Inspect, or choose a data set and fine-tune it from its weights.</source>
        <translation>Cargado %1, sin conjunto de datos propio: míralo por dentro en Inspeccionar, o elige un conjunto de datos y haz un ajuste fino desde sus pesos.</translation>
    </message>
    <message>
        <source>Loaded %1, trained %2 on %3.</source>
        <translation>Cargado %1, entrenado %2 con %3.</translation>
    </message>
    <message>
        <source>Permute pixels</source>
        <translation>Permutar píxeles</translation>
    </message>
    <message>
        <source>Shuffle every image&apos;s pixels in one fixed order (drawn from the seed), training and test images alike</source>
        <translation>Baraja los píxeles de cada imagen en un orden fijo (sacado de la semilla), igual en las imágenes de entrenamiento y de prueba</translation>
    </message>
    <message>
        <source>One shuffle for every image: an MLP learns as well as before, a CNN does not.</source>
        <translation>Una misma mezcla para todas las imágenes: un MLP aprende igual de bien que antes, una CNN no.</translation>
    </message>
    <message>
        <source>Edit the network…</source>
        <translation>Editar la red…</translation>
    </message>
    <message>
        <source>Add, remove and change the network&apos;s layers</source>
        <translation>Añade, quita y cambia las capas de la red</translation>
    </message>
    <message>
        <source>1 · Data</source>
        <translation>1 · Datos</translation>
    </message>
    <message>
        <source>2 · Network</source>
        <translation>2 · Red</translation>
    </message>
    <message>
        <source>3 · Training</source>
        <translation>3 · Entrenamiento</translation>
    </message>
    <message>
        <source>Speed: examples per second</source>
        <translation>Velocidad: ejemplos por segundo</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Cosine (down to 0)</source>
        <translation>Coseno (hasta 0)</translation>
    </message>
    <message>
        <source>Step (× 0.1 every 10 epochs)</source>
        <translation>Escalón (× 0.1 / 10 épocas)</translation>
    </message>
    <message>
        <source>CPU — %1</source>
        <translation>CPU — %1</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <source>CUDA — %1</source>
        <translation>CUDA — %1</translation>
    </message>
    <message>
        <source>CUDA GPU (off: %1)</source>
        <translation>GPU CUDA (desactivada: %1)</translation>
    </message>
    <message>
        <source>Random (He initialisation)</source>
        <translation>Al azar (inicialización He)</translation>
    </message>
    <message>
        <source>Hand-made: identity, blurs, Sobel, edges…</source>
        <translation>A mano: identidad, desenfoque, Sobel…</translation>
    </message>
    <message>
        <source>The Filter workspace&apos;s kernel, then random</source>
        <translation>El kernel de Filtro, luego al azar</translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s starting weights. Start from hand-made kernels and watch each one drift, epoch by epoch, into what the data asks for.</source>
        <translation>Los pesos iniciales de la primera capa de convolución. Parte de kernels hechos a mano y mira cómo cada uno deriva, época a época, hacia lo que piden los datos.</translation>
    </message>
    <message>
        <source>How many times the training goes through the whole training set</source>
        <translation>Cuántas veces recorre el entrenamiento todo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>How many examples each step of the optimizer averages over</source>
        <translation>Sobre cuántos ejemplos promedia cada paso del optimizador</translation>
    </message>
    <message>
        <source>How the weights move against the gradient at each step</source>
        <translation>Cómo se mueven los pesos en contra del gradiente en cada paso</translation>
    </message>
    <message>
        <source>The step size η of each update</source>
        <translation>El tamaño de paso η de cada actualización</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Cómo cambia la tasa de aprendizaje de una época a otra</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same order of examples, so a run can be repeated</source>
        <translation>La misma semilla da los mismos pesos iniciales y el mismo orden de ejemplos, así que un entrenamiento se puede repetir</translation>
    </message>
    <message>
        <source>Where the training computes: the CPU or a CUDA GPU, same code path</source>
        <translation>Dónde calcula el entrenamiento: la CPU o una GPU CUDA, con el mismo código</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Tasa de aprendizaje η</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>GPU off: %1</source>
        <translation>GPU desactivada: %1</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filtros 1.ª capa</translation>
    </message>
    <message>
        <source>Fine-tune a loaded model</source>
        <translation>Ajustar un modelo cargado</translation>
    </message>
    <message>
        <source>Fine-tune: every layer whose shapes match the loaded model&apos;s starts from its weights (a new last layer starts fresh); tick Frozen in the network&apos;s table to keep a layer&apos;s weights as they are</source>
        <translation>Ajuste fino: cada capa cuyas formas coinciden con las del modelo cargado parte de sus pesos (una última capa nueva empieza de cero); marca Congelada en la tabla de la red para dejar los pesos de una capa como están</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>One batch</source>
        <translation>Un lote</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation>Modelos de ConvSight (*.csmodel)</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>Cargar modelo…</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Cargar modelo</translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation>Modelos (*.csmodel *.onnx)</translation>
    </message>
    <message>
        <source>Start training the network from its first epoch</source>
        <translation>Empieza a entrenar la red desde su primera época</translation>
    </message>
    <message>
        <source>Pause the training at the end of a batch, or resume it</source>
        <translation>Pausa el entrenamiento al final de un lote, o lo reanuda</translation>
    </message>
    <message>
        <source>While paused: train on one batch, then pause again</source>
        <translation>En pausa: entrena con un lote y vuelve a pausar</translation>
    </message>
    <message>
        <source>Stop the training; the network keeps what it has learned</source>
        <translation>Detiene el entrenamiento; la red conserva lo que ha aprendido</translation>
    </message>
    <message>
        <source>Save the trained network, its optimizer and its history</source>
        <translation>Guarda la red entrenada, su optimizador y su historial</translation>
    </message>
    <message>
        <source>Load a saved network to look at it or train it further</source>
        <translation>Carga una red guardada para mirarla o seguir entrenándola</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Every epoch&apos;s checkpoint: drag to see the network as it was then</source>
        <translation>El punto de control de cada época: arrastra para ver la red como era entonces</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s filters appear here when the training starts.</source>
        <translation>Los filtros de la primera capa de convolución aparecen aquí cuando empieza el entrenamiento.</translation>
    </message>
    <message>
        <source>The update rule</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Press Start to train the network on the data set.</source>
        <translation>Pulsa Iniciar para entrenar la red con el conjunto de datos.</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Mírala aprender</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Seguir en la CPU</translation>
    </message>
    <message>
        <source>Train on from the current weights on the CPU: slower, but no GPU needed</source>
        <translation>Sigue entrenando en la CPU desde los pesos actuales: más lento, pero sin necesidad de GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layers, %3 parameters, %4 FLOPs per example.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 capas, %3 parámetros, %4 FLOP por ejemplo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>The data set: %1</source>
        <translation>El conjunto de datos: %1</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test examples.</source>
        <translation>%1: %2 ejemplos de entrenamiento y %3 de prueba.</translation>
    </message>
    <message>
        <source>Training goes on on the CPU from the weights it had reached.</source>
        <translation>El entrenamiento sigue en la CPU desde los pesos a los que había llegado.</translation>
    </message>
    <message>
        <source>Choose a data set first.</source>
        <translation>Elige primero un conjunto de datos.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>▶  Resume</source>
        <translation>▶  Reanudar</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pausa</translation>
    </message>
    <message>
        <source>The network cannot change while it trains.</source>
        <translation>La red no puede cambiar mientras se entrena.</translation>
    </message>
    <message>
        <source> · %1 · test accuracy %2 %</source>
        <translation> · %1 · exactitud de prueba %2 %</translation>
    </message>
    <message>
        <source>%1 · epoch %2 of %3 · batch %4 of %5 · %6 examples/s · ETA %7</source>
        <translation>%1 · época %2 de %3 · lote %4 de %5 · %6 ejemplos/s · quedan %7</translation>
    </message>
    <message>
        <source>CUDA, %1</source>
        <translation>CUDA, %1</translation>
    </message>
    <message>
        <source>CPU, %1</source>
        <translation>CPU, %1</translation>
    </message>
    <message>
        <source>This machine (%1)</source>
        <translation>Esta máquina (%1)</translation>
    </message>
    <message>
        <source>Yours: %1 on %2; the lecture&apos;s: its CNN on CIFAR-10.</source>
        <translation>La tuya: %1 en %2; la de la clase: su CNN con CIFAR-10.</translation>
    </message>
    <message>
        <source>No filters to show: the model has no convolution layer yet.</source>
        <translation>No hay filtros que mostrar: el modelo aún no tiene capa de convolución.</translation>
    </message>
    <message>
        <source>batch %1 of epoch %2</source>
        <translation>lote %1 de la época %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 tras %2</translation>
    </message>
    <message>
        <source>no checkpoints yet</source>
        <translation>aún sin puntos de control</translation>
    </message>
    <message>
        <source>now (following the training)</source>
        <translation>ahora (en directo)</translation>
    </message>
    <message>
        <source>checkpoint: epoch %1 of %2</source>
        <translation>punto de control: época %1 de %2</translation>
    </message>
    <message>
        <source>train is not an object</source>
        <translation>train no es un objeto</translation>
    </message>
    <message>
        <source>train.%1 is missing or has the wrong type</source>
        <translation>falta train.%1 o tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>train.%1: %2 is outside %3…%4</source>
        <translation>train.%1: %2 está fuera de %3…%4</translation>
    </message>
    <message>
        <source>train.optimizer: &quot;%1&quot; is not adam or sgd</source>
        <translation>train.optimizer: &quot;%1&quot; no es adam ni sgd</translation>
    </message>
    <message>
        <source>train.schedule: &quot;%1&quot; is not constant, cosine or step</source>
        <translation>train.schedule: &quot;%1&quot; no es constant, cosine ni step</translation>
    </message>
    <message>
        <source>train.permute_pixels must be true or false</source>
        <translation>train.permute_pixels debe ser true o false</translation>
    </message>
    <message>
        <source>train.architecture: %1</source>
        <translation>train.architecture: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How much the smoothed line averages the noisy batch values: 0 follows every batch, 0.99 changes slowly</source>
        <translation>Cuánto promedia la línea suavizada los valores ruidosos de los lotes: 0 sigue cada lote, 0.99 cambia despacio</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <source>x: epochs · faint: every batch · points: each epoch</source>
        <translation>x: épocas · tenue: cada lote · puntos: cada época</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>x: epochs</source>
        <translation>x: épocas</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingSession</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Opening the data set…</source>
        <translation>Abriendo el conjunto de datos…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>There is no run that the GPU stopped.</source>
        <translation>No hay ningún entrenamiento detenido por la GPU.</translation>
    </message>
    <message>
        <source>The run cannot go on on the CPU: %1</source>
        <translation>El entrenamiento no puede seguir en la CPU: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the model: %1</source>
        <translation>No se puede crear una carpeta temporal para el modelo: %1</translation>
    </message>
    <message>
        <source>Cannot read the model back: %1</source>
        <translation>No se puede volver a leer el modelo: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of the model.</source>
        <translation>No se puede escribir una copia temporal del modelo.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>Stop the training before loading a model.</source>
        <translation>Detén el entrenamiento antes de cargar un modelo.</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one or load a model file.</source>
        <translation>Aún no hay ningún modelo que guardar: entrena uno o carga un archivo de modelo.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::UpdateRuleView</name>
    <message>
        <source>&lt;p&gt;The optimizer&apos;s update rule appears here with its numbers when training starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La regla de actualización del optimizador aparece aquí con sus números cuando empieza el entrenamiento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one weight or bias; every one is updated alike</source>
        <translation>un peso o sesgo; todos se actualizan igual</translation>
    </message>
    <message>
        <source>the gradient of this batch&apos;s loss with respect to θ (backpropagation)</source>
        <translation>el gradiente de la pérdida de este lote respecto a θ (retropropagación)</translation>
    </message>
    <message>
        <source>weight decay: pulls every weight a little towards 0</source>
        <translation>decaimiento de pesos: lleva cada peso un poco hacia 0</translation>
    </message>
    <message>
        <source>the learning rate now (the schedule sets it every epoch)</source>
        <translation>la tasa de aprendizaje actual (la programación la fija en cada época)</translation>
    </message>
    <message>
        <source>the first update, about to be made</source>
        <translation>la primera actualización, a punto de hacerse</translation>
    </message>
    <message>
        <source>the number of the latest update (updates made so far)</source>
        <translation>el número de la última actualización (actualizaciones hechas hasta ahora)</translation>
    </message>
    <message>
        <source>SGD, for every weight θ after every batch:</source>
        <translation>SGD, para cada peso θ tras cada lote:</translation>
    </message>
    <message>
        <source>SGD with momentum, for every weight θ after every batch:</source>
        <translation>SGD con momento, para cada peso θ tras cada lote:</translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, one per weight, starting at 0</source>
        <translation>la velocidad: una suma acumulada de los gradientes pasados, una por peso, que empieza en 0</translation>
    </message>
    <message>
        <source>momentum: how much of the last velocity is kept</source>
        <translation>momento: cuánto se conserva de la última velocidad</translation>
    </message>
    <message>
        <source>Adam, for every weight θ after every batch:</source>
        <translation>Adam, para cada peso θ tras cada lote:</translation>
    </message>
    <message>
        <source>moving averages of the gradient and of its square, one per weight, from 0</source>
        <translation>medias móviles del gradiente y de su cuadrado, una por peso, desde 0</translation>
    </message>
    <message>
        <source>m and v with their bias corrected</source>
        <translation>m y v con su sesgo corregido</translation>
    </message>
    <message>
        <source>how slowly m forgets old gradients</source>
        <translation>con qué lentitud olvida m los gradientes antiguos</translation>
    </message>
    <message>
        <source>the same for v</source>
        <translation>lo mismo para v</translation>
    </message>
    <message>
        <source>bias correction: m starts at 0, so early averages are scaled up</source>
        <translation>corrección del sesgo: m empieza en 0, así que las primeras medias se amplían</translation>
    </message>
    <message>
        <source>keeps the division safe where v′ is tiny</source>
        <translation>hace segura la división donde v′ es diminuto</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open image &apos;%1&apos;: %2</source>
        <translation>no se puede abrir la imagen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot read image &apos;%1&apos;: %2</source>
        <translation>no se puede leer la imagen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>no se puede decodificar la imagen &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>no se puede guardar &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is a DICOM file, a format ConvSight does not open</source>
        <translation>es un archivo DICOM, un formato que ConvSight no abre</translation>
    </message>
    <message>
        <source>it is not an image format OpenCV reads, or it is corrupt</source>
        <translation>no es un formato de imagen que lea OpenCV, o está dañado</translation>
    </message>
    <message>
        <source>the JPEG is corrupt</source>
        <translation>el JPEG está dañado</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
    <message>
        <source>OpenCV could not encode it</source>
        <translation>OpenCV no pudo codificarla</translation>
    </message>
    <message>
        <source>%1 (use an extension such as .png or .jpg)</source>
        <translation>%1 (usa una extensión como .png o .jpg)</translation>
    </message>
    <message>
        <source>it is %1 × %2 pixels, more than the 100 megapixels ConvSight opens (the limit is %3 pixels)</source>
        <translation>tiene %1 × %2 píxeles, más que los 100 megapíxeles que abre ConvSight (el límite es %3 píxeles)</translation>
    </message>
    <message>
        <source>cannot open video &apos;%1&apos;: %2</source>
        <translation>no se puede abrir el vídeo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot write video &apos;%1&apos;: %2</source>
        <translation>no se puede escribir el vídeo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot write GIF &apos;%1&apos;: %2</source>
        <translation>no se puede escribir el GIF &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot open GIF &apos;%1&apos;: %2</source>
        <translation>no se puede abrir el GIF &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot read GIF &apos;%1&apos;: %2</source>
        <translation>no se puede leer el GIF &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot open camera %1: %2</source>
        <translation>no se puede abrir la cámara %1: %2</translation>
    </message>
    <message>
        <source>it is not a video format OpenCV reads, or it is corrupt</source>
        <translation>no es un formato de vídeo que lea OpenCV, o está dañado</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>no tiene fotogramas</translation>
    </message>
    <message>
        <source>no frames were written</source>
        <translation>no se escribió ningún fotograma</translation>
    </message>
    <message>
        <source>this OpenCV build has no MP4 (&apos;mp4v&apos;) encoder, or the file cannot be created; export an animated GIF instead</source>
        <translation>esta compilación de OpenCV no tiene codificador MP4 (&apos;mp4v&apos;), o no se puede crear el archivo; exporta un GIF animado en su lugar</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: no se puede abrir el archivo (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed data is truncated or corrupt (zlib: %2)</source>
        <translation>%1: los datos comprimidos están truncados o dañados (zlib: %2)</translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file</source>
        <translation>%1: demasiado corto para ser un archivo IDX</translation>
    </message>
    <message>
        <source>%1: not an IDX file (it starts with %2, an IDX file of %3 starts with %4)</source>
        <translation>%1: no es un archivo IDX (empieza por %2; un archivo IDX de %3 empieza por %4)</translation>
    </message>
    <message>
        <source>%1: the file ends inside its header</source>
        <translation>%1: el archivo termina dentro de su cabecera</translation>
    </message>
    <message>
        <source>%1: the header describes no %2 (a dimension is 0)</source>
        <translation>%1: la cabecera no describe ningún %2 (una dimensión es 0)</translation>
    </message>
    <message>
        <source>%1: %2, but the file holds only %3 bytes after the header</source>
        <translation>%1: %2, pero el archivo solo contiene %3 bytes tras la cabecera</translation>
    </message>
    <message>
        <source>%1: %2, but the file holds more bytes after them: is the header right?</source>
        <translation>%1: %2, pero el archivo contiene más bytes después: ¿es correcta la cabecera?</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels: they must be the same count</source>
        <translation>%1 contiene %2 imágenes pero %3 contiene %4 etiquetas: debe haber el mismo número</translation>
    </message>
    <message>
        <source>%1: %2 needs the four IDX files; missing %3</source>
        <translation>%1: %2 necesita los cuatro archivos IDX; falta %3</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a whole number of CIFAR-10 records (3073 bytes each: a label and 32×32×3 pixels)</source>
        <translation>%1: %2 bytes no es un número entero de registros CIFAR-10 (3073 bytes cada uno: una etiqueta y 32×32×3 píxeles)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: no se puede leer el archivo (%2)</translation>
    </message>
    <message>
        <source>%1: holds no class names</source>
        <translation>%1: no contiene nombres de clase</translation>
    </message>
    <message>
        <source>cifar10 needs the folder of its binary batches: cifar10:DIR</source>
        <translation>cifar10 necesita la carpeta de sus lotes binarios: cifar10:DIR</translation>
    </message>
    <message>
        <source>%1: no such folder (cifar10:DIR names the folder of data_batch_1.bin … test_batch.bin)</source>
        <translation>%1: la carpeta no existe (cifar10:DIR nombra la carpeta de data_batch_1.bin … test_batch.bin)</translation>
    </message>
    <message>
        <source>%1: the folder holds neither IDX files (%2) nor CIFAR-10 batches (data_batch_1.bin … test_batch.bin)</source>
        <translation>%1: la carpeta no contiene ni archivos IDX (%2) ni lotes de CIFAR-10 (data_batch_1.bin … test_batch.bin)</translation>
    </message>
    <message>
        <source>unknown data set &apos;%1&apos;: choose %2</source>
        <translation>conjunto de datos desconocido &apos;%1&apos;: elige %2</translation>
    </message>
    <message>
        <source>%1: empty, where a number was expected</source>
        <translation>%1: vacío donde se esperaba un número</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 no es un número</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number (NaN and infinity cannot be convolved)</source>
        <translation>%1: %2 no es un número finito (NaN e infinito no se pueden convolucionar)</translation>
    </message>
    <message>
        <source>%1: line %2 has %3, line %4 has %5: every row needs the same number of values</source>
        <translation>%1: la línea %2 tiene %3 y la línea %4 tiene %5: todas las filas necesitan el mismo número de valores</translation>
    </message>
    <message>
        <source>%1: no numbers in it; a matrix needs at least one row</source>
        <translation>%1: no contiene números; una matriz necesita al menos una fila</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: no se pudo leer</translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation>%1: es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>%1: cannot be opened for reading</source>
        <translation>%1: no se puede abrir para leer</translation>
    </message>
    <message>
        <source>%1: no &quot;rows&quot;: the kernel&apos;s values are missing</source>
        <translation>%1: no hay &quot;rows&quot;: faltan los valores del kernel</translation>
    </message>
    <message>
        <source>%1: &quot;rows&quot; must be a list of rows, such as [[0, 1], [1, 0]]</source>
        <translation>%1: &quot;rows&quot; debe ser una lista de filas, como [[0, 1], [1, 0]]</translation>
    </message>
    <message>
        <source>%1: row %2 must be a list of numbers, such as [1, 2, 1]</source>
        <translation>%1: la fila %2 debe ser una lista de números, como [1, 2, 1]</translation>
    </message>
    <message>
        <source>%1: the divisor is 0, and nothing can be divided by 0</source>
        <translation>%1: el divisor es 0, y nada se puede dividir entre 0</translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: it is a folder, not a file</source>
        <translation>no se puede abrir el kernel &apos;%1&apos;: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: no such file, or not readable</source>
        <translation>no se puede abrir el kernel &apos;%1&apos;: el archivo no existe o no se puede leer</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: JSON no válido: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON no válido: %3</translation>
    </message>
    <message>
        <source>%1: the number %2 is too small (below the range of a double, it would read as 0)</source>
        <translation>%1: el número %2 es demasiado pequeño (por debajo del rango de un double, se leería como 0)</translation>
    </message>
    <message>
        <source>%1: %2 is too large (beyond the range of a double)</source>
        <translation>%1: %2 es demasiado grande (fuera del rango de un double)</translation>
    </message>
    <message>
        <source>%1: %2 is more than the limit of %3</source>
        <translation>%1: %2 supera el límite de %3</translation>
    </message>
    <message>
        <source>%1: is a folder, not a model file</source>
        <translation>%1: es una carpeta, no un archivo de modelo</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a model file</source>
        <translation>%1: el archivo está vacío, no es un archivo de modelo</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: truncated: only %2 bytes</source>
        <translation>%1: truncado: solo %2 bytes</translation>
    </message>
    <message>
        <source>%1: not a ConvSight model file (a ConvSight model file starts with &quot;CSMODEL&quot;)</source>
        <translation>%1: no es un archivo de modelo de ConvSight (un archivo de modelo de ConvSight empieza por &quot;CSMODEL&quot;)</translation>
    </message>
    <message>
        <source>%1: written by a newer ConvSight: format %2, this build reads %3</source>
        <translation>%1: escrito por un ConvSight más reciente: formato %2, esta compilación lee el %3</translation>
    </message>
    <message>
        <source>%1: corrupted: checksum mismatch (the file changed after it was written)</source>
        <translation>%1: dañado: la suma de comprobación no coincide (el archivo cambió después de escribirse)</translation>
    </message>
    <message>
        <source>%1: corrupted: %2</source>
        <translation>%1: dañado: %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not an architecture file</source>
        <translation>%1: es una carpeta, no un archivo de arquitectura</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: an architecture needs at least one layer</source>
        <translation>%1: una arquitectura necesita al menos una capa</translation>
    </message>
    <message>
        <source>the architecture&apos;s &apos;name&apos; must be a non-empty string</source>
        <translation>el &apos;name&apos; de la arquitectura debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>the architecture has an unknown entry &apos;%1&apos; (it takes &apos;name&apos;, &apos;input&apos; and &apos;layers&apos;)</source>
        <translation>la arquitectura tiene una entrada desconocida &apos;%1&apos; (acepta &apos;name&apos;, &apos;input&apos; y &apos;layers&apos;)</translation>
    </message>
    <message>
        <source>Conv2d: the stride must be at least 1</source>
        <translation>Conv2d: el paso debe ser al menos 1</translation>
    </message>
    <message>
        <source>training needs both a training and a test set</source>
        <translation>el entrenamiento necesita un conjunto de entrenamiento y uno de prueba</translation>
    </message>
    <message>
        <source>the model file holds no optimizer state, so its training cannot be resumed; start a new run from it instead</source>
        <translation>el archivo de modelo no contiene el estado del optimizador, así que su entrenamiento no se puede reanudar; empieza en su lugar un entrenamiento nuevo a partir de él</translation>
    </message>
    <message>
        <source>the checkpoint has already trained %1 epochs of the %2 asked for; ask for more epochs to continue</source>
        <translation>el punto de control ya ha entrenado %1 de las %2 épocas pedidas; pide más épocas para continuar</translation>
    </message>
    <message>
        <source>trainer: all %1 epochs are done</source>
        <translation>entrenador: las %1 épocas están hechas</translation>
    </message>
    <message>
        <source>trainer: pause or stop the training before saving it</source>
        <translation>entrenador: pausa o detén el entrenamiento antes de guardarlo</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>AvgPool2d: 2×2</source>
        <translation>AvgPool2d: 2×2</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>Contar relleno</translation>
    </message>
    <message>
        <source>Conv2d: 16 filters 3×3, SAME</source>
        <translation>Conv2d: 16 filtros 3×3, SAME</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del kernel</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatación</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>MaxPool2d: 2×2</source>
        <translation>MaxPool2d: 2×2</translation>
    </message>
    <message>
        <source>Dense: 64 units</source>
        <translation>Dense: 64 unidades</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>LocallyConnected2d: 8 filters 3×3, VALID</source>
        <translation>LocallyConnected2d: 8 filtros 3×3, VALID</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Tamaño de la ventana</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>LeakyReLU: slope 0.01</source>
        <translation>LeakyReLU: pendiente 0.01</translation>
    </message>
    <message>
        <source>Slope α for x &lt; 0</source>
        <translation>Pendiente α para x &lt; 0</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Dropout: p 0.25</source>
        <translation>Dropout: p 0.25</translation>
    </message>
    <message>
        <source>Drop probability p</source>
        <translation>Probabilidad de descarte p</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Pad: 1 pixel, zeros</source>
        <translation>Pad: 1 píxel, ceros</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>LogSoftmax</source>
        <translation>LogSoftmax</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Copies each pixel unchanged: only the centre weight is 1. A good start for seeing how stride and padding alone change the output.</source>
        <translation>Copia cada píxel sin cambios: solo el peso central vale 1. Un buen comienzo para ver cómo cambian la salida el paso y el relleno por sí solos.</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Desenfoque de caja</translation>
    </message>
    <message>
        <source>Replaces each pixel by the average of its 3×3 neighbourhood. The weights sum to 1, so flat areas keep their brightness while noise and fine detail are smoothed away.</source>
        <translation>Sustituye cada píxel por la media de su vecindario de 3×3. Los pesos suman 1, así que las zonas planas conservan su brillo mientras el ruido y los detalles finos se suavizan.</translation>
    </message>
    <message>
        <source>Gaussian blur 3×3</source>
        <translation>Desenfoque gaussiano 3×3</translation>
    </message>
    <message>
        <source>A weighted average that trusts the centre most, falling off like a bell curve. It blurs more naturally than the box blur, without its blocky artefacts; the weights sum to 1.</source>
        <translation>Una media ponderada que confía sobre todo en el centro y decae como una campana. Desenfoca de forma más natural que el desenfoque de caja, sin sus artefactos en bloques; los pesos suman 1.</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation>Desenfoque gaussiano 5×5</translation>
    </message>
    <message>
        <source>A wider Gaussian (binomial weights 1 4 6 4 1 in each direction): a stronger, smooth blur. The weights sum to 1, so brightness is kept.</source>
        <translation>Una gaussiana más ancha (pesos binomiales 1 4 6 4 1 en cada dirección): un desenfoque más fuerte y suave. Los pesos suman 1, así que se conserva el brillo.</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Adds to each pixel its difference from its four neighbours (the identity plus the ridge kernel), so edges get more contrast. The weights sum to 1: flat areas stay the same.</source>
        <translation>Suma a cada píxel su diferencia con sus cuatro vecinos (la identidad más el kernel de crestas), así que los bordes ganan contraste. Los pesos suman 1: las zonas planas no cambian.</translation>
    </message>
    <message>
        <source>Edge detection (8-neighbour)</source>
        <translation>Bordes (8 vecinos)</translation>
    </message>
    <message>
        <source>The lecture&apos;s edge kernel: the centre minus its eight neighbours. The weights sum to 0, so flat areas become 0 and only places where the brightness changes light up.</source>
        <translation>El kernel de bordes de la clase: el centro menos sus ocho vecinos. Los pesos suman 0, así que las zonas planas dan 0 y solo se iluminan los sitios donde cambia el brillo.</translation>
    </message>
    <message>
        <source>Ridge detection (4-neighbour)</source>
        <translation>Crestas (4 vecinos)</translation>
    </message>
    <message>
        <source>The centre minus its four direct neighbours (a discrete Laplacian). It responds to thin lines and edges in every direction; flat areas give 0 because the weights sum to 0.</source>
        <translation>El centro menos sus cuatro vecinos directos (un laplaciano discreto). Responde a líneas finas y bordes en cualquier dirección; las zonas planas dan 0 porque los pesos suman 0.</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (borde vertical)</translation>
    </message>
    <message>
        <source>Right column minus left column, with the middle row counted twice: it measures how fast the brightness grows from left to right, so vertical edges light up. Weights sum to 0.</source>
        <translation>Columna derecha menos columna izquierda, con la fila central contada dos veces: mide lo rápido que crece el brillo de izquierda a derecha, así que se iluminan los bordes verticales. Los pesos suman 0.</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (borde horizontal)</translation>
    </message>
    <message>
        <source>Bottom row minus top row, the middle column counted twice: it measures how fast the brightness grows downwards, so horizontal edges light up. Weights sum to 0.</source>
        <translation>Fila de abajo menos fila de arriba, con la columna central contada dos veces: mide lo rápido que crece el brillo hacia abajo, así que se iluminan los bordes horizontales. Los pesos suman 0.</translation>
    </message>
    <message>
        <source>Prewitt x (vertical edges)</source>
        <translation>Prewitt x (borde vertical)</translation>
    </message>
    <message>
        <source>Like Sobel x but with equal weights: right column minus left column. Simpler, a little more sensitive to noise. Weights sum to 0.</source>
        <translation>Como Sobel x pero con pesos iguales: columna derecha menos columna izquierda. Más simple, algo más sensible al ruido. Los pesos suman 0.</translation>
    </message>
    <message>
        <source>Prewitt y (horizontal edges)</source>
        <translation>Prewitt y (borde horizontal)</translation>
    </message>
    <message>
        <source>Like Sobel y but with equal weights: bottom row minus top row. Weights sum to 0.</source>
        <translation>Como Sobel y pero con pesos iguales: fila de abajo menos fila de arriba. Los pesos suman 0.</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Relieve</translation>
    </message>
    <message>
        <source>Differences along the diagonal, plus the pixel itself: edges facing one way get brighter and the other way darker, so the image looks pressed into metal. Weights sum to 1.</source>
        <translation>Diferencias a lo largo de la diagonal, más el propio píxel: los bordes orientados hacia un lado se aclaran y los del otro se oscurecen, así que la imagen parece grabada en metal. Los pesos suman 1.</translation>
    </message>
    <message>
        <source>Horizontal edge (lecture)</source>
        <translation>Borde horizontal (clase)</translation>
    </message>
    <message>
        <source>The lecture&apos;s kernel: the row above minus the row below. It is large where the image is brighter above than below, i.e. on horizontal edges; weights sum to 0.</source>
        <translation>El kernel de la clase: la fila de arriba menos la de abajo. Es grande donde la imagen es más clara arriba que abajo, es decir, en los bordes horizontales; los pesos suman 0.</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>Desenfoque de movimiento</translation>
    </message>
    <message>
        <source>Averages five pixels along a diagonal line, as if the camera moved during the exposure. The blur has a direction; the weights sum to 1.</source>
        <translation>Promedia cinco píxeles a lo largo de una diagonal, como si la cámara se hubiera movido durante la exposición. El desenfoque tiene una dirección; los pesos suman 1.</translation>
    </message>
    <message>
        <source>Unsharp mask 5×5</source>
        <translation>Máscara de enfoque 5×5</translation>
    </message>
    <message>
        <source>Twice the image minus its 5×5 Gaussian blur (−1/256 × the Gaussian with −476 in the centre): the detail the blur removes is added back, sharpening without the noise of the 3×3 kernel. Weights sum to 1.</source>
        <translation>El doble de la imagen menos su desenfoque gaussiano de 5×5 (−1/256 × la gaussiana con −476 en el centro): el detalle que quita el desenfoque se vuelve a añadir, y se enfoca sin el ruido del kernel de 3×3. Los pesos suman 1.</translation>
    </message>
    <message>
        <source>The 4×4 worked example</source>
        <translation>El ejemplo resuelto de 4×4</translation>
    </message>
    <message>
        <source>Slides: line 877 prints the bottom row 3, −8 (exact); lines 1413, 1514–1515 print 2, −9.</source>
        <translation>Diapositivas: la línea 877 pone la fila de abajo 3, −8 (exacto); las líneas 1413 y 1514–1515 ponen 2, −9.</translation>
    </message>
    <message>
        <source>VALID padding in TensorFlow</source>
        <translation>Relleno VALID en TensorFlow</translation>
    </message>
    <message>
        <source>Padding = 2</source>
        <translation>Relleno = 2</translation>
    </message>
    <message>
        <source>The curve detector (sum 6600)</source>
        <translation>El detector de curvas (suma 6600)</translation>
    </message>
    <message>
        <source>Fully connected: the sum of three pixels</source>
        <translation>Totalmente conectada: la suma de tres píxeles</translation>
    </message>
    <message>
        <source>The slide prints 1.38 and 0.4; exact: 0.6·0.8 + 0.1·0.4 + 0.9·1 = 1.42, and 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28 one column on.</source>
        <translation>La diapositiva pone 1.38 y 0.4; exacto: 0.6·0.8 + 0.1·0.4 + 0.9·1 = 1.42, y 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28 una columna más allá.</translation>
    </message>
    <message>
        <source>No camera found: this machine has no video device (/dev/video*)</source>
        <translation>No se encontró ninguna cámara: esta máquina no tiene dispositivo de vídeo (/dev/video*)</translation>
    </message>
    <message>
        <source>no CUDA-capable GPU was found</source>
        <translation>no se encontró ninguna GPU compatible con CUDA</translation>
    </message>
    <message>
        <source>this build has no CUDA backend (configured without CUDA, or nvcc was not found)</source>
        <translation>esta compilación no tiene backend CUDA (configurada sin CUDA, o no se encontró nvcc)</translation>
    </message>
    <message>
        <source>CUDA is not available: %1</source>
        <translation>CUDA no está disponible: %1</translation>
    </message>
    <message>
        <source>Every input pixel is under the filter at some step.</source>
        <translation>Cada píxel de entrada queda bajo el filtro en algún paso.</translation>
    </message>
    <message>
        <source>With %1, the filter never reaches %2 of the input (counting from 1): those pixels have no effect on the output.</source>
        <translation>Con %1, el filtro nunca llega a %2 de la entrada (contando desde 1): esos píxeles no influyen en la salida.</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>stride %1 and dilation %2</source>
        <translation>paso %1 y dilatación %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>la fila %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>las filas %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>la columna %1</translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation>las columnas %1</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>avión</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>automóvil</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <source>deer</source>
        <translation>ciervo</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>rana</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>caballo</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>barco</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>camión</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>Camiseta/top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalón</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Vestido</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandalia</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Camisa</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Zapatilla</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bolso</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Botín</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triángulo</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>cruz</translation>
    </message>
    <message>
        <source>horizontal line</source>
        <translation>línea horizontal</translation>
    </message>
    <message>
        <source>vertical line</source>
        <translation>línea vertical</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>anillo</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>marco</translation>
    </message>
    <message>
        <source>diagonal line</source>
        <translation>línea diagonal</translation>
    </message>
    <message>
        <source>diagonal cross</source>
        <translation>aspa</translation>
    </message>
    <message>
        <source>%1: is a folder, not an ONNX model</source>
        <translation>%1: es una carpeta, no un modelo ONNX</translation>
    </message>
    <message>
        <source>%1: the file is empty, not an ONNX model</source>
        <translation>%1: el archivo está vacío, no es un modelo ONNX</translation>
    </message>
    <message>
        <source>%1: the file is larger than 2 GB; ONNX keeps weights that large in external data files</source>
        <translation>%1: el archivo supera los 2 GB; ONNX guarda unos pesos tan grandes en archivos de datos externos</translation>
    </message>
    <message>
        <source>%1: not an ONNX model: the protobuf data is truncated or corrupted</source>
        <translation>%1: no es un modelo ONNX: los datos protobuf están truncados o dañados</translation>
    </message>
    <message>
        <source>%1: not an ONNX model: it has no graph (or a graph without nodes)</source>
        <translation>%1: no es un modelo ONNX: no tiene grafo (o tiene un grafo sin nodos)</translation>
    </message>
    <message>
        <source>%1: not an ONNX model, or one too old: IR version %2 (ConvSight reads IR version 3 and later)</source>
        <translation>%1: no es un modelo ONNX, o es demasiado antiguo: versión IR %2 (ConvSight lee la versión IR 3 y posteriores)</translation>
    </message>
    <message>
        <source>%1: the model imports no opset of the standard ONNX operators</source>
        <translation>%1: el modelo no importa ningún opset de los operadores ONNX estándar</translation>
    </message>
    <message>
        <source>%1: opset %2 is outside what ConvSight reads (%3 to %4)</source>
        <translation>%1: el opset %2 está fuera de lo que lee ConvSight (de %3 a %4)</translation>
    </message>
    <message>
        <source>%1: the model has no layers</source>
        <translation>%1: el modelo no tiene capas</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <source>%1: an image folder needs one subfolder per class, and at least two classes; it has %2</source>
        <translation>%1: una carpeta de imágenes necesita una subcarpeta por clase, y al menos dos clases; tiene %2</translation>
    </message>
    <message>
        <source>%1: the class folder holds no images (.png, .jpg, …)</source>
        <translation>%1: la carpeta de la clase no contiene imágenes (.png, .jpg, …)</translation>
    </message>
    <message>
        <source>%1: %2 images, more than the limit of %3 examples</source>
        <translation>%1: %2 imágenes, más que el límite de %3 ejemplos</translation>
    </message>
    <message>
        <source>%1: %2 images are too few to split into train and test parts</source>
        <translation>%1: %2 imágenes son demasiado pocas para dividirlas en entrenamiento y prueba</translation>
    </message>
    <message>
        <source>%1: the folder holds no IDX files, no CIFAR-10 batches and no subfolders of images (one per class)</source>
        <translation>%1: la carpeta no contiene archivos IDX, ni lotes de CIFAR-10, ni subcarpetas de imágenes (una por clase)</translation>
    </message>
    <message>
        <source>training settings: %1</source>
        <translation>ajustes de entrenamiento: %1</translation>
    </message>
    <message>
        <source>the number of epochs must be between 1 and %1, not %2</source>
        <translation>el número de épocas debe estar entre 1 y %1, no %2</translation>
    </message>
    <message>
        <source>training settings: a shift of up to %1 pixels must be smaller than the %2×%3 images, or shifted images come out blank</source>
        <translation>ajustes de entrenamiento: un desplazamiento de hasta %1 píxeles debe ser menor que las imágenes de %2×%3, o las imágenes desplazadas salen en blanco</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; takes examples of shape %2, but %3 has examples of shape %4</source>
        <translation>el modelo &quot;%1&quot; toma ejemplos de forma %2, pero %3 tiene ejemplos de forma %4</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; gives outputs of shape %2, but %3 has %4 classes: its last layer needs one output per class</source>
        <translation>el modelo &quot;%1&quot; da salidas de forma %2, pero %3 tiene %4 clases: su última capa necesita una salida por clase</translation>
    </message>
    <message>
        <source>%1: explanations need an image input (C, H, W), and this model&apos;s input is %2</source>
        <translation>%1: las explicaciones necesitan una entrada de imagen (C, H, W), y la entrada de este modelo es %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1: there are no layers to explain</source>
        <translation>%1: no hay capas que explicar</translation>
    </message>
    <message>
        <source>%1: there is no example to explain</source>
        <translation>%1: no hay ningún ejemplo que explicar</translation>
    </message>
    <message>
        <source>%1: Grad-CAM needs a layer with feature maps (C, h, w), and %2 has none</source>
        <translation>%1: Grad-CAM necesita una capa con mapas de características (C, h, w), y %2 no tiene ninguna</translation>
    </message>
    <message>
        <source>the occlusion patch (%1 pixels) is larger than the image (%2)</source>
        <translation>el parche de oclusión (%1 píxeles) es mayor que la imagen (%2)</translation>
    </message>
    <message>
        <source>the occlusion fill value must be a finite number</source>
        <translation>el valor de relleno de la oclusión debe ser un número finito</translation>
    </message>
    <message>
        <source>%1: layer %2 has no feature maps to maximise</source>
        <translation>%1: la capa %2 no tiene mapas de características que maximizar</translation>
    </message>
    <message>
        <source>the input range needs a finite low below a finite high</source>
        <translation>el rango de entrada necesita un mínimo finito por debajo de un máximo finito</translation>
    </message>
    <message>
        <source>the step size is a fraction of the input range, above 0 and at most 1</source>
        <translation>el tamaño de paso es una fracción del rango de entrada, mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <source>the jitter must be from 0 to half the image&apos;s side, not %1</source>
        <translation>el desplazamiento aleatorio debe ir de 0 a la mitad del lado de la imagen, no %1</translation>
    </message>
    <message>
        <source>a lesson starts with a header between &quot;---&quot; lines (title, lines, workspace, state, example)</source>
        <translation>una lección empieza con una cabecera entre líneas &quot;---&quot; (title, lines, workspace, state, example)</translation>
    </message>
    <message>
        <source>the header has no closing &quot;---&quot; line</source>
        <translation>la cabecera no tiene la línea &quot;---&quot; de cierre</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot;</source>
        <translation>la cabecera no tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a header line is &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation>una línea de cabecera es &quot;clave: valor&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation>&quot;%1&quot; no tiene valor</translation>
    </message>
    <message>
        <source>a setup line is one line: &lt;!-- setup: state=FILE example=ID workspace=NAME --&gt;</source>
        <translation>una línea de preparación ocupa una línea: &lt;!-- setup: state=FILE example=ID workspace=NAME --&gt;</translation>
    </message>
    <message>
        <source>the setup line sets nothing (state=FILE, example=ID, workspace=NAME)</source>
        <translation>la línea de preparación no fija nada (state=FILE, example=ID, workspace=NAME)</translation>
    </message>
    <message>
        <source>the lesson has no step: each starts with a &quot;## &quot; heading</source>
        <translation>la lección no tiene pasos: cada uno empieza con un encabezado &quot;## &quot;</translation>
    </message>
    <message>
        <source>the lesson has no &quot;## Question&quot; section at its end</source>
        <translation>la lección no tiene una sección &quot;## Question&quot; al final</translation>
    </message>
    <message>
        <source>a step&apos;s heading has no title</source>
        <translation>el encabezado de un paso no tiene título</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no text</source>
        <translation>el paso &quot;%1&quot; no tiene texto</translation>
    </message>
    <message>
        <source>the question has no setup line; put it in a step</source>
        <translation>la pregunta no lleva línea de preparación; ponla en un paso</translation>
    </message>
    <message>
        <source>a choice after &quot;Answer:&quot;; the choices come first</source>
        <translation>una opción después de &quot;Answer:&quot;; las opciones van primero</translation>
    </message>
    <message>
        <source>a choice is written &quot;- [ ] wrong&quot; or &quot;- [x] right&quot;</source>
        <translation>una opción se escribe &quot;- [ ] incorrecta&quot; o &quot;- [x] correcta&quot;</translation>
    </message>
    <message>
        <source>the choice has no text</source>
        <translation>la opción no tiene texto</translation>
    </message>
    <message>
        <source>text between the choices and &quot;Answer:&quot;; a choice is one line</source>
        <translation>texto entre las opciones y &quot;Answer:&quot;; una opción ocupa una línea</translation>
    </message>
    <message>
        <source>the question has no text before its choices</source>
        <translation>la pregunta no tiene texto antes de sus opciones</translation>
    </message>
    <message>
        <source>the question needs at least two choices (&quot;- [ ] ...&quot;)</source>
        <translation>la pregunta necesita al menos dos opciones (&quot;- [ ] ...&quot;)</translation>
    </message>
</context>
</TS>
