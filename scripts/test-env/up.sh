#!/usr/bin/env bash
# Starts the local services used by the integration tests and writes .test-env/env.sh.
#
#   bash scripts/test-env/up.sh && source .test-env/env.sh
#
# What it sets up (everything local, nothing pulled from an image registry):
#   - Debian's Docker engine (dockerd --iptables=false --bridge=none) on the default socket;
#   - base images made with `docker import`: a busybox image from busybox-static, and two Python
#     images from debootstrap, Debian bookworm's (Python 3.11) and bullseye's (Python 3.9, older
#     libraries), built concurrently (their rootfs tarballs are cached per machine);
#   - Debian's docker-registry (CNCF distribution) on 127.0.0.1 with htpasswd (bcrypt) auth;
#   - the Cloud Storage emulator of firebase-tools (test/services), on 127.0.0.1.
#
# Idempotent and safe to run concurrently (one at a time under .test-env/run/lock): a re-run only
# starts what is not running, and takes a few seconds.
#
# Who stops the services: run by hand, up.sh "pins" them and they run until
# scripts/test-env/down.sh. scripts/test.sh instead takes a lease (DAGSHIP_TEST_ENV_LEASE=<its
# pid>) and releases it on exit (down.sh --release <pid>); the last release stops everything
# up.sh started, dockerd included, unless something pinned them meanwhile.
#
# Settings (environment, all optional):
#   DAGSHIP_TEST_REGISTRY_PORT   registry port on 127.0.0.1            (default 5555)
#   DAGSHIP_TEST_STORAGE_PORT    storage emulator port on 127.0.0.1    (default 9199)
#   DAGSHIP_TEST_CACHE_DIR       machine-level cache for the rootfs    (default /var/cache/dagship-test)
#   DAGSHIP_TEST_DEBIAN_MIRROR   Debian mirror for debootstrap, both suites (default: the one apt
#                                uses for the suite, else for this machine's own Debian)
#   DAGSHIP_TEST_ENV_LEASE       pid of the test run using the services (see above)
set -euo pipefail

# Debian packages baked into the local Python base images, so that an example project's
# `pip install -r requirements.txt` finds its requirements already satisfied (nothing can be
# downloaded from PyPI here). Names without a candidate in the suite are skipped with a warning
# (there is no python3-google-cloud-storage in bookworm; python3-google-auth and
# python3-googleapi are the Google client libraries it has). Extend as needed: a change of a
# list rebuilds its image (it is part of the cache key).
PYTHON_IMAGE_PACKAGES="python3 python3-pip python3-pytest python3-requests python3-yaml python3-dateutil python3-google-auth python3-googleapi"
# The second base, Debian bullseye: Python 3.9 with bullseye's older libraries (requests 2.25.1,
# python-dateutil 2.8.1, pytest 6.0.2). template-repo's gcs_transform pins these versions while
# weather_ingest pins bookworm's, so the two projects' requirements really conflict.
PYTHON39_IMAGE_PACKAGES="python3 python3-pip python3-pytest python3-requests python3-dateutil"

# Host packages the environment needs.
HOST_PACKAGES="docker.io docker-registry apache2-utils debootstrap busybox-static curl ca-certificates util-linux"

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="$ROOT/.test-env"
LOGS="$STATE/logs"
RUN="$STATE/run"
CACHE_DIR="${DAGSHIP_TEST_CACHE_DIR:-/var/cache/dagship-test}"
REGISTRY_PORT="${DAGSHIP_TEST_REGISTRY_PORT:-5555}"
STORAGE_PORT="${DAGSHIP_TEST_STORAGE_PORT:-9199}"
REGISTRY="127.0.0.1:$REGISTRY_PORT"
STORAGE_URL="http://127.0.0.1:$STORAGE_PORT"
DOCKER_SOCKET="/var/run/docker.sock"
BUSYBOX_IMAGE="dagship-test/busybox:local"
PYTHON_IMAGE="dagship-test/python:3.11-bookworm"
SUITE="bookworm"
PYTHON39_IMAGE="dagship-test/python:3.9-bullseye"
PYTHON39_SUITE="bullseye"
IMAGE_LABEL="org.dagship.test.rootfs-key"
SERVICES="$ROOT/test/services"

