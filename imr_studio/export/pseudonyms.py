"""The publication version: every form of a real name replaced by the agreed pseudonym, dates of birth and identifiers removed.

For each subject (from their real name and each alias) the forms are: the
full name; first name and surname together; surname first, with or without a
comma, as police systems print it ("HART, Natalie"); an initial with the
surname ("N. Hart"); and each part alone: first name, middle names, surname,
and each half of a double-barrelled surname. A surname also matches as a
plural ("the Harts") and every form keeps a possessive ending after it. A
title goes with the name ("Mr Cole"). Each form has its replacement: a whole
name becomes the whole pseudonym, a first or middle name or a one-word alias
(a nickname) the pseudonym's first word, a surname its last word, so the
sentence still reads. A form more
than one subject shares (a family surname) is not replaced: the final scan
reports it and the author rewrites the sentence.

Matching is on text as a reader sees it (:mod:`.names`): capitals, soft
hyphens, zero-width characters, no-break spaces and curly apostrophes make no
difference, and a replacement covers exactly the original characters. A name
is never replaced inside a longer word. Handles and e-mail addresses that
contain a name part, each subject's identifiers (phone numbers, registration
marks, reference numbers) and dates of birth, in any common form and wherever
a date follows "born" or "date of birth", are removed with a note in square
brackets.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import msgspec

from .. import paths
from ..model.document import Document, OtherPerson, Subject
from ..model.narrative import Paragraph, replace_span
from ..model.search import texts
from .names import near_miss, normalise, original_span

@functools.lru_cache(maxsize=1)
def rank_or_title() -> str:
    """A rank or title before a name, with any collar number ("PC 1234 ", "Mr "), from ``resources/ranks.json``."""
    raw = json.loads(paths.resource("ranks.json").read_text(encoding="utf-8"))
    words = sorted((normalise(w)[0] for w in [*raw["ranks"], *raw["titles"]]), key=len, reverse=True)
    alternatives = "|".join(r"\.?\s+".join(re.escape(part) for part in word.split()) for word in words)
    return rf"(?:{alternatives})\.?\s+(?:\d{{2,6}}\s+)?"


def _prefixes() -> str:
    return f"(?:{rank_or_title()})?"
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ANY_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{2,4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
             rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_MONTH}\s+\d{{4}}|(?:19|20)\d{{2}})")
_BORN_DATE = re.compile(rf"(?:\bborn\b(?:\s+(?:on|in))?|\bd\.?o\.?b\.?|\bdate\s+of\s+birth\b)[\s:,(-]*(?:was\s+|is\s+)?({_ANY_DATE})(?!\w)")
_HANDLE = re.compile(r"(?<![\w@.])@?[\w.+-]*[\w](?:@[\w-]+(?:\.[\w-]+)+)?(?![\w@])")
DOB_REMOVED = "[date of birth removed]"
IDENTIFIER_REMOVED = "[identifier removed]"
EMAIL_REMOVED = "[e-mail address removed]"
HANDLE_REMOVED = "[online name removed]"


@dataclass(frozen=True)
class NameRule:
    """One way of writing a subject's name (normalised), and what it becomes."""

    name: str
    pseudonym: str
    plural: bool = False


def _words(name: str) -> list[str]:
    return normalise(name)[0].split()


def _rules(subject: Subject) -> list[NameRule]:
    """Every form of ``subject``'s name, with the replacement each takes."""
    pseudonym = " ".join(subject.pseudonym.split())
    words = pseudonym.split()
    label = any(char.isdigit() for char in pseudonym)  # "Child 1" is a label, not a first name and a surname
    first_word = words[0] if words and not label else pseudonym
    last_word = words[-1] if words and not label else pseudonym
    rules: list[NameRule] = []
    for name in [subject.real_name, *subject.aliases]:
        parts = _words(name)
        if not parts:
            continue
        if len(parts) == 1:  # a one-word alias is a nickname: it becomes the pseudonym's first name
            rules.append(NameRule(parts[0], pseudonym if name == subject.real_name else first_word))
            continue
        rules.append(NameRule(" ".join(parts), pseudonym))
        first, middles, last = parts[0], parts[1:-1], parts[-1]
        rules += [
            NameRule(f"{first} {last}", pseudonym),
            NameRule(f"{last}, {first}", pseudonym),
            NameRule(f"{last} {first}", pseudonym),
            NameRule(f"{last}, {' '.join(parts[:-1])}", pseudonym),
            NameRule(f"{last} {' '.join(parts[:-1])}", pseudonym),
            NameRule(f"{first[0]}. {last}", pseudonym),
            NameRule(f"{first[0]} {last}", pseudonym),
            NameRule(first, first_word),
            NameRule(last, last_word, plural=True),
            *(NameRule(middle, first_word) for middle in middles if len(middle) > 1),
            *(NameRule(half, last_word, plural=True) for half in last.split("-") if "-" in last and len(half) > 2),
        ]
    return rules


