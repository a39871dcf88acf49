"""Rule packs: the pattern language, force packs merged with the built-in ones, and broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imr_studio.checks import load_rules, run_checks
from imr_studio.checks.expression import Expression
from imr_studio.checks.patterns import PatternError, pattern_source, trigger_words
from imr_studio.checks.rules import force_rules_dir
from imr_studio.model.document import Document
from imr_studio.model.narrative import from_plain_text

SLOTS = {"self": ["herself", "himself", "themselves"], "pronoun": ["she", "he", "they"]}


def found(pattern: str, text: str) -> list[str]:
    return [m.group() for m in Expression(pattern_source([pattern], SLOTS)).finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("chose|chosen|choosing to return", "She had chosen to return. Choosing to return", ["chosen to return",
                                                                                               "Choosing to return"]),
        ("put|putting {self} at [_] risk", "putting herself at serious risk; put themselves at risk",
         ["putting herself at serious risk", "put themselves at risk"]),
        ("refus* to engage", "she refused to engage; her refusal to engage", ["refused to engage",
                                                                           "refusal to engage"]),
        ("refus* to engage", "refusing to  engage", ["refusing to  engage"]),
        ("hard to reach", "a hard-to-reach family", ["hard-to-reach"]),
        ("{pronoun} was hit !by", "she was hit. he was hit by a car", ["she was hit"]),
        ("didn't engage", "she didn’t engage", ["didn’t engage"]),
        ("compliant", "non-compliant and compliant", ["compliant"]),
        ("{Name} claimed", "Natalie claimed it. The claimed amount", ["Natalie claimed"]),
    ],
)
def test_pattern_language(pattern: str, text: str, expected: list[str]) -> None:
    assert found(pattern, text) == expected


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [("", "empty"), ("[risk] taking", "must start"), ("{nobody} left", "unknown slot"), ("risk|", "empty choice"),
     ("a <b>", "not a word"), ("*", "must follow")],
)
def test_bad_patterns_are_explained(pattern: str, problem: str) -> None:
    with pytest.raises(PatternError, match=problem):
        pattern_source([pattern], SLOTS)


def test_trigger_words_pick_a_required_word() -> None:
    assert trigger_words("{pronoun} was|were vulnerable !to") == (frozenset({"vulnerable"}), frozenset())
    assert trigger_words("refus* to engage") == (frozenset({"engage"}), frozenset())
    assert trigger_words("disengag*") == (frozenset(), frozenset({"disengag"}))
    assert trigger_words("{pronoun} _") is None


def test_built_in_packs_load_without_errors(rules) -> None:
    assert rules.errors == ()
    assert len(rules.language) >= 40
    assert len(rules.acronyms) >= 84
    assert rules.acronyms["MARAC"].expansion == "Multi-Agency Risk Assessment Conference"


def narrative_document(text: str) -> Document:
    doc = Document()
    doc.methodology.narrative = from_plain_text(text)
    return doc


def language_texts(report) -> list[str]:
    return [f.text for f in report.item("LAN-1").findings]


@pytest.fixture
def force_dir() -> Path:
    folder = force_rules_dir()
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    for pack in folder.glob("*.json"):
        pack.unlink()


def test_a_force_pack_adds_rules_acronyms_and_vague_verbs(force_dir: Path) -> None:
    (force_dir / "northshire.json").write_text(json.dumps({
        "language": [{"id": "northshire.job", "patterns": ["a domestic job"], "why": "Minimises the report.",
                      "alternatives": ["a report of domestic abuse"]}],
        "acronyms": [{"term": "DAST", "expansion": "Domestic Abuse Safeguarding Team"}],
        "exceptions": ["Domestic Violence Unit"],
    }), encoding="utf-8")
    rules = load_rules()
    assert rules.errors == ()
    report = run_checks(narrative_document(
        "Officers called it a domestic job. The DAST reviewed it. The Domestic Violence Unit took over."), rules)
    assert language_texts(report) == ["a domestic job"]
    acronym = report.item("LAN-2").findings[0]
    assert acronym.replacements == ("Domestic Abuse Safeguarding Team (DAST)",)


def test_a_force_pack_can_switch_off_a_built_in_rule(force_dir: Path) -> None:
    (force_dir / "off.json").write_text(json.dumps({"language": [{"id": "lang.tragedy", "disabled": True}]}),
                                        encoding="utf-8")
    report = run_checks(narrative_document("The tragedy affected the whole street."), load_rules())
    assert language_texts(report) == []


def test_malformed_json_names_file_and_line_and_built_ins_still_work(force_dir: Path) -> None:
    (force_dir / "broken.json").write_text('{\n  "language": [\n    {"id": "x",}\n  ]\n}\n', encoding="utf-8")
    rules = load_rules()
    assert len(rules.errors) == 1
    assert "broken.json: line 3, column" in rules.errors[0]
    report = run_checks(narrative_document("She refused to engage."), rules)
    assert language_texts(report) == ["refused to engage"]
    assert report.rule_errors == list(rules.errors)


def test_a_bad_rule_names_its_line_and_the_rest_of_the_pack_works(force_dir: Path) -> None:
    (force_dir / "mixed.json").write_text(
        '{\n  "language": [\n'
        '    {"id": "good", "patterns": ["a domestic job"], "why": "Minimises it."},\n'
        '    {"id": "no-why", "patterns": ["anything"]},\n'
        '    {"id": "bad-slot", "patterns": ["{nobody} left"], "why": "x"}\n'
        '  ]\n}\n', encoding="utf-8")
    rules = load_rules()
    assert any("mixed.json: line 4:" in e and "no-why" in e for e in rules.errors), rules.errors
    assert any("mixed.json: line 5:" in e and "unknown slot" in e for e in rules.errors), rules.errors
    report = run_checks(narrative_document("It was a domestic job, and she refused to engage."), rules)
    assert language_texts(report) == ["a domestic job", "refused to engage"]


def test_messages_and_questions_pass_the_language_rules(rules) -> None:
    """The app's own wording must not use the phrases it warns about."""
    from imr_studio.checks.checklist import checklist
    from imr_studio.checks.language import language_findings
    from imr_studio.checks.texts import TextSpot

    wording = [entry.question for entry in checklist()] + [rule.why for rule in rules.language]
    spots = [TextSpot("text", ("text", i), text) for i, text in enumerate(wording)]
    assert [f.text for f in language_findings(spots, rules)] == []


def test_the_forces_central_rule_packs_apply_to_every_user(tmp_path, monkeypatch) -> None:
    central = tmp_path / "force" / "rules"
    central.mkdir(parents=True)
    (central / "northshire.json").write_text(json.dumps({
        "language": [{"id": "northshire.job", "patterns": ["a domestic job"], "why": "Minimises the report.",
                      "alternatives": ["a report of domestic abuse"]}],
    }), encoding="utf-8")
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(tmp_path / "force"))
    rules = load_rules()
    assert rules.errors == () and str(central / "northshire.json") in rules.files
    assert language_texts(run_checks(narrative_document("Officers called it a domestic job."), rules)) == ["a domestic job"]
