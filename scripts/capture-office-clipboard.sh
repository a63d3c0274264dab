#!/usr/bin/env bash
# Captures what a real office suite puts on the clipboard as text/html when a person copies a report
# (or its 表三) in it, for test/fixtures/paste/ (made once, committed; the tests need no office suite).
# LibreOffice Writer (Debian bookworm's libreoffice-writer with libreoffice-core, whose X11 "gen"
# window backend is needed: the -nogui packages have no X clipboard) runs with a normal window on an
# Xvfb display; scripts/capture-office-clipboard.py opens each real report .docx of test/fixtures/word/
# in it, selects with real key presses (xdotool: Ctrl+Home, Ctrl+A; for 表三 alone the cursor is put
# in the table and Table > Select > Table is dispatched), copies with a real Ctrl+C, and reads the X
# clipboard with `xclip -selection clipboard -o -t text/html` while Writer owns it.
# Needs: apt-get install --no-install-recommends xvfb xclip xdotool libreoffice-core libreoffice-writer python3-uno
# Usage: bash scripts/capture-office-clipboard.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/test/fixtures/paste"
display=:96
pipe="nianbao-clipboard-$$"
work="$(mktemp -d)"

Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
office=
cleanup() {
  [ -n "$office" ] && kill "$office" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display"
# Until the display answers (Xvfb gives no readiness signal of its own).
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# A fresh profile (default settings, no first-start dialog that would take the keys) and the X11 window backend.
SAL_USE_VCLPLUGIN=gen soffice --norestore --nologo --nodefault --nolockcheck \
  "-env:UserInstallation=file://$work/profile" "--accept=pipe,name=$pipe;urp;" >"$work/soffice.log" 2>&1 &
office=$!

# Copies are opened, so no LibreOffice lock file is ever written beside the fixtures.
mkdir "$work/docs"
cp "$root"/test/fixtures/word/{jingfa-2022,guozi-2023,nongye-2024,guanweihui-2019,caizheng-2025}.docx "$work/docs/"
/usr/bin/python3 "$root/scripts/capture-office-clipboard.py" "$out" "$pipe" \
  "$work"/docs/{jingfa-2022,guozi-2023,nongye-2024,guanweihui-2019,caizheng-2025}.docx
echo "xclip $(xclip -version 2>&1 | head -1 | awk '{print $3}'), $(xdotool --version), Xvfb $(dpkg-query -W -f '${Version}' xvfb)"
