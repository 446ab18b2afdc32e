#!/usr/bin/env bash
# Builds the LEAD Desktop bundle for this OS with PyInstaller (installer/lead-desktop.spec) into
# dist/lead-desktop/, then smoke-tests the FROZEN programs:
#   dist/lead-desktop/lead-desktop --self-test --data-dir <new temporary folder>   (offscreen Qt)
#   dist/lead-desktop/lead-desktop-admin --help
# A non-zero exit, a traceback in the output, or a missing module that matters fails the build.
# On Linux it then packs dist/lead-desktop-<version>-linux-<arch>.tar.gz (the folder, the
# .desktop file, the icon and install.sh). Run through `make bundle`, which installs PyInstaller.
#
# Environment: PYTHON (default .venv/bin/python, or .venv/Scripts/python.exe on Windows),
# KEEP_BUILD=1 keeps build/pyinstaller.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ] && [ -x "$ROOT/.venv/Scripts/python.exe" ]; then PYTHON="$ROOT/.venv/Scripts/python.exe"; fi
PY="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
LOG="$ROOT/build/bundle.log"
BUNDLE="$DIST/lead-desktop"

case "$(uname -s)" in
  Linux*) OS=linux; EXE="" ;;
  Darwin*) OS=macos; EXE="" ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; EXE=".exe" ;;
  *) OS="$(uname -s | tr '[:upper:]' '[:lower:]')"; EXE="" ;;
esac
ARCH="$(uname -m)"
VERSION="$("$PY" -c 'import re, pathlib; print(re.search(r"__version__ = \"([^\"]+)\"", pathlib.Path("lead_desktop/__init__.py").read_text()).group(1))')"

fail() { echo "build.sh: $*" >&2; exit 1; }

mkdir -p "$ROOT/build"
started=$(date +%s)

echo "== PyInstaller: LEAD Desktop $VERSION for $OS-$ARCH"
rm -rf "$BUNDLE" "$WORK"
if ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath "$DIST" --workpath "$WORK" installer/lead-desktop.spec >"$LOG" 2>&1; then
  tail -n 40 "$LOG" >&2
  fail "PyInstaller failed (full log: $LOG)"
fi
built=$(date +%s)
# Warnings explained in installer/README.md ("Build warnings") are counted, the rest shown.
KNOWN='Hidden import "(MySQLdb|pysqlite2)" not found|Library (ole32|shell32) required via ctypes not found|libqgtk3\.so|Ignoring icon'
known_count=$(grep -E "WARNING|ERROR" "$LOG" | grep -cE "$KNOWN" || true)
grep -E "WARNING|ERROR" "$LOG" | grep -vE "$KNOWN" | sed 's/^/  /' || true
echo "  ($known_count known, harmless warnings: see installer/README.md; full log: $LOG)"

# PyInstaller lists every import it could not find; most are optional imports for other systems,
# or names that are attributes rather than modules. A module of the program or of a library it
# needs that exists here but did not get into the bundle fails the build.
"$PY" - "$WORK" <<'PYCHECK' || fail "modules that matter are missing from the bundle"
import importlib.util, re, sys
from pathlib import Path
MATTER = ("lead_desktop", "sqlcipher3", "sqlalchemy", "alembic", "keyring", "jeepney", "secretstorage",
          "cryptography", "reportlab", "platformdirs", "openpyxl", "PySide6", "shiboken6", "mako")
bad = set()
for warn in Path(sys.argv[1]).glob("*/warn-*.txt"):
    for line in warn.read_text().splitlines():
        m = re.match(r"missing module named '?([\w.]+)'? - imported by", line)
        if not m or m.group(1).split(".")[0] not in MATTER:
            continue
        try:
            exists = importlib.util.find_spec(m.group(1)) is not None
        except (ImportError, ValueError):
            exists = False
        if exists:
            bad.add(line[:300])
for line in sorted(bad):
    print("  missing:", line, file=sys.stderr)
sys.exit(1 if bad else 0)
PYCHECK

