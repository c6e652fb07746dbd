#!/usr/bin/python3
"""Fill cells of a spreadsheet in LibreOffice, as a person typing would, and save it as ODS.

usage: lo-fill-form.py IN.ods OUT.ods 'Sheet!A1=text' ['Sheet!B2=' (clears)] ...

Each value goes through LibreOffice's own input interpretation (XCell.setFormula, what
typing into a cell does): "1145678901" becomes a number, "2027-03-01" a date, text
stays text. This is how the tests get forms "filled in LibreOffice" with a supplier's
typical mistakes, instead of forms we wrote ourselves. Needs Debian's python3-uno and
libreoffice-calc-nogui; run it with the system Python (/usr/bin/python3), which has uno.

A throw-away profile is used for every run, so runs never collide with another
LibreOffice. Exit 0 on success, 1 when LibreOffice fails, 2 on usage errors.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    print("lo-fill-form: python3-uno is missing (apt-get install -y python3-uno)", file=sys.stderr)
    sys.exit(2)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target, edits = os.path.abspath(argv[1]), os.path.abspath(argv[2]), argv[3:]
    parsed = []
    for edit in edits:
        ref, sep, value = edit.partition("=")
        sheet, bang, cell = ref.rpartition("!")
        if not sep or not bang:
            print(f"lo-fill-form: '{edit}' is not Sheet!A1=value", file=sys.stderr)
            return 2
        parsed.append((sheet.strip("'"), cell, value))

    profile = tempfile.mkdtemp(prefix="lo-fill-")
    pipe = "alucat_fill_" + str(os.getpid())
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         "-env:UserInstallation=file://" + profile,
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(600):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if office.poll() is not None:
                    break
                time.sleep(0.1)
        if context is None:
            print("lo-fill-form: LibreOffice did not start", file=sys.stderr)
            return 1
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        if document is None:
            print(f"lo-fill-form: LibreOffice cannot open {source}", file=sys.stderr)
            return 1
        sheets = document.getSheets()
        for sheet_name, cell_name, value in parsed:
            if not sheets.hasByName(sheet_name):
                print(f"lo-fill-form: no sheet '{sheet_name}' in {source}", file=sys.stderr)
                return 1
            sheets.getByName(sheet_name).getCellRangeByName(cell_name).setFormula(value)
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "calc8"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as LibreOffice exits
        return 0
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
