"""The bundled resources: characteristics grid, pick-lists and the sample IMR.

These tests hold the resources to the document model (``imr_studio.model``):
the sample must decode, be in canonical form, link only to items that exist
and use only keys the pick-lists define. The sample is also meant to teach:
it carries exactly the deliberate weaknesses listed in
``resources/sample/README.md``, and nothing else a review lead would catch
with the same simple checks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, get_args

import msgspec
import pytest

from imr_studio.export.kinds import ExportKind
from imr_studio.model import document as model
from imr_studio.model.document import (
    AnalysisEntry,
    Document,
    Event,
    LearningPoint,
    Subject,
    TermOfReference,
)
from imr_studio.model.ids import iter_items
from imr_studio.model.links import iter_links
from imr_studio.model.narrative import is_blank
from imr_studio.paths import resource

EQUALITY_GROUP = "Equality Act 2010 protected characteristic"
OTHER_GROUP = "Other factor reviews consider"

# Every characteristic DOMAIN.md section 2 asks for, by its stable key.
DOMAIN_CHARACTERISTICS = {
    "age",
    "sex",
    "gender_identity",
    "sexual_orientation",
    "ethnicity",
    "nationality",
    "immigration_status",
    "religion_belief",
    "disability_physical",
    "disability_learning",
    "neurodivergence",
    "mental_health",
    "alcohol_use",
    "drug_use",
    "pregnancy_maternity",
    "marriage_civil_partnership",
    "relationship_to_other",
    "first_language",
    "housing",
    "employment_finances",
    "caring_children",
    "care_experience",
    "armed_forces",
}

# Every event type DOMAIN.md section 4 lists.
DOMAIN_EVENT_TYPES = {
    "call_for_service",
    "domestic_abuse_incident",
    "crime_report",
    "arrest",
    "custody",
    "da_risk_assessment",
    "safeguarding_referral",
    "marac",
    "protective_order",
    "disclosure_scheme",
    "intelligence",
    "other",
}

# Pick-lists whose keys are the model's own Literal values.
LITERAL_VOCABULARIES = {
    "subject_roles": model.SubjectRole,
    "characteristic_statuses": model.CharacteristicStatus,
    "risk_gradings": model.RiskGrading,
    "practice_verdicts": model.PracticeVerdict,
    "recommendation_scopes": model.RecommendationScope,
    "action_statuses": model.ActionStatus,
    "reviewer_verdicts": model.ReviewerVerdict,
    "review_outcomes": model.ReviewOutcome,
    "context_areas": model.ContextArea,
    "review_types": model.ReviewType,
    "death_types": model.DeathType,
}

FREE_VOCABULARIES = ("event_types", "strategy_strands", "protective_markings", "interview_formats")

ENUM_VOCABULARIES = {"export_kinds": ExportKind}

# What each link field must point at.
LINK_TARGETS = {
    "event_ids": Event,
    "tor_ids": TermOfReference,
    "subject_ids": Subject,
    "analysis_ids": AnalysisEntry,
    "learning_ids": LearningPoint,
}

# Phrases the language guidance asks authors to avoid. Only the deliberate one
# ("refused to engage") may appear in the sample.
PROBLEM_PHRASES = (
    "chose to",
    "choose to",
    "volatile",
    "domestic incident",
    "domestic dispute",
    "put herself at risk",
    "putting herself at risk",
    "alleged",
    "claimed",
    "tragedy",
    "hard to reach",
    "disengaged",
    "non-compliant",
    "uncooperative",
    "lifestyle",
    "hysterical",
    "snapped",
    "lost control",
    "crime of passion",
    "out of character",
    "toxic relationship",
    "mutual violence",
    "provoked",
    "argument",
)
DELIBERATE_PHRASE = "refused to engage"

VAGUE_VERBS = (
    "consider",
    "review",
    "explore",
    "look at",
    "remind",
    "reinforce",
    "raise awareness",
    "encourage",
    "ensure",
    "share learning",
    "refresh training",
    "be mindful",
)

ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z]\b")
NOT_PROSE = {"protective_marking"}
PARAGRAPH_FIELDS = {"text", "style", "marks"}


# --- loading -----------------------------------------------------------------


def load_json(name: str) -> Any:
    return json.loads(resource(name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def grid() -> list[dict]:
    return load_json("characteristics.json")


@pytest.fixture(scope="module")
def vocab() -> dict[str, list[dict]]:
    return load_json("vocabularies.json")


@pytest.fixture(scope="module")
def sample_bytes() -> bytes:
    return resource("sample", "sample.imr").read_bytes()


@pytest.fixture(scope="module")
def sample(sample_bytes: bytes) -> Document:
    return msgspec.json.decode(sample_bytes, type=Document)


def keys(entries: list[dict]) -> list[str]:
    return [entry["key"] for entry in entries]


# --- helpers that find the deliberate weaknesses -----------------------------


def prose(document: Document) -> list[tuple[str, str]]:
    """Every piece of text in the document as ``(location, text)``."""
    found: list[tuple[str, str]] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            label = node.get("id") or node.get("key") or node.get("subject_id")
            for name, value in node.items():
                if name in NOT_PROSE or name.endswith("_ids"):
                    continue
                walk(value, f"{where}/{label}.{name}" if label else f"{where}/{name}")
        elif isinstance(node, list):
            if node and all(isinstance(p, dict) and "text" in p and set(p) <= PARAGRAPH_FIELDS for p in node):
                found.append((where, "\n".join(p["text"] for p in node)))
            else:
                for value in node:
                    walk(value, where)
        elif isinstance(node, str) and node:
            found.append((where, node))

    walk(msgspec.to_builtins(document), "")
    return found


def undefined_acronyms(document: Document) -> set[str]:
    """Acronyms used but neither in the glossary nor expanded as ``(ABC)``."""
    texts = [text for _, text in prose(document)]
    used = {match for text in texts for match in ACRONYM.findall(text)}
    in_glossary = {a for entry in document.dissemination.glossary for a in ACRONYM.findall(entry.term)}
    expanded = {a for a in used if any(f"({a})" in text for text in texts)}
    return used - in_glossary - expanded


def blank_characteristics(document: Document) -> list[tuple[str, str]]:
    return [
        (profile.subject_id, entry.key)
        for profile in document.characteristics.profiles
        for entry in profile.entries
        if entry.status is None
    ]


def significant_unanalysed(document: Document) -> set[str]:
    analysed = {event_id for entry in document.analysis for event_id in entry.event_ids}
    return {event.id for event in document.contact.events if event.significant and event.id not in analysed}


def not_smart(document: Document) -> set[str]:
    result = set()
    for rec in document.recommendations:
        text = rec.text.lower()
        if not rec.measure.strip() or any(re.search(rf"\b{verb}", text) for verb in VAGUE_VERBS):
            result.add(rec.id)
    return result


def phrase_locations(document: Document, phrase: str) -> list[str]:
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    return [where for where, text in prose(document) for _ in pattern.finditer(text)]


# --- characteristics.json ------------------------------------------------------


def test_grid_entries_are_complete(grid: list[dict]) -> None:
    assert isinstance(grid, list) and grid
    for entry in grid:
        assert {"key", "label", "group", "hint"} <= set(entry) <= {"key", "label", "group", "hint", "terms", "notable"}, entry
        assert entry.get("terms"), (entry["key"], "terms that show a text discusses it")
        assert isinstance(entry.get("notable", False), bool), entry["key"]
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", entry["key"]), entry["key"]
        for name in ("label", "group", "hint"):
            assert isinstance(entry[name], str) and entry[name].strip(), (entry["key"], name)
        hint = entry["hint"]
        assert hint.endswith(".") and ". " not in hint and len(hint) <= 140, (entry["key"], hint)


def test_grid_keys_are_unique_and_cover_domain(grid: list[dict]) -> None:
    grid_keys = keys(grid)
    assert len(grid_keys) == len(set(grid_keys))
    assert set(grid_keys) == DOMAIN_CHARACTERISTICS


def test_grid_groups_are_known_and_contiguous(grid: list[dict]) -> None:
    groups = [entry["group"] for entry in grid]
    assert set(groups) == {EQUALITY_GROUP, OTHER_GROUP}
    runs = [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]
    assert len(runs) == len(set(runs)), "each group should be shown as one block"
    equality = {entry["key"] for entry in grid if entry["group"] == EQUALITY_GROUP}
    assert {"age", "sex", "religion_belief", "pregnancy_maternity", "marriage_civil_partnership"} <= equality
    assert {"immigration_status", "housing", "care_experience"}.isdisjoint(equality)


# --- vocabularies.json ---------------------------------------------------------


def test_vocabulary_lists_are_well_formed(vocab: dict[str, list[dict]]) -> None:
    assert set(vocab) == set(FREE_VOCABULARIES) | set(LITERAL_VOCABULARIES) | set(ENUM_VOCABULARIES)
    for name, entries in vocab.items():
        assert entries, name
        for entry in entries:
            assert set(entry) == {"key", "label"}, (name, entry)
            assert isinstance(entry["key"], str)
            assert isinstance(entry["label"], str) and entry["label"].strip(), (name, entry)
        assert len(keys(entries)) == len(set(keys(entries))), name
        labels = [entry["label"] for entry in entries]
        assert len(labels) == len(set(labels)), name


@pytest.mark.parametrize("name", sorted(LITERAL_VOCABULARIES))
def test_vocabulary_keys_match_model_literals(vocab: dict[str, list[dict]], name: str) -> None:
    expected = get_args(LITERAL_VOCABULARIES[name])
    assert sorted(keys(vocab[name])) == sorted(expected)


@pytest.mark.parametrize("name", sorted(ENUM_VOCABULARIES))
def test_vocabulary_keys_match_their_enum(vocab: dict[str, list[dict]], name: str) -> None:
    assert keys(vocab[name]) == [member.value for member in ENUM_VOCABULARIES[name]]
    assert all(member.label != member.value for member in ENUM_VOCABULARIES[name])


def test_free_vocabularies(vocab: dict[str, list[dict]]) -> None:
    assert set(keys(vocab["event_types"])) == DOMAIN_EVENT_TYPES
    assert 5 <= len(vocab["strategy_strands"]) <= 7
    for key in keys(vocab["strategy_strands"]) + keys(vocab["interview_formats"]):
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", key), key
    assert keys(vocab["protective_markings"]) == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert model.DEFAULT_PROTECTIVE_MARKING in keys(vocab["protective_markings"])
    assert set(keys(vocab["interview_formats"])) == {"in_person", "video_call", "telephone", "written_questions"}


# --- the sample: format and integrity ------------------------------------------


def test_sample_decodes_and_is_canonical(sample_bytes: bytes, sample: Document) -> None:
    sample_bytes.decode("utf-8")
    assert sample.format_version == model.FORMAT_VERSION
    canonical = msgspec.json.format(msgspec.json.encode(sample), indent=2) + b"\n"
    assert sample_bytes == canonical


def test_sample_ids_are_unique_and_prefixed(sample: Document) -> None:
    items = [item for _, item in iter_items(sample)]
    counts = Counter(item.id for item in items)
    assert not [i for i, n in counts.items() if n > 1]
    for item in items:
        assert item.id.startswith(f"{type(item).id_prefix}-"), item.id


def test_sample_links_resolve_to_the_right_kind(sample: Document) -> None:
    by_id = {item.id: item for _, item in iter_items(sample)}
    checked = 0
    for path, owner, ids in iter_links(sample):
        target = LINK_TARGETS[path[-1]]
        for linked in ids:
            assert linked in by_id, f"{owner.id}.{path[-1]} links to missing {linked}"
            assert isinstance(by_id[linked], target), f"{owner.id}.{path[-1]} links to {linked}"
            checked += 1
    assert checked > 50
    roles = {s.id: s.role for s in sample.review.subjects}
    profile_subjects = [p.subject_id for p in sample.characteristics.profiles]
    assert sorted(roles[s] for s in profile_subjects) == ["suspect", "victim"]


def test_sample_characteristics_cover_the_grid(sample: Document, grid: list[dict]) -> None:
    grid_keys = keys(grid)
    for profile in sample.characteristics.profiles:
        profile_keys = [entry.key for entry in profile.entries]
        assert profile_keys == grid_keys, profile.subject_id
        for entry in profile.entries:
            if entry.status is not None:
                assert entry.value.strip() and entry.source.strip(), (profile.subject_id, entry.key)
    tags = {tag for entry in sample.analysis for tag in entry.characteristics}
    assert tags and tags <= set(grid_keys)
    assert all(entry.characteristics for entry in sample.analysis)


def test_sample_uses_only_vocabulary_keys(sample: Document, vocab: dict[str, list[dict]]) -> None:
    event_types = set(keys(vocab["event_types"]))
    for event in sample.contact.events:
        assert event.event_type in event_types, event.id
        assert bool(event.event_type_other) == (event.event_type == "other"), event.id
    strands = set(keys(vocab["strategy_strands"]))
    for item in [*sample.learning, *sample.recommendations]:
        assert item.strand in strands, item.id
    formats = set(keys(vocab["interview_formats"]))
    assert all(i.format in formats for i in sample.methodology.interviews)
    assert sample.review.protective_marking in keys(vocab["protective_markings"])


# --- the sample: completeness --------------------------------------------------


def test_sample_review_details(sample: Document) -> None:
    review = sample.review
    for name in ("review_name", "reference", "partnership", "agency", "author_name", "author_role", "report_version"):
        assert getattr(review, name).strip(), name
    assert review.protective_marking == "OFFICIAL-SENSITIVE"
    assert not is_blank(review.independence)
    assert review.period_start < review.period_end == review.incident_date
    assert 4 * 365 <= (review.period_end - review.period_start).days <= 6 * 365
    kd = review.key_dates
    assert kd.imr_requested < kd.imr_completed
    assert 4 <= len(review.terms_of_reference) <= 6
    assert {s.role for s in review.subjects} == {"victim", "suspect", "child", "family"}
    for subject in review.subjects:
        assert subject.real_name and subject.pseudonym and subject.description, subject.id
        assert subject.pseudonym not in subject.real_name
    assert any(s.aliases for s in review.subjects)


def test_sample_methodology(sample: Document) -> None:
    m = sample.methodology
    assert not is_blank(m.narrative)
    assert len(m.systems_searched) >= 5
    for s in m.systems_searched:
        assert s.system and s.searched_for and s.searched_by, s.id
        assert s.range_start and s.range_end and s.range_start < s.range_end and s.searched_on, s.id
    assert 3 <= len(m.interviews) <= 4
    assert all(i.interviewee_role and i.date for i in m.interviews)
    assert all(d.title and d.version for d in m.documents_reviewed)
    assert 1 <= len(m.sources_not_accessed) <= 2
    assert all(s.source and s.reason for s in m.sources_not_accessed)
    assert m.all_sources_accessed is False


def test_sample_chronology(sample: Document) -> None:
    events = sample.contact.events
    review = sample.review
    assert not is_blank(sample.contact.narrative)
    assert 12 <= len(events) <= 16
    precisions = Counter(e.date_precision for e in events)
    assert precisions["month"] >= 1 and precisions["approximate"] >= 1
    start, end = review.period_start.isoformat(), review.period_end.isoformat()
    previous = ""
    for event in events:
        if event.date_precision == "month":
            assert re.fullmatch(r"\d{4}-\d{2}", event.date), event.id
            assert event.date >= start[:7]
        else:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", event.date), event.id
            assert event.date >= start
        assert event.date <= end, event.id
        sort_key = f"{event.date} {event.time}"
        assert sort_key >= previous, f"{event.id} is out of date order"
        previous = sort_key
        assert event.summary and event.action_taken and event.source_ref and event.subject_ids, event.id
    assert any(e.time for e in events)
    assert {e.risk_grading for e in events} >= {"standard", "medium", "high"}
    assert any(e.significant for e in events) and not all(e.significant for e in events)


def test_sample_analysis(sample: Document) -> None:
    assert 5 <= len(sample.analysis) <= 7
    tor_ids = {t.id for t in sample.review.terms_of_reference}
    linked_tors = {t for entry in sample.analysis for t in entry.tor_ids}
    assert linked_tors == tor_ids
    styles = set()
    for entry in sample.analysis:
        assert entry.title and entry.event_ids and entry.tor_ids, entry.id
        assert entry.policy and entry.policy_version and entry.verdict, entry.id
        assert not is_blank(entry.analysis) and not is_blank(entry.good_practice), entry.id
        assert not is_blank(entry.missed_opportunities), entry.id
        for para in [*entry.analysis, *entry.good_practice, *entry.missed_opportunities]:
            styles.add(para.style)
            styles.update(mark.style for mark in para.marks)
    assert {"bold", "italic", "bullet"} <= styles
    assert len({entry.verdict for entry in sample.analysis}) >= 2


def test_sample_learning_recommendations_dissemination(sample: Document) -> None:
    assert 4 <= len(sample.learning) <= 5
    significant = {e.id for e in sample.contact.events if e.significant}
    for lp in sample.learning:
        assert not is_blank(lp.statement), lp.id
        assert set(lp.event_ids) <= significant and lp.analysis_ids, lp.id
        assert lp.no_action_yet == is_blank(lp.action_taken), lp.id
        assert lp.no_action_yet or lp.action_evidence, lp.id
    assert any(lp.no_action_yet for lp in sample.learning)
    assert 3 <= len(sample.recommendations) <= 4
    completed = sample.review.key_dates.imr_completed
    for rec in sample.recommendations:
        assert rec.text and rec.learning_ids and rec.outcome, rec.id
        assert rec.owner_name and rec.owner_role and rec.scope and rec.target_date > completed, rec.id
        assert rec.actions, rec.id
        for act in rec.actions:
            assert act.action and act.owner and act.milestone and act.target_date and act.status, act.id
            assert act.evidence, act.id
            assert (act.completion_date is not None) == (act.status == "complete"), act.id
    plan = sample.dissemination.plan
    assert plan and all(r.audience and r.method and r.responsible and r.date for r in plan)
    assert all(g.term and g.definition for g in sample.dissemination.glossary)
    assert not sample.quality.history and not sample.quality.responses and not sample.quality.dismissals
    assert not sample.quality.writers  # the sample carries no decision, and no writer, it did not make


# --- the sample: the deliberate weaknesses -------------------------------------


def test_weakness_undefined_acronym(sample: Document) -> None:
    assert undefined_acronyms(sample) == {"THRIVE"}
    where = [loc for loc, text in prose(sample) if "THRIVE" in text]
    assert where == ["/analysis/an-2.analysis"]


def test_weakness_victim_blaming_phrase(sample: Document) -> None:
    assert phrase_locations(sample, DELIBERATE_PHRASE) == ["/contact/events/ev-09.summary"]
    for phrase in PROBLEM_PHRASES:
        assert phrase_locations(sample, phrase) == [], phrase


def test_weakness_non_smart_recommendation(sample: Document) -> None:
    assert not_smart(sample) == {"rec-3"}
    rec = next(r for r in sample.recommendations if r.id == "rec-3")
    assert "raise awareness" in rec.text and rec.measure == ""


def test_weakness_blank_suspect_characteristic(sample: Document) -> None:
    suspect = next(s.id for s in sample.review.subjects if s.role == "suspect")
    assert blank_characteristics(sample) == [(suspect, "care_experience")]
    profile = next(p for p in sample.characteristics.profiles if p.subject_id == suspect)
    entry = next(e for e in profile.entries if e.key == "care_experience")
    assert entry.value == "" and entry.source == ""


def test_weakness_significant_event_not_analysed(sample: Document) -> None:
    assert significant_unanalysed(sample) == {"ev-13"}
    linked = {i for _, _, ids in iter_links(sample) for i in ids}
    assert "ev-13" not in linked


def test_readme_lists_every_weakness_location() -> None:
    text = resource("sample", "README.md").read_text(encoding="utf-8")
    for needle in ("THRIVE", "an-2", "refused to engage", "ev-09", "rec-3", "measure", "sub-2",
                   "care_experience", "ev-13"):
        assert needle in text, needle


def test_weakness_detectors_can_fail(sample: Document) -> None:
    """The helpers above see a fixed sample as fixed, so the tests can fail."""
    replace = msgspec.structs.replace
    glossary = [*sample.dissemination.glossary, model.GlossaryEntry(id="gl-x", term="THRIVE", definition="x")]
    fixed = replace(sample, dissemination=replace(sample.dissemination, glossary=glossary))
    assert undefined_acronyms(fixed) == set()

    recs = [replace(r, measure="A measure") if r.id == "rec-3" else r for r in sample.recommendations]
    assert not_smart(replace(sample, recommendations=recs)) == {"rec-3"}  # still says "raise awareness"
    recs = [replace(r, text="Northshire Police will run a course.", measure="A measure") if r.id == "rec-3" else r
            for r in sample.recommendations]
    assert not_smart(replace(sample, recommendations=recs)) == set()

    events = [replace(e, significant=False) if e.id == "ev-13" else e for e in sample.contact.events]
    assert significant_unanalysed(replace(sample, contact=replace(sample.contact, events=events))) == set()

    events = [replace(e, summary=e.summary.replace(DELIBERATE_PHRASE, "was not reached"))
              for e in sample.contact.events]
    assert phrase_locations(replace(sample, contact=replace(sample.contact, events=events)), DELIBERATE_PHRASE) == []

    profiles = [
        replace(p, entries=[replace(e, status="not_known") if e.status is None else e for e in p.entries])
        for p in sample.characteristics.profiles
    ]
    assert blank_characteristics(replace(sample, characteristics=replace(sample.characteristics,
                                                                         profiles=profiles))) == []
