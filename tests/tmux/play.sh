#!/usr/bin/env bash
# Plays three quarters of the real binary in tmux, as a person would, and checks the screen.
# Usage: tests/tmux/play.sh [path/to/overbuild]   (default: target/debug/overbuild)
set -euo pipefail
cd "$(dirname "$0")/../.."

name="tests/tmux/play.sh"
session="ob"
source tests/tmux/common.sh
data="$work"

tm new-session -d -s ob -x 120 -y 40 \
  "env TERM=xterm-256color $bin --data-dir $data --mute play --seat oracle --seed 7"

wait_for "Briefing: you are Oracle"
keys Enter
wait_for "[1 Dashboard]"
wait_for "2025 Q1"

for quarter in 1 2 3; do
  keys 2
  wait_for "Orders of Oracle"
  keys Right                       # start 100 MW in Texas
  wait_for "orders: 1 change"
  keys s
  wait_for "Submit your orders"
  keys y
  wait_for "what happened"
  wait_for "Public welfare"
  keys Enter
  wait_for "quarter $((quarter + 1)) of 16"
done
wait_for "2025 Q4"

# Help lists the keys of the screen; Esc closes it. The tab bar shows behind the popup, so wait
# for the popup to go: a key sent while Esc is still pending reaches the game as Alt and that key.
keys '?'
wait_for "Keys of this screen"
keys Escape
wait_gone "Keys of this screen"
wait_for "[1 Dashboard]"

# q asks first; n keeps playing; q then y returns to the title screen, where q quits and
# gives the terminal back.
keys q
wait_for "Back to the title screen?"
keys n
wait_for "[1 Dashboard]"
keys q
wait_for "Back to the title screen?"
keys y
wait_for "New game"
keys q
wait_quit
echo "tests/tmux/play.sh: 1 passed, 0 failed"
