<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppInfo</name>
    <message>
        <source>%1 · %2 cores · %3</source>
        <translation>%1 · %2 cœurs · %3</translation>
    </message>
    <message>
        <source>no CUDA device: %1</source>
        <translation>aucun appareil CUDA&#xa0;: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>GPU ready: %1</source>
        <translation>GPU prêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>CUDA off</source>
        <translation>CUDA désactivé</translation>
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
        <translation>Norme du gradient √(x² + y²)</translation>
    </message>
    <message>
        <source>Edge (Laplacian)</source>
        <translation>Contours (laplacien)</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation>Flou gaussien 5×5</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>ConvSight will speak this language when it starts again.</source>
        <translation>ConvSight parlera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ObjectiveChart</name>
    <message>
        <source>the objective, step by step</source>
        <translation>l&apos;objectif, pas à pas</translation>
    </message>
    <message>
        <source>objective, %1 to %2</source>
        <translation>objectif, de %1 à %2</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message>
        <source>%1 epoch</source>
        <translation>%1 époque</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 époques</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Everywhere (menus)</source>
        <translation>Partout (menus)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>resident memory (MiB)</source>
        <translation>mémoire résidente (Mio)</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>préchauffage</translation>
    </message>
    <message>
        <source>dots: RSS · dotted: heap in use · dashed: median RSS of each tinted window</source>
        <translation>points&#xa0;: RSS · pointillés&#xa0;: tas utilisé · tirets&#xa0;: RSS médiane de chaque fenêtre teintée</translation>
    </message>
    <message>
        <source>ConvSight soak, %1 min: RSS %2 → %3 MiB after warm-up (%4%5 %, limit %6 %)</source>
        <translation>ConvSight en endurance, %1 min&#xa0;: RSS %2 → %3 Mio après préchauffage (%4%5 %, limite %6 %)</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <source>ConvSight: see convolution and convolutional neural networks at work.</source>
        <translation>ConvSight&#xa0;: voir la convolution et les réseaux de neurones convolutifs à l&apos;œuvre.</translation>
    </message>
    <message>
        <source>Render every workspace to DIR/&lt;workspace&gt;.png and exit.</source>
        <translation>Rendre chaque espace de travail dans DIR/&lt;workspace&gt;.png, puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>Time the Step-through stage&apos;s frame paint (32x32 input, 5x5 kernel) and trace rebuild (64x64 input), print the medians and exit.</source>
        <translation>Chronométrer le dessin d&apos;une image de la scène du pas à pas (entrée 32x32, noyau 5x5) et la reconstruction de sa trace (entrée 64x64), afficher les médianes, puis quitter.</translation>
    </message>
    <message>
        <source>Open the Lessons panel on a lesson, set up: a built-in lesson&apos;s number or name (&quot;08&quot;, &quot;08-stride&quot;; `convsight-cli lessons list`) or a lesson file.</source>
        <translation>Ouvrir le panneau Leçons sur une leçon, préparée&#xa0;: le numéro ou le nom d&apos;une leçon intégrée («&#xa0;08&#xa0;», «&#xa0;08-stride&#xa0;»&#xa0;; `convsight-cli lessons list`) ou un fichier de leçon.</translation>
    </message>
    <message>
        <source>Drive every workspace in a loop for MINUTES (offscreen), sample the resident memory into --soak-out&apos;s soak.csv and soak.png, print its growth after warm-up and exit 1 if it is 5 % or more.</source>
        <translation>Faire tourner chaque espace de travail en boucle pendant MINUTES (hors écran), relever la mémoire résidente dans soak.csv et soak.png de --soak-out, afficher sa croissance après préchauffage, et sortir avec le code 1 si elle atteint 5 % ou plus.</translation>
    </message>
    <message>
        <source>Folder for --soak&apos;s files (default: soak).</source>
        <translation>Dossier des fichiers de --soak (par défaut&#xa0;: soak).</translation>
    </message>
    <message>
        <source>The language of the window for this run, whatever View ▸ Language says: system, en, fr or es.</source>
        <translation>La langue de la fenêtre pour cette exécution, quoi que dise Affichage ▸ Langue&#xa0;: system, en, fr ou es.</translation>
    </message>
    <message>
        <source>A session file (.convsight) to open; with --screenshot, the state to render.</source>
        <translation>Un fichier de session (.convsight) à ouvrir&#xa0;; avec --screenshot, l&apos;état à rendre.</translation>
    </message>
    <message>
        <source>Start as usual, exit once the window has painted for the first time and print the time that took.</source>
        <translation>Démarrer comme d&apos;habitude, quitter dès que la fenêtre s&apos;est dessinée pour la première fois et afficher le temps que cela a pris.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot open the session %1: %2</source>
        <translation>Impossible d&apos;ouvrir la session %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session, or it is damaged: it is not JSON (%2).</source>
        <translation>%1 n&apos;est pas une session ConvSight, ou elle est endommagée&#xa0;: ce n&apos;est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was changed.</source>
        <translation>%1 est endommagé&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a ConvSight session: its &quot;format&quot; is not &quot;%2&quot;.</source>
        <translation>%1 n&apos;est pas une session ConvSight&#xa0;: son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is not a format number</source>
        <translation>sa «&#xa0;version&#xa0;» n&apos;est pas un numéro de format</translation>
    </message>
    <message>
        <source>%1 was written by a newer ConvSight: format %2%3; this version reads format %4. Nothing was changed.</source>
        <translation>%1 a été écrit par un ConvSight plus récent&#xa0;: format %2%3&#xa0;; cette version lit le format %4. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;partial&quot; is not true or false</source>
        <translation>«&#xa0;partial&#xa0;» ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>&quot;workspace&quot; is missing</source>
        <translation>«&#xa0;workspace&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;workspace&quot; names no workspace</source>
        <translation>«&#xa0;workspace&#xa0;» ne nomme aucun espace de travail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>it holds no workspace&apos;s part</source>
        <translation>elle ne contient la partie d&apos;aucun espace de travail</translation>
    </message>
    <message>
        <source>&quot;model&quot; is missing</source>
        <translation>«&#xa0;model&#xa0;» manque</translation>
    </message>
    <message>
        <source>&quot;model&quot; is neither null nor text</source>
        <translation>«&#xa0;model&#xa0;» n&apos;est ni null ni du texte</translation>
    </message>
    <message>
        <source>&quot;model&quot; is not base64</source>
        <translation>«&#xa0;model&#xa0;» n&apos;est pas du base64</translation>
    </message>
    <message>
        <source>its model does not load: %1</source>
        <translation>son modèle ne se charge pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>the session&apos;s model</source>
        <translation>le modèle de la session</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
</context>
<context>
    <name>convsight::app::AboutDialog</name>
    <message>
        <source>About ConvSight</source>
        <translation>À propos de ConvSight</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ConvSight %1&lt;/h2&gt;&lt;p&gt;See convolution happen: filter real images with kernels you edit, step through a convolution position by position, and train a small CNN on the CPU or a CUDA GPU.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ConvSight %1&lt;/h2&gt;&lt;p&gt;Voyez la convolution à l&apos;œuvre&#xa0;: filtrez de vraies images avec des noyaux que vous modifiez, suivez une convolution pas à pas, position par position, et entraînez un petit CNN sur le CPU ou un GPU CUDA.&lt;/p&gt;</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the versions and devices, for a bug report</source>
        <translation>Copier les versions et les appareils, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>ConvSight %1</source>
        <translation>ConvSight %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation>CUDA&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>convsight::app::GuideWindow</name>
    <message>
        <source>ConvSight User Guide</source>
        <translation>Guide d&apos;utilisation de ConvSight</translation>
    </message>
    <message>
        <source>ConvSight Teacher&apos;s Guide</source>
        <translation>Guide de l&apos;enseignant de ConvSight</translation>
    </message>
    <message>
        <source>The guide %1 is missing from this build.</source>
        <translation>Le guide %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>convsight::app::LessonsPanel</name>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leçons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The lecture, slide by slide. Each lesson sets up the workspaces in one click and ends with a question.</source>
        <translation>Le cours, diapositive par diapositive. Chaque leçon prépare les espaces de travail en un clic et se termine par une question.</translation>
    </message>
    <message>
        <source>Lecture lines %1</source>
        <translation>Lignes du cours %1</translation>
    </message>
    <message>
        <source>‹ All lessons</source>
        <translation>‹ Toutes les leçons</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Load this step&apos;s numbers and show its workspace</source>
        <translation>Charger les nombres de cette étape et afficher son espace de travail</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cannot open the lesson %1: %2</source>
        <translation>Impossible d&apos;ouvrir la leçon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No lesson &quot;%1&quot;: give a lesson&apos;s number (&quot;08&quot;), its name (&quot;08-stride&quot;) or a lesson file.</source>
        <translation>Pas de leçon «&#xa0;%1&#xa0;»&#xa0;: donnez le numéro d&apos;une leçon («&#xa0;08&#xa0;»), son nom («&#xa0;08-stride&#xa0;») ou un fichier de leçon.</translation>
    </message>
    <message>
        <source>Open a lesson first.</source>
        <translation>Ouvrez d&apos;abord une leçon.</translation>
    </message>
    <message>
        <source>Stop the training first: this step sets up the Train workspace.</source>
        <translation>Arrêtez d&apos;abord l&apos;entraînement&#xa0;: cette étape prépare l&apos;espace Entraînement.</translation>
    </message>
    <message>
        <source>Set up: %1.</source>
        <translation>Préparé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Question · lecture lines %1</source>
        <translation>Question · lignes du cours %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · lecture lines %3</source>
        <translation>Étape %1 sur %2 · lignes du cours %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”.</source>
        <translation>Pas tout à fait&#xa0;: la réponse est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>**Why.** %1</source>
        <translation>**Pourquoi.** %1</translation>
    </message>
</context>
<context>
    <name>convsight::app::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Load a photo, pick a kernel — identity, box blur, sharpen, edge detection — or type your own, and watch the filtered image change as you edit it.</source>
        <translation>Chargez une photo, choisissez un noyau (identité, flou moyenneur, netteté, détection de contours) ou tapez le vôtre, et regardez l&apos;image filtrée changer pendant que vous le modifiez.</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Slide a filter over a small image one position at a time: every product, the sum, stride and VALID or SAME padding, and the output-size formula w&apos; = (w − f + 2p) / s + 1 with the numbers put in.</source>
        <translation>Faites glisser un filtre sur une petite image, une position à la fois&#xa0;: chaque produit, la somme, le pas, le remplissage VALID ou SAME, et la formule de la taille de sortie w&apos; = (w − f + 2p) / s + 1 avec ses nombres.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Build a small convolutional network, train it on Fashion-MNIST on the CPU or a CUDA GPU, and watch its filters being learned as loss falls and accuracy climbs.</source>
        <translation>Construisez un petit réseau convolutif, entraînez-le sur Fashion-MNIST sur le CPU ou un GPU CUDA, et regardez ses filtres s&apos;apprendre pendant que la perte baisse et que l&apos;exactitude monte.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Look inside a trained network: its filter bank, the feature maps an image produces layer by layer, and which classes it confuses.</source>
        <translation>Regardez à l&apos;intérieur d&apos;un réseau entraîné&#xa0;: son banc de filtres, les cartes d&apos;activation qu&apos;une image produit couche par couche, et les classes qu&apos;il confond.</translation>
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
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;About ConvSight</source>
        <translation>À &amp;propos de ConvSight</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Lessons that follow the lecture, each set up in one click</source>
        <translation>Leçons qui suivent le cours, chacune préparée en un clic</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Show or hide the Lessons panel</source>
        <translation>Afficher ou masquer le panneau Leçons</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>A network is still training. Save a checkpoint of it before closing? A checkpoint can be loaded again, or continued with &apos;convsight-cli train --resume&apos;.</source>
        <translation>Un réseau est encore en cours d&apos;entraînement. Enregistrer un point de reprise avant de fermer&#xa0;? Un point de reprise peut être rechargé, ou poursuivi avec «&#xa0;convsight-cli train --resume&#xa0;».</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before closing?</source>
        <translation>Le modèle entraîné n&apos;a pas été enregistré. L&apos;enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Open a ConvSight model (.csmodel) or an ONNX network (.onnx) to train further or look inside</source>
        <translation>Ouvrir un modèle ConvSight (.csmodel) ou un réseau ONNX (.onnx) pour poursuivre son entraînement ou regarder à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation>Modèles (*.csmodel *.onnx)</translation>
    </message>
    <message>
        <source>Export Model as &amp;ONNX…</source>
        <translation>Exporter le modèle en O&amp;NNX…</translation>
    </message>
    <message>
        <source>Write the trained or loaded network as ONNX, for PyTorch, OpenCV or Netron</source>
        <translation>Écrire le réseau entraîné ou chargé en ONNX, pour PyTorch, OpenCV ou Netron</translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation>Exporter le modèle en ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modèles ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Could not export the model</source>
        <translation>Impossible d&apos;exporter le modèle</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>Impossible d&apos;ouvrir le modèle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stop the training before opening another model.</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;ouvrir un autre modèle.</translation>
    </message>
    <message>
        <source>There is no model to export yet: train one or open a model file.</source>
        <translation>Il n&apos;y a pas encore de modèle à exporter&#xa0;: entraînez-en un ou ouvrez un fichier de modèle.</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>Open a saved session: every workspace as it was, with its trained model</source>
        <translation>Ouvrir une session enregistrée&#xa0;: chaque espace de travail tel qu&apos;il était, avec son modèle entraîné</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n</source>
        <translation>Enregistrer la &amp;session</translation>
    </message>
    <message>
        <source>Save every workspace, the image, the kernels and the trained model in one file</source>
        <translation>Enregistrer chaque espace de travail, l&apos;image, les noyaux et le modèle entraîné dans un seul fichier</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session so&amp;us…</translation>
    </message>
    <message>
        <source>Recent Sessio&amp;ns</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <source>Reopen &amp;Last Session on Start</source>
        <translation>Rouvrir la &amp;dernière session au démarrage</translation>
    </message>
    <message>
        <source>%1 — ConvSight</source>
        <translation>%1 — ConvSight</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <source>Stop the training before opening a session: it would replace the network being trained.</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;ouvrir une session&#xa0;: elle remplacerait le réseau en cours d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Could not reopen the last session</source>
        <translation>Impossible de rouvrir la dernière session</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation>Modèles ConvSight (*.csmodel)</translation>
    </message>
    <message>
        <source>The trained model has not been saved. Save it before another model replaces it?</source>
        <translation>Le modèle entraîné n&apos;a pas été enregistré. L&apos;enregistrer avant qu&apos;un autre modèle ne le remplace&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s Guide</source>
        <translation>Guide de l&apos;&amp;enseignant</translation>
    </message>
    <message>
        <source>A 50-minute class through the lecture with the lessons</source>
        <translation>Une séance de 50 minutes qui parcourt le cours avec les leçons</translation>
    </message>
</context>
<context>
    <name>convsight::app::Presentation</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Larger text and lines, menus and sidebar hidden, for the back of the room (F5 or Esc leaves; Ctrl+1…4 still switch workspaces)</source>
        <translation>Texte et traits plus grands, menus et barre latérale masqués, pour le fond de la salle (F5 ou Échap pour sortir&#xa0;; Ctrl+1…4 changent toujours d&apos;espace de travail)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
</context>
<context>
    <name>convsight::app::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
        <translation>hauteur </translation>
    </message>
    <message>
        <source>width </source>
        <translation>largeur </translation>
    </message>
    <message>
        <source>same (padded)</source>
        <translation>same (avec zéros)</translation>
    </message>
    <message>
        <source>valid (no padding)</source>
        <translation>valid (sans zéro)</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 pixels</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Floating-point operations of one example&apos;s forward pass: 2 × its multiply-adds</source>
        <translation>Opérations en virgule flottante d&apos;une passe avant d&apos;un exemple&#xa0;: 2 × ses multiplications-additions</translation>
    </message>
    <message>
        <source>%1 · frozen</source>
        <translation>%1 · gelée</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>Frozen: training leaves this layer&apos;s weights as they are</source>
        <translation>Gelée&#xa0;: l&apos;entraînement laisse les poids de cette couche tels quels</translation>
    </message>
    <message>
        <source>No shape: a layer above cannot take its input.</source>
        <translation>Pas de forme&#xa0;: une couche au-dessus ne peut pas prendre son entrée.</translation>
    </message>
    <message>
        <source>%1 learned values</source>
        <translation>%1 valeurs apprises</translation>
    </message>
    <message>
        <source>%1 FLOPs per example</source>
        <translation>%1 FLOPs par exemple</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>A built-in network to start from</source>
        <translation>Un réseau intégré comme point de départ</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Time one image&apos;s forward pass through this network on this CPU (VGG-16&apos;s weights take about 550 MB while it runs)</source>
        <translation>Chronométrer la passe avant d&apos;une image dans ce réseau sur ce CPU (les poids de VGG-16 occupent environ 550 Mo pendant la mesure)</translation>
    </message>
    <message>
        <source>Layer settings</source>
        <translation>Réglages de la couche</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation>Insérer une couche après celle qui est sélectionnée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Supprimer la couche sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected layer up (Alt+Up)</source>
        <translation>Monter la couche sélectionnée (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected layer down (Alt+Down)</source>
        <translation>Descendre la couche sélectionnée (Alt+Down)</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Enregistrer le JSON…</translation>
    </message>
    <message>
        <source>Save the architecture as JSON</source>
        <translation>Enregistrer l&apos;architecture en JSON</translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation>Charger un JSON…</translation>
    </message>
    <message>
        <source>Load an architecture JSON file</source>
        <translation>Charger un fichier JSON d&apos;architecture</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Monter la couche</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Descendre la couche</translation>
    </message>
    <message>
        <source>The last layer gives %1 outputs; the data has %2 classes (set the last Dense layer to %2 units).</source>
        <translation>La dernière couche donne %1 sorties&#xa0;; les données ont %2 classes (réglez la dernière couche Dense sur %2 unités).</translation>
    </message>
    <message>
        <source>The network ends in %1 values per example, not one per class; the data has %2 classes (end it with Flatten and Dense %2).</source>
        <translation>Le réseau se termine par %1 valeurs par exemple, pas une par classe&#xa0;; les données ont %2 classes (terminez-le par Flatten et Dense %2).</translation>
    </message>
    <message>
        <source>The network has no layers: add one with Add layer.</source>
        <translation>Le réseau n&apos;a aucune couche&#xa0;: ajoutez-en une avec Ajouter une couche.</translation>
    </message>
    <message>
        <source>%1 is shown, not trained here: an epoch would take days on a CPU.</source>
        <translation>%1 est affiché, pas entraîné ici&#xa0;: une époque prendrait des jours sur un CPU.</translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per image · %3 → %4</source>
        <translation>Total&#xa0;: %1 paramètres · %2 FLOPs par image · %3 → %4</translation>
    </message>
    <message>
        <source>Total: %1 parameters · %2 FLOPs per example · input %3 → output %4</source>
        <translation>Total&#xa0;: %1 paramètres · %2 FLOPs par exemple · entrée %3 → sortie %4</translation>
    </message>
    <message>
        <source>Input %1 → no output yet</source>
        <translation>Entrée %1 → pas encore de sortie</translation>
    </message>
    <message>
        <source>%1 FLOPs: floating-point operations of one example&apos;s forward pass, 2 × its multiply-adds</source>
        <translation>%1 FLOPs&#xa0;: opérations en virgule flottante d&apos;une passe avant d&apos;un exemple, 2 × ses multiplications-additions</translation>
    </message>
    <message>
        <source>one image: not timed yet</source>
        <translation>une image&#xa0;: pas encore chronométrée</translation>
    </message>
    <message>
        <source>fully connected: %1 · locally connected: %2 · convolution: %3</source>
        <translation>entièrement connectée&#xa0;: %1 · localement connectée&#xa0;: %2 · convolution&#xa0;: %3</translation>
    </message>
    <message>
        <source>The parameters (biases included) of a layer from %1 to %2: every input value to every output value (fully connected), each output position its own %3 window (locally connected), or one window per map shared by every position (convolution)</source>
        <translation>Les paramètres (biais compris) d&apos;une couche de %1 vers %2&#xa0;: chaque valeur d&apos;entrée vers chaque valeur de sortie (entièrement connectée), chaque position de sortie avec sa propre fenêtre %3 (localement connectée), ou une fenêtre par carte partagée par toutes les positions (convolution)</translation>
    </message>
    <message>
        <source>one image: measuring on this CPU…</source>
        <translation>une image&#xa0;: mesure sur ce CPU…</translation>
    </message>
    <message>
        <source>one image: could not measure: %1</source>
        <translation>une image&#xa0;: mesure impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>one image: %1 on this CPU (measured)</source>
        <translation>une image&#xa0;: %1 sur ce CPU (mesuré)</translation>
    </message>
    <message>
        <source>Select a layer to change its settings.</source>
        <translation>Sélectionnez une couche pour modifier ses réglages.</translation>
    </message>
    <message>
        <source>Layer %1: %2</source>
        <translation>Couche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ConvSight does not know this layer type: remove it.</source>
        <translation>ConvSight ne connaît pas ce type de couche&#xa0;: supprimez-la.</translation>
    </message>
    <message>
        <source>%1 has no settings.</source>
        <translation>%1 n&apos;a pas de réglages.</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gelée</translation>
    </message>
    <message>
        <source>Training leaves this layer&apos;s weights as they are (fine-tuning: keep what a pretrained layer has learned)</source>
        <translation>L&apos;entraînement laisse les poids de cette couche tels quels (réglage fin&#xa0;: garder ce qu&apos;une couche pré-entraînée a appris)</translation>
    </message>
    <message>
        <source>The network cannot change now.</source>
        <translation>Le réseau ne peut pas changer maintenant.</translation>
    </message>
    <message>
        <source>Save architecture</source>
        <translation>Enregistrer l&apos;architecture</translation>
    </message>
    <message>
        <source>Architecture (*.json)</source>
        <translation>Architecture (*.json)</translation>
    </message>
    <message>
        <source>Load architecture</source>
        <translation>Charger une architecture</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::CellEditor</name>
    <message>
        <source>Type a number, such as 3, −1 or 0.5 (Escape cancels)</source>
        <translation>Tapez un nombre, comme 3, −1 ou 0.5 (Échap pour annuler)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionMatrixView</name>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 recognised: %2%3</source>
        <translation>%1 reconnu&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3%4</source>
        <translation>%1 pris pour %2&#xa0;: %3%4</translation>
    </message>
    <message>
        <source>accuracy %1 on %2 test examples</source>
        <translation>exactitude %1 sur %2 exemples de test</translation>
    </message>
    <message>
        <source>No confusion matrix yet: evaluate the test set to see which classes the network mixes up.</source>
        <translation>Pas encore de matrice de confusion&#xa0;: évaluez le jeu de test pour voir quelles classes le réseau confond.</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>classe prédite →</translation>
    </message>
    <message>
        <source>← true class</source>
        <translation>← vraie classe</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>%1 · click a cell to see its examples</source>
        <translation>%1 · cliquez sur une case pour voir ses exemples</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ConfusionQuiz</name>
    <message>
        <source>Predict first</source>
        <translation>Prédisez d&apos;abord</translation>
    </message>
    <message>
        <source>Predict, then reveal: which class will the network confuse most? The matrix opens once you have answered</source>
        <translation>Prédire, puis révéler&#xa0;: quelle classe le réseau confondra-t-il le plus&#xa0;? La matrice s&apos;ouvre une fois que vous avez répondu</translation>
    </message>
    <message>
        <source>Which class will it confuse most? Answer before the matrix opens.</source>
        <translation>Quelle classe confondra-t-il le plus&#xa0;? Répondez avant de voir la matrice.</translation>
    </message>
    <message>
        <source>The class to ask about</source>
        <translation>La classe sur laquelle porte la question</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
    <message>
        <source>The question comes with the test set&apos;s evaluation.</source>
        <translation>La question vient avec l&apos;évaluation du jeu de test.</translation>
    </message>
    <message>
        <source>The network makes no mistakes on the test set: nothing to predict.</source>
        <translation>Le réseau ne fait aucune erreur sur le jeu de test&#xa0;: rien à prédire.</translation>
    </message>
    <message>
        <source>Which class will the network take %1 for most often?</source>
        <translation>Pour quelle classe le réseau prendra-t-il %1 le plus souvent&#xa0;?</translation>
    </message>
    <message>
        <source> — pick another class above to be asked again.</source>
        <translation> — choisissez une autre classe ci-dessus pour une nouvelle question.</translation>
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
        <translation>Somme des canaux&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Click an output cell to see how it is computed; right-click (or Ctrl+click) it to pin its window. Click an input or kernel cell to type a new value.</source>
        <translation>Cliquez sur une case de sortie pour voir comment elle est calculée&#xa0;; clic droit (ou Ctrl+clic) pour épingler sa fenêtre. Cliquez sur une case de l&apos;entrée ou du noyau pour taper une nouvelle valeur.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
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
        <translation>%1 %2, %3×%4 avec remplissage</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4</source>
        <translation>%1 %2 sur %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>, ÷ %1</source>
        <translation>, ÷ %1</translation>
    </message>
    <message>
        <source>, flipped</source>
        <translation>, retourné</translation>
    </message>
    <message>
        <source>?×?</source>
        <translation>?×?</translation>
    </message>
    <message>
        <source>Feature maps %1×%2</source>
        <translation>Cartes d&apos;activation %1×%2</translation>
    </message>
    <message>
        <source>%1 %2×%3</source>
        <translation>%1 %2×%3</translation>
    </message>
    <message>
        <source>%1(%2, %3): row %4, column %5</source>
        <translation>%1(%2, %3)&#xa0;: ligne %4, colonne %5</translation>
    </message>
    <message>
        <source> of channel %1</source>
        <translation> du canal %1</translation>
    </message>
    <message>
        <source> of feature map %1</source>
        <translation> de la carte d&apos;activation %1</translation>
    </message>
    <message>
        <source> of %1 %2</source>
        <translation> de %1 %2</translation>
    </message>
    <message>
        <source>Before the window moves</source>
        <translation>Avant que la fenêtre ne bouge</translation>
    </message>
    <message>
        <source>What size will the output be? = ?</source>
        <translation>Quelle sera la taille de la sortie&#xa0;? =&#xa0;?</translation>
    </message>
    <message>
        <source>The largest number under the window = ?</source>
        <translation>Le plus grand nombre sous la fenêtre =&#xa0;?</translation>
    </message>
    <message>
        <source>The mean of the numbers under the window = ?</source>
        <translation>La moyenne des nombres sous la fenêtre =&#xa0;?</translation>
    </message>
    <message>
        <source>Each number under the window times its weight, added up = ?</source>
        <translation>Chaque nombre sous la fenêtre multiplié par son poids, le tout additionné =&#xa0;?</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::DatasetPreview</name>
    <message>
        <source>%1 — one example of each class</source>
        <translation>%1 — un exemple de chaque classe</translation>
    </message>
    <message>
        <source>No data set open</source>
        <translation>Aucun jeu de données ouvert</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExampleGallery</name>
    <message>
        <source>No examples to show.</source>
        <translation>Aucun exemple à afficher.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ExplainView</name>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation>Pas encore de modèle&#xa0;: entraînez-en un dans l&apos;espace Entraînement, ou chargez-y un fichier de modèle.</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Saillance</translation>
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
        <translation>Occlusion</translation>
    </message>
    <message>
        <source>What a filter wants</source>
        <translation>Ce que veut un filtre</translation>
    </message>
    <message>
        <source>How to explain the answer: the gradient of the class&apos;s score (saliency, averaged over noisy copies: SmoothGrad), a layer&apos;s maps weighted by their gradients (Grad-CAM), a patch slid over the input (occlusion), or the input a filter likes best</source>
        <translation>Comment expliquer la réponse&#xa0;: le gradient du score de la classe (saillance, moyennée sur des copies bruitées&#xa0;: SmoothGrad), les cartes d&apos;une couche pondérées par leurs gradients (Grad-CAM), un carré qui glisse sur l&apos;entrée (occlusion), ou l&apos;entrée qu&apos;un filtre préfère</translation>
    </message>
    <message>
        <source>The class whose score or probability is explained: the one the network predicts, or any other</source>
        <translation>La classe dont le score ou la probabilité est expliqué&#xa0;: celle que le réseau prédit, ou une autre</translation>
    </message>
    <message>
        <source>How strongly the map covers the input: 0 % the input alone, 100 % the map alone</source>
        <translation>À quel point la carte couvre l&apos;entrée&#xa0;: 0 % l&apos;entrée seule, 100 % la carte seule</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>The layer whose maps Grad-CAM weighs (the last convolution sees the largest parts of the input)</source>
        <translation>La couche dont Grad-CAM pondère les cartes (la dernière convolution voit les plus grandes parties de l&apos;entrée)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The side of the square patch that covers the input</source>
        <translation>Le côté du carré qui couvre l&apos;entrée</translation>
    </message>
    <message>
        <source>How far the patch moves each time: a convolution&apos;s stride</source>
        <translation>De combien le carré se déplace à chaque fois&#xa0;: le pas d&apos;une convolution</translation>
    </message>
    <message>
        <source>Grey (the mean)</source>
        <translation>Gris (la moyenne)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>What the patch is filled with: the data set&apos;s mean pixel (0 after normalisation), black or white</source>
        <translation>Ce dont le carré est rempli&#xa0;: le pixel moyen du jeu de données (0 après normalisation), noir ou blanc</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>The layer whose filter is asked what it wants</source>
        <translation>La couche dont on demande au filtre ce qu&apos;il veut</translation>
    </message>
    <message>
        <source>The filter (its map&apos;s number, from 1)</source>
        <translation>Le filtre (le numéro de sa carte, à partir de 1)</translation>
    </message>
    <message>
        <source>The steps of gradient ascent a Start takes</source>
        <translation>Les pas de montée de gradient que fait un Démarrer</translation>
    </message>
    <message>
        <source>One unit: the map&apos;s centre</source>
        <translation>Un neurone&#xa0;: le centre</translation>
    </message>
    <message>
        <source>Excite the map&apos;s centre value only (one neuron, which sees one window of the input) instead of the whole map&apos;s mean</source>
        <translation>Exciter seulement la valeur au centre de la carte (un neurone, qui voit une fenêtre de l&apos;entrée) au lieu de la moyenne de toute la carte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Grow the image from grey, step by step; press again to stop</source>
        <translation>Faire grandir l&apos;image à partir du gris, pas à pas&#xa0;; appuyer de nouveau pour arrêter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%v of %m patches</source>
        <translation>%v carrés sur %m</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Stop the computation, or run it again</source>
        <translation>Arrêter le calcul, ou le relancer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>A filter of the first convolution shows its weights here, to compare with the image it wants.</source>
        <translation>Un filtre de la première convolution montre ici ses poids, à comparer avec l&apos;image qu&apos;il veut.</translation>
    </message>
    <message>
        <source>The network changed (its training moved on, or another one was loaded): press Start to ask its filter again.</source>
        <translation>Le réseau a changé (son entraînement a avancé, ou un autre a été chargé)&#xa0;: appuyez sur Démarrer pour interroger de nouveau son filtre.</translation>
    </message>
    <message>
        <source>Choose an input on the left: a test example, a photo or a drawing. Its explanation appears here.</source>
        <translation>Choisissez une entrée à gauche&#xa0;: un exemple de test, une photo ou un dessin. Son explication apparaît ici.</translation>
    </message>
    <message>
        <source>%1 · %2×%3×%4</source>
        <translation>%1 · %2×%3×%4</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>classe prédite</translation>
    </message>
    <message>
        <source>predicted: %1</source>
        <translation>prédit&#xa0;: %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>There is no model to explain yet.</source>
        <translation>Il n&apos;y a pas encore de modèle à expliquer.</translation>
    </message>
    <message>
        <source>The explanations need a network whose input is an image (channels × height × width); this one takes %1 values.</source>
        <translation>Les explications demandent un réseau dont l&apos;entrée est une image (canaux × hauteur × largeur)&#xa0;; celui-ci prend %1 valeurs.</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolution layer: this network has none (an MLP flattens the image first, so no layer keeps maps to weigh).</source>
        <translation>Grad-CAM demande une couche de convolution&#xa0;: ce réseau n&apos;en a pas (un MLP aplatit d&apos;abord l&apos;image, donc aucune couche ne garde de cartes à pondérer).</translation>
    </message>
    <message>
        <source>What a filter wants needs a layer with filters: this network has none.</source>
        <translation>Ce que veut un filtre demande une couche avec des filtres&#xa0;: ce réseau n&apos;en a pas.</translation>
    </message>
    <message>
        <source>What a filter wants: press Start to grow, from grey, the input that excites the filter most.</source>
        <translation>Ce que veut un filtre&#xa0;: appuyez sur Démarrer pour faire grandir, à partir du gris, l&apos;entrée qui excite le plus le filtre.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopped before the map was done: press Compute, or change a setting, to compute it again.</source>
        <translation>Arrêté avant la fin de la carte&#xa0;: appuyez sur Calculer, ou changez un réglage, pour la calculer de nouveau.</translation>
    </message>
    <message>
        <source>Could not explain this input: %1</source>
        <translation>Impossible d&apos;expliquer cette entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saliency: the gradient of %1&apos;s score (%2, before the softmax) with respect to each of the %3 × %4 input pixels, through the network&apos;s own backward pass; shown is the largest |∂score/∂x| over %5, from %6 to %7.</source>
        <translation>Saillance&#xa0;: le gradient du score de %1 (%2, avant le softmax) par rapport à chacun des %3 × %4 pixels d&apos;entrée, par la passe arrière du réseau lui-même&#xa0;; on montre le plus grand |∂score/∂x| sur %5, de %6 à %7.</translation>
    </message>
    <message>
        <source>its one channel</source>
        <translation>son unique canal</translation>
    </message>
    <message>
        <source>its %1 channels</source>
        <translation>ses %1 canaux</translation>
    </message>
    <message>
        <source>SmoothGrad: the gradient of %1&apos;s score (%2) with respect to the %3 × %4 input pixels, |∂score/∂x| averaged over %5 copies of the input with Gaussian noise of %6 % of its range, largest over the channels: from %7 to %8.</source>
        <translation>SmoothGrad&#xa0;: le gradient du score de %1 (%2) par rapport aux %3 × %4 pixels d&apos;entrée, |∂score/∂x| moyenné sur %5 copies de l&apos;entrée avec un bruit gaussien de %6 % de son étendue, le plus grand sur les canaux&#xa0;: de %7 à %8.</translation>
    </message>
    <message>
        <source>Grad-CAM on %1: its %2 maps of %3 × %4, each weighted by the mean gradient of %5&apos;s score over it, summed, negatives set to 0 (ReLU) and enlarged bilinearly from %3 × %4 to %6 × %7; from %8 to %9.</source>
        <translation>Grad-CAM sur %1&#xa0;: ses %2 cartes de %3 × %4, chacune pondérée par le gradient moyen du score de %5 sur elle, additionnées, valeurs négatives mises à 0 (ReLU) et agrandies de façon bilinéaire de %3 × %4 à %6 × %7&#xa0;; de %8 à %9.</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <source>%1 down and %2 across</source>
        <translation>%1 en hauteur et %2 en largeur</translation>
    </message>
    <message>
        <source>Occlusion: a %1×%1 %2 patch slid with stride %3 — itself a convolution-shaped sweep, %4 × %5 positions as %6 — and how much p(%7) = %8 dropped at each (averaged over the patches covering a pixel: from %9 to %10).</source>
        <translation>Occlusion&#xa0;: un carré %2 de %1×%1 glissé avec un pas de %3 (lui-même un balayage en forme de convolution, %4 × %5 positions soit %6) et la baisse de p(%7) = %8 à chaque position (moyennée sur les carrés qui couvrent un pixel&#xa0;: de %9 à %10).</translation>
    </message>
    <message>
        <source>probability drop:</source>
        <translation>baisse de probabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Grad-CAM:</source>
        <translation>Grad-CAM&#xa0;:</translation>
    </message>
    <message>
        <source>|∂score/∂x|:</source>
        <translation>|∂score/∂x|&#xa0;:</translation>
    </message>
    <message>
        <source>filter %1 of %2: its weights</source>
        <translation>filtre %1 de %2&#xa0;: ses poids</translation>
    </message>
    <message>
        <source>Could not grow the image: %1</source>
        <translation>Impossible de faire grandir l&apos;image&#xa0;: %1</translation>
    </message>
    <message>
        <source>What filter %1 of %2 wants: an input grown from grey by %3 steps of gradient ascent on %4 (from %5 to %6), %7blurred and pulled towards grey as it goes%8.</source>
        <translation>Ce que veut le filtre %1 de %2&#xa0;: une entrée partie du gris, après %3 pas de montée de gradient sur %4 (de %5 à %6), %7floutée et ramenée vers le gris au fil des pas%8.</translation>
    </message>
    <message>
        <source>the value at its map&apos;s centre</source>
        <translation>la valeur au centre de sa carte</translation>
    </message>
    <message>
        <source>its map&apos;s mean</source>
        <translation>la moyenne de sa carte</translation>
    </message>
    <message>
        <source>jittered, </source>
        <translation>décalée au hasard, </translation>
    </message>
    <message>
        <source>; beside it, the filter&apos;s own weights</source>
        <translation>&#xa0;; à côté, les propres poids du filtre</translation>
    </message>
    <message>
        <source>inspect.explain is not an object</source>
        <translation>inspect.explain n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>inspect.explain.method is not saliency, smoothgrad, gradcam, occlusion or filter</source>
        <translation>inspect.explain.method ne vaut ni saliency, ni smoothgrad, ni gradcam, ni occlusion, ni filter</translation>
    </message>
    <message>
        <source>inspect.explain.class is not a class number (−1: the predicted one)</source>
        <translation>inspect.explain.class n&apos;est pas un numéro de classe (−1&#xa0;: la classe prédite)</translation>
    </message>
    <message>
        <source>inspect.explain.opacity is not a number from 0 to 1</source>
        <translation>inspect.explain.opacity n&apos;est pas un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>inspect.explain.layer is not a layer&apos;s name</source>
        <translation>inspect.explain.layer n&apos;est pas le nom d&apos;une couche</translation>
    </message>
    <message>
        <source>inspect.explain.patch is not a size from 1 to 4096</source>
        <translation>inspect.explain.patch n&apos;est pas une taille de 1 à 4096</translation>
    </message>
    <message>
        <source>inspect.explain.stride is not a step from 1 to 4096</source>
        <translation>inspect.explain.stride n&apos;est pas un pas de 1 à 4096</translation>
    </message>
    <message>
        <source>inspect.explain.fill is not mean, black or white</source>
        <translation>inspect.explain.fill ne vaut ni mean, ni black, ni white</translation>
    </message>
    <message>
        <source>inspect.explain.filter_layer is not a layer&apos;s name</source>
        <translation>inspect.explain.filter_layer n&apos;est pas le nom d&apos;une couche</translation>
    </message>
    <message>
        <source>inspect.explain.filter is not a filter number</source>
        <translation>inspect.explain.filter n&apos;est pas un numéro de filtre</translation>
    </message>
    <message>
        <source>inspect.explain.centre_unit is not true or false</source>
        <translation>inspect.explain.centre_unit ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>inspect.explain.steps is not a number from 1 to 5000</source>
        <translation>inspect.explain.steps n&apos;est pas un nombre de 1 à 5000</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FeatureMapView</name>
    <message>
        <source>Choose an input to see what every layer makes of it.</source>
        <translation>Choisissez une entrée pour voir ce qu&apos;en fait chaque couche.</translation>
    </message>
    <message>
        <source>%1, unit %2: %3</source>
        <translation>%1, unité %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, channel %2, row %3, column %4: %5</source>
        <translation>%1, canal %2, ligne %3, colonne %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Click a map to select it; hover to read a value.</source>
        <translation>Cliquez sur une carte pour la sélectionner&#xa0;; survolez-la pour lire une valeur.</translation>
    </message>
    <message>
        <source>Flatten: %1 → %2</source>
        <translation>Flatten&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>%1: the maps above, read row by row into one vector</source>
        <translation>%1&#xa0;: les cartes ci-dessus, lues ligne par ligne en un seul vecteur</translation>
    </message>
    <message>
        <source> · scores → softmax → probabilities</source>
        <translation> · scores → softmax → probabilités</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterGrid</name>
    <message>
        <source>max |w|</source>
        <translation>max |w|</translation>
    </message>
    <message>
        <source>grey is 0; red, green, blue: each channel</source>
        <translation>gris = 0&#xa0;; rouge, vert, bleu&#xa0;: chaque canal</translation>
    </message>
    <message>
        <source>white is 0, one scale for all</source>
        <translation>blanc = 0, une échelle pour tous</translation>
    </message>
    <message>
        <source>white is 0, each filter scaled</source>
        <translation>blanc = 0, chaque filtre à sa propre échelle</translation>
    </message>
    <message>
        <source>No filters yet.</source>
        <translation>Pas encore de filtres.</translation>
    </message>
    <message>
        <source>Same scale for all</source>
        <translation>Même échelle pour tous</translation>
    </message>
    <message>
        <source>On: one colour scale for every filter, so you can compare them. Off: each filter stretched to its own largest weight, so a small filter&apos;s pattern shows too.</source>
        <translation>Coché&#xa0;: une seule échelle de couleurs pour tous les filtres, pour pouvoir les comparer. Décoché&#xa0;: chaque filtre étiré jusqu&apos;à son plus grand poids, pour que le motif d&apos;un petit filtre se voie aussi.</translation>
    </message>
    <message>
        <source>drift %1</source>
        <translation>dérive %1</translation>
    </message>
    <message>
        <source>Filter %1 at the start</source>
        <translation>Filtre %1 au départ</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtre %1</translation>
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
        <translation>avant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Filter %1: %2 × %3 weights, too many to list</source>
        <translation>Filtre %1&#xa0;: %2 × %3 poids, trop nombreux pour être listés</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::FilterWorkspace</name>
    <message>
        <source>Clamp to 0…255</source>
        <translation>Écrêter 0…255</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>Valeur absolue</translation>
    </message>
    <message>
        <source>Offset by 128</source>
        <translation>Décaler de 128</translation>
    </message>
    <message>
        <source>Normalised min…max</source>
        <translation>Normaliser min…max</translation>
    </message>
    <message>
        <source>Diverging colours</source>
        <translation>Couleurs divergentes</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Previous kernel preset</source>
        <translation>Préréglage de noyau précédent</translation>
    </message>
    <message>
        <source>Next kernel preset</source>
        <translation>Préréglage de noyau suivant</translation>
    </message>
    <message>
        <source>Identity kernel: the photo as it is</source>
        <translation>Noyau identité&#xa0;: la photo telle quelle</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>&amp;Open Image or Video…</source>
        <translation>Ouvrir une &amp;image ou une vidéo…</translation>
    </message>
    <message>
        <source>Open a photo (any format OpenCV reads) or a video (Ctrl+O)</source>
        <translation>Ouvrir une photo (tout format lu par OpenCV) ou une vidéo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open an image or a video</source>
        <translation>Ouvrir une image ou une vidéo</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm *.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.m4v);;All files (*)</source>
        <translation>Images et vidéos (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.jp2 *.pbm *.pgm *.ppm *.pnm *.pxm *.sr *.ras *.exr *.hdr *.pic *.mp4 *.avi *.mkv *.mov *.webm *.mpg *.mpeg *.m4v);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Co&amp;ller l&apos;image</translation>
    </message>
    <message>
        <source>Use the image on the clipboard (Ctrl+V)</source>
        <translation>Utiliser l&apos;image du presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>Filter the live camera picture</source>
        <translation>Filtrer l&apos;image de la caméra en direct</translation>
    </message>
    <message>
        <source>&amp;Export Output…</source>
        <translation>&amp;Exporter la sortie…</translation>
    </message>
    <message>
        <source>Save the output: PNG (8-bit, as displayed), TIFF (32-bit float) or NumPy .npy</source>
        <translation>Enregistrer la sortie&#xa0;: PNG (8 bits, tel qu&apos;affiché), TIFF (flottants 32 bits) ou NumPy .npy</translation>
    </message>
    <message>
        <source>Copy &amp;Output</source>
        <translation>Co&amp;pier la sortie</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers récen&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <source>Bundled photos and generated test patterns</source>
        <translation>Photos fournies et motifs de test générés</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <source>GPU off</source>
        <translation>GPU désactivé</translation>
    </message>
    <message>
        <source>The CUDA GPU cannot be used: %1</source>
        <translation>Le GPU CUDA est inutilisable&#xa0;: %1</translation>
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
        <translation>GPU CUDA (désactivé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>All displays</source>
        <translation>Tous les affichages</translation>
    </message>
    <message>
        <source>Filter bank</source>
        <translation>Banc de filtres</translation>
    </message>
    <message>
        <source>Input and output next to each other, zoomed and panned together</source>
        <translation>Entrée et sortie côte à côte, zoomées et déplacées ensemble</translation>
    </message>
    <message>
        <source>Input left and output right of a line you drag</source>
        <translation>L&apos;entrée à gauche et la sortie à droite d&apos;une ligne que vous faites glisser</translation>
    </message>
    <message>
        <source>Output − input: what the filter changed</source>
        <translation>Sortie − entrée&#xa0;: ce que le filtre a changé</translation>
    </message>
    <message>
        <source>The output in every display mode at once: where do negative values go?</source>
        <translation>La sortie dans tous les modes d&apos;affichage à la fois&#xa0;: où vont les valeurs négatives&#xa0;?</translation>
    </message>
    <message>
        <source>Sobel x, Sobel y, their gradient magnitude and more on the same image; click one to edit it</source>
        <translation>Sobel x, Sobel y, la norme de leur gradient et d&apos;autres sur la même image&#xa0;; cliquez sur l&apos;un d&apos;eux pour le modifier</translation>
    </message>
    <message>
        <source>How output values below 0 and above 255 are shown</source>
        <translation>Comment les valeurs de sortie inférieures à 0 et supérieures à 255 sont affichées</translation>
    </message>
    <message>
        <source>Colour (R, G, B)</source>
        <translation>Couleur (R, V, B)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Filter each colour channel, or the grey (luminance) image: one channel</source>
        <translation>Filtrer chaque canal de couleur, ou l&apos;image en gris (luminance)&#xa0;: un seul canal</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Continuer sur le CPU</translation>
    </message>
    <message>
        <source>Filter on the CPU from now on: same result, no GPU needed</source>
        <translation>Filtrer sur le CPU désormais&#xa0;: même résultat, sans GPU</translation>
    </message>
    <message>
        <source>Filtering on the CPU now.</source>
        <translation>Filtrage sur le CPU désormais.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Output − input</source>
        <translation>Sortie − entrée</translation>
    </message>
    <message>
        <source>Click to edit this kernel</source>
        <translation>Cliquez pour modifier ce noyau</translation>
    </message>
    <message>
        <source>The gradient magnitude combines Sobel x and Sobel y; Sobel x is in the editor now.</source>
        <translation>La norme du gradient combine Sobel x et Sobel y&#xa0;; Sobel x est maintenant dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Output histogram</source>
        <translation>Histogramme de la sortie</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>live camera</source>
        <translation>caméra en direct</translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation>image 1 sur %1</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>image %1 sur %2</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
    <message>
        <source>CUDA cannot be used: %1</source>
        <translation>CUDA est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Running on %1 ▾</source>
        <translation>Sur %1 ▾</translation>
    </message>
    <message>
        <source>Running on %1 · %2 ms ▾</source>
        <translation>Sur %1 · %2 ms ▾</translation>
    </message>
    <message>
        <source>%1. Click to choose the device.</source>
        <translation>%1. Cliquez pour choisir l&apos;appareil.</translation>
    </message>
    <message>
        <source>The kernel has a weight that is not a finite number (NaN or infinity); the output shows the last valid kernel.</source>
        <translation>Le noyau a un poids qui n&apos;est pas un nombre fini (NaN ou infini)&#xa0;; la sortie montre le dernier noyau valide.</translation>
    </message>
    <message>
        <source>The offset is not a finite number; the output shows the last valid kernel.</source>
        <translation>Le décalage n&apos;est pas un nombre fini&#xa0;; la sortie montre le dernier noyau valide.</translation>
    </message>
    <message>
        <source>The GPU failed in %1, so this output was not computed: %2</source>
        <translation>Le GPU a échoué dans %1, cette sortie n&apos;a donc pas été calculée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Filtering failed: %1</source>
        <translation>Échec du filtrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Output — %1</source>
        <translation>Sortie — %1</translation>
    </message>
    <message>
        <source>Output − input — %1</source>
        <translation>Sortie − entrée — %1</translation>
    </message>
    <message>
        <source>Output %1 … %2: %3% outside 0…255 (shaded: lost by clamping)</source>
        <translation>Sortie %1 … %2&#xa0;: %3 % hors de 0…255 (en grisé&#xa0;: perdu par l&apos;écrêtage)</translation>
    </message>
    <message>
        <source>Output %1 … %2: all inside 0…255</source>
        <translation>Sortie %1 … %2&#xa0;: tout dans 0…255</translation>
    </message>
    <message>
        <source>Hover over the output to see how one of its pixels is computed. Scroll to zoom (or + and −), drag to pan, 0 to fit.</source>
        <translation>Survolez la sortie pour voir comment un de ses pixels est calculé. Molette pour zoomer (ou + et −), glisser pour déplacer, 0 pour ajuster.</translation>
    </message>
    <message>
        <source>%1×%2 window</source>
        <translation>fenêtre %1×%2</translation>
    </message>
    <message>
        <source> + offset %1</source>
        <translation> + décalage %1</translation>
    </message>
    <message>
        <source>the sum of %1 products of window and kernel</source>
        <translation>la somme de %1 produits de la fenêtre et du noyau</translation>
    </message>
    <message>
        <source>V(%1, %2) = %3%4 = %5</source>
        <translation>V(%1, %2) = %3%4 = %5</translation>
    </message>
    <message>
        <source>V(%1, %2): R = %3%4 = %5;  G = %6;  B = %7 (each channel with its own window)</source>
        <translation>V(%1, %2)&#xa0;: R = %3%4 = %5&#xa0;;  V = %6&#xa0;;  B = %7 (chaque canal avec sa propre fenêtre)</translation>
    </message>
    <message>
        <source>There is no output to export yet.</source>
        <translation>Il n&apos;y a pas encore de sortie à exporter.</translation>
    </message>
    <message>
        <source>Cannot export as &apos;%1&apos;: use .png (8-bit, as displayed), .tif (32-bit float) or .npy (float32).</source>
        <translation>Impossible d&apos;exporter en «&#xa0;%1&#xa0;»&#xa0;: utilisez .png (8 bits, tel qu&apos;affiché), .tif (flottants 32 bits) ou .npy (float32).</translation>
    </message>
    <message>
        <source>Saved the output to %1</source>
        <translation>Sortie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Export the output</source>
        <translation>Exporter la sortie</translation>
    </message>
    <message>
        <source>PNG, 8-bit as displayed (*.png);;TIFF, 32-bit float (*.tif *.tiff);;NumPy array, float32 (*.npy)</source>
        <translation>PNG, 8 bits tel qu&apos;affiché (*.png);;TIFF, flottants 32 bits (*.tif *.tiff);;Tableau NumPy, float32 (*.npy)</translation>
    </message>
    <message>
        <source>Copied the output (as displayed) to the clipboard.</source>
        <translation>Sortie (telle qu&apos;affichée) copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>image déposée</translation>
    </message>
    <message>
        <source>filter.image is not text</source>
        <translation>filter.image n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>filter.image is not base64</source>
        <translation>filter.image n&apos;est pas du base64</translation>
    </message>
    <message>
        <source>filter.image is %1 × %2 pixels, more than the limit of %3 pixels the Filter workspace takes</source>
        <translation>filter.image fait %1 × %2 pixels, plus que la limite de %3 pixels de l&apos;espace Filtre</translation>
    </message>
    <message>
        <source>filter.image is not an 8-bit grey or colour PNG</source>
        <translation>filter.image n&apos;est pas un PNG 8 bits en gris ou en couleur</translation>
    </message>
    <message>
        <source>filter.image is larger than the Filter workspace takes</source>
        <translation>filter.image est plus grande que ce que prend l&apos;espace Filtre</translation>
    </message>
    <message>
        <source>filter is not an object</source>
        <translation>filter n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>filter.%1 is missing</source>
        <translation>filter.%1 manque</translation>
    </message>
    <message>
        <source>filter.%1 has the wrong type</source>
        <translation>filter.%1 n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>filter.display: &quot;%1&quot; is not a display mode</source>
        <translation>filter.display&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mode d&apos;affichage</translation>
    </message>
    <message>
        <source>filter.view: %1 is not a view mode</source>
        <translation>filter.view&#xa0;: %1 n&apos;est pas un mode de vue</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::Im2colView</name>
    <message>
        <source>Measuring the matrix product…</source>
        <translation>Mesure du produit de matrices…</translation>
    </message>
    <message>
        <source>The matrix product has not been timed yet.</source>
        <translation>Le produit de matrices n&apos;a pas encore été chronométré.</translation>
    </message>
    <message>
        <source>%1 on the CPU (%2 GFLOP/s)</source>
        <translation>%1 sur le CPU (%2 GFLOP/s)</translation>
    </message>
    <message>
        <source>, %1 on the GPU</source>
        <translation>, %1 sur le GPU</translation>
    </message>
    <message>
        <source>This product (%1): %2.</source>
        <translation>Ce produit (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A real layer, %1 (%2): %3.</source>
        <translation>Une vraie couche, %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No GPU timing: %1</source>
        <translation>Pas de mesure sur GPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>No convolution to unroll.</source>
        <translation>Aucune convolution à dérouler.</translation>
    </message>
    <message>
        <source>kernel 9</source>
        <translation>noyau 9</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>noyau %1</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>Each of the %1 windows is a row of %2 values: one matrix product (%1×%2 · %2×%3) gives every output at once, which is how libraries run a convolution.</source>
        <translation>Chacune des %1 fenêtres est une ligne de %2 valeurs&#xa0;: un seul produit de matrices (%1×%2 · %2×%3) donne toutes les sorties d&apos;un coup&#xa0;; c&apos;est ainsi que les bibliothèques calculent une convolution.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ImageSource</name>
    <message>
        <source>Astronaut (photo)</source>
        <translation>Astronaute (photo)</translation>
    </message>
    <message>
        <source>Coffee (photo)</source>
        <translation>Café (photo)</translation>
    </message>
    <message>
        <source>Chelsea the cat (photo)</source>
        <translation>Chelsea la chatte (photo)</translation>
    </message>
    <message>
        <source>Cameraman (grey photo)</source>
        <translation>Cameraman (photo en gris)</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels: the Filter workspace works on it at %4 × %5, more than a 4K screen shows, so that it stays quick.</source>
        <translation>%1 fait %2 × %3 pixels&#xa0;: l&apos;espace Filtre le traite en %4 × %5, plus que ce qu&apos;affiche un écran 4K, pour rester rapide.</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>L&apos;exemple %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>%1 (pattern)</source>
        <translation>%1 (motif)</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it holds no 8-bit grey or colour pixels.</source>
        <translation>Impossible d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: il ne contient pas de pixels 8 bits en gris ou en couleur.</translation>
    </message>
    <message>
        <source>Cannot use &apos;%1&apos;: it is %2 × %3 pixels, more than the 100 megapixels ConvSight opens; scale it down first.</source>
        <translation>Impossible d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: il fait %2 × %3 pixels, plus que les 100 mégapixels qu&apos;ouvre ConvSight&#xa0;; réduisez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <source>The clipboard holds no image: copy one (or an image file) and paste again.</source>
        <translation>Le presse-papiers ne contient pas d&apos;image&#xa0;: copiez-en une (ou un fichier image) et collez de nouveau.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::InspectWorkspace</name>
    <message>
        <source>Feature maps</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>MLP vs CNN</source>
        <translation>MLP vs CNN</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Every layer&apos;s feature maps for the input</source>
        <translation>Les cartes d&apos;activation de chaque couche pour l&apos;entrée</translation>
    </message>
    <message>
        <source>The confusion matrix of the test set</source>
        <translation>La matrice de confusion du jeu de test</translation>
    </message>
    <message>
        <source>An MLP and a CNN on test images shifted to the right</source>
        <translation>Un MLP et un CNN sur des images de test décalées vers la droite</translation>
    </message>
    <message>
        <source>Why did it say that? Saliency, Grad-CAM, occlusion and what a filter wants</source>
        <translation>Pourquoi a-t-il dit ça&#xa0;? Saillance, Grad-CAM, occlusion et ce que veut un filtre</translation>
    </message>
    <message>
        <source>A test example</source>
        <translation>Un exemple de test</translation>
    </message>
    <message>
        <source>An image file</source>
        <translation>Un fichier image</translation>
    </message>
    <message>
        <source>The camera</source>
        <translation>La caméra</translation>
    </message>
    <message>
        <source>The sketch pad: draw</source>
        <translation>L&apos;ardoise&#xa0;: dessiner</translation>
    </message>
    <message>
        <source>What goes into the network: a test example, an image file, a picture from the camera or your drawing</source>
        <translation>Ce qui entre dans le réseau&#xa0;: un exemple de test, un fichier image, une image de la caméra ou votre dessin</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Ouvrir une photo…</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)</translation>
    </message>
    <message>
        <source>Classify a photo or any image file: shrunk and converted to the network&apos;s input</source>
        <translation>Classer une photo ou n&apos;importe quel fichier image&#xa0;: réduit et converti pour l&apos;entrée du réseau</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>votre dessin</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>The test example&apos;s number</source>
        <translation>Le numéro de l&apos;exemple de test</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>A test example picked at random</source>
        <translation>Un exemple de test tiré au hasard</translation>
    </message>
    <message>
        <source>Random test example</source>
        <translation>Exemple de test au hasard</translation>
    </message>
    <message>
        <source>Next mistake</source>
        <translation>Erreur suivante</translation>
    </message>
    <message>
        <source>The next test example the network gets wrong (needs the confusion matrix&apos;s evaluation)</source>
        <translation>Le prochain exemple de test sur lequel le réseau se trompe (demande l&apos;évaluation de la matrice de confusion)</translation>
    </message>
    <message>
        <source>Take a picture</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Evaluate the test set first (Confusion matrix tab).</source>
        <translation>Évaluez d&apos;abord le jeu de test (onglet Matrice de confusion).</translation>
    </message>
    <message>
        <source>The network gets every test example right.</source>
        <translation>Le réseau a juste sur tous les exemples de test.</translation>
    </message>
    <message>
        <source>a picture from the camera</source>
        <translation>une image de la caméra</translation>
    </message>
    <message>
        <source>Click a feature map to see the filter that made it and the part of the input it sees.</source>
        <translation>Cliquez sur une carte d&apos;activation pour voir le filtre qui l&apos;a produite et la partie de l&apos;entrée qu&apos;elle voit.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its examples.</source>
        <translation>Cliquez sur une case de la matrice pour voir ses exemples.</translation>
    </message>
    <message>
        <source>Evaluate the test set</source>
        <translation>Évaluer le jeu de test</translation>
    </message>
    <message>
        <source>Run the network on every test example and fill the confusion matrix</source>
        <translation>Exécuter le réseau sur chaque exemple de test et remplir la matrice de confusion</translation>
    </message>
    <message>
        <source>No model yet: train one in the Train workspace, or load a model file there.</source>
        <translation>Pas encore de modèle&#xa0;: entraînez-en un dans l&apos;espace Entraînement, ou chargez-y un fichier de modèle.</translation>
    </message>
    <message>
        <source>%1 · no data set of its own: open a photo</source>
        <translation>%1 · pas de jeu de données propre&#xa0;: ouvrez une photo</translation>
    </message>
    <message>
        <source>%1 after %2 on %3%4</source>
        <translation>%1 après %2 sur %3%4</translation>
    </message>
    <message>
        <source> (a checkpoint from the timeline)</source>
        <translation> (un point de reprise de la chronologie)</translation>
    </message>
    <message>
        <source> (following the training)</source>
        <translation> (suit l&apos;entraînement)</translation>
    </message>
    <message>
        <source>test example %1: %2</source>
        <translation>exemple de test %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no model to show the image to yet.</source>
        <translation>Il n&apos;y a pas encore de modèle à qui montrer l&apos;image.</translation>
    </message>
    <message>
        <source>%1: shorter side resized, the middle %2×%3 cut out, %4.</source>
        <translation>%1&#xa0;: petit côté redimensionné, carré central %2×%3 découpé, %4.</translation>
    </message>
    <message>
        <source>normalised by the model&apos;s own mean and standard deviation</source>
        <translation>normalisé par la moyenne et l&apos;écart type du modèle lui-même</translation>
    </message>
    <message>
        <source>normalised by ImageNet&apos;s mean and standard deviation</source>
        <translation>normalisé par la moyenne et l&apos;écart type d&apos;ImageNet</translation>
    </message>
    <message>
        <source>values in [0, 1] (the model names no normalisation)</source>
        <translation>valeurs dans [0, 1] (le modèle ne précise aucune normalisation)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 probabilities</source>
        <translation>les %2 probabilités de %1</translation>
    </message>
    <message>
        <source>softmax of %1&apos;s %2 scores</source>
        <translation>softmax des %2 scores de %1</translation>
    </message>
    <message>
        <source>Move the input by one pixel and watch the feature maps move with it; the numbers say how far it has moved, right and down</source>
        <translation>Déplacez l&apos;entrée d&apos;un pixel et regardez les cartes d&apos;activation se déplacer avec elle&#xa0;; les nombres disent de combien elle s&apos;est déplacée, vers la droite et vers le bas</translation>
    </message>
    <message>
        <source>Move the input one pixel left</source>
        <translation>Déplacer l&apos;entrée d&apos;un pixel vers la gauche</translation>
    </message>
    <message>
        <source>Move the input one pixel right</source>
        <translation>Déplacer l&apos;entrée d&apos;un pixel vers la droite</translation>
    </message>
    <message>
        <source>Move the input one pixel up</source>
        <translation>Déplacer l&apos;entrée d&apos;un pixel vers le haut</translation>
    </message>
    <message>
        <source>Move the input one pixel down</source>
        <translation>Déplacer l&apos;entrée d&apos;un pixel vers le bas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The input where it was chosen</source>
        <translation>L&apos;entrée à l&apos;endroit où elle a été choisie</translation>
    </message>
    <message>
        <source>Shift the input: (%1, %2) px</source>
        <translation>Décaler l&apos;entrée&#xa0;: (%1, %2) px</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, map %2 at row %3, column %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, carte %2 en ligne %3, colonne %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 %3.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source> A dense layer&apos;s unit depends on every input pixel.</source>
        <translation> Une unité de couche dense dépend de chaque pixel d&apos;entrée.</translation>
    </message>
    <message>
        <source>filter %1 of %2</source>
        <translation>filtre %1 de %2</translation>
    </message>
    <message>
        <source> It was made by filter %1 of %2: %3 input channels × %4×%5 weights.</source>
        <translation> Elle a été produite par le filtre %1 de %2&#xa0;: %3 canaux d&apos;entrée × %4×%5 poids.</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source> In the input it sees a %1×%2 window (outlined).</source>
        <translation> Dans l&apos;entrée, elle voit une fenêtre %1×%2 (entourée).</translation>
    </message>
    <message>
        <source>This model has no test set of its own: it was loaded without a data set.</source>
        <translation>Ce modèle n&apos;a pas de jeu de test propre&#xa0;: il a été chargé sans jeu de données.</translation>
    </message>
    <message>
        <source>There is no model to evaluate yet.</source>
        <translation>Il n&apos;y a pas encore de modèle à évaluer.</translation>
    </message>
    <message>
        <source>Evaluating %1 test examples…</source>
        <translation>Évaluation de %1 exemples de test…</translation>
    </message>
    <message>
        <source>Evaluate the test set again</source>
        <translation>Évaluer de nouveau le jeu de test</translation>
    </message>
    <message>
        <source>Test accuracy %1 % (%2 of %3 right).</source>
        <translation>Exactitude sur le test&#xa0;: %1 % (%2 justes sur %3).</translation>
    </message>
    <message>
        <source>#%1 · %2 %</source>
        <translation>n° %1 · %2 %</translation>
    </message>
    <message>
        <source>%1, recognised: %2 examples</source>
        <translation>%1, reconnu&#xa0;: %2 exemples</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3 examples</source>
        <translation>%1 pris pour %2&#xa0;: %3 exemples</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (les %1 premiers)</translation>
    </message>
    <message>
        <source>inspect is not an object</source>
        <translation>inspect n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>inspect.%1 is missing</source>
        <translation>inspect.%1 manque</translation>
    </message>
    <message>
        <source>inspect.tab is not a tab number</source>
        <translation>inspect.tab n&apos;est pas un numéro d&apos;onglet</translation>
    </message>
    <message>
        <source>inspect.source is not an input source</source>
        <translation>inspect.source n&apos;est pas une source d&apos;entrée</translation>
    </message>
    <message>
        <source>inspect.test_example is not an example number</source>
        <translation>inspect.test_example n&apos;est pas un numéro d&apos;exemple</translation>
    </message>
    <message>
        <source>inspect.map is not a list of 4 numbers</source>
        <translation>inspect.map n&apos;est pas une liste de 4 nombres</translation>
    </message>
    <message>
        <source>%1 · pixels permuted, as the network sees them</source>
        <translation>%1 · pixels permutés, tels que le réseau les voit</translation>
    </message>
    <message>
        <source>%1, moved (%2, %3) px</source>
        <translation>%1, déplacée de (%2, %3) px</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelEditor</name>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>the kernel is empty: it needs at least one value</source>
        <translation>le noyau est vide&#xa0;: il lui faut au moins une valeur</translation>
    </message>
    <message>
        <source>row %1 has %2 values but row 1 has %3: every row needs the same number of values</source>
        <translation>la ligne %1 a %2 valeurs mais la ligne 1 en a %3&#xa0;: chaque ligne doit avoir le même nombre de valeurs</translation>
    </message>
    <message>
        <source>row %1, column %2 is not a finite number</source>
        <translation>ligne %1, colonne %2&#xa0;: ce n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>the kernel is %1×%2, larger than the 9×9 the editor shows</source>
        <translation>le noyau fait %1×%2, plus que le 9×9 qu&apos;affiche l&apos;éditeur</translation>
    </message>
    <message>
        <source>the %1 kernel&apos;s size differs from the red one&apos;s</source>
        <translation>la taille du noyau %1 diffère de celle du rouge</translation>
    </message>
    <message>
        <source>the divisor must be a number other than 0</source>
        <translation>le diviseur doit être un nombre différent de 0</translation>
    </message>
    <message>
        <source>the offset must be a finite number</source>
        <translation>le décalage doit être un nombre fini</translation>
    </message>
    <message>
        <source>The red channel&apos;s values sum to 0</source>
        <translation>Les valeurs du canal rouge ont pour somme 0</translation>
    </message>
    <message>
        <source>The green channel&apos;s values sum to 0</source>
        <translation>Les valeurs du canal vert ont pour somme 0</translation>
    </message>
    <message>
        <source>The blue channel&apos;s values sum to 0</source>
        <translation>Les valeurs du canal bleu ont pour somme 0</translation>
    </message>
    <message>
        <source>The values sum to 0</source>
        <translation>Les valeurs ont pour somme 0</translation>
    </message>
    <message>
        <source>, so no divisor makes them sum to 1. Kernels that sum to 0 (edge detectors) turn flat areas black; add an offset to see their negative values.</source>
        <translation>, donc aucun diviseur ne peut rendre leur somme égale à 1. Les noyaux de somme 0 (détecteurs de contours) rendent noires les zones uniformes&#xa0;; ajoutez un décalage pour voir leurs valeurs négatives.</translation>
    </message>
    <message>
        <source>Kernels from the lecture and image processing, each with what it does (Alt+Up, Alt+Down: the previous or next one)</source>
        <translation>Noyaux du cours et du traitement d&apos;image, chacun avec ce qu&apos;il fait (Alt+Up, Alt+Down&#xa0;: le précédent ou le suivant)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Rows of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation>Lignes du noyau (1 à 9). Les valeurs restent centrées&#xa0;: agrandir ajoute des zéros autour.</translation>
    </message>
    <message>
        <source>Columns of the kernel (1 to 9). The values stay centred: growing adds zeros around them.</source>
        <translation>Colonnes du noyau (1 à 9). Les valeurs restent centrées&#xa0;: agrandir ajoute des zéros autour.</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>&amp;Préréglage</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>One kernel for the three colour channels, or a kernel of its own for each</source>
        <translation>Un noyau pour les trois canaux de couleur, ou un noyau propre à chacun</translation>
    </message>
    <message>
        <source>One kernel for R, G, B</source>
        <translation>Un noyau pour R, V, B</translation>
    </message>
    <message>
        <source>One kernel per channel</source>
        <translation>Un noyau par canal</translation>
    </message>
    <message>
        <source>The same kernel filters the red, green and blue channels.</source>
        <translation>Le même noyau filtre les canaux rouge, vert et bleu.</translation>
    </message>
    <message>
        <source>Each colour channel gets a kernel of its own: blur red only, or detect edges in blue.</source>
        <translation>Chaque canal de couleur a son propre noyau&#xa0;: flouter seulement le rouge, ou détecter les contours dans le bleu.</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Edit the kernel of the %1 channel</source>
        <translation>Modifier le noyau du canal %1</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>Every value is divided by this number: 9 turns nine 1s into the average of nine pixels.</source>
        <translation>Chaque valeur est divisée par ce nombre&#xa0;: 9 transforme neuf 1 en la moyenne de neuf pixels.</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normaliser</translation>
    </message>
    <message>
        <source>Set the divisor to the sum of the values, so that the weights sum to 1 and the image keeps its brightness</source>
        <translation>Régler le diviseur sur la somme des valeurs, pour que les poids aient pour somme 1 et que l&apos;image garde sa luminosité</translation>
    </message>
    <message>
        <source>Added to every output value: 128 lifts the negative answers of an edge kernel into view on an 8-bit image.</source>
        <translation>Ajouté à chaque valeur de sortie&#xa0;: 128 fait apparaître les réponses négatives d&apos;un noyau de contours sur une image 8 bits.</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zéro</translation>
    </message>
    <message>
        <source>Pixels outside the image count as 0 (black), as in CNN libraries: a blur darkens the edges.  0 0 | a b c d | 0 0</source>
        <translation>Les pixels hors de l&apos;image comptent pour 0 (noir), comme dans les bibliothèques de CNN&#xa0;: un flou assombrit les bords.  0 0 | a b c d | 0 0</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>The edge pixel is repeated outwards.  a a | a b c d | d d</source>
        <translation>Le pixel du bord est répété vers l&apos;extérieur.  a a | a b c d | d d</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Refléter</translation>
    </message>
    <message>
        <source>The image is mirrored at its edge, the edge pixel not repeated (OpenCV&apos;s default).  c b | a b c d | c b</source>
        <translation>L&apos;image est reflétée en miroir à son bord, sans répéter le pixel du bord (par défaut dans OpenCV).  c b | a b c d | c b</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Enrouler</translation>
    </message>
    <message>
        <source>The image repeats like a tile: the left edge sees the right one.  c d | a b c d | a b</source>
        <translation>L&apos;image se répète comme un carrelage&#xa0;: le bord gauche voit le bord droit.  c d | a b c d | a b</translation>
    </message>
    <message>
        <source>What the kernel sees past the edge of the image</source>
        <translation>Ce que voit le noyau au-delà du bord de l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Divisor</source>
        <translation>&amp;Diviseur</translation>
    </message>
    <message>
        <source>&amp;Offset</source>
        <translation>Déc&amp;alage</translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Random whole numbers from −5 to 5, like the untrained filters of a CNN (the channel shown)</source>
        <translation>Entiers aléatoires de −5 à 5, comme les filtres non entraînés d&apos;un CNN (le canal affiché)</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Transposer</translation>
    </message>
    <message>
        <source>Rows become columns: Sobel x turns into Sobel y</source>
        <translation>Les lignes deviennent des colonnes&#xa0;: Sobel x devient Sobel y</translation>
    </message>
    <message>
        <source>Flip 180°</source>
        <translation>Retourner 180°</translation>
    </message>
    <message>
        <source>Turn the kernel half around. Sliding the flipped kernel is convolution in the mathematical sense; sliding it as written is cross-correlation, what CNNs compute.</source>
        <translation>Faire faire un demi-tour au noyau. Faire glisser le noyau retourné, c&apos;est la convolution au sens mathématique&#xa0;; le faire glisser tel qu&apos;écrit, c&apos;est la corrélation croisée, ce que calculent les CNN.</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Opposé</translation>
    </message>
    <message>
        <source>Every value times −1 (the channel shown)</source>
        <translation>Chaque valeur multipliée par −1 (le canal affiché)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Every value 0 and the divisor 1 (the channel shown)</source>
        <translation>Toutes les valeurs à 0 et le diviseur à 1 (le canal affiché)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Load a kernel from a .kernel.json or CSV file</source>
        <translation>Charger un noyau depuis un fichier .kernel.json ou CSV</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the kernel as .kernel.json (values, divisor, offset) or CSV (the weights)</source>
        <translation>Enregistrer le noyau en .kernel.json (valeurs, diviseur, décalage) ou en CSV (les poids)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Personnalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A kernel of your own. Each output pixel is the sum of the pixels under the kernel, each times the number in its cell, divided by the divisor, plus the offset.</source>
        <translation>Un noyau à vous. Chaque pixel de sortie est la somme des pixels sous le noyau, chacun multiplié par le nombre de sa case, divisée par le diviseur, plus le décalage.</translation>
    </message>
    <message>
        <source>: brightness kept</source>
        <translation>&#xa0;: luminosité conservée</translation>
    </message>
    <message>
        <source>: flat areas become 0</source>
        <translation>&#xa0;: les zones uniformes deviennent 0</translation>
    </message>
    <message>
        <source>Σ values %1 ÷ %2 = %3%4</source>
        <translation>Σ valeurs %1 ÷ %2 = %3%4</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Préréglage %1</translation>
    </message>
    <message>
        <source>This kernel cannot be used: %1.</source>
        <translation>Ce noyau est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set kernel</source>
        <translation>Définir le noyau</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Noyau %1</translation>
    </message>
    <message>
        <source>Set cell (%1, %2) to %3</source>
        <translation>Case (%1, %2) mise à %3</translation>
    </message>
    <message>
        <source>Scroll cell (%1, %2)</source>
        <translation>Molette sur la case (%1, %2)</translation>
    </message>
    <message>
        <source>Resize to %1×%2</source>
        <translation>Redimensionner en %1×%2</translation>
    </message>
    <message>
        <source>The divisor cannot be 0: nothing can be divided by 0.</source>
        <translation>Le diviseur ne peut pas valoir 0&#xa0;: rien ne se divise par 0.</translation>
    </message>
    <message>
        <source>Divisor %1</source>
        <translation>Diviseur %1</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Décalage %1</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Mode de bord</translation>
    </message>
    <message>
        <source>One kernel for all channels</source>
        <translation>Un noyau pour tous les canaux</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>ConvSight writes kernels as .kernel.json or .csv</source>
        <translation>ConvSight écrit les noyaux en .kernel.json ou en .csv</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the %1 channel&apos;s kernel to %2.</source>
        <translation>Noyau du canal %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Open a kernel</source>
        <translation>Ouvrir un noyau</translation>
    </message>
    <message>
        <source>Kernels (*.kernel.json *.json *.csv);;All files (*)</source>
        <translation>Noyaux (*.kernel.json *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the kernel</source>
        <translation>Enregistrer le noyau</translation>
    </message>
    <message>
        <source>Kernel (*.kernel.json);;CSV, the weights only (*.csv)</source>
        <translation>Noyau (*.kernel.json);;CSV, les poids seuls (*.csv)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelGrid</name>
    <message>
        <source>Type a number to change the selected cell; Tab and the arrow keys move, Enter commits. The scroll wheel adds or subtracts 1 (0.1 with Shift). The cell with the dotted frame is the anchor: the output pixel sits under it.</source>
        <translation>Tapez un nombre pour changer la case sélectionnée&#xa0;; Tab et les flèches déplacent, Entrée valide. La molette ajoute ou retire 1 (0.1 avec Maj). La case au cadre pointillé est l&apos;ancre&#xa0;: le pixel de sortie se trouve sous elle.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a value such as 2, −1 or 0.25.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Tapez une valeur comme 2, −1 ou 0.25.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::KernelQuiz</name>
    <message>
        <source>Which kernel?</source>
        <translation>Quel noyau&#xa0;?</translation>
    </message>
    <message>
        <source>Predict, then reveal: the kernel is hidden, the output shown; which of four kernels made it?</source>
        <translation>Prédire, puis révéler&#xa0;: le noyau est caché, la sortie affichée&#xa0;; lequel des quatre noyaux l&apos;a produite&#xa0;?</translation>
    </message>
    <message>
        <source>Which kernel made this output?</source>
        <translation>Quel noyau a produit cette sortie&#xa0;?</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ProbabilityBars</name>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>Pas encore de prédiction</translation>
    </message>
    <message>
        <source>prediction: %1 (%2)</source>
        <translation>prédiction&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation>vrai&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::ShiftComparison</name>
    <message>
        <source>An MLP gives every pixel its own weights; a CNN slides the same small filters over the whole picture. Train both with about as many parameters, then move the test images to the right pixel by pixel: is the network translationally invariant, f(T(x)) = f(x)?</source>
        <translation>Un MLP donne à chaque pixel ses propres poids&#xa0;; un CNN fait glisser les mêmes petits filtres sur toute l&apos;image. Entraînez-les tous les deux avec à peu près autant de paramètres, puis décalez les images de test vers la droite pixel par pixel&#xa0;: le réseau est-il invariant par translation, f(T(x)) = f(x)&#xa0;?</translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on the current data set.</source>
        <translation>Appuyez sur «&#xa0;Entraîner les deux&#xa0;» pour entraîner un MLP et le CNN sur le jeu de données actuel.</translation>
    </message>
    <message>
        <source>Train both</source>
        <translation>Entraîner les deux</translation>
    </message>
    <message>
        <source>Train the MLP and the Train workspace&apos;s CNN on the current data set, then measure them on shifted test images</source>
        <translation>Entraîner le MLP et le CNN de l&apos;espace Entraînement sur le jeu de données actuel, puis les mesurer sur des images de test décalées</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>How many epochs each of the two networks trains</source>
        <translation>Combien d&apos;époques chacun des deux réseaux s&apos;entraîne</translation>
    </message>
    <message>
        <source> epoch</source>
        <translation> époque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop training or measuring the two networks</source>
        <translation>Arrêter l&apos;entraînement ou la mesure des deux réseaux</translation>
    </message>
    <message>
        <source>How far the test images move right, in pixels, at most</source>
        <translation>De combien les images de test se déplacent vers la droite, en pixels, au plus</translation>
    </message>
    <message>
        <source>up to 8 px</source>
        <translation>jusqu&apos;à 8 px</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Run both models on the test set shifted by 0 to the largest shift</source>
        <translation>Exécuter les deux modèles sur le jeu de test décalé de 0 jusqu&apos;au plus grand décalage</translation>
    </message>
    <message>
        <source>up to %1 px</source>
        <translation>jusqu&apos;à %1 px</translation>
    </message>
    <message>
        <source>Largest shift:</source>
        <translation>Plus grand décalage&#xa0;:</translation>
    </message>
    <message>
        <source>Test accuracy as the images move right</source>
        <translation>Exactitude (test) selon le décalage</translation>
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
        <translation>décalage vers la droite (pixels)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>Press &quot;Train both&quot; to train an MLP and the CNN on %1.</source>
        <translation>Appuyez sur «&#xa0;Entraîner les deux&#xa0;» pour entraîner un MLP et le CNN sur %1.</translation>
    </message>
    <message>
        <source>a data set</source>
        <translation>un jeu de données</translation>
    </message>
    <message>
        <source>%1 and %2 are ready: press &quot;Measure&quot;.</source>
        <translation>%1 et %2 sont prêts&#xa0;: appuyez sur «&#xa0;Mesurer&#xa0;».</translation>
    </message>
    <message>
        <source>There is no data set to train on yet: choose one in the Train workspace.</source>
        <translation>Il n&apos;y a pas encore de jeu de données pour l&apos;entraînement&#xa0;: choisissez-en un dans l&apos;espace Entraînement.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Entraînement annulé.</translation>
    </message>
    <message>
        <source>The study runs when training is done.</source>
        <translation>L&apos;étude se lance une fois l&apos;entraînement terminé.</translation>
    </message>
    <message>
        <source>Train both models first (or give trained ones).</source>
        <translation>Entraînez d&apos;abord les deux modèles (ou donnez-en des modèles entraînés).</translation>
    </message>
    <message>
        <source>The study failed: %1</source>
        <translation>L&apos;étude a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measured on %1 test images, shifted 0 to %2 px right.</source>
        <translation>Mesuré sur %1 images de test, décalées de 0 à %2 px vers la droite.</translation>
    </message>
    <message>
        <source>Study cancelled.</source>
        <translation>Étude annulée.</translation>
    </message>
    <message>
        <source>Running both models on the shifted test images… %1 %</source>
        <translation>Exécution des deux modèles sur les images de test décalées… %1 %</translation>
    </message>
    <message>
        <source>Training the %1 for %2… %3 %</source>
        <translation>Entraînement du %1 pendant %2… %3 %</translation>
    </message>
    <message>
        <source>MLP · %1 parameters</source>
        <translation>MLP · %1 paramètres</translation>
    </message>
    <message>
        <source>CNN (%1) · %2 parameters</source>
        <translation>CNN (%1) · %2 paramètres</translation>
    </message>
    <message>
        <source>Move the slider to shift the test images and see whose accuracy holds.</source>
        <translation>Déplacez le curseur pour décaler les images de test et voir quelle exactitude tient.</translation>
    </message>
    <message>
        <source>Moved %1 px right, the &lt;b style=&apos;color:%2&apos;&gt;MLP&lt;/b&gt; goes from %3 to %4 and the &lt;b style=&apos;color:%5&apos;&gt;CNN&lt;/b&gt; from %6 to %7. </source>
        <translation>Décalé de %1 px vers la droite, le &lt;b style=&apos;color:%2&apos;&gt;MLP&lt;/b&gt; passe de %3 à %4 et le &lt;b style=&apos;color:%5&apos;&gt;CNN&lt;/b&gt; de %6 à %7. </translation>
    </message>
    <message>
        <source>The MLP&apos;s accuracy falls as the picture moves: a different set of weights becomes relevant. The CNN&apos;s shared filters find the pattern wherever it is</source>
        <translation>L&apos;exactitude du MLP baisse quand l&apos;image se déplace&#xa0;: un autre ensemble de poids entre en jeu. Les filtres partagés du CNN trouvent le motif où qu&apos;il soit</translation>
    </message>
    <message>
        <source>, but its dense layers at the end still see where the features are, so larger shifts hurt it too.</source>
        <translation>, mais ses couches denses à la fin voient encore où sont les caractéristiques&#xa0;: les grands décalages le pénalisent aussi.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Here the CNN loses more: its shared filters find a pattern anywhere, but its dense layers still see where the feature maps light up, and a few epochs may not have taught it to ignore that.</source>
        <translation>Ici le CNN perd davantage&#xa0;: ses filtres partagés trouvent un motif n&apos;importe où, mais ses couches denses voient encore où s&apos;allument les cartes d&apos;activation, et quelques époques ne lui ont peut-être pas appris à l&apos;ignorer.</translation>
    </message>
    <message>
        <source>Both fall about as much: the dense layers at the end of this CNN see where the features are, as the MLP sees where the pixels are.</source>
        <translation>Les deux baissent à peu près autant&#xa0;: les couches denses à la fin de ce CNN voient où sont les caractéristiques, comme le MLP voit où sont les pixels.</translation>
    </message>
    <message>
        <source>Here both hold up about as well: the training images already show their objects at many positions, so the MLP has learnt from the data what the CNN&apos;s shared filters build in.</source>
        <translation>Ici les deux tiennent à peu près aussi bien&#xa0;: les images d&apos;entraînement montrent déjà leurs objets à de nombreuses positions, donc le MLP a appris des données ce que les filtres partagés du CNN intègrent d&apos;emblée.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SketchPad</name>
    <message>
        <source>Draw here</source>
        <translation>Dessinez ici</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Keep where drawn</source>
        <translation>Garder la position</translation>
    </message>
    <message>
        <source>Off: the drawing is centred as MNIST&apos;s digits were. On: it stays where you drew it, off-centre if you like</source>
        <translation>Décoché&#xa0;: le dessin est centré comme l&apos;étaient les chiffres de MNIST. Coché&#xa0;: il reste là où vous l&apos;avez dessiné, décentré si vous voulez</translation>
    </message>
    <message>
        <source>Left button draws,
right button erases.</source>
        <translation>Bouton gauche&#xa0;: dessiner,
bouton droit&#xa0;: effacer.</translation>
    </message>
    <message>
        <source>The model sees
(%1 × %2)</source>
        <translation>Le modèle voit
(%1 × %2)</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::SpeedComparison</name>
    <message>
        <source>The lecture&apos;s figures for its model (a CNN on CIFAR-10):</source>
        <translation>Les chiffres du cours pour son modèle (un CNN sur CIFAR-10)&#xa0;:</translation>
    </message>
    <message>
        <source>Press Start: this machine&apos;s examples per second appear here, on the same scale.</source>
        <translation>Appuyez sur Démarrer&#xa0;: les exemples par seconde de cette machine apparaissent ici, à la même échelle.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepExercise</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Predict, then reveal: type the output&apos;s size, then each output value before the stage shows it</source>
        <translation>Prédire, puis révéler&#xa0;: tapez la taille de la sortie, puis chaque valeur de sortie avant que la scène ne la montre</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the answer, then go on (Enter)</source>
        <translation>Vérifier la réponse, puis continuer (Entrée)</translation>
    </message>
    <message>
        <source>These settings give no output: nothing to ask about.</source>
        <translation>Ces réglages ne donnent aucune sortie&#xa0;: rien à demander.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Before the pass: the output&apos;s size, H×W?</source>
        <translation>Avant le calcul&#xa0;: la taille de la sortie, H×W&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. 3×3</source>
        <translation>p. ex. 3×3</translation>
    </message>
    <message>
        <source>%1: what value goes here?</source>
        <translation>%1&#xa0;: quelle valeur va ici&#xa0;?</translation>
    </message>
    <message>
        <source>a number, e.g. −4</source>
        <translation>un nombre, p. ex. −4</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Type the height and the width, e.g. 3×3.</source>
        <translation>Tapez la hauteur et la largeur, p. ex. 3×3.</translation>
    </message>
    <message>
        <source>Type a number, e.g. −4 or 2.11.</source>
        <translation>Tapez un nombre, p. ex. −4 ou 2.11.</translation>
    </message>
    <message>
        <source>The pass is done: %1.</source>
        <translation>Le calcul est terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::StepThroughWorkspace</name>
    <message>
        <source>&amp;Export Step Through</source>
        <translation>Exporter le pas à p&amp;as</translation>
    </message>
    <message>
        <source>Current frame as &amp;PNG…</source>
        <translation>Image actuelle en &amp;PNG…</translation>
    </message>
    <message>
        <source>Whole pass as animated &amp;GIF…</source>
        <translation>Passe entière en &amp;GIF animé…</translation>
    </message>
    <message>
        <source>Whole pass as &amp;MP4 video…</source>
        <translation>Passe entière en vidéo &amp;MP4…</translation>
    </message>
    <message>
        <source>The kernel that slides over the input</source>
        <translation>Le noyau qui glisse sur l&apos;entrée</translation>
    </message>
    <message>
        <source>Custom (edited)</source>
        <translation>Personnalisé (modifié)</translation>
    </message>
    <message>
        <source>Kernel size F: the window is F×F cells</source>
        <translation>Taille du noyau F&#xa0;: la fenêtre fait F×F cases</translation>
    </message>
    <message>
        <source>Input height H (rows)</source>
        <translation>Hauteur de l&apos;entrée H (lignes)</translation>
    </message>
    <message>
        <source>Input width W (columns)</source>
        <translation>Largeur de l&apos;entrée W (colonnes)</translation>
    </message>
    <message>
        <source>How many filters (kernels): each gives one feature map</source>
        <translation>Combien de filtres (noyaux)&#xa0;: chacun donne une carte d&apos;activation</translation>
    </message>
    <message>
        <source>How many cells the window moves at each step</source>
        <translation>De combien de cases la fenêtre se déplace à chaque pas</translation>
    </message>
    <message>
        <source>Dilation: the kernel&apos;s taps are this many cells apart (1: side by side)</source>
        <translation>Dilatation&#xa0;: les coefficients du noyau sont espacés d&apos;autant de cases (1&#xa0;: côte à côte)</translation>
    </message>
    <message>
        <source>&amp;Flip kernel</source>
        <translation>Re&amp;tourner</translation>
    </message>
    <message>
        <source>True convolution: the kernel turned by 180° before it slides. CNN libraries do not flip (they compute cross-correlation); for symmetric kernels both agree.</source>
        <translation>Vraie convolution&#xa0;: le noyau tourné de 180° avant de glisser. Les bibliothèques de CNN ne le retournent pas (elles calculent une corrélation croisée)&#xa0;; pour les noyaux symétriques, les deux coïncident.</translation>
    </message>
    <message>
        <source>&amp;RGB input</source>
        <translation>Entrée RV&amp;B</translation>
    </message>
    <message>
        <source>Three channels (R, G, B): each filter has one kernel slice per channel, and their sums add up</source>
        <translation>Trois canaux (R, V, B)&#xa0;: chaque filtre a une tranche de noyau par canal, et leurs sommes s&apos;additionnent</translation>
    </message>
    <message>
        <source>im2&amp;col</source>
        <translation>im2&amp;col</translation>
    </message>
    <message>
        <source>How a library computes it: every window unrolled into a row of a matrix, the whole convolution one matrix product</source>
        <translation>Comment une bibliothèque la calcule&#xa0;: chaque fenêtre déroulée en une ligne de matrice, toute la convolution en un seul produit de matrices</translation>
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
        <translation>Sans remplissage&#xa0;: la fenêtre ne visite que les positions où elle tient</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explicite</translation>
    </message>
    <message>
        <source>Cells around the input so that output = input / stride</source>
        <translation>Des cases autour de l&apos;entrée pour que sortie = entrée / pas</translation>
    </message>
    <message>
        <source>P cells on every side, as in the lecture&apos;s &quot;Padding = 2&quot;</source>
        <translation>P cases de chaque côté, comme le «&#xa0;Padding = 2&#xa0;» du cours</translation>
    </message>
    <message>
        <source>Padding P: VALID adds no cells, so the output shrinks to (W − F) / S + 1; SAME adds cells around the input so that the output is W / S, rounded up; Explicit adds the P you choose: (W − F + 2P) / S + 1</source>
        <translation>Remplissage P&#xa0;: VALID n&apos;ajoute aucune case, la sortie se réduit donc à (W − F) / S + 1&#xa0;; SAME ajoute des cases autour de l&apos;entrée pour que la sortie fasse W / S, arrondi au-dessus&#xa0;; Explicite ajoute le P que vous choisissez&#xa0;: (W − F + 2P) / S + 1</translation>
    </message>
    <message>
        <source>P: cells of padding on every side (Explicit padding). P ≥ F is allowed, as in PyTorch and TensorFlow, with a warning: outputs that see only padding are wasted.</source>
        <translation>P&#xa0;: cases de remplissage de chaque côté (remplissage Explicite). P ≥ F est permis, comme dans PyTorch et TensorFlow, avec un avertissement&#xa0;: les sorties qui ne voient que du remplissage sont perdues.</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>répéter</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>refléter</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>enrouler</translation>
    </message>
    <message>
        <source>What the padding cells hold: zeros (as CNNs do), the edge pixel repeated, the image mirrored, or the image repeated</source>
        <translation>Ce que contiennent les cases de remplissage&#xa0;: des zéros (comme dans les CNN), le pixel du bord répété, l&apos;image en miroir, ou l&apos;image répétée</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolution</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Pooling moyen</translation>
    </message>
    <message>
        <source>Gradient w.r.t. kernel</source>
        <translation>Gradient p/r au noyau</translation>
    </message>
    <message>
        <source>Gradient w.r.t. input</source>
        <translation>Gradient p/r à l&apos;entrée</translation>
    </message>
    <message>
        <source>Pooling slides the same window without a kernel; the gradients show where training&apos;s numbers come from</source>
        <translation>Le pooling fait glisser la même fenêtre sans noyau&#xa0;; les gradients montrent d&apos;où viennent les nombres de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Fill the input with random integers 0…9</source>
        <translation>Remplir l&apos;entrée d&apos;entiers aléatoires 0…9</translation>
    </message>
    <message>
        <source>From image…</source>
        <translation>Depuis une image…</translation>
    </message>
    <message>
        <source>Cut the input from a photo: shrunk to H×W, values 0…255</source>
        <translation>Découper l&apos;entrée dans une photo&#xa0;: réduite à H×W, valeurs 0…255</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the frame as PNG, or the whole pass as a GIF or an MP4</source>
        <translation>Enregistrer l&apos;image en PNG, ou toute la passe en GIF ou en MP4</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>&amp;Noyau</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Input H</source>
        <translation>&amp;Entrée H</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Filt&amp;ers</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>S&amp;tride</source>
        <translation>&amp;Pas</translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation>&amp;Remplissage</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>&amp;Border</source>
        <translation>&amp;Bord</translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation>&amp;Dilatation</translation>
    </message>
    <message>
        <source>Every position of the window: drag to scrub back and forth</source>
        <translation>Chaque position de la fenêtre&#xa0;: faites glisser pour avancer et reculer</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>Vitesse de l&apos;animation</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Back to the first position (Home)</source>
        <translation>Retour à la première position (Home)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>To the last position (End)</source>
        <translation>À la dernière position (End)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>One step back (Left arrow or Page Up)</source>
        <translation>Un pas en arrière (flèche gauche ou Page Up)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play or pause the sliding window (Space)</source>
        <translation>Lancer ou mettre en pause la fenêtre glissante (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>One step forward (Right arrow or Page Down)</source>
        <translation>Un pas en avant (flèche droite ou Page Down)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>Keep this window outlined while the others play (P); right-click an output cell to pin its window</source>
        <translation>Garder cette fenêtre entourée pendant que les autres défilent (P)&#xa0;; clic droit sur une case de sortie pour épingler sa fenêtre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Pas %1 sur %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Aucun pas</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>Noyau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kernel size %1×%1</source>
        <translation>Taille du noyau %1×%1</translation>
    </message>
    <message>
        <source>Input size %1×%2</source>
        <translation>Taille de l&apos;entrée %1×%2</translation>
    </message>
    <message>
        <source>Stride, padding, border, dilation or flip</source>
        <translation>Pas, remplissage, bord, dilatation ou retournement</translation>
    </message>
    <message>
        <source>1 filter</source>
        <translation>1 filtre</translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 filtres</translation>
    </message>
    <message>
        <source>RGB input, %1</source>
        <translation>Entrée RVB, %1</translation>
    </message>
    <message>
        <source>Grey input, %1</source>
        <translation>Entrée en gris, %1</translation>
    </message>
    <message>
        <source>Input (%1, %2) = %3</source>
        <translation>Entrée (%1, %2) = %3</translation>
    </message>
    <message>
        <source>Kernel (%1, %2) = %3</source>
        <translation>Noyau (%1, %2) = %3</translation>
    </message>
    <message>
        <source>Random input</source>
        <translation>Entrée aléatoire</translation>
    </message>
    <message>
        <source>Input from %1</source>
        <translation>Entrée depuis %1</translation>
    </message>
    <message>
        <source>Cut the input from an image</source>
        <translation>Découper l&apos;entrée dans une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>These settings give no output:
%1.</source>
        <translation>Ces réglages ne donnent aucune sortie&#xa0;:
%1.</translation>
    </message>
    <message>
        <source>Output size: none — %1</source>
        <translation>Sortie&#xa0;: aucune — %1</translation>
    </message>
    <message>
        <source>Output size:   %1      %2</source>
        <translation>Sortie&#xa0;:   %1      %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Après pooling</translation>
    </message>
    <message>
        <source>Max pooling keeps the largest value of each window (ringed): the strongest response survives, its exact position is dropped.</source>
        <translation>Le max pooling garde la plus grande valeur de chaque fenêtre (entourée)&#xa0;: la réponse la plus forte survit, sa position exacte est perdue.</translation>
    </message>
    <message>
        <source>Average pooling keeps the mean of each window: a box blur, then subsampling by the stride. Padding cells are not counted.</source>
        <translation>Le pooling moyen garde la moyenne de chaque fenêtre&#xa0;: un flou moyenneur, puis un sous-échantillonnage selon le pas. Les cases de remplissage ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Input X (R)</source>
        <translation>Entrée X (R)</translation>
    </message>
    <message>
        <source>Input X</source>
        <translation>Entrée X</translation>
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
        <translation>Noyau</translation>
    </message>
    <message>
        <source>dL/dX</source>
        <translation>dL/dX</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Saved %1 frames to %2</source>
        <translation>%1 images enregistrées dans %2</translation>
    </message>
    <message>
        <source>&amp;Lecture examples</source>
        <translation>&amp;Exemples du cours</translation>
    </message>
    <message>
        <source>%1  (lines %2)</source>
        <translation>%1  (lignes %2)</translation>
    </message>
    <message>
        <source>Lecture examples</source>
        <translation>Exemples du cours</translation>
    </message>
    <message>
        <source>The lecture&apos;s examples with the slides&apos; own numbers, one click each (undoable)</source>
        <translation>Les exemples du cours avec les nombres des diapositives, un clic chacun (annulable)</translation>
    </message>
    <message>
        <source>Load input from CSV…</source>
        <translation>Charger l&apos;entrée depuis un CSV…</translation>
    </message>
    <message>
        <source>Load kernel from CSV…</source>
        <translation>Charger le noyau depuis un CSV…</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Load the input or the kernel from a CSV file: one row per line, values separated by commas</source>
        <translation>Charger l&apos;entrée ou le noyau depuis un fichier CSV&#xa0;: une ligne de matrice par ligne de texte, valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>V(x, y): x the column, y the row, from 0 as in the lecture; V(1, 0) is row 1, column 2.</source>
        <translation>V(x, y)&#xa0;: x la colonne, y la ligne, à partir de 0 comme dans le cours&#xa0;; V(1, 0) est la ligne 1, colonne 2.</translation>
    </message>
    <message>
        <source>Crossed-out cells: %1</source>
        <translation>Cases barrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lecture example: %1</source>
        <translation>Exemple du cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: a CSV file holds one grey channel; untick RGB input to load it as the input</source>
        <translation>%1&#xa0;: un fichier CSV contient un seul canal gris&#xa0;; décochez Entrée RVB pour le charger comme entrée</translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; the input can be 2×2 to %4×%4</source>
        <translation>%1&#xa0;: la matrice fait %2×%3&#xa0;; l&apos;entrée peut aller de 2×2 à %4×%4</translation>
    </message>
    <message>
        <source>%1: the matrix is %2×%3; a kernel is square, 1×1 to %4×%4</source>
        <translation>%1&#xa0;: la matrice fait %2×%3&#xa0;; un noyau est carré, de 1×1 à %4×%4</translation>
    </message>
    <message>
        <source>Kernel from %1</source>
        <translation>Noyau depuis %1</translation>
    </message>
    <message>
        <source>Load the kernel from CSV</source>
        <translation>Charger le noyau depuis un CSV</translation>
    </message>
    <message>
        <source>Load the input from CSV</source>
        <translation>Charger l&apos;entrée depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>step_through is not an object</source>
        <translation>step_through n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>step_through.%1 is missing</source>
        <translation>step_through.%1 manque</translation>
    </message>
    <message>
        <source>step_through.mode is not text</source>
        <translation>step_through.mode n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>step_through.step is not a step number</source>
        <translation>step_through.step n&apos;est pas un numéro de pas</translation>
    </message>
    <message>
        <source>step_through.speed is not a speed of 1 to 10</source>
        <translation>step_through.speed n&apos;est pas une vitesse de 1 à 10</translation>
    </message>
    <message>
        <source>step_through.im2col is not true or false</source>
        <translation>step_through.im2col ne vaut ni true ni false</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainWorkspace</name>
    <message>
        <source>Synthetic shapes</source>
        <translation>Formes synthétiques</translation>
    </message>
    <message>
        <source>28×28 grey images, 10 classes, made on the fly</source>
        <translation>Images grises 28×28, 10 classes, créées à la volée</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey photos of clothes, 10 classes</source>
        <translation>Photos grises 28×28 de vêtements, 10 classes</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>Chiffres MNIST</translation>
    </message>
    <message>
        <source>28×28 grey handwritten digits, 10 classes</source>
        <translation>Chiffres manuscrits gris 28×28, 10 classes</translation>
    </message>
    <message>
        <source>CIFAR-10: choose its folder…</source>
        <translation>CIFAR-10&#xa0;: choisir son dossier…</translation>
    </message>
    <message>
        <source>32×32 colour photos, 10 classes</source>
        <translation>Photos en couleur 32×32, 10 classes</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Dossier d&apos;images…</translation>
    </message>
    <message>
        <source>Your own images: one subfolder per class</source>
        <translation>Vos propres images&#xa0;: un sous-dossier par classe</translation>
    </message>
    <message>
        <source>Training %1 on %2.</source>
        <translation>Entraînement de %1 sur %2.</translation>
    </message>
    <message>
        <source>The GPU failed in %1, so training stopped: %2</source>
        <translation>Le GPU a échoué dans %1, l&apos;entraînement s&apos;est donc arrêté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fine-tune %1</source>
        <translation>Réglage fin de %1</translation>
    </message>
    <message>
        <source>Loaded %1, without a data set of its own: look inside it in Inspect, or choose a data set and fine-tune it from its weights.</source>
        <translation>%1 chargé, sans jeu de données propre&#xa0;: regardez à l&apos;intérieur dans Inspection, ou choisissez un jeu de données et faites un réglage fin à partir de ses poids.</translation>
    </message>
    <message>
        <source>Loaded %1, trained %2 on %3.</source>
        <translation>%1 chargé, entraîné pendant %2 sur %3.</translation>
    </message>
    <message>
        <source>Permute pixels</source>
        <translation>Permuter les pixels</translation>
    </message>
    <message>
        <source>Shuffle every image&apos;s pixels in one fixed order (drawn from the seed), training and test images alike</source>
        <translation>Mélanger les pixels de chaque image dans un même ordre fixe (tiré de la graine), images d&apos;entraînement et de test pareillement</translation>
    </message>
    <message>
        <source>One shuffle for every image: an MLP learns as well as before, a CNN does not.</source>
        <translation>Un seul mélange pour toutes les images&#xa0;: un MLP apprend aussi bien qu&apos;avant, un CNN non.</translation>
    </message>
    <message>
        <source>Edit the network…</source>
        <translation>Modifier le réseau…</translation>
    </message>
    <message>
        <source>Add, remove and change the network&apos;s layers</source>
        <translation>Ajouter, supprimer et modifier les couches du réseau</translation>
    </message>
    <message>
        <source>1 · Data</source>
        <translation>1 · Données</translation>
    </message>
    <message>
        <source>2 · Network</source>
        <translation>2 · Réseau</translation>
    </message>
    <message>
        <source>3 · Training</source>
        <translation>3 · Entraînement</translation>
    </message>
    <message>
        <source>Speed: examples per second</source>
        <translation>Vitesse&#xa0;: exemples par seconde</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec inertie</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Cosine (down to 0)</source>
        <translation>Cosinus (jusqu&apos;à 0)</translation>
    </message>
    <message>
        <source>Step (× 0.1 every 10 epochs)</source>
        <translation>Par paliers (× 0,1 toutes les 10 époques)</translation>
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
        <translation>GPU CUDA (désactivé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Random (He initialisation)</source>
        <translation>Aléatoire (initialisation de He)</translation>
    </message>
    <message>
        <source>Hand-made: identity, blurs, Sobel, edges…</source>
        <translation>Faits main&#xa0;: identité, flous, Sobel, contours…</translation>
    </message>
    <message>
        <source>The Filter workspace&apos;s kernel, then random</source>
        <translation>Le noyau de l&apos;espace Filtre, puis aléatoire</translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s starting weights. Start from hand-made kernels and watch each one drift, epoch by epoch, into what the data asks for.</source>
        <translation>Les poids de départ de la première couche de convolution. Partez de noyaux faits main et regardez chacun dériver, époque après époque, vers ce que demandent les données.</translation>
    </message>
    <message>
        <source>How many times the training goes through the whole training set</source>
        <translation>Combien de fois l&apos;entraînement parcourt tout le jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>How many examples each step of the optimizer averages over</source>
        <translation>Sur combien d&apos;exemples chaque pas de l&apos;optimiseur fait sa moyenne</translation>
    </message>
    <message>
        <source>How the weights move against the gradient at each step</source>
        <translation>Comment les poids se déplacent à l&apos;opposé du gradient à chaque pas</translation>
    </message>
    <message>
        <source>The step size η of each update</source>
        <translation>La taille de pas η de chaque mise à jour</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Comment le taux d&apos;apprentissage change d&apos;une époque à l&apos;autre</translation>
    </message>
    <message>
        <source>The same seed gives the same starting weights and the same order of examples, so a run can be repeated</source>
        <translation>La même graine donne les mêmes poids de départ et le même ordre des exemples&#xa0;: un entraînement peut être répété</translation>
    </message>
    <message>
        <source>Where the training computes: the CPU or a CUDA GPU, same code path</source>
        <translation>Où l&apos;entraînement calcule&#xa0;: le CPU ou un GPU CUDA, même code</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d&apos;apprentissage η</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>GPU off: %1</source>
        <translation>GPU désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filtres de la 1re couche</translation>
    </message>
    <message>
        <source>Fine-tune a loaded model</source>
        <translation>Réglage fin d&apos;un modèle chargé</translation>
    </message>
    <message>
        <source>Fine-tune: every layer whose shapes match the loaded model&apos;s starts from its weights (a new last layer starts fresh); tick Frozen in the network&apos;s table to keep a layer&apos;s weights as they are</source>
        <translation>Réglage fin&#xa0;: chaque couche dont les formes correspondent au modèle chargé part de ses poids (une nouvelle dernière couche repart de zéro)&#xa0;; cochez Gelée dans le tableau du réseau pour garder les poids d&apos;une couche tels quels</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>One batch</source>
        <translation>Un lot</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Arrêter</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>ConvSight models (*.csmodel)</source>
        <translation>Modèles ConvSight (*.csmodel)</translation>
    </message>
    <message>
        <source>Load model…</source>
        <translation>Charger un modèle…</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Charger un modèle</translation>
    </message>
    <message>
        <source>Models (*.csmodel *.onnx)</source>
        <translation>Modèles (*.csmodel *.onnx)</translation>
    </message>
    <message>
        <source>Start training the network from its first epoch</source>
        <translation>Entraîner le réseau à partir de sa première époque</translation>
    </message>
    <message>
        <source>Pause the training at the end of a batch, or resume it</source>
        <translation>Mettre l&apos;entraînement en pause à la fin d&apos;un lot, ou le reprendre</translation>
    </message>
    <message>
        <source>While paused: train on one batch, then pause again</source>
        <translation>En pause&#xa0;: entraîner sur un lot, puis remettre en pause</translation>
    </message>
    <message>
        <source>Stop the training; the network keeps what it has learned</source>
        <translation>Arrêter l&apos;entraînement&#xa0;; le réseau garde ce qu&apos;il a appris</translation>
    </message>
    <message>
        <source>Save the trained network, its optimizer and its history</source>
        <translation>Enregistrer le réseau entraîné, son optimiseur et son historique</translation>
    </message>
    <message>
        <source>Load a saved network to look at it or train it further</source>
        <translation>Charger un réseau enregistré pour l&apos;examiner ou poursuivre son entraînement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Every epoch&apos;s checkpoint: drag to see the network as it was then</source>
        <translation>Le point de reprise de chaque époque&#xa0;: faites glisser pour voir le réseau tel qu&apos;il était alors</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The first convolution layer&apos;s filters appear here when the training starts.</source>
        <translation>Les filtres de la première couche de convolution apparaissent ici quand l&apos;entraînement commence.</translation>
    </message>
    <message>
        <source>The update rule</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Press Start to train the network on the data set.</source>
        <translation>Appuyez sur Démarrer pour entraîner le réseau sur le jeu de données.</translation>
    </message>
    <message>
        <source>Watch it learn</source>
        <translation>Regardez-le apprendre</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Continue on the CPU</source>
        <translation>Continuer sur le CPU</translation>
    </message>
    <message>
        <source>Train on from the current weights on the CPU: slower, but no GPU needed</source>
        <translation>Poursuivre l&apos;entraînement sur le CPU à partir des poids actuels&#xa0;: plus lent, mais sans GPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layers, %3 parameters, %4 FLOPs per example.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 couches, %3 paramètres, %4 FLOPs par exemple.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The data set: %1</source>
        <translation>Le jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 training and %3 test examples.</source>
        <translation>%1&#xa0;: %2 exemples d&apos;entraînement et %3 de test.</translation>
    </message>
    <message>
        <source>Training goes on on the CPU from the weights it had reached.</source>
        <translation>L&apos;entraînement se poursuit sur le CPU à partir des poids atteints.</translation>
    </message>
    <message>
        <source>Choose a data set first.</source>
        <translation>Choisissez d&apos;abord un jeu de données.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>▶  Resume</source>
        <translation>▶  Reprendre</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pause</translation>
    </message>
    <message>
        <source>The network cannot change while it trains.</source>
        <translation>Le réseau ne peut pas changer pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source> · %1 · test accuracy %2 %</source>
        <translation> · %1 · exactitude sur le test %2 %</translation>
    </message>
    <message>
        <source>%1 · epoch %2 of %3 · batch %4 of %5 · %6 examples/s · ETA %7</source>
        <translation>%1 · époque %2 sur %3 · lot %4 sur %5 · %6 exemples/s · reste %7</translation>
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
        <translation>Cette machine (%1)</translation>
    </message>
    <message>
        <source>Yours: %1 on %2; the lecture&apos;s: its CNN on CIFAR-10.</source>
        <translation>La vôtre&#xa0;: %1 sur %2&#xa0;; celle du cours&#xa0;: son CNN sur CIFAR-10.</translation>
    </message>
    <message>
        <source>No filters to show: the model has no convolution layer yet.</source>
        <translation>Aucun filtre à afficher&#xa0;: le modèle n&apos;a pas encore de couche de convolution.</translation>
    </message>
    <message>
        <source>batch %1 of epoch %2</source>
        <translation>lot %1 de l&apos;époque %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>no checkpoints yet</source>
        <translation>pas encore de point de reprise</translation>
    </message>
    <message>
        <source>now (following the training)</source>
        <translation>maintenant (suit l&apos;entraînement)</translation>
    </message>
    <message>
        <source>checkpoint: epoch %1 of %2</source>
        <translation>point de reprise&#xa0;: époque %1 sur %2</translation>
    </message>
    <message>
        <source>train is not an object</source>
        <translation>train n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>train.%1 is missing or has the wrong type</source>
        <translation>train.%1 manque ou n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>train.%1: %2 is outside %3…%4</source>
        <translation>train.%1&#xa0;: %2 est hors de %3…%4</translation>
    </message>
    <message>
        <source>train.optimizer: &quot;%1&quot; is not adam or sgd</source>
        <translation>train.optimizer&#xa0;: «&#xa0;%1&#xa0;» ne vaut ni adam ni sgd</translation>
    </message>
    <message>
        <source>train.schedule: &quot;%1&quot; is not constant, cosine or step</source>
        <translation>train.schedule&#xa0;: «&#xa0;%1&#xa0;» ne vaut ni constant, ni cosine, ni step</translation>
    </message>
    <message>
        <source>train.permute_pixels must be true or false</source>
        <translation>train.permute_pixels doit valoir true ou false</translation>
    </message>
    <message>
        <source>train.architecture: %1</source>
        <translation>train.architecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingCharts</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How much the smoothed line averages the noisy batch values: 0 follows every batch, 0.99 changes slowly</source>
        <translation>À quel point la courbe lissée moyenne les valeurs bruitées des lots&#xa0;: 0 suit chaque lot, 0.99 change lentement</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <source>x: epochs · faint: every batch · points: each epoch</source>
        <translation>x&#xa0;: époques · pâle&#xa0;: chaque lot · points&#xa0;: chaque époque</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>lissé</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>x: epochs</source>
        <translation>x&#xa0;: époques</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::TrainingSession</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Opening the data set…</source>
        <translation>Ouverture du jeu de données…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>There is no run that the GPU stopped.</source>
        <translation>Aucun entraînement n&apos;a été arrêté par le GPU.</translation>
    </message>
    <message>
        <source>The run cannot go on on the CPU: %1</source>
        <translation>L&apos;entraînement ne peut pas se poursuivre sur le CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the model: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the model back: %1</source>
        <translation>Impossible de relire le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of the model.</source>
        <translation>Impossible d&apos;écrire une copie temporaire du modèle.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>Stop the training before loading a model.</source>
        <translation>Arrêtez l&apos;entraînement avant de charger un modèle.</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one or load a model file.</source>
        <translation>Il n&apos;y a pas encore de modèle à enregistrer&#xa0;: entraînez-en un ou chargez un fichier de modèle.</translation>
    </message>
</context>
<context>
    <name>convsight::widgets::UpdateRuleView</name>
    <message>
        <source>&lt;p&gt;The optimizer&apos;s update rule appears here with its numbers when training starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La règle de mise à jour de l&apos;optimiseur apparaît ici avec ses nombres quand l&apos;entraînement commence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one weight or bias; every one is updated alike</source>
        <translation>un poids ou un biais&#xa0;; tous sont mis à jour de la même façon</translation>
    </message>
    <message>
        <source>the gradient of this batch&apos;s loss with respect to θ (backpropagation)</source>
        <translation>le gradient de la perte de ce lot par rapport à θ (rétropropagation)</translation>
    </message>
    <message>
        <source>weight decay: pulls every weight a little towards 0</source>
        <translation>décroissance des poids&#xa0;: tire chaque poids un peu vers 0</translation>
    </message>
    <message>
        <source>the learning rate now (the schedule sets it every epoch)</source>
        <translation>le taux d&apos;apprentissage actuel (la planification le fixe à chaque époque)</translation>
    </message>
    <message>
        <source>the first update, about to be made</source>
        <translation>la première mise à jour, sur le point d&apos;être faite</translation>
    </message>
    <message>
        <source>the number of the latest update (updates made so far)</source>
        <translation>le numéro de la dernière mise à jour (mises à jour faites jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>SGD, for every weight θ after every batch:</source>
        <translation>SGD, pour chaque poids θ après chaque lot&#xa0;:</translation>
    </message>
    <message>
        <source>SGD with momentum, for every weight θ after every batch:</source>
        <translation>SGD avec inertie, pour chaque poids θ après chaque lot&#xa0;:</translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, one per weight, starting at 0</source>
        <translation>la vitesse&#xa0;: une somme courante des gradients passés, une par poids, partant de 0</translation>
    </message>
    <message>
        <source>momentum: how much of the last velocity is kept</source>
        <translation>inertie&#xa0;: la part de la dernière vitesse qui est gardée</translation>
    </message>
    <message>
        <source>Adam, for every weight θ after every batch:</source>
        <translation>Adam, pour chaque poids θ après chaque lot&#xa0;:</translation>
    </message>
    <message>
        <source>moving averages of the gradient and of its square, one per weight, from 0</source>
        <translation>moyennes mobiles du gradient et de son carré, une par poids, à partir de 0</translation>
    </message>
    <message>
        <source>m and v with their bias corrected</source>
        <translation>m et v avec leur biais corrigé</translation>
    </message>
    <message>
        <source>how slowly m forgets old gradients</source>
        <translation>la lenteur avec laquelle m oublie les anciens gradients</translation>
    </message>
    <message>
        <source>the same for v</source>
        <translation>la même chose pour v</translation>
    </message>
    <message>
        <source>bias correction: m starts at 0, so early averages are scaled up</source>
        <translation>correction du biais&#xa0;: m part de 0, donc les premières moyennes sont agrandies</translation>
    </message>
    <message>
        <source>keeps the division safe where v′ is tiny</source>
        <translation>évite la division par un nombre trop petit là où v′ est minuscule</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot open image &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;image «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read image &apos;%1&apos;: %2</source>
        <translation>impossible de lire l&apos;image «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot decode image &apos;%1&apos;: %2</source>
        <translation>impossible de décoder l&apos;image «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is a DICOM file, a format ConvSight does not open</source>
        <translation>c&apos;est un fichier DICOM, un format que ConvSight n&apos;ouvre pas</translation>
    </message>
    <message>
        <source>it is not an image format OpenCV reads, or it is corrupt</source>
        <translation>ce n&apos;est pas un format d&apos;image que lit OpenCV, ou il est corrompu</translation>
    </message>
    <message>
        <source>the JPEG is corrupt</source>
        <translation>le JPEG est corrompu</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l&apos;image est vide</translation>
    </message>
    <message>
        <source>OpenCV could not encode it</source>
        <translation>OpenCV n&apos;a pas pu l&apos;encoder</translation>
    </message>
    <message>
        <source>%1 (use an extension such as .png or .jpg)</source>
        <translation>%1 (utilisez une extension comme .png ou .jpg)</translation>
    </message>
    <message>
        <source>it is %1 × %2 pixels, more than the 100 megapixels ConvSight opens (the limit is %3 pixels)</source>
        <translation>elle fait %1 × %2 pixels, plus que les 100 mégapixels qu&apos;ouvre ConvSight (la limite est de %3 pixels)</translation>
    </message>
    <message>
        <source>cannot open video &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir la vidéo «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write video &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire la vidéo «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write GIF &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire le GIF «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open GIF &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir le GIF «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read GIF &apos;%1&apos;: %2</source>
        <translation>impossible de lire le GIF «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open camera %1: %2</source>
        <translation>impossible d&apos;ouvrir la caméra %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a video format OpenCV reads, or it is corrupt</source>
        <translation>ce n&apos;est pas un format vidéo que lit OpenCV, ou il est corrompu</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>il n&apos;a aucune image</translation>
    </message>
    <message>
        <source>no frames were written</source>
        <translation>aucune image n&apos;a été écrite</translation>
    </message>
    <message>
        <source>this OpenCV build has no MP4 (&apos;mp4v&apos;) encoder, or the file cannot be created; export an animated GIF instead</source>
        <translation>cette version d&apos;OpenCV n&apos;a pas d&apos;encodeur MP4 («&#xa0;mp4v&#xa0;»), ou le fichier ne peut pas être créé&#xa0;; exportez plutôt un GIF animé</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed data is truncated or corrupt (zlib: %2)</source>
        <translation>%1&#xa0;: les données compressées sont tronquées ou corrompues (zlib&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file</source>
        <translation>%1&#xa0;: trop court pour être un fichier IDX</translation>
    </message>
    <message>
        <source>%1: not an IDX file (it starts with %2, an IDX file of %3 starts with %4)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier IDX (il commence par %2, un fichier IDX de %3 commence par %4)</translation>
    </message>
    <message>
        <source>%1: the file ends inside its header</source>
        <translation>%1&#xa0;: le fichier se termine au milieu de son en-tête</translation>
    </message>
    <message>
        <source>%1: the header describes no %2 (a dimension is 0)</source>
        <translation>%1&#xa0;: l&apos;en-tête ne décrit aucun %2 (une dimension vaut 0)</translation>
    </message>
    <message>
        <source>%1: %2, but the file holds only %3 bytes after the header</source>
        <translation>%1&#xa0;: %2, mais le fichier ne contient que %3 octets après l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: %2, but the file holds more bytes after them: is the header right?</source>
        <translation>%1&#xa0;: %2, mais le fichier contient encore des octets après&#xa0;: l&apos;en-tête est-il juste&#xa0;?</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels: they must be the same count</source>
        <translation>%1 contient %2 images mais %3 contient %4 étiquettes&#xa0;: il faut le même nombre</translation>
    </message>
    <message>
        <source>%1: %2 needs the four IDX files; missing %3</source>
        <translation>%1&#xa0;: %2 demande les quatre fichiers IDX&#xa0;; il manque %3</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a whole number of CIFAR-10 records (3073 bytes each: a label and 32×32×3 pixels)</source>
        <translation>%1&#xa0;: %2 octets ne font pas un nombre entier d&apos;enregistrements CIFAR-10 (3073 octets chacun&#xa0;: une étiquette et 32×32×3 pixels)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1&#xa0;: impossible de lire le fichier (%2)</translation>
    </message>
    <message>
        <source>%1: holds no class names</source>
        <translation>%1&#xa0;: ne contient aucun nom de classe</translation>
    </message>
    <message>
        <source>cifar10 needs the folder of its binary batches: cifar10:DIR</source>
        <translation>cifar10 demande le dossier de ses lots binaires&#xa0;: cifar10:DOSSIER</translation>
    </message>
    <message>
        <source>%1: no such folder (cifar10:DIR names the folder of data_batch_1.bin … test_batch.bin)</source>
        <translation>%1&#xa0;: dossier introuvable (cifar10:DOSSIER désigne le dossier de data_batch_1.bin … test_batch.bin)</translation>
    </message>
    <message>
        <source>%1: the folder holds neither IDX files (%2) nor CIFAR-10 batches (data_batch_1.bin … test_batch.bin)</source>
        <translation>%1&#xa0;: le dossier ne contient ni fichiers IDX (%2) ni lots CIFAR-10 (data_batch_1.bin … test_batch.bin)</translation>
    </message>
    <message>
        <source>unknown data set &apos;%1&apos;: choose %2</source>
        <translation>jeu de données inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez %2</translation>
    </message>
    <message>
        <source>%1: empty, where a number was expected</source>
        <translation>%1&#xa0;: vide, là où un nombre était attendu</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number (NaN and infinity cannot be convolved)</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre fini (NaN et l&apos;infini ne peuvent pas être convolués)</translation>
    </message>
    <message>
        <source>%1: line %2 has %3, line %4 has %5: every row needs the same number of values</source>
        <translation>%1&#xa0;: la ligne %2 a %3, la ligne %4 a %5&#xa0;: chaque ligne doit avoir le même nombre de valeurs</translation>
    </message>
    <message>
        <source>%1: no numbers in it; a matrix needs at least one row</source>
        <translation>%1&#xa0;: aucun nombre&#xa0;; une matrice a besoin d&apos;au moins une ligne</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1&#xa0;: n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>%1: cannot be opened for reading</source>
        <translation>%1&#xa0;: impossible de l&apos;ouvrir en lecture</translation>
    </message>
    <message>
        <source>%1: no &quot;rows&quot;: the kernel&apos;s values are missing</source>
        <translation>%1&#xa0;: pas de «&#xa0;rows&#xa0;»&#xa0;: les valeurs du noyau manquent</translation>
    </message>
    <message>
        <source>%1: &quot;rows&quot; must be a list of rows, such as [[0, 1], [1, 0]]</source>
        <translation>%1&#xa0;: «&#xa0;rows&#xa0;» doit être une liste de lignes, comme [[0, 1], [1, 0]]</translation>
    </message>
    <message>
        <source>%1: row %2 must be a list of numbers, such as [1, 2, 1]</source>
        <translation>%1&#xa0;: la ligne %2 doit être une liste de nombres, comme [1, 2, 1]</translation>
    </message>
    <message>
        <source>%1: the divisor is 0, and nothing can be divided by 0</source>
        <translation>%1&#xa0;: le diviseur vaut 0, et rien ne se divise par 0</translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: it is a folder, not a file</source>
        <translation>impossible d&apos;ouvrir le noyau «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open kernel &apos;%1&apos;: no such file, or not readable</source>
        <translation>impossible d&apos;ouvrir le noyau «&#xa0;%1&#xa0;»&#xa0;: fichier introuvable ou illisible</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1&#xa0;: JSON non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the number %2 is too small (below the range of a double, it would read as 0)</source>
        <translation>%1&#xa0;: le nombre %2 est trop petit (sous la plage d&apos;un double, il serait lu comme 0)</translation>
    </message>
    <message>
        <source>%1: %2 is too large (beyond the range of a double)</source>
        <translation>%1&#xa0;: %2 est trop grand (au-delà de la plage d&apos;un double)</translation>
    </message>
    <message>
        <source>%1: %2 is more than the limit of %3</source>
        <translation>%1&#xa0;: %2 dépasse la limite de %3</translation>
    </message>
    <message>
        <source>%1: is a folder, not a model file</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier de modèle</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a model file</source>
        <translation>%1&#xa0;: le fichier est vide, ce n&apos;est pas un fichier de modèle</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: truncated: only %2 bytes</source>
        <translation>%1&#xa0;: tronqué&#xa0;: seulement %2 octets</translation>
    </message>
    <message>
        <source>%1: not a ConvSight model file (a ConvSight model file starts with &quot;CSMODEL&quot;)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier de modèle ConvSight (un fichier de modèle ConvSight commence par «&#xa0;CSMODEL&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: written by a newer ConvSight: format %2, this build reads %3</source>
        <translation>%1&#xa0;: écrit par un ConvSight plus récent&#xa0;: format %2, cette version lit le %3</translation>
    </message>
    <message>
        <source>%1: corrupted: checksum mismatch (the file changed after it was written)</source>
        <translation>%1&#xa0;: corrompu&#xa0;: somme de contrôle incorrecte (le fichier a changé après son écriture)</translation>
    </message>
    <message>
        <source>%1: corrupted: %2</source>
        <translation>%1&#xa0;: corrompu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not an architecture file</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier d&apos;architecture</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: an architecture needs at least one layer</source>
        <translation>%1&#xa0;: une architecture a besoin d&apos;au moins une couche</translation>
    </message>
    <message>
        <source>the architecture&apos;s &apos;name&apos; must be a non-empty string</source>
        <translation>le «&#xa0;name&#xa0;» de l&apos;architecture doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>the architecture has an unknown entry &apos;%1&apos; (it takes &apos;name&apos;, &apos;input&apos; and &apos;layers&apos;)</source>
        <translation>l&apos;architecture a une entrée inconnue «&#xa0;%1&#xa0;» (elle prend «&#xa0;name&#xa0;», «&#xa0;input&#xa0;» et «&#xa0;layers&#xa0;»)</translation>
    </message>
    <message>
        <source>Conv2d: the stride must be at least 1</source>
        <translation>Conv2d&#xa0;: le pas doit valoir au moins 1</translation>
    </message>
    <message>
        <source>training needs both a training and a test set</source>
        <translation>l&apos;entraînement demande un jeu d&apos;entraînement et un jeu de test</translation>
    </message>
    <message>
        <source>the model file holds no optimizer state, so its training cannot be resumed; start a new run from it instead</source>
        <translation>le fichier de modèle ne contient pas l&apos;état de l&apos;optimiseur, son entraînement ne peut donc pas être repris&#xa0;; lancez plutôt un nouvel entraînement à partir de lui</translation>
    </message>
    <message>
        <source>the checkpoint has already trained %1 epochs of the %2 asked for; ask for more epochs to continue</source>
        <translation>le point de reprise a déjà fait %1 époques sur les %2 demandées&#xa0;; demandez plus d&apos;époques pour continuer</translation>
    </message>
    <message>
        <source>trainer: all %1 epochs are done</source>
        <translation>entraîneur&#xa0;: les %1 époques sont toutes faites</translation>
    </message>
    <message>
        <source>trainer: pause or stop the training before saving it</source>
        <translation>entraîneur&#xa0;: mettez en pause ou arrêtez l&apos;entraînement avant de l&apos;enregistrer</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>AvgPool2d: 2×2</source>
        <translation>AvgPool2d&#xa0;: 2×2</translation>
    </message>
    <message>
        <source>Count padding</source>
        <translation>Compter le remplissage</translation>
    </message>
    <message>
        <source>Conv2d: 16 filters 3×3, SAME</source>
        <translation>Conv2d&#xa0;: 16 filtres 3×3, SAME</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Taille du noyau</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>MaxPool2d: 2×2</source>
        <translation>MaxPool2d&#xa0;: 2×2</translation>
    </message>
    <message>
        <source>Dense: 64 units</source>
        <translation>Dense&#xa0;: 64 unités</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>LocallyConnected2d: 8 filters 3×3, VALID</source>
        <translation>LocallyConnected2d&#xa0;: 8 filtres 3×3, VALID</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Taille de la fenêtre</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>LeakyReLU: slope 0.01</source>
        <translation>LeakyReLU&#xa0;: pente 0.01</translation>
    </message>
    <message>
        <source>Slope α for x &lt; 0</source>
        <translation>Pente α pour x &lt; 0</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
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
        <translation>Inertie</translation>
    </message>
    <message>
        <source>Dropout: p 0.25</source>
        <translation>Dropout&#xa0;: p 0.25</translation>
    </message>
    <message>
        <source>Drop probability p</source>
        <translation>Probabilité d&apos;abandon p</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Pad: 1 pixel, zeros</source>
        <translation>Pad&#xa0;: 1 pixel, zéros</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Identité</translation>
    </message>
    <message>
        <source>Copies each pixel unchanged: only the centre weight is 1. A good start for seeing how stride and padding alone change the output.</source>
        <translation>Recopie chaque pixel tel quel&#xa0;: seul le poids central vaut 1. Un bon début pour voir comment le pas et le remplissage, à eux seuls, changent la sortie.</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Flou moyenneur</translation>
    </message>
    <message>
        <source>Replaces each pixel by the average of its 3×3 neighbourhood. The weights sum to 1, so flat areas keep their brightness while noise and fine detail are smoothed away.</source>
        <translation>Remplace chaque pixel par la moyenne de son voisinage 3×3. Les poids ont pour somme 1&#xa0;: les zones uniformes gardent leur luminosité, tandis que le bruit et les détails fins sont lissés.</translation>
    </message>
    <message>
        <source>Gaussian blur 3×3</source>
        <translation>Flou gaussien 3×3</translation>
    </message>
    <message>
        <source>A weighted average that trusts the centre most, falling off like a bell curve. It blurs more naturally than the box blur, without its blocky artefacts; the weights sum to 1.</source>
        <translation>Une moyenne pondérée qui fait le plus confiance au centre, décroissant comme une courbe en cloche. Elle floute plus naturellement que le flou moyenneur, sans ses artefacts en blocs&#xa0;; les poids ont pour somme 1.</translation>
    </message>
    <message>
        <source>Gaussian blur 5×5</source>
        <translation>Flou gaussien 5×5</translation>
    </message>
    <message>
        <source>A wider Gaussian (binomial weights 1 4 6 4 1 in each direction): a stronger, smooth blur. The weights sum to 1, so brightness is kept.</source>
        <translation>Une gaussienne plus large (poids binomiaux 1 4 6 4 1 dans chaque direction)&#xa0;: un flou plus fort et doux. Les poids ont pour somme 1, la luminosité est donc conservée.</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Adds to each pixel its difference from its four neighbours (the identity plus the ridge kernel), so edges get more contrast. The weights sum to 1: flat areas stay the same.</source>
        <translation>Ajoute à chaque pixel sa différence avec ses quatre voisins (l&apos;identité plus le noyau de crêtes)&#xa0;: les contours gagnent en contraste. Les poids ont pour somme 1&#xa0;: les zones uniformes restent les mêmes.</translation>
    </message>
    <message>
        <source>Edge detection (8-neighbour)</source>
        <translation>Contours (8 voisins)</translation>
    </message>
    <message>
        <source>The lecture&apos;s edge kernel: the centre minus its eight neighbours. The weights sum to 0, so flat areas become 0 and only places where the brightness changes light up.</source>
        <translation>Le noyau de contours du cours&#xa0;: le centre moins ses huit voisins. Les poids ont pour somme 0&#xa0;: les zones uniformes donnent 0 et seuls les endroits où la luminosité change s&apos;allument.</translation>
    </message>
    <message>
        <source>Ridge detection (4-neighbour)</source>
        <translation>Crêtes (4 voisins)</translation>
    </message>
    <message>
        <source>The centre minus its four direct neighbours (a discrete Laplacian). It responds to thin lines and edges in every direction; flat areas give 0 because the weights sum to 0.</source>
        <translation>Le centre moins ses quatre voisins directs (un laplacien discret). Il répond aux traits fins et aux contours dans toutes les directions&#xa0;; les zones uniformes donnent 0 car les poids ont pour somme 0.</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (contours verticaux)</translation>
    </message>
    <message>
        <source>Right column minus left column, with the middle row counted twice: it measures how fast the brightness grows from left to right, so vertical edges light up. Weights sum to 0.</source>
        <translation>Colonne de droite moins colonne de gauche, ligne du milieu comptée deux fois&#xa0;: mesure combien la luminosité croît vers la droite&#xa0;; les contours verticaux s&apos;allument. Somme des poids&#xa0;: 0.</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (contours horizontaux)</translation>
    </message>
    <message>
        <source>Bottom row minus top row, the middle column counted twice: it measures how fast the brightness grows downwards, so horizontal edges light up. Weights sum to 0.</source>
        <translation>Ligne du bas moins ligne du haut, colonne du milieu comptée deux fois&#xa0;: mesure combien la luminosité croît vers le bas&#xa0;; les contours horizontaux s&apos;allument. Somme des poids&#xa0;: 0.</translation>
    </message>
    <message>
        <source>Prewitt x (vertical edges)</source>
        <translation>Prewitt x (contours verticaux)</translation>
    </message>
    <message>
        <source>Like Sobel x but with equal weights: right column minus left column. Simpler, a little more sensitive to noise. Weights sum to 0.</source>
        <translation>Comme Sobel x mais avec des poids égaux&#xa0;: colonne de droite moins colonne de gauche. Plus simple, un peu plus sensible au bruit. Somme des poids&#xa0;: 0.</translation>
    </message>
    <message>
        <source>Prewitt y (horizontal edges)</source>
        <translation>Prewitt y (contours horizontaux)</translation>
    </message>
    <message>
        <source>Like Sobel y but with equal weights: bottom row minus top row. Weights sum to 0.</source>
        <translation>Comme Sobel y mais avec des poids égaux&#xa0;: ligne du bas moins ligne du haut. Somme des poids&#xa0;: 0.</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Repoussage</translation>
    </message>
    <message>
        <source>Differences along the diagonal, plus the pixel itself: edges facing one way get brighter and the other way darker, so the image looks pressed into metal. Weights sum to 1.</source>
        <translation>Des différences le long de la diagonale, plus le pixel lui-même&#xa0;: les contours tournés d&apos;un côté s&apos;éclaircissent et ceux de l&apos;autre côté s&apos;assombrissent, comme une image pressée dans du métal. Somme des poids&#xa0;: 1.</translation>
    </message>
    <message>
        <source>Horizontal edge (lecture)</source>
        <translation>Contour horizontal (cours)</translation>
    </message>
    <message>
        <source>The lecture&apos;s kernel: the row above minus the row below. It is large where the image is brighter above than below, i.e. on horizontal edges; weights sum to 0.</source>
        <translation>Le noyau du cours&#xa0;: la ligne du dessus moins la ligne du dessous. Il est grand là où l&apos;image est plus claire au-dessus qu&apos;au-dessous, c&apos;est-à-dire sur les contours horizontaux&#xa0;; somme des poids&#xa0;: 0.</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>Flou de bougé</translation>
    </message>
    <message>
        <source>Averages five pixels along a diagonal line, as if the camera moved during the exposure. The blur has a direction; the weights sum to 1.</source>
        <translation>Fait la moyenne de cinq pixels le long d&apos;une diagonale, comme si l&apos;appareil photo avait bougé pendant la pose. Le flou a une direction&#xa0;; les poids ont pour somme 1.</translation>
    </message>
    <message>
        <source>Unsharp mask 5×5</source>
        <translation>Masque flou 5×5</translation>
    </message>
    <message>
        <source>Twice the image minus its 5×5 Gaussian blur (−1/256 × the Gaussian with −476 in the centre): the detail the blur removes is added back, sharpening without the noise of the 3×3 kernel. Weights sum to 1.</source>
        <translation>Deux fois l&apos;image moins son flou gaussien 5×5 (−1/256 × la gaussienne avec −476 au centre)&#xa0;: le détail que le flou enlève est rajouté, ce qui accentue la netteté sans le bruit du noyau 3×3. Somme des poids&#xa0;: 1.</translation>
    </message>
    <message>
        <source>The 4×4 worked example</source>
        <translation>L&apos;exemple détaillé 4×4</translation>
    </message>
    <message>
        <source>Slides: line 877 prints the bottom row 3, −8 (exact); lines 1413, 1514–1515 print 2, −9.</source>
        <translation>Diapositives&#xa0;: la ligne 877 donne la ligne du bas 3, −8 (exact)&#xa0;; les lignes 1413, 1514–1515 donnent 2, −9.</translation>
    </message>
    <message>
        <source>VALID padding in TensorFlow</source>
        <translation>Remplissage VALID dans TensorFlow</translation>
    </message>
    <message>
        <source>Padding = 2</source>
        <translation>Remplissage = 2</translation>
    </message>
    <message>
        <source>The curve detector (sum 6600)</source>
        <translation>Le détecteur de courbe (somme 6600)</translation>
    </message>
    <message>
        <source>Fully connected: the sum of three pixels</source>
        <translation>Entièrement connectée&#xa0;: la somme de trois pixels</translation>
    </message>
    <message>
        <source>The slide prints 1.38 and 0.4; exact: 0.6·0.8 + 0.1·0.4 + 0.9·1 = 1.42, and 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28 one column on.</source>
        <translation>La diapositive donne 1,38 et 0,4&#xa0;; exact&#xa0;: 0,6·0,8 + 0,1·0,4 + 0,9·1 = 1,42, et 0,6·0,4 + 0,1·0,4 + 0,9·0 = 0,28 une colonne plus loin.</translation>
    </message>
    <message>
        <source>No camera found: this machine has no video device (/dev/video*)</source>
        <translation>Aucune caméra trouvée&#xa0;: cette machine n&apos;a pas de périphérique vidéo (/dev/video*)</translation>
    </message>
    <message>
        <source>no CUDA-capable GPU was found</source>
        <translation>aucun GPU compatible CUDA n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>this build has no CUDA backend (configured without CUDA, or nvcc was not found)</source>
        <translation>cette version n&apos;a pas de moteur CUDA (configurée sans CUDA, ou nvcc est introuvable)</translation>
    </message>
    <message>
        <source>CUDA is not available: %1</source>
        <translation>CUDA n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every input pixel is under the filter at some step.</source>
        <translation>Chaque pixel de l&apos;entrée passe sous le filtre à un moment.</translation>
    </message>
    <message>
        <source>With %1, the filter never reaches %2 of the input (counting from 1): those pixels have no effect on the output.</source>
        <translation>Avec %1, le filtre n&apos;atteint jamais %2 de l&apos;entrée (en comptant à partir de 1)&#xa0;: ces pixels n&apos;ont aucun effet sur la sortie.</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>un pas de %1</translation>
    </message>
    <message>
        <source>stride %1 and dilation %2</source>
        <translation>un pas de %1 et une dilatation de %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>les lignes %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>la colonne %1</translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation>les colonnes %1</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>avion</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>automobile</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>oiseau</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>deer</source>
        <translation>cerf</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>chien</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>grenouille</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>cheval</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>bateau</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>camion</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Robe</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Manteau</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bottine</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>croix</translation>
    </message>
    <message>
        <source>horizontal line</source>
        <translation>trait horizontal</translation>
    </message>
    <message>
        <source>vertical line</source>
        <translation>trait vertical</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>anneau</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>diagonal line</source>
        <translation>trait diagonal</translation>
    </message>
    <message>
        <source>diagonal cross</source>
        <translation>croix diagonale</translation>
    </message>
    <message>
        <source>%1: is a folder, not an ONNX model</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un modèle ONNX</translation>
    </message>
    <message>
        <source>%1: the file is empty, not an ONNX model</source>
        <translation>%1&#xa0;: le fichier est vide, ce n&apos;est pas un modèle ONNX</translation>
    </message>
    <message>
        <source>%1: the file is larger than 2 GB; ONNX keeps weights that large in external data files</source>
        <translation>%1&#xa0;: le fichier dépasse 2 Go&#xa0;; ONNX garde des poids aussi gros dans des fichiers de données externes</translation>
    </message>
    <message>
        <source>%1: not an ONNX model: the protobuf data is truncated or corrupted</source>
        <translation>%1&#xa0;: ce n&apos;est pas un modèle ONNX&#xa0;: les données protobuf sont tronquées ou corrompues</translation>
    </message>
    <message>
        <source>%1: not an ONNX model: it has no graph (or a graph without nodes)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un modèle ONNX&#xa0;: il n&apos;a pas de graphe (ou un graphe sans nœuds)</translation>
    </message>
    <message>
        <source>%1: not an ONNX model, or one too old: IR version %2 (ConvSight reads IR version 3 and later)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un modèle ONNX, ou il est trop ancien&#xa0;: version IR %2 (ConvSight lit la version IR 3 et au-delà)</translation>
    </message>
    <message>
        <source>%1: the model imports no opset of the standard ONNX operators</source>
        <translation>%1&#xa0;: le modèle n&apos;importe aucun opset des opérateurs ONNX standard</translation>
    </message>
    <message>
        <source>%1: opset %2 is outside what ConvSight reads (%3 to %4)</source>
        <translation>%1&#xa0;: l&apos;opset %2 est hors de ce que lit ConvSight (%3 à %4)</translation>
    </message>
    <message>
        <source>%1: the model has no layers</source>
        <translation>%1&#xa0;: le modèle n&apos;a aucune couche</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <source>%1: an image folder needs one subfolder per class, and at least two classes; it has %2</source>
        <translation>%1&#xa0;: un dossier d&apos;images demande un sous-dossier par classe, et au moins deux classes&#xa0;; il en a %2</translation>
    </message>
    <message>
        <source>%1: the class folder holds no images (.png, .jpg, …)</source>
        <translation>%1&#xa0;: le dossier de classe ne contient aucune image (.png, .jpg, …)</translation>
    </message>
    <message>
        <source>%1: %2 images, more than the limit of %3 examples</source>
        <translation>%1&#xa0;: %2 images, plus que la limite de %3 exemples</translation>
    </message>
    <message>
        <source>%1: %2 images are too few to split into train and test parts</source>
        <translation>%1&#xa0;: %2 images, c&apos;est trop peu pour les partager entre entraînement et test</translation>
    </message>
    <message>
        <source>%1: the folder holds no IDX files, no CIFAR-10 batches and no subfolders of images (one per class)</source>
        <translation>%1&#xa0;: le dossier ne contient ni fichiers IDX, ni lots CIFAR-10, ni sous-dossiers d&apos;images (un par classe)</translation>
    </message>
    <message>
        <source>training settings: %1</source>
        <translation>réglages d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the number of epochs must be between 1 and %1, not %2</source>
        <translation>le nombre d&apos;époques doit être compris entre 1 et %1, pas %2</translation>
    </message>
    <message>
        <source>training settings: a shift of up to %1 pixels must be smaller than the %2×%3 images, or shifted images come out blank</source>
        <translation>réglages d&apos;entraînement&#xa0;: un décalage jusqu&apos;à %1 pixels doit être plus petit que les images %2×%3, sinon les images décalées sortent vides</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; takes examples of shape %2, but %3 has examples of shape %4</source>
        <translation>le modèle «&#xa0;%1&#xa0;» prend des exemples de forme %2, mais %3 a des exemples de forme %4</translation>
    </message>
    <message>
        <source>the model &quot;%1&quot; gives outputs of shape %2, but %3 has %4 classes: its last layer needs one output per class</source>
        <translation>le modèle «&#xa0;%1&#xa0;» donne des sorties de forme %2, mais %3 a %4 classes&#xa0;: sa dernière couche doit avoir une sortie par classe</translation>
    </message>
    <message>
        <source>%1: explanations need an image input (C, H, W), and this model&apos;s input is %2</source>
        <translation>%1&#xa0;: les explications demandent une entrée image (C, H, W), et l&apos;entrée de ce modèle est %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1: there are no layers to explain</source>
        <translation>%1&#xa0;: il n&apos;y a aucune couche à expliquer</translation>
    </message>
    <message>
        <source>%1: there is no example to explain</source>
        <translation>%1&#xa0;: il n&apos;y a aucun exemple à expliquer</translation>
    </message>
    <message>
        <source>%1: Grad-CAM needs a layer with feature maps (C, h, w), and %2 has none</source>
        <translation>%1&#xa0;: Grad-CAM demande une couche avec des cartes d&apos;activation (C, h, w), et %2 n&apos;en a pas</translation>
    </message>
    <message>
        <source>the occlusion patch (%1 pixels) is larger than the image (%2)</source>
        <translation>le carré d&apos;occlusion (%1 pixels) est plus grand que l&apos;image (%2)</translation>
    </message>
    <message>
        <source>the occlusion fill value must be a finite number</source>
        <translation>la valeur de remplissage du carré doit être un nombre fini</translation>
    </message>
    <message>
        <source>%1: layer %2 has no feature maps to maximise</source>
        <translation>%1&#xa0;: la couche %2 n&apos;a pas de cartes d&apos;activation à maximiser</translation>
    </message>
    <message>
        <source>the input range needs a finite low below a finite high</source>
        <translation>la plage d&apos;entrée demande un minimum fini inférieur à un maximum fini</translation>
    </message>
    <message>
        <source>the step size is a fraction of the input range, above 0 and at most 1</source>
        <translation>la taille de pas est une fraction de la plage d&apos;entrée, supérieure à 0 et au plus 1</translation>
    </message>
    <message>
        <source>the jitter must be from 0 to half the image&apos;s side, not %1</source>
        <translation>le décalage aléatoire doit aller de 0 à la moitié du côté de l&apos;image, pas %1</translation>
    </message>
    <message>
        <source>a lesson starts with a header between &quot;---&quot; lines (title, lines, workspace, state, example)</source>
        <translation>une leçon commence par un en-tête entre deux lignes «&#xa0;---&#xa0;» (title, lines, workspace, state, example)</translation>
    </message>
    <message>
        <source>the header has no closing &quot;---&quot; line</source>
        <translation>l&apos;en-tête n&apos;a pas de ligne «&#xa0;---&#xa0;» de fermeture</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot;</source>
        <translation>l&apos;en-tête n&apos;a pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a header line is &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation>une ligne d&apos;en-tête s&apos;écrit «&#xa0;clé: valeur&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>a setup line is one line: &lt;!-- setup: state=FILE example=ID workspace=NAME --&gt;</source>
        <translation>une ligne de préparation tient sur une ligne&#xa0;: &lt;!-- setup: state=FILE example=ID workspace=NAME --&gt;</translation>
    </message>
    <message>
        <source>the setup line sets nothing (state=FILE, example=ID, workspace=NAME)</source>
        <translation>la ligne de préparation ne règle rien (state=FILE, example=ID, workspace=NAME)</translation>
    </message>
    <message>
        <source>the lesson has no step: each starts with a &quot;## &quot; heading</source>
        <translation>la leçon n&apos;a aucune étape&#xa0;: chacune commence par un titre «&#xa0;##&#xa0;»</translation>
    </message>
    <message>
        <source>the lesson has no &quot;## Question&quot; section at its end</source>
        <translation>la leçon n&apos;a pas de section «&#xa0;## Question&#xa0;» à la fin</translation>
    </message>
    <message>
        <source>a step&apos;s heading has no title</source>
        <translation>le titre d&apos;une étape est vide</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has no text</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>the question has no setup line; put it in a step</source>
        <translation>la question n&apos;a pas de ligne de préparation&#xa0;; mettez-la dans une étape</translation>
    </message>
    <message>
        <source>a choice after &quot;Answer:&quot;; the choices come first</source>
        <translation>un choix après «&#xa0;Answer:&#xa0;»&#xa0;; les choix viennent d&apos;abord</translation>
    </message>
    <message>
        <source>a choice is written &quot;- [ ] wrong&quot; or &quot;- [x] right&quot;</source>
        <translation>un choix s&apos;écrit «&#xa0;- [ ] faux&#xa0;» ou «&#xa0;- [x] juste&#xa0;»</translation>
    </message>
    <message>
        <source>the choice has no text</source>
        <translation>le choix n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>text between the choices and &quot;Answer:&quot;; a choice is one line</source>
        <translation>du texte entre les choix et «&#xa0;Answer:&#xa0;»&#xa0;; un choix tient sur une ligne</translation>
    </message>
    <message>
        <source>the question has no text before its choices</source>
        <translation>la question n&apos;a pas de texte avant ses choix</translation>
    </message>
    <message>
        <source>the question needs at least two choices (&quot;- [ ] ...&quot;)</source>
        <translation>la question demande au moins deux choix («&#xa0;- [ ] ...&#xa0;»)</translation>
    </message>
</context>
</TS>
