#!/usr/bin/env bash
# Plays the guided first game in the real binary in tmux, as a newcomer would: chosen on the
# title screen, each step followed, three quarters, and the guide gone after them.
# Usage: tests/tmux/guide.sh [path/to/overbuild]   (default: target/debug/overbuild)
set -euo pipefail
cd "$(dirname "$0")/../.."
name="tests/tmux/guide.sh"
session="guide"
source tests/tmux/common.sh

tm new-session -d -s "$session" -x 120 -y 40 \
  "env TERM=xterm-256color $bin --data-dir $work --mute"
wait_for "Guided first game"
keys Down Enter
wait_for "step 1 of 11"
wait_for "Briefing: you are Oracle"
keys Enter
wait_for "step 2 of 11"
wait_for "[1 Dashboard]"
keys 2
wait_for "step 3 of 11"
keys Right                          # start 100 MW in Texas
wait_for "step 4 of 11"
wait_for "Data centers to start with"
keys s
wait_for "Submit your orders"
keys y
wait_for "step 5 of 11"
wait_for "Why the scores moved"
keys w
wait_for "step 6 of 11"
wait_for "Why: Oracle score"
# Esc alone: followed at once by Enter, a terminal reads the pair as Alt-Enter.
keys Escape
wait_gone "Why: Oracle score"
keys Enter
wait_for "step 7 of 11"
wait_for "quarter 2 of 16"
keys 5
wait_for "step 8 of 11"
keys s
wait_for "Submit your orders"
keys y
wait_for "step 9 of 11"
keys Enter
wait_for "quarter 3 of 16"
keys 3
wait_for "step 10 of 11"
wait_for "Share prices (× start)"
keys s
wait_for "Submit your orders"
keys y
wait_for "step 11 of 11"
keys Enter
wait_for "quarter 4 of 16"
screen | grep -qF "Guided first game" && fail "the guide is still shown after three quarters"

# Leaving asks, then goes back to the title; q there quits.
keys q
wait_for "Back to the title screen?"
keys y
wait_for "Guided first game"
keys q
wait_quit
echo "$name: 1 passed, 0 failed"
