#!/usr/bin/env bash
# Starts a headless desktop inside the current (private) D-Bus session and kernel keyring:
# Xvfb, an unlocked gnome-keyring (Secret Service), dunst (notifications) and PulseAudio with a
# null sink, then runs "$@" and tears everything down. Use it as:
#   keyctl session - dbus-run-session -- bash scripts/headless-session.sh COMMAND...
set -euo pipefail

# The tests read English: the machine's own language must not change what the app says.
export LC_ALL=C.UTF-8 LANGUAGE=en
session_dir="$(mktemp -d /tmp/tether-session.XXXXXX)"
export XDG_RUNTIME_DIR="$session_dir/runtime" XDG_DATA_HOME="$session_dir/data" XDG_CONFIG_HOME="$session_dir/config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
pids=()
cleanup() {
  local status=$?
  local left
  # (The scan's own grep must not carry the marker.)
  unset TETHER_HEADLESS_SESSION
  left="$(grep -lsxzF "TETHER_HEADLESS_SESSION=$session_dir" /proc/[0-9]*/environ | cut -d/ -f3 || true)"
  if [ -n "$left" ]; then
    echo "headless-session: ending processes that outlived the command:" >&2
    # shellcheck disable=SC2086
    ps -o pid=,args= -p "$(echo $left | tr ' ' ,)" >&2 || true
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null || true
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$session_dir"
  exit "$status"
}
trap cleanup EXIT

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$session_dir/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || { echo "headless-session: Xvfb did not start" >&2; cat "$session_dir/xvfb.log" >&2; exit 1; }

eval "$(printf '%s' tether-test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
dunst >"$session_dir/dunst.log" 2>&1 &
pids+=($!)
pulseaudio --daemonize=no --exit-idle-time=-1 -n --load=module-native-protocol-unix \
  --load="module-null-sink sink_name=tether_sink rate=48000 channels=2" --load=module-always-sink \
  >"$session_dir/pulse.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl set-default-sink tether_sink

echo "headless session: DISPLAY=$DISPLAY, Secret Service unlocked, dunst, PulseAudio sink tether_sink" >&2
# Every process the command starts inherits this marker, so the teardown finds those that
# outlived it (an app a failed test did not quit, say): they would otherwise go on running, and
# writing to this session's output, after it ends.
export TETHER_HEADLESS_SESSION="$session_dir"
"$@"
