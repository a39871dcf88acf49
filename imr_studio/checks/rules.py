"""Rule packs: the built-in ones in ``resources/rules/`` and a force's own.

A rule pack is a JSON object; every key is optional (see ``docs/RULES.md``)::

    {"slots": {...}, "exceptions": [...], "language": [...], "acronyms": [...],
     "not_acronyms": [...], "vague_verbs": [...], "commitments": [...],
     "vague_outcomes": [...], "readability": {...}, "themes": {...},
     "require_school_notification": false}

The built-in packs are read first, then every ``*.json`` in the force's folder
(``paths.config_dir() / "rules"``), each in name order. Later packs add to the
earlier ones; a language rule or acronym with the id or term of an earlier one
replaces it, and ``"disabled": true`` switches a language rule off. A broken
file or rule is left out with a message naming the file and line
(:attr:`Rules.errors`); everything else keeps working.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from .expression import Expression
from .matcher import RuleMatcher
from .patterns import PatternError, pattern_source, to_regex

SEVERITIES = ("error", "warning", "advice")
_PACK_KEYS = {
    "about",
    "slots",
    "exceptions",
    "language",
    "acronyms",
    "not_acronyms",
    "vague_verbs",
    "commitments",
    "vague_outcomes",
    "readability",
    "repeats",
    "reported_speech",
    "instructions",
    "themes",
    "require_school_notification",
}
_RULE_KEYS = {"id", "patterns", "why", "alternatives", "replacements", "exceptions", "severity", "item", "disabled"}
_PHRASE_LISTS = ("exceptions", "vague_verbs", "commitments", "vague_outcomes", "reported_speech", "instructions")
_READABILITY_DEFAULTS = {"min_words": 120, "min_reading_ease": 30.0, "max_sentence_words": 45}


@dataclass(frozen=True)
class LanguageRule:
    """A language rule: what it finds, why that is a problem and what to write instead."""

    id: str
    why: str
    alternatives: tuple[str, ...]
    replacements: dict[str, tuple[str, ...]]
    """Exact replacements, keyed by the flagged wording they fit (``""`` fits any)."""
    severity: str
    item_id: str
    exceptions: Expression | None


@dataclass(frozen=True)
class RepeatSettings:
    """How alike two recommendations must be to count as repeats: the share of their words (other than
    ``common_words``) they have in common."""

    similarity: float = 0.4
    common_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Acronym:
    """An acronym or specialist term with its expansion and a plain-English definition."""

    term: str
    expansion: str
    definition: str = ""


@dataclass(frozen=True)
class Themes:
    """The phrases of each theme the checks look for (see :mod:`imr_studio.checks.themes`), and the force's policy
    on telling a child's school."""

    patterns: dict[str, Expression] = field(default_factory=dict)
    require_school_notification: bool = False


@dataclass(frozen=True)
class Rules:
    """All rule packs merged and compiled, ready for :func:`imr_studio.checks.run_checks`."""

    language: tuple[LanguageRule, ...]
    language_matcher: RuleMatcher
    exceptions: RuleMatcher
    acronyms: dict[str, Acronym]
    not_acronyms: frozenset[str]
    vague_verbs: Expression | None
    commitments: Expression | None
    vague_outcomes: Expression | None
    readability: dict[str, float]
    instructions: Expression | None = None
    """Verbs a recommendation written as an instruction opens with ("Amend the procedure …")."""
    reported_speech: Expression | None = None
    """Someone's words reported (“she told officers”): a language match after it, in its sentence, is theirs."""
    repeats: RepeatSettings = field(default_factory=lambda: RepeatSettings())
    themes: dict[str, Expression] = field(default_factory=dict)
    """Phrases of each theme the checks look for (see :mod:`imr_studio.checks.themes`), by theme name."""
    require_school_notification: bool = False
    """The force's policy asks for a child's school to be told of domestic abuse the child was exposed to."""
    errors: tuple[str, ...] = ()
    files: tuple[str, ...] = field(default=())

    @property
    def theme_set(self) -> Themes:
        """The themes and the school notification policy, as :mod:`.themes` reads them."""
        return Themes(self.themes, self.require_school_notification)


def _normal(words: str) -> str:
    """Wording compared without regard to case or spacing."""
    return " ".join(words.casefold().split())


