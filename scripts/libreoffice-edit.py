#!/usr/bin/python3
"""Edits a .docx in LibreOffice through UNO, as the other party would in Word, and saves it as .docx.

Usage: /usr/bin/python3 scripts/libreoffice-edit.py IN.docx OUT.docx EDITS.json

EDITS.json: {"author": "Name", "track": true, "edits": [{"find": "text", "replace": "new"}, ...]}
Each edit replaces the first occurrence of `find` (plain text, case-sensitive) with `replace`
("" deletes it), or moves the text `move` to just before the text `before`, or:
  {"format": "text", "bold": true, "italic": true, "underline": true}: sets (true) or clears
      (false) the named formatting of the text;
  {"split": "text"}: starts a new paragraph at the text (Enter before it);
  {"join": "text"}: joins the paragraph ending with the text to the next one;
  {"after": "text", "paragraphs": ["new", ...]}: new paragraphs after the one holding the text
      (Enter at its end, then typing each; they continue its list, unless given as
      {"text": "new", "list": false}: that one's numbering is switched off first, or with
      "list": true (and "restart": true) put back to the first paragraph's list);
  {"remove": "text"}: deletes the whole paragraph holding the text, its paragraph mark too;
      with "through": "other" (and "back": n paragraphs before the first), every paragraph
      from the one holding the text to the one holding the other. With `track` the document records changes (its RecordChanges property), so
every edit is saved as a Word tracked change by `author`; without it the edits are silent.

Starts its own headless soffice on a private profile and a free port, and stops it on exit.
Debian's `uno` module loads only in /usr/bin/python3.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt.FontSlant import ITALIC
from com.sun.star.awt.FontSlant import NONE as NONE_POSTURE
from com.sun.star.awt.FontUnderline import NONE as NONE_UNDERLINE
from com.sun.star.awt.FontUnderline import SINGLE
from com.sun.star.awt.FontWeight import BOLD, NORMAL
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError("soffice exited before accepting a connection")
        try:
            return resolver.resolve(url)
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("soffice did not accept a connection")


def set_author(ctx, name):
    """LibreOffice stamps tracked changes with the user profile's name."""
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),),
    )
    given, _, family = name.partition(" ")
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise RuntimeError(f"not found in the document: {text!r}")
    return found


def paragraph_cursor(doc, text):
    """A text cursor at the start of the paragraph holding `text`."""
    found = find(doc, text)
    cursor = found.getText().createTextCursorByRange(found.getStart())
    cursor.gotoStartOfParagraph(False)
    return cursor


def edit(doc, e):
    """One edit of the spec (see the module comment)."""
    if "format" in e:
        found = find(doc, e["format"])
        if "bold" in e:
            found.CharWeight = BOLD if e["bold"] else NORMAL
        if "italic" in e:
            found.CharPosture = ITALIC if e["italic"] else NONE_POSTURE
        if "underline" in e:
            found.CharUnderline = SINGLE if e["underline"] else NONE_UNDERLINE
        return
    if "split" in e:
        found = find(doc, e["split"])
        found.getText().insertControlCharacter(found.getStart(), PARAGRAPH_BREAK, False)
        return
    if "join" in e:
        found = find(doc, e["join"])
        cursor = found.getText().createTextCursorByRange(found.getEnd())
        cursor.goRight(1, True)
        cursor.setString("")
        return
    if "after" in e:
        cursor = paragraph_cursor(doc, e["after"])
        cursor.gotoEndOfParagraph(False)
        style, rules = cursor.NumberingStyleName, cursor.NumberingRules
        for entry in e["paragraphs"]:
            cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            if isinstance(entry, dict) and entry.get("list") is False:
                cursor.NumberingStyleName = ""
            if isinstance(entry, dict) and entry.get("list") is True:
                if style:
                    cursor.NumberingStyleName = style
                else:
                    cursor.NumberingRules = rules
                cursor.ParaIsNumberingRestart = bool(entry.get("restart"))
            text = entry["text"] if isinstance(entry, dict) else entry
            cursor.getText().insertString(cursor, text, False)
        return
    if "remove" in e:
        cursor = paragraph_cursor(doc, e["remove"])
        for _ in range(e.get("back", 0)):
            cursor.gotoPreviousParagraph(False)
        if "through" in e:
            last = find(doc, e["through"])
            cursor.gotoRange(last.getEnd(), True)
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)
        cursor.setString("")
        return
    if "move" in e:
        moved = find(doc, e["move"])
        target = find(doc, e["before"]).getStart()
        doc.Text.insertString(target, e["move"], False)
        moved.setString("")
        return
    find(doc, e["find"]).setString(e.get("replace", ""))


def main():
    source, target, spec_file = sys.argv[1:4]
    with open(spec_file, encoding="utf-8") as f:
        spec = json.load(f)
    profile = tempfile.mkdtemp(prefix="lo-edit-")
    port = free_port()
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(port, proc)
        set_author(ctx, spec.get("author", "Pihak Lain"))
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        doc.RecordChanges = bool(spec.get("track", True))
        for e in spec.get("edits", []):
            edit(doc, e)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