def _other_rules(person: OtherPerson) -> list[NameRule]:
    """The forms of the name of someone who is not a subject, each becoming the role that stands for them."""
    parts = _words(person.name)
    stand_in = " ".join(person.stand_in.split())
    if not parts:
        return []
    rules = [NameRule(" ".join(parts), stand_in)]
    if len(parts) > 1:
        rules += [NameRule(f"{parts[0]} {parts[-1]}", stand_in), NameRule(f"{parts[-1]}, {parts[0]}", stand_in),
                  NameRule(parts[-1], stand_in)]
    return rules


def _everyone(document: Document) -> list[tuple[list[NameRule], str]]:
    """For each person named in the review (subjects, then the others): their name forms and their replacement."""
    people = [(_rules(s), s.pseudonym.strip()) for s in document.review.subjects if s.real_name.strip() or s.aliases]
    people += [(_other_rules(p), p.stand_in.strip()) for p in document.review.other_people if p.name.strip()]
    return people


def name_rules(document: Document) -> list[NameRule]:
    """The replacements for the publication version, longest name first.

    A form more than one person has (a family surname) is left out: the final scan reports it instead.
    """
    people = _everyone(document)
    counts = Counter(name for rules, _ in people for name in {r.name for r in rules})
    chosen = {r.name: r for rules, replacement in people if replacement for r in rules if counts[r.name] == 1}
    return sorted(chosen.values(), key=lambda r: len(r.name), reverse=True)


def leak_names(document: Document) -> list[str]:
    """Every real name form to look for in a finished publication version, shared ones included."""
    return sorted({r.name for rules, _ in _everyone(document) for r in rules}, key=len, reverse=True)


def name_parts(document: Document) -> set[str]:
    """Each part of every subject's real name and alias (normalised), for handles and near misses."""
    return {part for s in document.review.subjects for name in [s.real_name, *s.aliases] for part in _words(name)
            for part in part.split("-") if len(part) > 2}


def _alternatives(names: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in names)


def name_pattern(names: list[str], *, titles: bool = False) -> re.Pattern[str] | None:
    """A pattern finding any of ``names`` (normalised forms) as whole words in normalised text, plurals included."""
    if not names:
        return None
    return re.compile(rf"(?<![\w]){_prefixes() if titles else ''}((?:{_alternatives(names)}))(s?)(?![\w])", re.IGNORECASE)


def _date_forms(day: datetime.date) -> list[str]:
    """A date of birth as people write it, normalised (lower case)."""
    month = _MONTHS[day.month - 1]
    numeric = [f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
               f"{day.day}.{day.month}.{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}",
               f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}", f"{day.day}/{day.month}/{day.year % 100:02d}",
               f"{day.day:02d}-{day.month:02d}-{day.year}", day.isoformat()]
    words = [f"{day.day} {month} {day.year}", f"{day.day} {month[:3]} {day.year}", f"{month} {day.day}, {day.year}",
             f"{month} {day.day} {day.year}", f"{day.day} of {month} {day.year}"]
    for suffix in ("st", "nd", "rd", "th"):
        words.append(f"{day.day}{suffix} {month} {day.year}")
        words.append(f"{day.day}{suffix} of {month} {day.year}")
    return numeric + words


def _identifier_pattern(identifier: str) -> str:
    """An identifier matched whatever spaces or hyphens are typed inside it."""
    characters = [re.escape(c) for c in normalise(identifier)[0] if not c.isspace() and c != "-"]
    return r"[\s-]*".join(characters)


def _as_name(original: str, rule_name: str, is_word: Callable[[str], bool]) -> bool:
    """False for a one-word name that is also an ordinary word ("Rose", "Hope") written in lower case."""
    return " " in rule_name or not original[:1].islower() or not is_word(rule_name)


def _kept(document: Document) -> list[tuple[str, str]]:
    """The author's reviewed exceptions: words the scan took for a name, and the words around them, normalised."""
    return [(" ".join(normalise(e.words)[0].split()), " ".join(normalise(e.context.strip("… "))[0].split()))
            for e in document.review.publication_exceptions if e.words.strip()]