def _replacements(raw: list | dict) -> dict[str, tuple[str, ...]]:
    """Replacements keyed by the flagged wording they fit (``""``: any wording the rule flags)."""
    if isinstance(raw, dict):
        return {_normal(flagged): tuple(options) for flagged, options in raw.items()}
    return {"": tuple(raw)} if raw else {}


class _RuleProblem(ValueError):
    """One rule or entry of a pack that cannot be used."""


def _line_of(raw: str, needle: str) -> int:
    """The line of ``raw`` where ``needle`` (as a JSON string) first appears; 1 if not found."""
    position = raw.find(json.dumps(needle, ensure_ascii=False))
    if position < 0:
        position = raw.find(json.dumps(needle))
    return raw.count("\n", 0, position) + 1 if position >= 0 else 1


def _strings(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _RuleProblem(f"{what} must be a list of non-empty strings")
    return value


class _Merger:
    """Collects packs in order, keeping track of where each entry came from."""

    def __init__(self) -> None:
        self.slots: dict[str, list[str]] = {}
        self.language: dict[str, tuple[dict, str, str]] = {}  # id -> (rule, file, raw)
        self.phrases: dict[str, list[tuple[str, str, str]]] = {name: [] for name in _PHRASE_LISTS}
        self.acronyms: dict[str, Acronym] = {}
        self.not_acronyms: set[str] = set()
        self.readability = dict(_READABILITY_DEFAULTS)
        self.repeat_similarity = RepeatSettings.similarity
        self.common_words: set[str] = set()
        self.themes: dict[str, list[tuple[str, str, str]]] = {}
        self.require_school_notification = False
        self.errors: list[str] = []
        self.files: list[str] = []

    def add_file(self, path: Path) -> None:
        self.files.append(str(path))
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(f"{path}: cannot be read as UTF-8 text ({exc.__class__.__name__})")
            return
        try:
            pack = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.errors.append(f"{path}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})")
            return
        if not isinstance(pack, dict):
            self.errors.append(f"{path}: line 1: a rule pack must be a JSON object")
            return
        for key in pack:
            if key not in _PACK_KEYS:
                self.errors.append(f"{path}: line {_line_of(raw, key)}: unknown section “{key}”")
        self._add_pack(pack, str(path), raw)

    def _add_pack(self, pack: dict, name: str, raw: str) -> None:
        def guarded(what: str, action: Any) -> None:
            try:
                action()
            except _RuleProblem as exc:
                self.errors.append(f"{name}: line {_line_of(raw, what)}: {exc}")

        guarded("slots", lambda: self._add_slots(pack.get("slots", {})))
        for rule in pack.get("language", []) if isinstance(pack.get("language", []), list) else [None]:
            guarded(rule.get("id", "language") if isinstance(rule, dict) else "language",
                    lambda rule=rule: self._add_language(rule, name, raw))
        for entry in pack.get("acronyms", []) if isinstance(pack.get("acronyms", []), list) else [None]:
            guarded(entry.get("term", "acronyms") if isinstance(entry, dict) else "acronyms",
                    lambda entry=entry: self._add_acronym(entry))
        guarded("not_acronyms", lambda: self.not_acronyms.update(
            _strings(pack.get("not_acronyms", []), "“not_acronyms”")))
        for key in _PHRASE_LISTS:
            guarded(key, lambda key=key: self.phrases[key].extend(
                (phrase, name, raw) for phrase in _strings(pack.get(key, []), f"“{key}”")))
        guarded("readability", lambda: self._add_readability(pack.get("readability", {})))
        guarded("repeats", lambda: self._add_repeats(pack.get("repeats", {})))
        guarded("themes", lambda: self._add_themes(pack.get("themes", {}), name, raw))
        guarded("require_school_notification", lambda: self._set_school_notification(pack))

    def _add_themes(self, themes: Any, name: str, raw: str) -> None:
        if not isinstance(themes, dict):
            raise _RuleProblem("“themes” must map each theme name to a list of phrases")
        for theme, phrases in themes.items():
            self.themes.setdefault(theme, []).extend(
                (phrase, name, raw) for phrase in _strings(phrases, f"theme “{theme}”"))

    def _set_school_notification(self, pack: dict) -> None:
        value = pack.get("require_school_notification", self.require_school_notification)
        if not isinstance(value, bool):
            raise _RuleProblem("“require_school_notification” must be true or false")
        self.require_school_notification = value

    def _add_repeats(self, settings: Any) -> None:
        if not isinstance(settings, dict) or set(settings) - {"similarity", "common_words"}:
            raise _RuleProblem("“repeats” may set “similarity” (a share between 0 and 1) and “common_words”")
        similarity = settings.get("similarity", self.repeat_similarity)
        if not isinstance(similarity, (int, float)) or not 0 < similarity <= 1:
            raise _RuleProblem("“repeats” “similarity” must be a share above 0 and at most 1, such as 0.4")
        self.repeat_similarity = float(similarity)
        self.common_words.update(word.casefold() for word in _strings(settings.get("common_words", []),
                                                                         "“common_words”"))

    def _add_slots(self, slots: Any) -> None:
        if not isinstance(slots, dict):
            raise _RuleProblem("“slots” must map each slot name to a list of phrases")
        for slot, phrases in slots.items():
            self.slots.setdefault(slot, []).extend(_strings(phrases, f"slot “{slot}”"))

    def _add_language(self, rule: Any, name: str, raw: str) -> None:
        if not isinstance(rule, dict) or not isinstance(rule.get("id"), str) or not rule["id"].strip():
            raise _RuleProblem("each language rule must be an object with an “id”")
        unknown = set(rule) - _RULE_KEYS
        if unknown:
            raise _RuleProblem(f"rule “{rule['id']}” has unknown field(s): {', '.join(sorted(unknown))}")
        if rule.get("disabled") is True:
            self.language.pop(rule["id"], None)
            return
        _strings(rule.get("patterns"), f"rule “{rule['id']}”: “patterns”")
        if not isinstance(rule.get("why"), str) or not rule["why"].strip():
            raise _RuleProblem(f"rule “{rule['id']}” needs a “why”: one sentence on why the wording is a problem")
        for key in ("alternatives", "exceptions"):
            _strings(rule.get(key, []), f"rule “{rule['id']}”: “{key}”")
        replacements = rule.get("replacements", [])
        if isinstance(replacements, dict):
            for flagged, options in replacements.items():
                _strings(options, f"rule “{rule['id']}”: “replacements” for “{flagged}”")
        else:
            _strings(replacements, f"rule “{rule['id']}”: “replacements”")
        if rule.get("severity", "warning") not in SEVERITIES:
            raise _RuleProblem(f"rule “{rule['id']}”: “severity” must be one of {', '.join(SEVERITIES)}")
        self.language[rule["id"]] = (rule, name, raw)

    def _add_acronym(self, entry: Any) -> None:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry[k].strip()
                                                  for k in ("term", "expansion")):
            raise _RuleProblem("each acronym needs a “term” and an “expansion”")
        self.acronyms[entry["term"]] = Acronym(entry["term"], entry["expansion"], str(entry.get("definition", "")))

    def _add_readability(self, settings: Any) -> None:
        if not isinstance(settings, dict) or not all(
            k in _READABILITY_DEFAULTS and isinstance(v, (int, float)) for k, v in settings.items()
        ):
            raise _RuleProblem(f"“readability” may set only numbers for: {', '.join(_READABILITY_DEFAULTS)}")
        self.readability.update(settings)

    def _good_phrases(self, key: str, entries: list[tuple[str, str, str]] | None = None) -> list[str]:
        good = []
        for phrase, name, raw in self.phrases[key] if entries is None else entries:
            try:
                to_regex(phrase, self.slots)
                good.append(phrase)
            except PatternError as exc:
                self.errors.append(f"{name}: line {_line_of(raw, phrase)}: “{phrase}”: {exc}")
        return good

    def _expression(self, phrases: list[str]) -> Expression | None:
        return Expression(pattern_source(phrases, self.slots)) if phrases else None

    def _phrase_regex(self, key: str) -> Expression | None:
        return self._expression(self._good_phrases(key))

    def _exceptions(self) -> RuleMatcher:
        good = self._good_phrases("exceptions")
        return RuleMatcher([Expression(pattern_source(good, self.slots))], [good]) if good else RuleMatcher([], [])

    def _language_rule(self, rule: dict) -> tuple[LanguageRule, Expression]:
        regex = Expression(pattern_source(rule["patterns"], self.slots))
        exceptions = self._expression(rule.get("exceptions", []))
        compiled = LanguageRule(
            id=rule["id"],
            why=rule["why"].strip(),
            alternatives=tuple(rule.get("alternatives", ())),
            replacements=_replacements(rule.get("replacements", ())),
            severity=rule.get("severity", "warning"),
            item_id=rule.get("item", "LAN-1"),
            exceptions=exceptions,
        )
        return compiled, regex

    def build_themes(self) -> Themes:
        """Only the themes, compiled: quick, for a page that suggests terms of reference."""
        return Themes({theme: Expression(pattern_source(good, self.slots))
                       for theme, entries in self.themes.items() if (good := self._good_phrases(theme, entries))},
                      self.require_school_notification)

    def build(self) -> Rules:
        language: list[LanguageRule] = []
        regexes: list[Expression] = []
        patterns: list[list[str]] = []
        for rule, name, raw in self.language.values():
            try:
                compiled, regex = self._language_rule(rule)
            except PatternError as exc:
                self.errors.append(f"{name}: line {_line_of(raw, rule['id'])}: rule “{rule['id']}”: {exc}")
                continue
            language.append(compiled)
            regexes.append(regex)
            patterns.append(rule["patterns"])
        return Rules(
            language=tuple(language),
            language_matcher=RuleMatcher(regexes, patterns),
            exceptions=self._exceptions(),
            acronyms=dict(self.acronyms),
            not_acronyms=frozenset(self.not_acronyms),
            vague_verbs=self._phrase_regex("vague_verbs"),
            commitments=self._phrase_regex("commitments"),
            vague_outcomes=self._phrase_regex("vague_outcomes"),
            reported_speech=self._phrase_regex("reported_speech"),
            instructions=self._phrase_regex("instructions"),
            readability=dict(self.readability),
            repeats=RepeatSettings(self.repeat_similarity, frozenset(self.common_words)),
            themes=self.build_themes().patterns,
            require_school_notification=self.require_school_notification,
            errors=tuple(self.errors),
            files=tuple(self.files),
        )


