"""What the reports app keeps about a person: nothing. Its figures are computed when asked, through reports.gate."""

from colearn.privacy import NoPersonalData, register

register(
    NoPersonalData(
        model="reports.Report",
        reason="No table and no rows: it only carries the permission to read the reports, which hold no one's data.",
    ),
    NoPersonalData(
        model="reports.WhatChangedPage",
        reason="A course page written by editors for everyone: their words and which figures to show. The figures "
        "are worked out through reports.gate (kept in the cache for an hour at most), never stored on the page. Its "
        "owner and lock point at an editor's account, which after erasure is an anonymous placeholder.",
    ),
)
