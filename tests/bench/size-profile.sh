#!/usr/bin/env bash
# Where the single file's bytes go (not part of the test suite): builds four
# wasm files the way the single file's is built (release, wasm-bindgen,
# npm binaryen's `wasm-opt -Oz`) and prints each one's size raw and gzip -9.
#
#   1. the app, as shipped
#   2. the app with its views taken out: the committed HEAD in a temporary
#      worktree, with App's main area (finder, profile page, compare page,
#      import dialog, notices) removed; what is left is the banner, the state,
#      the sheet store, the portal and the Leptos runtime they use
#   3. Leptos's floor: tests/bench/leptos-floor, each kind of view the app
#      builds, once
#   4. the JavaScript module (`cargo xtask pkg`): the engine and the canon,
#      no Leptos
#
# Needs the build tools `cargo xtask dist` installs. Takes ~5 minutes (three
# release builds with LTO; they share target/size-profile).
#
#   bash tests/bench/size-profile.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="$root/target/size-profile"
work=$(mktemp -d)
cleanup() {
  git -C "$root" worktree remove --force "$work/app" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Builds the named binary of the manifest's package and prints "raw gzip".
measure() {
  local manifest=$1 bin=$2
  cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path "$manifest" --bin "$bin" --target-dir "$target"
  local out="$work/bindgen-$bin"
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --out-dir "$out" "$target/wasm32-unknown-unknown/release/$bin.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types \
    "$out/${bin}_bg.wasm" -o "$out/opt.wasm"
  echo "$(wc -c <"$out/opt.wasm") $(gzip -9c "$out/opt.wasm" | wc -c)"
}

echo "1/4 the app" >&2
read -r app_raw app_gz < <(measure Cargo.toml goalframes-app)

echo "2/4 the app without its views" >&2
git worktree add --quiet --detach "$work/app" HEAD
app_rs="$work/app/src/views/app.rs"
# The main area's views, and the banner's notices, go; the shell and state stay.
perl -0pi -e 's{<notices::StorageNotices />}{}; s{<import::ImportPanel />}{}; s{<compare::CompareTray />}{}; s{\{move \|\| match shown\.get\(\) \{.*?\n            \}\}}{}s' "$app_rs"
if grep -qE 'StorageNotices|ImportPanel|CompareTray|ProfilePage|Finder />' "$app_rs"; then
  echo "size-profile: src/views/app.rs changed shape; update the views' removal here" >&2
  exit 1
fi
read -r shell_raw shell_gz < <(measure "$work/app/Cargo.toml" goalframes-app)

echo "3/4 Leptos's floor" >&2
cp -r tests/bench/leptos-floor "$work/floor"
cp Cargo.lock "$work/floor/" # the app's pinned versions
read -r floor_raw floor_gz < <(measure "$work/floor/Cargo.toml" leptos-floor)

echo "4/4 the JavaScript module" >&2
cargo xtask pkg >&2
module_raw=$(wc -c <pkg/goalframes_bg.wasm)
module_gz=$(gzip -9c pkg/goalframes_bg.wasm | wc -c)

kb() { echo "$(( ($1 + 512) / 1024 )) KB"; }
printf '\n| wasm | raw | gzip -9 |\n|---|---|---|\n'
printf '| the app, as shipped | %s | %s |\n' "$(kb "$app_raw")" "$(kb "$app_gz")"
printf '| the app without its views | %s | %s |\n' "$(kb "$shell_raw")" "$(kb "$shell_gz")"
printf '| its views (the difference) | %s | %s |\n' "$(kb $((app_raw - shell_raw)))" "$(kb $((app_gz - shell_gz)))"
printf '| Leptos floor | %s | %s |\n' "$(kb "$floor_raw")" "$(kb "$floor_gz")"
printf '| the JavaScript module (engine and canon) | %s | %s |\n' "$(kb "$module_raw")" "$(kb "$module_gz")"
