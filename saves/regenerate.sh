#!/usr/bin/env bash
# Remakes the example saves with the current rules. Run it when
# `cargo test --test save_replay every_example_save_replays_exactly` says a save diverges
# (the engine or the default scenario changed), then commit the new files.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/overbuild"

# Every seat played by the baseline bots.
"$bin" sim --seed 1 --save saves/all-bots.json.gz >/dev/null
# The utility and the White House under saves/scripted-orders.toml, bots elsewhere.
"$bin" sim --seed 2 --orders saves/scripted-orders.toml --save saves/scripted.json.gz >/dev/null
# Every seat under the historical orders, when that file exists.
if [ -f assets/orders/historical.toml ]; then
  "$bin" sim --seed 1 --orders assets/orders/historical.toml --save saves/historical.json.gz >/dev/null
fi

# Replacing a save keeps the old one as NAME.bak; these are stale, not examples.
rm -f saves/*.json.gz.bak

for save in saves/*.json.gz; do
  "$bin" replay "$save" --verify
done
