#!/usr/bin/env bash
# Renders the guides' screenshots with the app itself (`convsight --screenshot`) into docs/images/,
# and with --languages each workspace in each language into docs/images/<lang>/ (the layouts in
# the longer languages: docs/images/fr/train.png...).
# usage: scripts/screenshots.sh [--size WxH] [--languages "fr es"] [--out DIR] [--binary PATH]
#   --size       window size (default 1280x680: a 1280x720 projector less the desktop's panel)
#   --out        where the PNGs go (default docs/images)
#   --binary     the convsight to run, relative to the repository (default:
#                build/$CONVSIGHT_PRESET/app/gui/convsight, built with scripts/build.sh when
#                missing; CONVSIGHT_PRESET defaults to release)
# Each render trains two small networks: about 150 s of CPU. PNGs are optimised with optipng
# when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

size=1280x680
languages=""
out=docs/images
binary=""
while [[ $# -gt 0 ]]; do
    case $1 in
    --size) size=$2; shift 2 ;;
    --languages) languages=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "screenshots.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

if [[ -z $binary ]]; then
    preset=${CONVSIGHT_PRESET:-release}
    binary=build/$preset/app/gui/convsight
    [[ -x $binary ]] || ./scripts/build.sh "$preset" convsight
fi

# The shots the guides show (docs/user-guide.md, teacher-guide.md); `convsight --screenshot`
# writes more (every lesson, the themes), which stay out of the repository.
shots=(
    filter filter-zoom step-through step-through-stride2-same step-through-padding2
    step-through-rgb exercise train vgg16 inspect inspect-shift inspect-confusion
    inspect-explain-occlusion inspect-explain-saliency inspect-explain-gradcam
    inspect-explain-filter inspect-vgg16 presentation lesson-01 about
)

# Each workspace, for the translations.
workspaces=(filter step-through train inspect)

# render LANGUAGE DIR SHOT...: those shots into DIR ("" is the program's default language).
render() {
    local language=$1 target=$2 scratch
    shift 2
    scratch=$(mktemp -d)
    local args=(--screenshot "$scratch" --size "$size")
    [[ -n $language ]] && args+=(--language "$language")
    echo "screenshots: ${language:-default language} at $size -> $target"
    QT_QPA_PLATFORM=offscreen "$binary" "${args[@]}" >/dev/null
    mkdir -p "$target"
    for shot in "$@"; do
        if [[ -f $scratch/$shot.png ]]; then
            cp "$scratch/$shot.png" "$target/$shot.png"
        else
            echo "screenshots: $shot.png was not rendered" >&2
        fi
    done
    rm -rf "$scratch"
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 "$target"/*.png
    fi
}

render "" "$out" "${shots[@]}"
for language in $languages; do
    render "$language" "$out/$language" "${workspaces[@]}"
done