export DOCKER_HOST="unix://$DOCKER_SOCKET"
# A private docker client config: logins made by the tests do not touch ~/.docker.
export DOCKER_CONFIG="$STATE/docker-config"
export DEBIAN_FRONTEND=noninteractive

T0=$(date +%s)
log() { printf '[test-env %3ss] %s\n' "$(($(date +%s) - T0))" "$*"; }
die() {
  printf '[test-env] ERROR: %s\n' "$*" >&2
  exit 1
}
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }
http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" || true; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Background services: own session, no terminal, output to a log, and without the lock's fd 9
# (a service that inherited it would hold the lock for as long as it runs).
spawn() { # $1 = log file, rest = command
  local logfile="$1"
  shift
  setsid nohup "$@" </dev/null >>"$logfile" 2>&1 9>&- &
}

install_host_packages() {
  local missing="" p
  for p in $HOST_PACKAGES; do
    # A machine with another Docker engine (Docker CE or moby, as on hosted CI runners) keeps it:
    # docker.io would conflict with those packages.
    if [ "$p" = docker.io ] && command -v dockerd >/dev/null 2>&1; then continue; fi
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  [ -n "$missing" ] || return 0
  log "installing Debian packages:$missing (log: $LOGS/apt.log)"
  # The packages' own services (the system dockerd and registry, with default options) must not
  # start: this script runs its own. Without a policy-rc.d, add one for the install.
  local policy=/usr/sbin/policy-rc.d added=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# added by dagship scripts/test-env/up.sh for an install\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    added=1
  fi
  local ok=1
  {
    apt-get update
    # shellcheck disable=SC2086
    apt-get install -y --no-install-recommends $missing
  } >"$LOGS/apt.log" 2>&1 || ok=""
  [ -z "$added" ] || rm -f "$policy"
  [ -n "$ok" ] || die "apt-get install of$missing failed; see $LOGS/apt.log"
}

# The storage emulator's own npm package; slow on a cold machine, so it installs in the
# background while the images are built. Sets npm_pid.
npm_pid=""
start_services_install() {
  local stamp="$SERVICES/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ ! "$SERVICES/package-lock.json" -nt "$stamp" ] && [ ! "$SERVICES/package.json" -nt "$stamp" ]; then
    return 0
  fi
  log "installing test/services dependencies in the background (log: $LOGS/npm-services.log)"
  # No install scripts: nothing the emulator uses needs them, and some try to download binaries.
  (cd "$SERVICES" && npm ci --no-audit --no-fund --ignore-scripts) </dev/null >"$LOGS/npm-services.log" 2>&1 9>&- &
  npm_pid=$!
}

docker_ready() { docker info >/dev/null 2>&1; }

start_dockerd() { # $1 = storage driver; returns non-zero if it does not come up
  local pid
  log "starting dockerd (storage driver $1; log: $LOGS/dockerd.log)"
  echo "=== $(date -u +%FT%TZ) dockerd --storage-driver=$1" >>"$LOGS/dockerd.log"
  spawn "$LOGS/dockerd.log" dockerd --iptables=false --bridge=none --storage-driver="$1" --host="unix://$DOCKER_SOCKET"
  pid=$!
  echo "$pid" >"$RUN/dockerd.pid"
  for _ in $(seq 1 120); do
    if docker_ready; then return 0; fi
    alive "$pid" || return 1
    sleep 0.5
  done
  return 1
}

ensure_docker() {
  local pid
  if docker_ready; then
    log "docker engine already running"
  else
    pid=$(pid_of dockerd)
    if alive "$pid"; then
      die "dockerd (pid $pid) is running but does not answer on $DOCKER_SOCKET; see $LOGS/dockerd.log"
    fi
    if ! start_dockerd overlay2; then
      pid=$(pid_of dockerd)
      if alive "$pid"; then
        die "dockerd (pid $pid) started but did not answer within 60 s; see $LOGS/dockerd.log"
      fi
      log "dockerd failed with overlay2, falling back to vfs (see $LOGS/dockerd.log)"
      start_dockerd vfs || die "dockerd did not start with vfs either; see $LOGS/dockerd.log"
    fi
  fi
  log "docker engine: server $(docker version --format '{{.Server.Version}}'), storage driver $(docker info --format '{{.Driver}}')"
}

