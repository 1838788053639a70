"""Printable A4 PDFs for take-away tools, drawn from the plain data in courses/content/."""

from fpdf import FPDF

# The PDF core fonts only cover Latin-1; typographic punctuation is written with its plain equivalent.
PLAIN_PUNCTUATION = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "—": " - ",
        "–": "-",
        "…": "...",
        "•": "-",
        "½": "1/2",
        "\u00a0": " ",
    }
)
INK = (29, 29, 31)
BRAND = (20, 63, 60)
RULE = (140, 140, 145)


def _plain(text: str) -> str:
    return text.translate(PLAIN_PUNCTUATION).encode("latin-1", "replace").decode("latin-1")


class ToolPDF(FPDF):
    def __init__(self, title: str):
        super().__init__(format="A4")
        self.tool_title = _plain(title)
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_title(self.tool_title)
        self.set_author("Colearn")
        self.set_lang("en-GB")

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*RULE)
        self.cell(
            0,
            5,
            f"{self.tool_title}  |  Colearn take-away tool  |  page {self.page_no()}",
            align="C",
        )

    def paragraph(self, text: str, size: float = 10.5, style: str = "") -> None:
        self.set_font("Helvetica", style=style, size=size)
        self.set_text_color(*INK)
        self.multi_cell(0, size * 0.5, _plain(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def heading(self, text: str) -> None:
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(3)
        self.set_font("Helvetica", style="B", size=13)
        self.set_text_color(*BRAND)
        self.multi_cell(0, 7, _plain(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def checklist(self, items: list[str]) -> None:
        for item in items:
            if self.get_y() > self.h - 28:
                self.add_page()
            top = self.get_y()
            self.set_draw_color(*INK)
            self.rect(self.l_margin, top + 0.6, 4.5, 4.5)
            self.set_x(self.l_margin + 8)
            self.set_font("Helvetica", size=10.5)
            self.set_text_color(*INK)
            self.multi_cell(0, 5.4, _plain(item), new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)

    def questions(self, items: list[str], lines: int = 3) -> None:
        for item in items:
            if self.get_y() > self.h - 45:
                self.add_page()
            self.paragraph(item, style="B")
            self.ruled_lines(lines)

    def write_in(self, items: list[str]) -> None:
        for item in items:
            if self.get_y() > self.h - 42:
                self.add_page()
            self.paragraph(item, style="B")
            self.set_draw_color(*RULE)
            self.rect(self.l_margin, self.get_y(), self.epw, 18)
            self.ln(21)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.set_x(self.l_margin + 2)
            self.paragraph(f"-  {item}")

    def ruled_lines(self, count: int) -> None:
        self.set_draw_color(*RULE)
        for _ in range(count):
            self.ln(7)
            self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.ln(4)


SECTION_WRITERS = {
    "checklist": "checklist",
    "questions": "questions",
    "write-in": "write_in",
    "list": "bullets",
}


def render_tool_pdf(*, title: str, description: str, document: dict) -> bytes:
    pdf = ToolPDF(title)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=20)
    pdf.set_text_color(*BRAND)
    pdf.multi_cell(0, 9, pdf.tool_title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.paragraph(description, size=11.5, style="I")
    pdf.paragraph(document["intro"])
    for section in document["sections"]:
        pdf.heading(section["heading"])
        if section.get("text"):
            pdf.paragraph(section["text"])
        getattr(pdf, SECTION_WRITERS[section["kind"]])(section["items"])
    if document.get("closing"):
        pdf.ln(3)
        pdf.paragraph(document["closing"], style="I")
    return bytes(pdf.output())
