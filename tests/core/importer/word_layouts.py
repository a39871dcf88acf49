"""Fictional Word IMRs in the layouts forces use, built for the import tests (headings, tables and numbering each
done in a different way). Every name, date and reference is invented."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

EVENTS = [
    ("12/03/2022 21:40", "Adult V called 999 to say Adult S had pushed her. Officers attended.", "Adult S arrested.", "CAD 2203-1144"),
    ("c. May 2022", "A neighbour reported shouting at the flat.", "Log closed with no attendance.", "CAD 2205-0032"),
    ("14 August 2022", "Adult V reported messages from Adult S after the separation.", "Harassment crime recorded.", "CRIME 22/8891"),
]
RECOMMENDATIONS = [
    "Westvale Police will add a supervisor's review to every medium risk report of harassment after separation.",
    "Westvale Police will train call handlers to ask about children in every domestic abuse call.",
]
GLOSSARY = [("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"), ("MARAC",
            "Multi-Agency Risk Assessment Conference")]


def _heading(document, text: str, level: int, how: str) -> None:
    if how == "styles":
        document.add_heading(text, level)
    elif how == "bold":
        document.add_paragraph().add_run(text).bold = True
    else:  # capitals in body text, numbered by hand
        document.add_paragraph(text.upper())


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value


def layout_numbered_headings(path: Path) -> dict[str, int]:
    """Heading styles with numbers typed in, manual paragraph numbers, a 'Chronology of Contact' table."""
    d = docx.Document()
    d.add_heading("Westvale Police Individual Management Review", 0)
    _heading(d, "1. Introduction", 1, "styles")
    d.add_paragraph("1.1 This IMR looks at the contact Westvale Police had with Adult V and Adult S.")
    _heading(d, "2. Terms of Reference", 2, "styles")
    for term in ("What did police know about the risk Adult S posed?", "Were safeguarding referrals made for the children?"):
        d.add_paragraph(term, style="List Number")
    _heading(d, "3. Methodology", 1, "styles")
    d.add_paragraph("3.1 The author searched the crime, intelligence and command and control systems.")
    _heading(d, "4. Chronology of Contact", 1, "styles")
    _table(d, [["Date/Time", "Details", "Outcome", "Source"], *[list(e) for e in EVENTS]])
    _heading(d, "5. Analysis of Involvement", 1, "styles")
    _heading(d, "The call of 12 March 2022", 2, "styles")
    d.add_paragraph("5.1 Officers attended quickly and arrested Adult S, which met the policy.")
    _heading(d, "The neighbour's report", 2, "styles")
    d.add_paragraph("5.2 The log was closed without attendance, which did not meet the call grading policy.")
    _heading(d, "6. Lessons Learned", 1, "styles")
    for point in ("Repeat calls from neighbours need an attendance.", "Harassment after separation needs stalking screening."):
        d.add_paragraph(point, style="List Bullet")
    _heading(d, "7. Conclusions", 1, "styles")
    d.add_paragraph("7.1 The response to the first call was good; later reports were not seen together.")
    _heading(d, "8. Recommendations", 1, "styles")
    for rec in RECOMMENDATIONS:
        d.add_paragraph(rec, style="List Number")
    _heading(d, "Action Plan", 2, "styles")
    _table(d, [["Recommendation", "Action", "Lead", "By when", "Progress"],
               [RECOMMENDATIONS[0], "Change the harassment procedure", "DCI Public Protection", "31/03/2025", "In progress"],
               [RECOMMENDATIONS[1], "Add the question to call handler training", "Contact Centre Manager", "30/06/2025", ""]])
    _heading(d, "Glossary", 1, "styles")
    _table(d, [["Acronym", "Meaning"], *[list(g) for g in GLOSSARY]])
    d.save(path)
    return {"events": 3, "analysis": 2, "learning": 2, "recommendations": 2, "glossary": 2, "terms": 2}


def layout_bold_headings(path: Path) -> dict[str, int]:
    """No heading styles at all: short bold lines are the headings; 'Equality and Diversity', 'Findings'."""
    d = docx.Document()
    for title, body in (("Background", "Adult V lived with her two children in Westvale."),
                        ("Equality and Diversity", "Adult V's first language was Polish and no interpreter was used."),
                        ("Sources of Information", "The author read the crime records and the MARAC minutes.")):
        _heading(d, title, 1, "bold")
        d.add_paragraph(body)
    _heading(d, "Chronology", 1, "bold")
    _table(d, [["Date", "Event", "Police response", "Ref"], *[list(e) for e in EVENTS]])
    _heading(d, "Analysis", 1, "bold")
    d.add_paragraph("The three contacts were never linked, so the pattern of harassment was not seen.")
    d.add_paragraph("No interpreter was offered, although the policy required one.")
    _heading(d, "Findings", 1, "bold")
    d.add_paragraph("Contacts after separation should be reviewed together.")
    _heading(d, "Recommendations", 1, "bold")
    for rec in RECOMMENDATIONS:
        d.add_paragraph(rec)
    _heading(d, "Abbreviations", 1, "bold")
    _table(d, [["Abbreviation", "In full"], *[list(g) for g in GLOSSARY]])
    d.save(path)
    return {"events": 3, "analysis": 1, "learning": 1, "recommendations": 2, "glossary": 2, "terms": 0}


def layout_capitals(path: Path) -> dict[str, int]:
    """Headings typed in capitals in body text with numbers ('3. METHODOLOGY'), 'Key Lines of Enquiry'."""
    d = docx.Document()
    _heading(d, "1. Introduction", 1, "caps")
    d.add_paragraph("This review was commissioned by the Westvale Community Safety Partnership.")
    _heading(d, "2. Key Lines of Enquiry", 1, "caps")
    d.add_paragraph("Did officers recognise coercive control?")
    _heading(d, "3. Methodology", 1, "caps")
    d.add_paragraph("The author interviewed two officers and read the records.")
    _heading(d, "4. Chronology", 1, "caps")
    _table(d, [["When", "What happened", "Action taken", "Reference"], *[list(e) for e in EVENTS]])
    _heading(d, "5. Critical Analysis", 1, "caps")
    d.add_paragraph("Officers did not ask about controlling behaviour at any contact.")
    _heading(d, "6. Lessons to be Learnt", 1, "caps")
    d.add_paragraph("Officers need to ask about controlling behaviour at every domestic abuse report.")
    _heading(d, "7. Single Agency Recommendations", 1, "caps")
    d.add_paragraph(RECOMMENDATIONS[0])
    _heading(d, "8. Glossary of Terms", 1, "caps")
    _table(d, [["Term", "Definition"], *[list(g) for g in GLOSSARY]])
    d.save(path)
    return {"events": 3, "analysis": 1, "learning": 1, "recommendations": 1, "glossary": 2, "terms": 1}


LAYOUTS = {"numbered headings": layout_numbered_headings, "bold headings": layout_bold_headings,
           "capitals": layout_capitals}
