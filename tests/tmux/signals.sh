#!/usr/bin/env bash
# Stops the real binary in tmux with each signal sent from outside (kill -TERM, -HUP, -INT,
# -QUIT) and checks that the terminal is given back (main screen, no mouse reporting, cursor
# shown, raw mode off), that the exit code is 128 + the signal and that the game was autosaved.
# Usage: tests/tmux/signals.sh [path/to/overbuild]   (default: target/debug/overbuild)
set -euo pipefail
cd "$(dirname "$0")/../.."

name="tests/tmux/signals.sh"
session="sig"
source tests/tmux/common.sh

modes() { tm display -p -t sig '#{alternate_on} #{mouse_any_flag} #{mouse_sgr_flag} #{cursor_flag}'; }

passed=0
for sig in TERM HUP INT QUIT; do
  data="$work/$sig"
  mkdir -p "$data"
  # A shell in the pane, so that the pane outlives the game and shows what it left behind.
  tm new-session -d -s sig -x 120 -y 40 "env PS1='$ ' TERM=xterm-256color bash --norc --noprofile"
  wait_for '$'
  # After the game: its exit code and whether the tty is still raw (-icanon -echo). Bash resets
  # the tty only after a job killed by a signal; the game exits by itself, so this checks it.
  tm send-keys -t sig "$bin --data-dir $data --mute play --seat oracle --seed 7; echo \"exit=\$?\"; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo" Enter
  wait_for "Briefing: you are Oracle"
  [ "$(modes)" = "1 1 1 0" ] || fail "$sig: the game did not take the terminal over as expected ($(modes))"

  shell=$(tm display -p -t sig '#{pane_pid}')
  pid=$(pgrep -P "$shell" | head -n 1)
  [ -n "$pid" ] || fail "$sig: no game process under the shell"
  kill -"$sig" "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && fail "$sig: the game is still running"

  code=$((128 + $(kill -l "$sig")))
  wait_for "exit=$code"
  wait_for "icanon echo"
  [ "$(modes)" = "0 0 0 1" ] || fail "$sig: alternate screen, mouse, mouse SGR, cursor are $(modes), want 0 0 0 1"
  save="$data/autosaves/autosave-1.json.gz"
  [ -f "$save" ] || fail "$sig: no autosave at $save"
  "$bin" --data-dir "$data" replay --verify "$save" | grep -qF "0 quarters replayed" ||
    fail "$sig: the autosave does not replay"
  tm kill-session -t sig
  passed=$((passed + 1))
done
echo "tests/tmux/signals.sh: $passed passed, 0 failed"
