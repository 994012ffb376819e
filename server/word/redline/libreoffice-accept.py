"""Accept All or Reject All of a .docx's tracked changes in LibreOffice, then its plain text.

Usage: /usr/bin/python3 libreoffice-accept.py JOBS.json

JOBS.json is {"profile": "/tmp/dir", "jobs": [{"in": "a.docx", "action": "accept" | "reject" |
"none", "out": "a.txt"}, ...]}. One headless soffice (with its own profile, so parallel runs
do not block each other) serves every job through one UNO connection. Each document is opened
hidden, its tracked changes accepted or rejected as Word's Accept All / Reject All would, every
field updated (Pasal numbers, references to Pasal and ayat), and its text written with
LibreOffice's own text export, which prints list numbers such as "(2)" as the page does (or,
for an "out" ending in .docx, saved as Word, to read its formatting back).
Prints a JSON line per job: {"out": ..., "redlines": number of tracked changes before}.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile):
    pipe = "sepakat%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, ctx
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                office.kill()
                raise
            time.sleep(0.2)


def count(access):
    items = access.createEnumeration()
    n = 0
    while items.hasMoreElements():
        items.nextElement()
        n += 1
    return n


def run(ctx, job):
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    url = uno.systemPathToFileUrl(os.path.abspath(job["in"]))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    try:
        redlines = count(doc.getRedlines())
        frame = doc.getCurrentController().getFrame()
        if job["action"] == "accept":
            dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
        elif job["action"] == "reject":
            dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
        # Sequence numbers first, then the references that read them.
        dispatcher.executeDispatch(frame, ".uno:UpdateAll", "", 0, ())
        doc.getTextFields().refresh()
        doc.refresh()
        out = uno.systemPathToFileUrl(os.path.abspath(job["out"]))
        if job["out"].endswith(".docx"):
            doc.storeToURL(out, (prop("FilterName", "MS Word 2007 XML"),))
        else:
            doc.storeToURL(out, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF,,,")))
        return {"out": job["out"], "redlines": redlines}
    finally:
        doc.close(True)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    profile = spec.get("profile") or tempfile.mkdtemp(prefix="lo-uno-")
    office, ctx = connect(profile)
    try:
        for job in spec["jobs"]:
            print(json.dumps(run(ctx, job)), flush=True)
    finally:
        try:
            ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
