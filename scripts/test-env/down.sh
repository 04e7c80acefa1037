#!/usr/bin/env bash
# Stops the services that scripts/test-env/up.sh started (pid files in .test-env/run/).
#
#   bash scripts/test-env/down.sh                registry and storage emulator; dockerd keeps running
#   bash scripts/test-env/down.sh --all          also dockerd, if up.sh started it
#   bash scripts/test-env/down.sh --release PID  end the lease of test run PID (scripts/test.sh);
#                                                when no other test run holds one and nobody
#                                                pinned the services (up.sh run by hand), stop
#                                                everything up.sh started, dockerd included
#
# Data (registry storage and credentials, images, the cached rootfs) is kept.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUN="$ROOT/.test-env/run"

stop() { # $1 = service name; its pid file is $RUN/$1.pid
  local name="$1" pidfile="$RUN/$1.pid" pid tries=40
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$pidfile"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  # dockerd stops its containers first: give it longer.
  [ "$name" = dockerd ] && tries=120
  for _ in $(seq 1 "$tries"); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "[test-env] $name (pid $pid) did not stop within $((tries / 4)) s of SIGTERM; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  [ "$name" != registry ] || rm -f "$RUN/registry.verified"
  echo "[test-env] stopped $name (pid $pid)"
}

main() {
  local services="registry storage" lease="" f
  case "${1:-}" in
    "") ;;
    --all) services="registry storage dockerd" ;;
    --release)
      [ -n "${2:-}" ] || { echo "down.sh: --release needs the pid given to up.sh as DAGSHIP_TEST_ENV_LEASE" >&2; exit 2; }
      lease="$2"
      services="registry storage dockerd"
      ;;
    *)
      echo "usage: down.sh [--all | --release PID]" >&2
      exit 2
      ;;
  esac
  [ -d "$RUN" ] || return 0
  mkdir -p "$RUN/leases"
  exec 9>"$RUN/lock"
  flock -w 300 9 || { echo "down.sh: $RUN/lock is held by another up.sh/down.sh for 5 minutes" >&2; exit 1; }

  if [ -n "$lease" ]; then
    rm -f "$RUN/leases/$lease"
    # Leases of test runs that died without releasing them do not count.
    for f in "$RUN"/leases/*; do
      [ -e "$f" ] || continue
      kill -0 "$(basename "$f")" 2>/dev/null || rm -f "$f"
    done
    if [ -e "$RUN/pinned" ] || [ -n "$(ls -A "$RUN/leases")" ]; then
      return 0
    fi
  else
    rm -f "$RUN/pinned"
  fi
  for s in registry storage dockerd; do
    case " $services " in *" $s "*) stop "$s" ;; esac
  done
}

main "$@"
exit 0
