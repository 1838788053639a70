"""The one rule for CSV files people open in a spreadsheet: UTF-8 that spreadsheets recognise, and no cell that a
spreadsheet would run as a formula (a name typed as =HYPERLINK(...) shows as typed instead)."""

import csv
import io

import pytest

from colearn.spreadsheet import csv_bytes, safe_cell


@pytest.mark.parametrize("typed", ["=1+1", "+44 7700 900123", "-2", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(typed):
    assert safe_cell(typed) == "'" + typed


@pytest.mark.parametrize("typed", ["Priya", "3.5", "Zoë – peer facilitator", " =1", ""])
def test_ordinary_cells_are_left_as_typed(typed):
    assert safe_cell(typed) == typed


def test_numbers_and_empty_cells_become_text():
    assert [safe_cell(90), safe_cell(None), safe_cell(-3)] == ["90", "", "'-3"]


def test_a_csv_file_is_utf8_with_a_byte_order_mark_and_every_cell_safe():
    data = csv_bytes([["Name", "Hours"], ["Zoë", 2.5], ["=cmd|' /C calc'!A0", "1"]])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["Name", "Hours"], ["Zoë", "2.5"], ["'=cmd|' /C calc'!A0", "1"]]
