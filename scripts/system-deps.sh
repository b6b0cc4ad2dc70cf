#!/bin/sh
# System packages the project needs on a fresh Debian machine (run by `make install` and .ci/run).
# Installs only what is missing; without root and sudo it says what to install and goes on.
set -u
missing=""
ldconfig -p 2>/dev/null | grep -q 'libpulse.so.0' || missing="$missing libpulse0"
# Qt's X11 platform plugin (the workshop PCs' real window, `make run` on a desktop): since Qt 6.5 it
# will not load without libxcb-cursor0; found missing on a fresh Debian with Xvfb, the app would not start.
for lib in libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
           libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
           libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0; do
  ldconfig -p 2>/dev/null | grep -q "${lib%%:*}" || missing="$missing ${lib##*:}"
done
# PostgreSQL server binaries (initdb, pg_ctl): the sync tests start a throwaway cluster.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "system-deps: please install:$missing (QtMultimedia needs libpulse.so.0, Qt's X11 window the libxcb ones; the sync tests need PostgreSQL)" >&2
  exit 0
fi
echo "system-deps: installing$missing"
$SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null \
  || echo "system-deps: could not install$missing; the app will run without sound" >&2
exit 0
