# Driven by scripts/capture-office-clipboard.sh (which starts Xvfb and LibreOffice Writer with its X11
# window and a UNO pipe; read that script's header first). For each report .docx: open it in the
# running Writer window, select with real key presses (xdotool) and copy with a real Ctrl+C, then read
# the X clipboard's text/html with xclip while LibreOffice still owns it, bytes unchanged.
# UNO is used only to open and close the document and, for a table alone, to put the cursor in the
# table and select it (.uno:SelectTable, what Table > Select > Table does); the copy is always Ctrl+C.
# Usage: /usr/bin/python3 scripts/capture-office-clipboard.py OUT_DIR PIPE_NAME DOCX...

import os
import subprocess
import sys
import time

import uno  # Debian's python3-uno

OUT, PIPE, DOCS = sys.argv[1], sys.argv[2], sys.argv[3:]
# 表三 alone is also copied from these reports (the label that tells its table apart).
TABLE3_FROM = {'jingfa-2022', 'guanweihui-2019'}
TABLE3_LABEL = '本年新收政府信息公开申请数量'


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(240):  # LibreOffice opens its pipe when it is ready; until then the connection is refused
        try:
            return resolver.resolve(f'uno:pipe,name={PIPE};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.25)
    sys.exit('LibreOffice did not open its UNO pipe')


def xclip(*args):
    return subprocess.run(['xclip', '-selection', 'clipboard', '-o', *args], capture_output=True).stdout


def copy_with_keys(window, keys):
    """Take the clipboard away (xclip owns it), press the keys in Writer's window, wait until Writer owns it again."""
    subprocess.run(['xclip', '-selection', 'clipboard', '-i'], input=b'nianbao: not copied yet', check=True)
    subprocess.run(['xdotool', 'windowfocus', '--sync', window], check=True)
    subprocess.run(['xdotool', 'key', '--delay', '100', *keys], check=True)
    for _ in range(200):
        if b'text/html' in xclip('-t', 'TARGETS').split(b'\n'):
            break
        time.sleep(0.1)
    else:
        sys.exit(f'the clipboard never held text/html after {keys}')
    return xclip('-t', 'TARGETS').decode().split('\n'), xclip('-t', 'text/html')


def writer_window(title):
    for _ in range(200):
        found = subprocess.run(['xdotool', 'search', '--name', title], capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    sys.exit(f'no window named {title}')


ctx = connect()
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
dispatcher = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
product = smgr.createInstanceWithArgumentsAndContext(
    'com.sun.star.configuration.ConfigurationProvider', (), ctx
).createInstanceWithArguments(
    'com.sun.star.configuration.ConfigurationAccess',
    (uno.createUnoStruct('com.sun.star.beans.PropertyValue', 'nodepath', 0, '/org.openoffice.Setup/Product', 0),),
)
print(f"LibreOffice {product.getByName('ooSetupVersionAboutBox')}")

for path in DOCS:
    stem = os.path.basename(path)[: -len('.docx')]
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0, ())
    window = writer_window(f'{stem}.docx')
    # The whole document: cursor to its start, select all, copy.
    targets, html = copy_with_keys(window, ['ctrl+Home', 'ctrl+a', 'ctrl+c'])
    with open(os.path.join(OUT, f'libreoffice-{stem}.html'), 'wb') as f:
        f.write(html)
    print(f'libreoffice-{stem}.html: {len(html)} bytes; clipboard targets: {", ".join(t.split(';')[0] for t in targets if t)}')
    if stem in TABLE3_FROM:
        tables = doc.getTextTables()
        table = next(
            t for t in (tables.getByIndex(i) for i in range(tables.getCount()))
            if any(TABLE3_LABEL in t.getCellByName(n).getString() for n in t.getCellNames())
        )
        controller = doc.getCurrentController()
        controller.getViewCursor().gotoRange(table.getCellByName('A1').getStart(), False)
        dispatcher.executeDispatch(controller.getFrame(), '.uno:SelectTable', '', 0, ())
        targets, html = copy_with_keys(window, ['ctrl+c'])
        with open(os.path.join(OUT, f'libreoffice-{stem}-table3.html'), 'wb') as f:
            f.write(html)
        print(f'libreoffice-{stem}-table3.html: {len(html)} bytes (table {table.getName()} alone)')
    doc.close(True)
