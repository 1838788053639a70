"""Files people open in a spreadsheet (CSV downloads): the one rule that keeps a cell from running as a formula.

A spreadsheet program runs a cell that starts with =, +, -, @ (or a tab or carriage return before one) as a
formula, so a name typed as `=HYPERLINK(...)` could act when a payroll clerk opens the file. Every CSV the site
writes passes its cells through `safe_cell`; a leading apostrophe makes the cell text, shown as typed.
"""

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(rows: Iterable[Sequence]) -> bytes:
    """Rows (the header first) as CSV: UTF-8 with the byte-order mark spreadsheets look for, every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
