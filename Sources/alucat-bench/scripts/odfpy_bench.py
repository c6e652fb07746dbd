#!/usr/bin/python3
"""odfpy baseline for alucat-bench: CSV (header + rows) -> ODS, all cells strings
except plain integers/decimals, one table:table-column (odfpy omits it otherwise).
Usage: /usr/bin/python3 odfpy_bench.py IN.csv OUT.ods MAX_ROWS"""
import csv, re, sys, time
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")

def main():
    src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = time.monotonic()
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Suppliers")
    table.addElement(TableColumn(numbercolumnsrepeated=12))
    with open(src, newline="", encoding="utf-8") as f:
        for n, record in enumerate(csv.reader(f)):
            if n > limit:
                break
            row = TableRow()
            for field in record:
                if NUMBER.match(field):
                    cell = TableCell(valuetype="float", value=field)
                else:
                    cell = TableCell(valuetype="string")
                for line in field.split("\n"):
                    cell.addElement(P(text=line))
                row.addElement(cell)
            table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(dst)
    print(f"{time.monotonic() - start:.3f}")

main()