def force_rules_dir() -> Path:
    """The folder in the user's own profile for rule packs (and a word list) of their own or their force's."""
    return paths.config_dir() / "rules"


def central_rules_dir() -> Path:
    """The rule packs the force keeps for every user, in its central folder (see :func:`imr_studio.paths.force_dir`)."""
    return paths.force_dir() / "rules"


def _pack_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    result = []
    for path in _pack_files(folder):
        try:
            stat = path.stat()
        except OSError:
            continue
        result.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(result)


def _read(folders: tuple[Path, ...]) -> _Merger:
    merger = _Merger()
    for folder in folders:
        for path in _pack_files(folder):
            merger.add_file(path)
    return merger


@functools.lru_cache(maxsize=4)
def _load(folders: tuple[Path, ...], signature: tuple) -> Rules:
    return _read(folders).build()


@functools.lru_cache(maxsize=4)
def _load_themes(folders: tuple[Path, ...], signature: tuple) -> Themes:
    return _read(folders).build_themes()


def load_themes() -> Themes:
    """The themes of the built-in and the force's rule packs, without compiling the language rules."""
    folders = (paths.resource("rules"), central_rules_dir(), force_rules_dir())
    return _load_themes(folders, tuple(_signature(folder) for folder in folders[1:]))


def load_rules(force_dir: Path | None = None) -> Rules:
    """The built-in rule packs, then the force's central ones, then the user's own (``force_dir`` instead of
    those two, where given), read again only when those files change."""
    folders = (central_rules_dir(), force_rules_dir()) if force_dir is None else (force_dir,)
    folders = (paths.resource("rules"), *folders)
    return _load(folders, tuple(_signature(folder) for folder in folders[1:]))


def replacements_for(rule: LanguageRule, flagged: str) -> tuple[str, ...]:
    """The one-click replacements of ``rule`` that fit the flagged words, with a capital where they had one."""
    options = rule.replacements.get(_normal(flagged), ()) + rule.replacements.get("", ())
    if flagged[:1].isupper():
        options = tuple(option[:1].upper() + option[1:] for option in options)
    return options
