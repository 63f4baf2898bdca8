#!/usr/bin/env bash
# ShopDesk's one entry point for developers and CI.
#   packaging/dev.sh run     install what is missing, build (Release), open the app on the demo shop
#   packaging/dev.sh test    install what is missing, build, run every test headless
#   packaging/dev.sh test --sanitize   the same with AddressSanitizer and UndefinedBehaviorSanitizer
#   packaging/dev.sh bench   build (Release) and print the benchmark figures
#   packaging/dev.sh fuzz [seconds]   build the libFuzzer targets (clang) and run each that long
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages, as verified in qt-setup.md. qt6-websockets-dev and qt6-l10n-tools are listed
# because the packages that need them do not depend on them; fonts-noto-cjk because Chinese
# otherwise renders as boxes without a warning; desktop-file-utils and appstream validate the
# packaged desktop entry and metainfo; lld keeps linking the test programs quick.
packages=(
    cmake ninja-build g++ lld dpkg-dev ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0 libqpdf-dev pkg-config
    gnome-keyring libsecret-tools dbus dbus-x11
    xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk
    desktop-file-utils appstream
)
# Only the fuzz command needs these: clang and its libFuzzer runtime.
fuzz_packages=(clang libclang-rt-14-dev)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() { # [extra packages...]
    local missing=()
    for package in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() { # build <dir> <type> [cmake args...] [--target name]
    local dir="$1" type="$2"
    shift 2
    local target=()
    if [ "$#" -ge 2 ] && [ "${*: -2:1}" = "--target" ]; then
        target=(--target "${*: -1}")
        set -- "${@:1:$(($# - 2))}"
    fi
    local launcher=()
    if command -v ccache >/dev/null; then
        # Lets a fresh clone in another folder reuse the cache (qt-setup section 2); the sloppiness
        # lets ccache cache files compiled with the precompiled headers.
        export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
        export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    say "Building ($type) in $dir"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
        "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" "${target[@]}"
}

private_session() { # runs "$@" with its own HOME, runtime dir, D-Bus session and unlocked keyring
    local home runtime
    home="$(mktemp -d)"
    runtime="$(mktemp -d)"
    chmod 700 "$runtime"
    HOME="$home" XDG_RUNTIME_DIR="$runtime" SHOPDESK_KEYRING_READY=1 dbus-run-session -- bash -c '
        echo -n shopdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' bash "$@"
}

cmd_run() {
    install_missing
    build "$root/build-release" Release
    local app="$root/build-release/app/shopdesk/shopdesk"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "Opening ShopDesk on the demo shop"
        exec "$app" --demo "$@"
    fi
    local shots="$root/shots"
    say "No display found: running under Xvfb in a private D-Bus session and saving screenshots instead"
    rm -rf "$shots"
    for lang in en zh_CN; do
        for theme in light dark; do
            private_session xvfb-run -a -s "-screen 0 1280x800x24" \
                "$app" --demo --lang "$lang" --theme "$theme" --screenshot-dir "$shots/$lang-$theme" "$@"
        done
    done
    say "Screenshots of every pane and the main dialogs, in English and Chinese, light and dark:"
    find "$shots" -name '*.png' | sort
}

cmd_test() {
    install_missing
    local dir="$root/build"
    local sanitize=()
    if [ "${1:-}" = "--sanitize" ]; then
        dir="$root/build-sanitize"
        sanitize=(-DSHOPDESK_SANITIZE="address;undefined")
        # Every undefined behaviour stops the test. Leak checking is off: Qt's plugins and the
        # system libraries under it keep allocations until exit, which would drown real findings.
        export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    fi
    build "$dir" Debug -DSHOPDESK_WERROR=ON "${sanitize[@]}"
    say "Running the test suite (offscreen, private D-Bus session, unlocked gnome-keyring)"
    QT_QPA_PLATFORM=offscreen private_session \
        ctest --test-dir "$dir" --output-on-failure --timeout 600 -j 2
}

cmd_fuzz() { # [seconds per target]
    local seconds="${1:-60}"
    install_missing "${fuzz_packages[@]}"
    local dir="$root/build-fuzz"
    CC=clang CXX=clang++ build "$dir" RelWithDebInfo -DSHOPDESK_FUZZ=ON --target all_fuzzers
    local failed=0
    for target in "$root"/tests/fuzz/fuzz_*.cpp; do
        local name corpus
        name="$(basename "$target" .cpp)"
        corpus="$dir/corpus/$name"
        mkdir -p "$corpus"
        say "Fuzzing $name for $seconds s (seeds in tests/fuzz/corpus/$name)"
        # New inputs go to the scratch corpus; crashes are saved next to it for a regression test.
        "$dir/tests/fuzz/$name" -max_total_time="$seconds" -artifact_prefix="$dir/$name-" \
            "$corpus" "$root/tests/fuzz/corpus/$name" || failed=1
    done
    [ "$failed" -eq 0 ] || { echo "A fuzz target found a crash: see $dir" >&2; exit 1; }
}

cmd_bench() {
    install_missing
    build "$root/build-release" Release
    say "Benchmarks"
    for bench in "$root"/build-release/tests/bench_*; do
        # Each bench target also leaves a bench_*_autogen folder beside it.
        if [ -f "$bench" ] && [ -x "$bench" ]; then
            QT_QPA_PLATFORM=offscreen "$bench"
        fi
    done
}

case "${1:-}" in
run) shift; cmd_run "$@" ;;
test) shift; cmd_test "$@" ;;
bench) shift; cmd_bench "$@" ;;
fuzz) shift; cmd_fuzz "$@" ;;
*)
    echo "usage: $0 run|test [--sanitize]|bench|fuzz [seconds]" >&2
    exit 2
    ;;
esac