image_label() { docker image inspect --format "{{index .Config.Labels \"$IMAGE_LABEL\"}}" "$1" 2>/dev/null || true; }

# busybox: the static binary plus its applet links.
ensure_busybox_image() {
  local bin key bb applet
  bin="$(dpkg -L busybox-static | grep -E '/bin/busybox$' | head -n1)"
  key="busybox-static $(dpkg-query -W -f '${Version}' busybox-static)"
  [ "$(image_label "$BUSYBOX_IMAGE")" != "$key" ] || return 0
  log "building $BUSYBOX_IMAGE from $bin"
  bb="$(mktemp -d)"
  mkdir -p "$bb/bin" "$bb/tmp" "$bb/etc" "$bb/root"
  chmod 1777 "$bb/tmp"
  cp "$bin" "$bb/bin/busybox"
  for applet in $("$bb/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$bb/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$bb/etc/passwd"
  echo 'root:x:0:' >"$bb/etc/group"
  tar --numeric-owner -C "$bb" -cf - . |
    docker import -c "LABEL $IMAGE_LABEL=\"$key\"" -c 'ENV PATH=/bin' -c 'CMD ["/bin/sh"]' - "$BUSYBOX_IMAGE" >/dev/null ||
    die "docker import of the busybox rootfs failed"
  rm -rf "$bb"
}

# The Debian mirror to debootstrap suite $1 from: the one apt uses for that suite, else the one it
# uses for this machine's own Debian (a Debian mirror serves bullseye as well as bookworm), else
# deb.debian.org. deb822 .sources first, then one-line .list files.
debian_mirror() { # $1 = suite
  local suite f uri
  if [ -n "${DAGSHIP_TEST_DEBIAN_MIRROR:-}" ]; then
    echo "$DAGSHIP_TEST_DEBIAN_MIRROR"
    return
  fi
  for suite in "$1" "$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null | tr -d '"')"; do
    [ -n "$suite" ] || continue
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      uri=$(awk -v suite="$suite" '
        function flush() { if (deb && has && u != "") { print u; found = 1; exit } deb = 0; has = 0; u = "" }
        /^[[:space:]]*#/ { next }
        /^[[:space:]]*$/ { flush(); next }
        tolower($1) == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
        tolower($1) == "uris:" { u = $2 }
        tolower($1) == "suites:" { for (i = 2; i <= NF; i++) if ($i == suite) has = 1 }
        END { if (!found) flush() }' "$f")
      if [ -n "$uri" ]; then
        echo "$uri"
        return
      fi
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$f" ] || continue
      uri=$(sed -e 's/\[[^]]*\]//' "$f" | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }')
      if [ -n "$uri" ]; then
        echo "$uri"
        return
      fi
    done
  done
  echo "http://deb.debian.org/debian"
}

# Of the given packages, those with an install candidate in the new root $1 (one apt-cache call;
# unknown names are simply absent from its output). The root's own package lists, not the
# host's: they are the suite's.
available() { # $1 = root, rest = packages
  local r="$1"
  shift
  chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-cache policy "$@" 2>/dev/null | awk '
    /^[^ \t].*:$/ { name = substr($0, 1, length($0) - 1) }
    /^  Candidate:/ && $2 != "(none)" { print name }'
}

# One Python base: Debian $1 minbase + packages $3, tagged $2, rootfs cached in CACHE_DIR.
ensure_python_image() { # $1 = suite, $2 = image, $3 = packages (space separated)
  local suite="$1" image="$2" wanted="$3" key tarball
  # The key covers the list as written, so a warm run needs no apt look-up.
  key="$(printf '%s minbase %s v2' "$suite" "$wanted" | sha256sum | cut -c1-16)"
  [ "$(image_label "$image")" != "$key" ] || return 0
  tarball="$CACHE_DIR/python-$suite-$key.tar.gz"
  if [ -s "$tarball" ]; then
    log "using cached rootfs $tarball"
  else
    build_python_rootfs "$(debian_mirror "$suite")" "$suite" "$wanted" "$image" "$tarball"
    # Tarballs of other package lists of this suite are no longer needed.
    find "$CACHE_DIR" -maxdepth 1 -name "python-$suite-*.tar.gz" ! -name "$(basename "$tarball")" -delete
  fi
  log "importing $image"
  docker import \
    -c "LABEL $IMAGE_LABEL=$key" \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV LANG=C.UTF-8' \
    -c 'ENV PIP_DISABLE_PIP_VERSION_CHECK=1' \
    -c 'CMD ["python3"]' \
    "$tarball" "$image" >/dev/null || die "docker import of $tarball failed"
}

build_python_rootfs() { # $1 = mirror, $2 = suite, $3 = packages, $4 = image (for messages), $5 = tarball to write
  local mirror="$1" suite="$2" wanted="$3" image="$4" tarball="$5" packages p
  local logfile="$LOGS/debootstrap-$suite.log"
  mkdir -p "$CACHE_DIR"
  BUILD_TMP="$(mktemp -d "$CACHE_DIR/rootfs.XXXXXX")"
  local r="$BUILD_TMP/root"
  trap cleanup_rootfs EXIT
  # debootstrap's own dependency resolution is too simple for some packages (python3-googleapi
  # pulls python3-cryptography, which it fails to configure), so debootstrap installs python3
  # only, and apt inside the new root installs the rest.
  log "debootstrap $suite from $mirror, then apt-get install of the packages for $image (a minute or two; log: $logfile)"
  if ! debootstrap --variant=minbase --include=python3 "$suite" "$r" "$mirror" >"$logfile" 2>&1; then
    cp "$r/debootstrap/debootstrap.log" "$LOGS/debootstrap-$suite-inner.log" 2>/dev/null || true
    die "debootstrap of $suite failed; see $logfile (and debootstrap-$suite-inner.log)"
  fi
  mount -t proc proc "$r/proc"
  printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
  chmod 755 "$r/usr/sbin/policy-rc.d"
  chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-get update >>"$logfile" 2>&1 ||
    die "apt-get update in the new $suite root failed; see $logfile"
  # shellcheck disable=SC2086
  packages="$(available "$r" $wanted | tr '\n' ' ')"
  [ -n "${packages// /}" ] || die "apt-cache in the new $suite root knows none of: $wanted; see $logfile"
  for p in $wanted; do
    case " $packages " in
      *" $p "*) ;;
      *) log "warning: $p is not in Debian $suite here; left out of $image" ;;
    esac
  done
  chroot "$r" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c "apt-get install -y --no-install-recommends ${packages% }" \
    >>"$logfile" 2>&1 || die "apt-get install in the new $suite root failed; see $logfile"
  umount "$r/proc"
  rm -f "$r/usr/sbin/policy-rc.d"
  # pip may install into the system Python (no PEP 668 marker); no apt caches, docs or locales.
  rm -f "$r"/usr/lib/python3*/EXTERNALLY-MANAGED
  rm -rf "$r"/var/cache/apt/archives/*.deb "$r"/var/cache/apt/*.bin "$r"/var/lib/apt/lists/* \
    "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/* "$r"/usr/share/locale/* "$r"/var/log/*.log
  tar --numeric-owner -C "$r" -cf - . | gzip -1 >"$BUILD_TMP/rootfs.tar.gz"
  mv "$BUILD_TMP/rootfs.tar.gz" "$tarball"
  cleanup_rootfs
  trap - EXIT
}
BUILD_TMP=""
cleanup_rootfs() {
  if [ -n "$BUILD_TMP" ]; then
    # Lazily if a process killed with us still has it open: never rm -rf into a mounted proc.
    umount "$BUILD_TMP/root/proc" 2>/dev/null || umount -l "$BUILD_TMP/root/proc" 2>/dev/null || true
    rm -rf "$BUILD_TMP"
    BUILD_TMP=""
  fi
}

# Both Python bases at once (on a cold machine each is a debootstrap of a minute or more). Each
# runs in a subshell of its own process group, so that an interrupted up.sh stops its debootstrap,
# dpkg and apt too, and each subshell's EXIT trap removes its half-built root.
ensure_python_images() {
  local pids pid groups="" failed=""
  set -m
  (ensure_python_image "$SUITE" "$PYTHON_IMAGE" "$PYTHON_IMAGE_PACKAGES") &
  pids="$!"
  (ensure_python_image "$PYTHON39_SUITE" "$PYTHON39_IMAGE" "$PYTHON39_IMAGE_PACKAGES") &
  pids="$pids $!"
  set +m
  for pid in $pids; do groups="$groups -$pid"; done
  # shellcheck disable=SC2064 # the process groups are known now
  trap "kill -TERM --$groups 2>/dev/null || true; wait; die 'interrupted while building the Python base images'" INT TERM
  for pid in $pids; do
    wait "$pid" || failed=1
  done
  trap - INT TERM
  [ -z "$failed" ] || die "building a Python base image failed (its error is above)"
}

ensure_registry() {
  local dir="$STATE/registry" user password pid config_changed=0 ok=0
  mkdir -p "$dir/data"
  if [ ! -s "$dir/credentials" ]; then
    user="dagship"
    password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n%s\n' "$user" "$password" >"$dir/credentials"
    chmod 600 "$dir/credentials"
    rm -f "$dir/htpasswd"
  fi
  REG_USER="$(sed -n 1p "$dir/credentials")"
  REG_PASSWORD="$(sed -n 2p "$dir/credentials")"
  if [ ! -s "$dir/htpasswd" ]; then
    htpasswd -B -b -c "$dir/htpasswd" "$REG_USER" "$REG_PASSWORD" >/dev/null 2>&1 || die "htpasswd -B failed for $dir/htpasswd"
  fi
  cat >"$dir/config.yml.new" <<EOF
version: 0.1
log:
  level: info
  fields:
    service: registry
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
  cache:
    blobdescriptor: inmemory
http:
  addr: $REGISTRY
  secret: $(sha256sum "$dir/credentials" | cut -c1-32)
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: dagship-test-registry
    path: $dir/htpasswd
EOF
  cmp -s "$dir/config.yml.new" "$dir/config.yml" || config_changed=1
  mv "$dir/config.yml.new" "$dir/config.yml"

  pid=$(pid_of registry)
  if alive "$pid" && [ "$config_changed" = 1 ]; then
    log "registry config changed: restarting"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do alive "$pid" || break; sleep 0.25; done
  fi
  if alive "$pid" && registry_ok; then
    log "registry already running on $REGISTRY"
  else
    if alive "$pid"; then
      die "registry (pid $pid) runs but $REGISTRY does not answer as expected; see $LOGS/registry.log"
    fi
    if port_busy "$REGISTRY_PORT"; then
      die "port $REGISTRY_PORT on 127.0.0.1 is taken by another program; set DAGSHIP_TEST_REGISTRY_PORT"
    fi
    log "starting docker-registry on $REGISTRY (log: $LOGS/registry.log)"
    spawn "$LOGS/registry.log" docker-registry serve "$dir/config.yml"
    pid=$!
    echo "$pid" >"$RUN/registry.pid"
    rm -f "$RUN/registry.verified"
    for _ in $(seq 1 60); do
      if [ "$(http_code "http://$REGISTRY/v2/")" = 401 ]; then ok=1; break; fi
      alive "$pid" || break
      sleep 0.25
    done
    [ "$ok" = 1 ] || die "registry did not answer 401 on http://$REGISTRY/v2/ within 15 s; see $LOGS/registry.log"
    registry_ok || die "registry rejects the generated credentials; see $LOGS/registry.log"
  fi

  # Once per registry process: docker login and push really work (the engine allows plain HTTP
  # to 127.0.0.0/8 through its default insecure-registries).
  if [ "$(cat "$RUN/registry.verified" 2>/dev/null || true)" != "$pid" ]; then
    log "checking docker login and push to $REGISTRY"
    printf '%s' "$REG_PASSWORD" | docker login "$REGISTRY" -u "$REG_USER" --password-stdin >"$LOGS/registry-check.log" 2>&1 ||
      die "docker login to $REGISTRY failed; see $LOGS/registry-check.log and $LOGS/registry.log"
    docker tag "$BUSYBOX_IMAGE" "$REGISTRY/selfcheck/busybox:local"
    docker push "$REGISTRY/selfcheck/busybox:local" >>"$LOGS/registry-check.log" 2>&1 ||
      die "docker push to $REGISTRY failed; see $LOGS/registry-check.log and $LOGS/registry.log"
    docker rmi "$REGISTRY/selfcheck/busybox:local" >/dev/null
    echo "$pid" >"$RUN/registry.verified"
  fi
}
registry_ok() {
  [ "$(http_code "http://$REGISTRY/v2/")" = 401 ] &&
    [ "$(http_code -u "$REG_USER:$REG_PASSWORD" "http://$REGISTRY/v2/")" = 200 ]
}

storage_ok() { [ "$(http_code "$STORAGE_URL/b")" = 200 ]; }

ensure_storage() {
  local pid ok=0
  if [ -n "$npm_pid" ]; then
    log "waiting for the test/services install"
    wait "$npm_pid" || die "npm ci in test/services failed; see $LOGS/npm-services.log"
  fi
  pid=$(pid_of storage)
  if alive "$pid" && storage_ok; then
    log "storage emulator already running on $STORAGE_URL"
    return 0
  fi
  if alive "$pid"; then
    die "storage emulator (pid $pid) runs but $STORAGE_URL does not answer; see $LOGS/storage.log"
  fi
  if port_busy "$STORAGE_PORT"; then
    die "port $STORAGE_PORT on 127.0.0.1 is taken by another program; set DAGSHIP_TEST_STORAGE_PORT"
  fi
  log "starting the storage emulator on $STORAGE_URL (log: $LOGS/storage.log)"
  rm -rf "$STATE/storage"
  spawn "$LOGS/storage.log" node "$SERVICES/storage-emulator.mjs" --host 127.0.0.1 --port "$STORAGE_PORT" --tmpdir "$STATE/storage/tmp"
  pid=$!
  echo "$pid" >"$RUN/storage.pid"
  for _ in $(seq 1 120); do
    if storage_ok; then ok=1; break; fi
    alive "$pid" || break
    sleep 0.25
  done
  [ "$ok" = 1 ] || die "storage emulator did not answer on $STORAGE_URL within 30 s; see $LOGS/storage.log"
  if [ -d "$ROOT/node_modules/@google-cloud/storage" ]; then
    log "checking the storage emulator with @google-cloud/storage"
    STORAGE_EMULATOR_HOST="$STORAGE_URL" node "$ROOT/scripts/test-env/check-storage.mjs" >"$LOGS/storage-check.log" 2>&1 ||
      die "storage emulator check failed; see $LOGS/storage-check.log and $LOGS/storage.log"
  else
    log "warning: node_modules/@google-cloud/storage is missing (npm ci); client check skipped"
  fi
}

write_env() {
  cat >"$STATE/env.sh.new" <<EOF
# Written by scripts/test-env/up.sh; source it before running the integration tests.
export DOCKER_HOST='$DOCKER_HOST'
export DOCKER_CONFIG='$DOCKER_CONFIG'
export DAGSHIP_TEST_REGISTRY='$REGISTRY'
export DAGSHIP_TEST_REGISTRY_USER='$REG_USER'
export DAGSHIP_TEST_REGISTRY_PASSWORD='$REG_PASSWORD'
export DAGSHIP_TEST_BUSYBOX_IMAGE='$BUSYBOX_IMAGE'
export DAGSHIP_TEST_PYTHON_IMAGE='$PYTHON_IMAGE'
export DAGSHIP_TEST_PYTHON39_IMAGE='$PYTHON39_IMAGE'
export STORAGE_EMULATOR_HOST='$STORAGE_URL'
export DAGSHIP_TEST_ENV_READY=1
EOF
  mv "$STATE/env.sh.new" "$STATE/env.sh"
}

main() {
  mkdir -p "$LOGS" "$RUN/leases" "$DOCKER_CONFIG"
  # Several test runs of this checkout may start at once: one up.sh or down.sh at a time.
  exec 9>"$RUN/lock"
  flock -w 1200 9 || die "another scripts/test-env/up.sh or down.sh has held $RUN/lock for 20 minutes"
  if [ -n "${DAGSHIP_TEST_ENV_LEASE:-}" ]; then
    : >"$RUN/leases/$DAGSHIP_TEST_ENV_LEASE"
  else
    : >"$RUN/pinned"
  fi

  install_host_packages
  start_services_install
  ensure_docker
  ensure_busybox_image
  ensure_python_images
  ensure_registry
  ensure_storage
  write_env
  log "ready: source $STATE/env.sh"
}

# Everything runs from main, parsed whole before it starts: editing this file while an up.sh
# runs cannot change what that run does.
main "$@"
exit 0
