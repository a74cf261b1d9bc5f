#!/usr/bin/env bash
# The workshop server driven by the real OpenSSH client, as a room would use it: a seat plays a
# quarter in tmux, the facilitator watches, a window resize redraws, wrong codes, commands,
# port forwarding and sftp are refused, and the game continues after a restart with --resume.
# Usage: tests/ssh/play.sh [path/to/overbuild]   (default: target/debug/overbuild)
# Needs ssh, sshpass and tmux (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."

bin="${1:-${CARGO_TARGET_DIR:-target}/debug/overbuild}"
for tool in ssh sshpass sftp tmux; do
  command -v "$tool" >/dev/null 2>&1 || { echo "tests/ssh/play.sh: $tool is not installed" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "tests/ssh/play.sh: no binary at $bin (cargo build first)" >&2; exit 1; }

sock="overbuild-ssh-test-$$"
data="$(mktemp -d)"
out="$data/server.txt"
server_pid=""
tm() { tmux -L "$sock" "$@"; }
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -INT "$server_pid" 2>/dev/null || true
    # A loaded 2-core CI machine can take seconds to save and close every session.
    for _ in $(seq 300); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() { tm kill-server >/dev/null 2>&1 || true; stop_server; rm -rf "$data"; }
trap cleanup EXIT
fail() { echo "tests/ssh/play.sh: $*" >&2; exit 1; }

start_server() {
  : >"$out"
  "$bin" --data-dir "$data" serve --port 0 "$@" >"$out" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do grep -q "^Listening on" "$out" && grep -q "^Press Ctrl-C" "$out" && return 0; sleep 0.1; done
  cat "$out" >&2
  fail "the server did not start"
}
code_of() { awk -v who="$1" '$1 == who { print $2; exit }' "$out"; }

start_server --bots openai,utility,whitehouse --seed 7
port="$(sed -n 's/^Listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$out")"
oracle="$(code_of oracle)"
facilitator="$(code_of facilitator)"
[ -n "$port" ] && [ -n "$oracle" ] && [ -n "$facilitator" ] || { cat "$out" >&2; fail "no port or codes printed"; }

opts=(-F /dev/null -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
  -o LogLevel=ERROR -o PubkeyAuthentication=no -o PreferredAuthentications=password
  -o NumberOfPasswordPrompts=1 -o ConnectTimeout=10)
ssh_as() { local code="$1"; shift; timeout 30 sshpass -p "$code" ssh "${opts[@]}" "$@"; }

# The identification names the game, not the SSH library or its version.
exec 3<>"/dev/tcp/127.0.0.1/$port"
read -r -t 10 ident <&3 || true
exec 3<&-
[ "${ident%$'\r'}" = "SSH-2.0-overbuild" ] || fail "the server identifies itself as \"$ident\""

# --- Refusals -------------------------------------------------------------------------------
if ssh_as wrong-code oracle@127.0.0.1 true </dev/null >"$data/r1" 2>&1; then fail "a wrong code was accepted"; fi
if ssh_as "$oracle" nvidia@127.0.0.1 true </dev/null >"$data/r2" 2>&1; then fail "an unknown seat was accepted"; fi
if ssh_as "$oracle" oracle@127.0.0.1 cat /etc/passwd </dev/null >"$data/r3" 2>&1; then fail "a command ran"; fi
if grep -q "root:" "$data/r3"; then fail "a command printed a file"; fi
if ssh_as "$oracle" -N -o ExitOnForwardFailure=yes -R 0:127.0.0.1:9 oracle@127.0.0.1 </dev/null >"$data/r4" 2>&1; then
  fail "a remote port forward was accepted"
fi
grep -qi "forward" "$data/r4" || { cat "$data/r4" >&2; fail "no word of the refused forward"; }
if echo "ls" | timeout 30 sshpass -p "$oracle" sftp -b - -F /dev/null -P "$port" -o StrictHostKeyChecking=no \
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o PubkeyAuthentication=no \
  -o PreferredAuthentications=password oracle@127.0.0.1 >"$data/r5" 2>&1; then
  fail "sftp was accepted"
fi
echo "refusals: wrong code, unknown seat, exec, remote forward, sftp"

# --- A seat and the facilitator in tmux -----------------------------------------------------
screen() { tm capture-pane -p -t "$1" 2>/dev/null || true; }
wait_for() {
  local pane="$1" want="$2" tries=0
  until screen "$pane" | grep -qF -- "$want"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 600 ]; then
      echo "tests/ssh/play.sh: timed out waiting for \"$want\" in $pane; it shows:" >&2
      screen "$pane" >&2
      echo "--- server:" >&2
      cat "$out" >&2
      exit 1
    fi
    sleep 0.1
  done
}
keys() { local pane="$1"; shift; tm send-keys -t "$pane" "$@"; }
ssh_cmd() { echo "env TERM=xterm-256color sshpass -p $1 ssh -tt ${opts[*]} $2@127.0.0.1"; }

tm new-session -d -s fac -x 120 -y 36 "$(ssh_cmd "$facilitator" facilitator)"
wait_for fac "Seats"
wait_for fac "not joined"
tm new-session -d -s seat -x 120 -y 40 "$(ssh_cmd "$oracle" oracle)"
tm set-option -t seat remain-on-exit on >/dev/null
wait_for seat "2025 Q1"
wait_for seat "You: Oracle"
wait_for fac "editing"

# A second connection to the taken seat is refused with a reason.
ssh_as "$oracle" -tt oracle@127.0.0.1 </dev/null >"$data/r6" 2>&1 || true
grep -q "already connected" "$data/r6" || { cat "$data/r6" >&2; fail "a second connection to a taken seat was not refused"; }

# A resize redraws at the new size.
tm resize-window -t seat -x 150 -y 45
for _ in $(seq 100); do
  if screen seat | awk '{ if (length($0) > 125) found = 1 } END { exit !found }'; then break; fi
  sleep 0.1
done
screen seat | awk '{ if (length($0) > 125) found = 1 } END { exit !found }' || { screen seat >&2; fail "no redraw after a resize"; }

keys seat 2
wait_for seat "Orders of Oracle"
keys seat Right
wait_for seat "orders: 1 change"
keys seat s
wait_for seat "Submit your orders"
keys seat y
wait_for seat "Public welfare"
wait_for fac "2025 Q1 resolved"
keys seat Enter
wait_for seat "2025 Q2"
echo "played a quarter over ssh"

# The facilitator pauses; the seat sees it.
keys fac p
wait_for seat "Paused by the facilitator"
keys fac p
wait_for fac "resumed"

# --- Restart and resume ---------------------------------------------------------------------
save="$(sed -n 's/^Saving after every quarter to //p' "$out" | head -1)"
[ -f "$save" ] || fail "no save at \"$save\""
stop_server
wait_for seat "server stopped"
tm kill-server >/dev/null 2>&1 || true

start_server --resume "$save"
port="$(sed -n 's/^Listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$out")"
opts[3]="$port"
[ "$(code_of oracle)" = "$oracle" ] || fail "the codes changed after a restart"
tm new-session -d -s seat -x 120 -y 40 "$(ssh_cmd "$oracle" oracle)"
wait_for seat "2025 Q2"
echo "resumed after a restart with the same codes"

# SIGTERM (a service manager's stop) saves every table and exits 0.
rm -f "$save"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" -eq 0 ] || { cat "$out" >&2; fail "exit status $status after SIGTERM"; }
[ -f "$save" ] || fail "no save written on SIGTERM"
grep -q "^Stopping" "$out" || fail "no word of stopping"
echo "SIGTERM saved and exited 0"
echo "tests/ssh/play.sh: ok"
