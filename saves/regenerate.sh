#!/usr/bin/env bash
# Remakes what goes stale when the rules or the default scenario change: the example saves
# (`cargo test --test save_replay` says when) and the debrief snapshots of tests/report.rs.
# Review `git diff saves tests/snapshots/report__*` and commit the new files.
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

# The debrief snapshots are of a game too: accept the new ones (only this test's).
INSTA_UPDATE=always cargo test --quiet --test report >/dev/null
echo "review: git diff --stat saves tests/snapshots/report__*"