echo "== smoke test of the frozen programs"
smoke() {  # name, then the command; fails on a non-zero exit or a traceback
  local name="$1"; shift
  local out="$ROOT/build/smoke-$name.txt" code=0
  env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$@" >"$out" 2>&1 || code=$?
  sed 's/^/  /' "$out"
  [ "$code" -eq 0 ] || fail "$name exited with $code"
  if grep -q "Traceback (most recent call last)" "$out"; then fail "$name printed a traceback"; fi
}
SELFTEST_DIR="$(mktemp -d)"
trap 'rm -rf "$SELFTEST_DIR"' EXIT
smoke self-test "$BUNDLE/lead-desktop$EXE" --self-test --data-dir "$SELFTEST_DIR"
grep -q "^self-test passed" "$ROOT/build/smoke-self-test.txt" || fail "the self-test did not say it passed"
smoke admin-help "$BUNDLE/lead-desktop-admin$EXE" --help
grep -q "usage: lead-desktop-admin" "$ROOT/build/smoke-admin-help.txt" || fail "lead-desktop-admin --help printed no usage"
smoke version "$BUNDLE/lead-desktop$EXE" --version
# The same self-test on a real X server, so the xcb platform plugin and its libraries are checked
# too (xvfb comes with `make debs-x`); offscreen alone would not notice a broken X11 plugin.
if [ "$OS" = linux ] && command -v xvfb-run >/dev/null 2>&1; then
  XCB_DIR="$(mktemp -d)"
  smoke self-test-xcb xvfb-run -a env -u QT_QPA_PLATFORM "$BUNDLE/lead-desktop" --self-test --data-dir "$XCB_DIR"
  grep -q "platform xcb" "$ROOT/build/smoke-self-test-xcb.txt" || fail "the X11 self-test did not run on xcb"
  # The window program itself: the first-run wizard must still be open after a few seconds.
  code=0
  timeout 8 xvfb-run -a env -u QT_QPA_PLATFORM "$BUNDLE/lead-desktop" --data-dir "$XCB_DIR/window" \
    >"$ROOT/build/smoke-window.txt" 2>&1 || code=$?
  sed 's/^/  /' "$ROOT/build/smoke-window.txt"
  [ "$code" -eq 124 ] || fail "the window program ended by itself (exit $code) instead of showing the wizard"
  if grep -q "Traceback (most recent call last)" "$ROOT/build/smoke-window.txt"; then fail "the window program printed a traceback"; fi
  echo "  window program: the first-run wizard stayed open for 8 s on X11"
  rm -rf "$XCB_DIR"
elif [ "$OS" = linux ]; then
  echo "  (xvfb-run not found: the X11 self-test is skipped; make debs-x installs it)"
fi
tested=$(date +%s)

SIZE_KB=$(du -sk "$BUNDLE" | cut -f1)
FILES=$(find "$BUNDLE" -type f | wc -l)
echo "== bundle: $BUNDLE: $((SIZE_KB / 1024)) MiB in $FILES files; PyInstaller $((built - started)) s, smoke test $((tested - built)) s"

if [ "$OS" = linux ]; then
  NAME="lead-desktop-$VERSION-linux-$ARCH"
  STAGE="$ROOT/build/tarball/$NAME"
  rm -rf "$ROOT/build/tarball"
  mkdir -p "$STAGE"
  cp -a "$BUNDLE" "$STAGE/lead-desktop"
  cp installer/linux/lead-desktop.desktop installer/linux/install.sh "$STAGE/"
  cp resources/icons/lead-desktop.svg resources/icons/lead-desktop.png "$STAGE/"
  cp installer/linux/README.txt "$STAGE/README.txt"
  chmod 755 "$STAGE/install.sh"
  tar -C "$ROOT/build/tarball" -czf "$DIST/$NAME.tar.gz" "$NAME"
  rm -rf "$ROOT/build/tarball"
  echo "== tarball: $DIST/$NAME.tar.gz ($(( $(stat -c %s "$DIST/$NAME.tar.gz") / 1024 / 1024 )) MiB)"
elif [ "$OS" = windows ]; then
  if command -v iscc >/dev/null 2>&1; then
    iscc "/DAppVersion=$VERSION" "/DSourceDir=$(cygpath -w "$BUNDLE" 2>/dev/null || echo "$BUNDLE")" installer/windows/lead-desktop.iss
  else
    echo "== Inno Setup (iscc) not found: install it, then run: iscc /DAppVersion=$VERSION installer\\windows\\lead-desktop.iss"
  fi
elif [ "$OS" = macos ]; then
  echo "== app: $DIST/LEAD Desktop.app (sign and notarize it: installer/macos/README.md)"
fi
[ -n "${KEEP_BUILD:-}" ] || rm -rf "$WORK"
echo "== done in $(( $(date +%s) - started )) s"
