"""What the reports app keeps about a person: nothing. Its figures are computed when asked, through reports.gate."""

from colearn.privacy import NoPersonalData, register

register(
    NoPersonalData(
        model="reports.Report",
        reason="No table and no rows: it only carries the permission to read the reports, which hold no one's data.",
    ),
)
