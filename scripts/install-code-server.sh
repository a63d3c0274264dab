#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) into a cache
# outside the work tree, from the npm registry and Debian packages only (nothing else is
# downloaded), so test/vscode/runInCodeServer.mjs can run the extension's suite in a real VS Code.
# See shared/notes/REAL-EDITORS.md for why each step is needed.
#
#   bash scripts/install-code-server.sh      # prints the code-server executable as its last line
#
# Cache: ${NIANBAO_CACHE:-$HOME/.cache/nianbao}/code-server-4.100.3 (about 300 MB; the npm cache
# it uses sits beside it in npm-cache/). A marker file makes a second run a fast no-op; delete the
# folder to force a fresh install. Concurrent runs wait for each other (flock).
#
# The built-in Markdown language features stay in place, as in a stock install: every user has them,
# and what they do beside nianbao (their outline, preview and language server) is part of what the
# editor tests check (firstContact.suite.ts asserts the extension is there). Nothing here touches them.
set -euo pipefail

VERSION=4.100.3
# @vscode/ripgrep 1.15.11 (pinned by code-server 4.100.3's lock file) downloads a ripgrep v13.0.0-10
# build from outside the registries unless this tarball is already in its cache under $TMPDIR.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_BIN_VERSION=v13.0.0-10
# Build tools for the native modules, ripgrep for VS Code's search, Chromium for the browser side,
# and a small CJK font so Chinese text in screenshots is not drawn as empty boxes.
DEBIAN_PACKAGES=(build-essential python3 libkrb5-dev ripgrep chromium fonts-wqy-microhei)

CACHE="${NIANBAO_CACHE:-$HOME/.cache/nianbao}"
DEST="$CACHE/code-server-$VERSION"
MARKER="$DEST/.nianbao-install-complete"
BIN="$DEST/bin/code-server"
PKG="$DEST/lib/node_modules/code-server"
VSCODE="$PKG/lib/vscode"

log() { echo "install-code-server: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_debian_packages() {
  local missing=() p status
  for p in "${DEBIAN_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [[ "$status" == *" installed" ]] || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

is_complete() { [ -f "$MARKER" ] && [ -x "$BIN" ]; }

# Records every dependency with an install script in the package's lock file as allowed, in its
# package.json `allowScripts` (npm 11's install-script policy: unapproved scripts warn today and
# are meant to be skipped later). Older npm ignores the field.
allow_install_scripts() { # dir lockfile
  node - "$1" "$2" <<'EOF'
const fs = require('fs');
const path = require('path');
const [dir, lockName] = process.argv.slice(2);
const pkgFile = path.join(dir, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(dir, lockName), 'utf8'));
const allow = { ...(pkg.allowScripts || {}) };
for (const [key, entry] of Object.entries(lock.packages || {})) {
  if (key && entry.hasInstallScript) allow[key.replace(/^.*node_modules\//, '')] = true;
}
pkg.allowScripts = allow;
fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
EOF
}

# Loads each native module (and checks ripgrep) so a skipped or failed install script shows up
# here, not as a broken editor later. Prints the packages that failed.
broken_native_modules() {
  (cd "$VSCODE" && node --input-type=commonjs - <<'EOF'
const fs = require('fs');
const failed = [];
for (const name of ['node-pty', '@vscode/spdlog', 'native-watchdog', 'kerberos', '@parcel/watcher']) {
  try { require(name); } catch (e) { failed.push(name); console.error(`${name}: ${e.message.split('\n')[0]}`); }
}
try { fs.accessSync('node_modules/@vscode/ripgrep/bin/rg', fs.constants.X_OK); } catch { failed.push('@vscode/ripgrep'); }
console.log(failed.join(' '));
EOF
  )
}

ensure_debian_packages
if is_complete; then
  log "code-server $VERSION already installed in $DEST"
  echo "$BIN"
  exit 0
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/.code-server-$VERSION.lock"
flock 9
if is_complete; then # another run finished it while we waited
  log "code-server $VERSION already installed in $DEST"
  echo "$BIN"
  exit 0
fi

rm -rf "$CACHE"/.tmp-code-server.* # left by an install that was killed (we hold the lock)
started=$SECONDS
log "installing code-server $VERSION into $DEST (a few minutes)"
rm -rf "$DEST"
mkdir -p "$DEST"
WORK_TMP="$(mktemp -d "$CACHE/.tmp-code-server.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT

# Everything npm, node-gyp and the install scripts write goes to the cache, not to $HOME.
export npm_config_cache="$CACHE/npm-cache"
export npm_config_nodedir=/usr                 # build native modules against Debian's Node headers
export npm_config_yes=true                     # node-pty's postinstall runs `npx node-gyp`
export npm_config_build_from_source=true       # no prebuilt-binary downloads (argon2, kerberos)
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export TMPDIR="$WORK_TMP"

# 1. The package itself, without its postinstall (that nested install is done step by step below).
npm install -g --prefix "$DEST" --ignore-scripts code-server@"$VERSION" >&2
[ -f "$PKG/package.json" ] || die "npm did not install code-server into $PKG"

# 2. argon2 (password hashing; its prebuilt download fails here, so it builds from source).
allow_install_scripts "$PKG" npm-shrinkwrap.json
(cd "$PKG" && npm rebuild --foreground-scripts argon2 >&2)
(cd "$PKG" && node -e "require('argon2')") || die "argon2 did not build"

# 3. VS Code's own dependencies, with ripgrep taken from Debian instead of downloaded.
command -v rg >/dev/null || die "Debian's ripgrep (rg) is missing"
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) rg_target=aarch64-unknown-linux-musl ;;
  *) die "unsupported machine $(uname -m)" ;;
esac
rg_cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$rg_cache" "$WORK_TMP/rg"
cp "$(command -v rg)" "$WORK_TMP/rg/rg"
tar -czf "$rg_cache/ripgrep-$RIPGREP_BIN_VERSION-$rg_target.tar.gz" -C "$WORK_TMP/rg" rg

allow_install_scripts "$VSCODE" npm-shrinkwrap.json
(cd "$VSCODE" && npm install --omit=dev >&2)
broken="$(broken_native_modules)"
if [ -n "$broken" ]; then
  log "install scripts did not build: $broken; rebuilding them"
  # shellcheck disable=SC2086
  (cd "$VSCODE" && npm rebuild --foreground-scripts $broken >&2)
  broken="$(broken_native_modules)"
  [ -z "$broken" ] || die "native modules still broken after rebuild: $broken"
fi

# 4. What code-server's postinstall.sh does after that install.
ln -sfn node_modules "$VSCODE/node_modules.asar"
ln -sfn code-linux.sh "$VSCODE/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSCODE/bin/helpers/browser.sh"
(cd "$VSCODE/extensions" && npm install --omit=dev >&2)

# 5. The built-in Markdown extension stays where it is (see the header).

# (code-server writes a config file and logs on any start: keep them out of $HOME.)
HOME="$WORK_TMP" XDG_CONFIG_HOME="$WORK_TMP/config" XDG_DATA_HOME="$WORK_TMP/data" \
  "$BIN" --version >/dev/null || die "$BIN does not run"
{
  echo "code-server $VERSION"
  echo "installed $(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s by scripts/install-code-server.sh"
} >"$MARKER"
log "installed code-server $VERSION in $((SECONDS - started)) s: $DEST"
echo "$BIN"
