#!/usr/bin/env bash
# Renders the window in each translated language (convsight --language LANG --screenshot) at
# 1280×680 and 1000×700, and copies each workspace's 1280×680 render to
# docs/images/LANG-WORKSPACE.png (fr-filter.png, es-train.png, ...). Every render is kept in
# OUTDIR/LANG-WxH/ to look at the layouts in the longer languages.
# usage: scripts/language-screenshots.sh [OUTDIR]   (default: ./language-shots; the preset is
# CONVSIGHT_PRESET, default release)
set -euo pipefail
out=$(realpath -m "${1:-language-shots}")
cd "$(dirname "$0")/.."
preset=${CONVSIGHT_PRESET:-release}

./scripts/build.sh "$preset" convsight
mkdir -p docs/images
for language in fr es; do
    for size in 1280x680 1000x700; do
        echo "screenshots: $language at $size"
        rm -rf "$out/$language-$size"
        QT_QPA_PLATFORM=offscreen "build/$preset/app/gui/convsight" --language "$language" \
            --screenshot "$out/$language-$size" --size "$size" > /dev/null
    done
    for workspace in filter step-through train inspect; do
        cp "$out/$language-1280x680/$workspace.png" "docs/images/$language-$workspace.png"
    done
done
echo "screenshots: docs/images/{fr,es}-{filter,step-through,train,inspect}.png, all in $out"
