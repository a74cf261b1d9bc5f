#!/usr/bin/env bash
# Compares this checkout's engine speed with the committed baseline (benches/baseline, medians
# measured on the 2-core CI machine): criterion reports each benchmark's change against it.
# Timings vary with the machine and its load; a change of a few percent is noise, a regression
# of 20% or more is worth a look. Refresh the baseline after a deliberate speed change with
#   cargo bench --bench engine --bench montecarlo -- --save-baseline committed
# and copy target/criterion/*/committed/{estimates,benchmark,sample,tukey}.json back here.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}/criterion"
for dir in benches/baseline/*/; do
    name="$(basename "$dir")"
    mkdir -p "$target/$name/committed"
    cp "$dir"*.json "$target/$name/committed/"
done
cargo bench --bench engine --bench montecarlo -- --baseline committed "$@"
