# Shared by the tmux scripts: the binary, a private tmux server, and waiting for the screen.
# Set `name` (the script's name for messages) and `session` before sourcing; takes the
# binary's path as $1 (default: target/debug/overbuild).

bin="${1:-${CARGO_TARGET_DIR:-target}/debug/overbuild}"
if ! command -v tmux >/dev/null 2>&1; then
  echo "$name: tmux is not installed" >&2
  exit 1
fi
[ -x "$bin" ] || { echo "$name: no binary at $bin (cargo build first)" >&2; exit 1; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

sock="overbuild-$session-$$"
work="$(mktemp -d)"
tm() { tmux -L "$sock" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

screen() { tm capture-pane -p -t "$session" 2>/dev/null || true; }
keys() { tm send-keys -t "$session" "$@"; }

fail() {
  echo "$name: $1; the screen shows:" >&2
  screen >&2
  exit 1
}

# Waits until the screen shows a text, or fails showing what it shows instead.
wait_for() {
  local want="$1" tries=0
  until screen | grep -qF -- "$want"; do
    tries=$((tries + 1))
    [ "$tries" -gt 150 ] && fail "timed out waiting for \"$want\""
    sleep 0.1
  done
}

# Waits until the screen no longer shows a text (a popup closed), or fails.
wait_gone() {
  local gone="$1" tries=0
  while screen | grep -qF -- "$gone"; do
    tries=$((tries + 1))
    [ "$tries" -gt 150 ] && fail "\"$gone\" is still shown"
    sleep 0.1
  done
}

# Waits until the game has quit (its tmux session gone), or fails.
wait_quit() {
  for _ in $(seq 1 50); do
    tm has-session -t "$session" 2>/dev/null || return 0
    sleep 0.1
  done
  fail "the game did not quit"
}