def _is_kept(kept: list[tuple[str, str]], words: str, plain: str) -> bool:
    """True when ``words`` in normalised text ``plain`` are an exception the author recorded there."""
    words = " ".join(words.split())
    flat = " ".join(plain.split())
    return any(words == kept_words and context in flat for kept_words, context in kept)


class Pseudonymiser:
    """Replaces real names, dates of birth and identifiers in any text of one document.

    ``is_word`` says whether a word is an ordinary English word: a one-word
    name that is one ("Rose") is replaced only where it is written with a capital.
    """

    def __init__(self, document: Document, is_word: Callable[[str], bool] = lambda word: False) -> None:
        self._is_word = is_word
        self._kept = _kept(document)
        rules = name_rules(document)
        self._by_name = {r.name: r for r in rules}
        self._names = name_pattern([r.name for r in rules], titles=True)
        self._parts = name_parts(document)
        subjects = document.review.subjects
        births = [form for s in subjects if s.date_of_birth for form in _date_forms(s.date_of_birth)]
        self._births = re.compile(rf"(?<![\w/.-])(?:{'|'.join(map(re.escape, births))})(?![\w/]|\.\d)") if births else None
        identifiers = [_identifier_pattern(i) for s in subjects for i in s.identifiers if len(i.strip()) > 2]
        self._identifiers = re.compile(rf"(?<!\w)(?:{'|'.join(identifiers)})(?!\w)") if identifiers else None

    def removals(self, plain: str) -> list[tuple[int, int, str]]:
        """In normalised text: the identifiers and dates of birth to remove, with the note that stands for each."""
        found: list[tuple[int, int, str]] = []
        for pattern, note in ((self._identifiers, IDENTIFIER_REMOVED), (self._births, DOB_REMOVED)):
            found += [(*match.span(), note) for match in pattern.finditer(plain)] if pattern else []
        found += [(*match.span(1), DOB_REMOVED) for match in _BORN_DATE.finditer(plain)]
        return found

    def _edits(self, text: str) -> list[tuple[int, int, str]]:
        """The replacements to make in ``text``: original spans and what goes there, in text order."""
        plain, origin = normalise(text)
        taken: list[tuple[int, int, str]] = []

        def take(start: int, end: int, replacement: str) -> None:
            if not any(start < other_end and other_start < end for other_start, other_end, _ in taken):
                taken.append((start, end, replacement))

        for start, end, note in self.removals(plain):
            take(start, end, note)
        for match in _HANDLE.finditer(plain):
            token = match.group()
            if token.isalpha():  # a plain word (most are): no "@", "_" or digit, so no handle
                continue
            if ("@" in token or "_" in token or any(c.isdigit() for c in token)) and any(p in token for p in self._parts):
                take(*match.span(), EMAIL_REMOVED if "@" in token.strip("@") else HANDLE_REMOVED)
        for match in self._names.finditer(plain) if self._names else ():
            rule = self._by_name[" ".join(match.group(1).split())]
            plural = match.group(2)
            if plural and not rule.plural:
                continue
            original = text[slice(*original_span(origin, *match.span()))]
            if not _as_name(re.sub(rf"^{_prefixes()}", "", original, flags=re.IGNORECASE), rule.name, self._is_word):
                continue
            if _is_kept(self._kept, match.group(), plain):
                continue
            replacement = rule.pseudonym + plural
            if original.isupper() and len(original) > 1:
                replacement = replacement.upper()
            elif replacement[:1].islower() and re.search(r"(?:^|[.!?]\s+)$", plain[:match.start()]):
                replacement = replacement[:1].upper() + replacement[1:]  # a role at the start of a sentence
            take(*match.span(), replacement)
        return sorted((*original_span(origin, start, end), replacement) for start, end, replacement in taken)

    def text(self, text: str) -> str:
        """``text`` with every real name, date of birth and identifier replaced."""
        for start, end, replacement in reversed(self._edits(text) if text else []):
            text = text[:start] + replacement + text[end:]
        return text

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        """The paragraph with names replaced; bold or italic over part of a name covers the whole replacement."""
        for start, end, replacement in reversed(self._edits(paragraph.text)):
            paragraph = replace_span(paragraph, start, end, replacement)
        return paragraph

    def value(self, value):
        """Any model value (structure, list, text) with names replaced throughout."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Paragraph):
            return self.paragraph(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, msgspec.Struct):
            changes = {name: self.value(getattr(value, name)) for name in value.__struct_fields__}
            return msgspec.structs.replace(value, **changes)
        return value


def publication_problems(document: Document) -> list[tuple[tuple, str]]:
    """Why a publication version cannot be made yet: each problem with the path of the field to fix it in.

    A person named in the review needs a pseudonym of their own that is none of the real names or aliases.
    """
    problems: list[tuple[tuple, str]] = []
    forms = set(leak_names(document))
    parts = name_parts(document)
    seen: dict[str, str] = {}
    for subject in document.review.subjects:
        name = " ".join(subject.real_name.split()) or next((a for a in subject.aliases if a.strip()), "")
        if not name:
            continue
        path = ("review", "subjects", subject.id, "pseudonym")
        pseudonym = " ".join(subject.pseudonym.split())
        if not pseudonym:
            problems.append((path, f"{name} has no pseudonym: enter the one agreed with the family under Review details › Subjects."))
            continue
        plain = normalise(pseudonym)[0]
        if plain in forms or any(word in parts for word in plain.split()):
            problems.append((path, f"The pseudonym of {name}, “{pseudonym}”, is a real name or alias of someone in the review: choose another."))
        if plain in seen:
            problems.append((path, f"{name} and {seen[plain]} have the same pseudonym, “{pseudonym}”: each person needs their own."))
        seen.setdefault(plain, name)
    for person in document.review.other_people:
        if person.name.strip() and not person.stand_in.strip():
            problems.append((("review", "other_people", person.id, "stand_in"),
                             f"{' '.join(person.name.split())} has no role to stand for their name (such as “the call handler”)."))
    return problems


class LeakFinder:
    """What must not be left in a publication version: every real name form, a near miss of a name part,
    a date of birth (or any date after "born"), and each identifier; matched on normalised text."""

    def __init__(self, document: Document, is_word: Callable[[str], bool] = lambda word: False) -> None:
        """``is_word`` says whether a word is an ordinary word (a near miss of a name that is a word is not reported)."""
        self._names = name_pattern(leak_names(document))
        self._parts = {part for part in name_parts(document) if len(part) >= 5}
        self._pseudonym_words = {w for s in document.review.subjects for w in _words(s.pseudonym)}
        self._is_word = is_word
        self._kept = _kept(document)
        self._births = Pseudonymiser(document, is_word)

    def spans(self, plain: str, original: str | None = None, origin: list[int] | None = None) -> list[tuple[int, int]]:
        """The spans of normalised text ``plain`` that must not be published.

        Given the ``original`` text (and each normalised character's ``origin`` in it), a one-word name that
        is an ordinary word written in lower case ("a rose bush") is not reported.
        """
        found = []
        for match in self._names.finditer(plain) if self._names else ():
            written = original[slice(*original_span(origin, *match.span()))] if original is not None else match.group()
            if _is_kept(self._kept, match.group(), plain):
                continue
            if original is None or _as_name(written, " ".join(match.group(1).split()), self._is_word):
                found.append(match.span())
        found += [(start, end) for start, end, _ in self._births.removals(plain)]
        for match in re.finditer(r"[^\W\d_]{5,}", plain):
            word = match.group()
            if (word not in self._pseudonym_words and not self._is_word(word) and not _is_kept(self._kept, word, plain)
                    and any(near_miss(word, part) for part in self._parts)):
                found.append(match.span())
        return sorted(set(found))


def leak_places(document: Document, is_word: Callable[[str], bool] = lambda word: False) -> list[tuple[tuple, str, str]]:
    """Where the author's text would still leak once pseudonymised: each place's path, the words, and the words around.

    The paths are the author's own (the publication copy keeps every path), so the window can go to each.
    """
    published = pseudonymise(document, is_word)
    finder = LeakFinder(document, is_word)
    found = []
    for path, text in texts(published):
        plain, origin = normalise(text)
        for start, end in finder.spans(plain, text, origin):
            first, last = original_span(origin, start, end)
            context = text[max(0, first - 30):last + 30].strip()
            found.append((path, text[first:last], ("…" if first > 30 else "") + context + ("…" if last + 30 < len(text) else "")))
    return found


def pseudonymise(document: Document, is_word: Callable[[str], bool] = lambda word: False) -> Document:
    """A copy of ``document`` fit for publication: names replaced, real names, aliases, births and identifiers dropped."""
    replaced = Pseudonymiser(document, is_word).value(document)
    subjects = [
        msgspec.structs.replace(s, real_name=s.pseudonym, aliases=[], date_of_birth=None, identifiers=[])
        for s in replaced.review.subjects
    ]
    return msgspec.structs.replace(replaced, review=msgspec.structs.replace(replaced.review, subjects=subjects))
