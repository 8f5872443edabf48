#!/usr/bin/env python3
"""Regenerates test/fixtures/tools/: the valid fixture data (test/fixtures/valid/*.csv) as other
tools write it, so the importer is tested on files it did not write itself.

  npx tsx src/cli/main.ts template /tmp/tpl/ && /usr/bin/python3 scripts/makeImportFixtures.py /tmp/tpl/doingoai-template.xlsx

Needs Debian's python3-openpyxl and libreoffice-calc (soffice). Writes:
  openpyxl-notes.xlsx    the doingoai template filled in by openpyxl, which keeps the header
                         notes (comments) and dropdown lists: the file of exceljs issue #2797
  libreoffice.xlsx       that workbook opened and saved again by LibreOffice Calc
                         (soffice --headless --convert-to xlsx)
  google-sheets.xlsx     an approximation of a Google Sheets .xlsx download: a fresh workbook with no
                         styles, notes or validation, plain header names, and strings written inline
                         (t="inlineStr") instead of in the shared-strings table
  excel-csv-semicolon/   Excel's "CSV UTF-8 (;)": byte order mark, ';' separator, CRLF line ends,
                         Vietnamese numbers (1.234.567,89) and dd/mm/yyyy dates
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
valid = os.path.join(root, "test", "fixtures", "valid")
out = os.path.join(root, "test", "fixtures", "tools")
template = sys.argv[1] if len(sys.argv) > 1 else None
if not template:
    sys.exit("usage: makeImportFixtures.py TEMPLATE.xlsx (from: doingoai template DIR)")

vi_number = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$")
plain_number = re.compile(r"^-?\d+(\.\d+)?$")
dmy = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def typed(text):
    """The cell a person typing into a spreadsheet would get: numbers and dates as such."""
    if text == "":
        return None
    m = dmy.match(text)
    if m:
        return datetime.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if vi_number.match(text):
        n = float(text.replace(".", "").replace(",", "."))
        return int(n) if n.is_integer() else n
    if plain_number.match(text) and not (len(text) > 1 and text.startswith("0")):
        n = float(text)
        return int(n) if n.is_integer() else n
    return text


def tables():
    for name in sorted(os.listdir(valid)):
        if name.endswith(".csv"):
            with open(os.path.join(valid, name), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            yield name[:-4], rows[0], rows[1:]


os.makedirs(out, exist_ok=True)

# 1. The template, filled in by openpyxl: header notes and dropdowns kept.
wb = openpyxl.load_workbook(template)
for entity, header, rows in tables():
    ws = wb[entity]
    # the template's header is "Tên (name)"; fill by the canonical name in brackets
    position = {}
    for cell in ws[1]:
        m = re.search(r"\(([^()]+)\)\s*$", str(cell.value or ""))
        if m:
            position[m.group(1)] = cell.column
    for r, values in enumerate(rows, start=2):
        for name, text in zip(header, values):
            value = typed(text)
            if value is not None:
                cell = ws.cell(row=r, column=position[name], value=value)
                if isinstance(value, datetime.datetime):
                    cell.number_format = "DD/MM/YYYY"
notes = os.path.join(out, "openpyxl-notes.xlsx")
wb.save(notes)

# 2. The same workbook saved again by LibreOffice Calc.
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "libreoffice.xlsx")
    shutil.copy(notes, source)
    converted = os.path.join(tmp, "out")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
         "--convert-to", "xlsx", "--outdir", converted, source],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    shutil.copy(os.path.join(converted, "libreoffice.xlsx"), os.path.join(out, "libreoffice.xlsx"))

# 3. Google-Sheets-like: plain workbook, then strings moved inline.
plain = openpyxl.Workbook()
plain.remove(plain.active)
for entity, header, rows in tables():
    ws = plain.create_sheet(entity)
    ws.append(header)
    for values in rows:
        ws.append([typed(t) for t in values])
with tempfile.TemporaryDirectory() as tmp:
    shared = os.path.join(tmp, "shared.xlsx")
    plain.save(shared)
    with zipfile.ZipFile(shared) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    strings = re.findall(rb"<si>(.*?)</si>", parts.get("xl/sharedStrings.xml", b""), re.S)

    def inline(m):
        attrs, index = m.group(1), int(m.group(2))
        return b"<c" + attrs.replace(b' t="s"', b' t="inlineStr"') + b"><is>" + strings[index] + b"</is></c>"

    for n in list(parts):
        if n.startswith("xl/worksheets/sheet"):
            parts[n] = re.sub(rb'<c([^>]*t="s"[^>]*)><v>(\d+)</v></c>', inline, parts[n])
    parts.pop("xl/sharedStrings.xml", None)
    parts["[Content_Types].xml"] = re.sub(rb'<Override PartName="/xl/sharedStrings.xml"[^>]*/>', b"", parts["[Content_Types].xml"])
    parts["xl/_rels/workbook.xml.rels"] = re.sub(
        rb'<Relationship[^>]*sharedStrings[^>]*/>', b"", parts["xl/_rels/workbook.xml.rels"]
    )
    with zipfile.ZipFile(os.path.join(out, "google-sheets.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)

# 4. Excel's "CSV UTF-8 (;)".
semicolon = os.path.join(out, "excel-csv-semicolon")
os.makedirs(semicolon, exist_ok=True)
for entity, header, rows in tables():
    with open(os.path.join(semicolon, entity + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for values in rows:
            out_values = []
            for t in values:
                # Excel writes a plain decimal the Vietnamese way: 100000.5 -> 100000,5
                if re.match(r"^-?\d+\.\d+$", t):
                    t = t.replace(".", ",")
                out_values.append(t)
            w.writerow(out_values)
print("wrote", out)
