"""The apology coach: finds what cancels an apology, and checks the words for the call whole."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import cache, lru_cache

import regex

from journal.coach import asked, learned, owned, remedied, sympathy, trifles, went_well
from journal.coach.detect import detect
from journal.coach.lexicon import Lexicon, load
from journal.coach.overlaps import one_per_span
from journal.coach.owned import owner_reader, unless_owned_in_cut_sentences
from journal.coach.prefilter import matches
from journal.coach.quotes import inside, quoted_ranges
from journal.coach.whole import apology_findings, empathy_findings, summary_findings
from journal.reports import DraftField, Finding, FindingKind

_GRAPHEME = regex.compile(r"\X")
MAX_CHECKED = 200_000  # characters; a longer paste is checked up to here, never refused
WHOLE_TEXT_LIMIT = 300  # characters; longer texts are checked a sentence (window) at a time
LONGEST_PIECE = 1000  # characters: a paste with no sentence ends is still read in bounded bits
MAX_PIECE = 160  # characters: a longer sentence's rules are remembered a clause at a time
# Thai, written without full stops, is cut at its clauses: into sentences of clauses joined to
# at least THAI_PIECE characters, which the model reads (as long as what it learned from); and,
# for the rules, into pieces of at least THAI_RULE_PIECE, each read with the clauses of the
# last THAI_RULE_PIECE characters before it: a piece and that context hold all a rule looks at
# ("ถ้า … ต้องขอโทษ" spans clauses), and a keystroke re-reads little.
THAI_PIECE = 100  # characters
THAI_RULE_PIECE = 70  # characters
# Where a text is cut into pieces for the per-sentence cache: after sentence ends and at line
# breaks; in Thai (which has no full stop) where its lexicon ends a clause, at a space between
# Thai words (not the spaces around an English word inside the clause: "server ล่ม").
_PIECE_END = regex.compile(r"(?<=[.!?…।])\s+|\n+")
CONTEXT = 60  # characters of the sentence before that a sentence is read with
CUT_CONTEXT = 100  # characters a sentence cut for its length (MAX_PIECE) is read on with
BARE_APOLOGY = 40  # characters: an apology sentence this short is about the one before it
# Where a quote may open or close: a context is never cut past one (quotes pair up in order).
_QUOTE_MARK = regex.compile(r"[\"“”„«»‹›「」‘’]")
_QUOTES = regex.compile(r"[\"“”„«»‹›「」]")  # the marks of a quote, not an apostrophe
_JOINERS = {"\u09cd", "\u200d", "\u200c", "\u0e3a"}  # virama, ZWJ, ZWNJ, Thai phinthu


def _may_cut(text: str, index: int) -> bool:
    """Whether `index` could fall inside a grapheme (a mark or a conjunct follows or precedes)."""
    if index <= 0 or index >= len(text):
        return False
    return unicodedata.category(text[index]).startswith("M") or text[index - 1] in _JOINERS


def _whole_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so it never cuts a character as the reader sees it (Thai, Bengali)."""
    if not (_may_cut(text, start) or _may_cut(text, end)):
        return start, end
    window_start = max(start - 8, 0)
    new_start, new_end = start, end
    for cluster in _GRAPHEME.finditer(text, window_start, min(end + 8, len(text))):
        low, high = cluster.span()
        if low < start < high:
            new_start = low
        if low < end < high:
            new_end = high
    return new_start, new_end


def _word_findings(text: str, lexicon: Lexicon, field: DraftField) -> list[Finding]:
    return [finding for finding, _ in _scan(text, lexicon, field)]


def _scan(text: str, lexicon: Lexicon, field: DraftField) -> list[tuple[Finding, int]]:
    """Findings, each with where its whole match ends (its reach, beyond the underline)."""
    quoted = quoted_ranges(text, lexicon.language)
    found: dict[tuple[FindingKind, int, int], tuple[Finding, int]] = {}
    # Rules share their exceptions (a language's passives, one list): each is read once a text.
    excepted: dict[regex.Pattern[str], list[tuple[int, int]]] = {}
    possible = lexicon.prefilter.read(text)
    owns = owner_reader(text, lexicon, lambda: quoted, possible)
    for rule in lexicon.rules:
        if rule.pattern not in possible:
            continue  # it needs a word the text does not hold
        exceptions: list[tuple[int, int]] | None = None  # looked for once a rule matches
        ownable = rule.kind in lexicon.owned_kinds
        for match in matches(rule.pattern, text, possible[rule.pattern]):
            span = match.span(rule.mark)
            if span[0] < 0 or span[0] == span[1] or inside(span, quoted):
                continue
            if inside((match.start(), match.start() + 1), quoted):
                continue  # the apology a "but" would take back is someone else's, quoted
            if exceptions is None:
                exceptions = []
                for unless in rule.unless:
                    if unless not in excepted:
                        hits = matches(unless, text, possible[unless]) if unless in possible else ()
                        excepted[unless] = [hit.span() for hit in hits]
                    exceptions += excepted[unless]
            if inside(span, exceptions):
                continue
            if ownable and owns(match.span()):
                continue
            start, end = _whole_graphemes(text, *span)
            key = (rule.kind, start, end)
            if key not in found:
                message = lexicon.messages[rule.kind.value]
                finding = Finding(rule.kind, start, end, message, rule.suggestion, field)
                found[key] = (finding, match.end())
    return sorted(found.values(), key=lambda pair: (pair[0].start, pair[0].end))


def _is_nfc(text: str) -> bool:
    """unicodedata.is_normalized("NFC", text), a sentence at a time through a cache: in
    Bengali its quick check cannot answer (া may compose), so it normalizes the whole text,
    a fifth of a keystroke's time in a 300-word draft."""
    if len(text) <= WHOLE_TEXT_LIMIT:
        return unicodedata.is_normalized("NFC", text)
    return all(
        _sentence_is_nfc(part)
        if len(part) <= LONGEST_PIECE
        else unicodedata.is_normalized("NFC", part)
        for part in _PIECE_END.split(text)
    )


@lru_cache(maxsize=8192)
def _sentence_is_nfc(sentence: str) -> bool:
    return unicodedata.is_normalized("NFC", sentence)


def _nfc_with_positions(text: str) -> tuple[str, list[int]]:
    """The text in NFC, and for each of its indices (and its end) the index in `text`."""
    parts: list[str] = []
    positions: list[int] = []
    for cluster in _GRAPHEME.finditer(text):
        normal = unicodedata.normalize("NFC", cluster.group())
        parts.append(normal)
        positions.extend([cluster.start()] * len(normal))
    positions.append(len(text))
    return "".join(parts), positions


def _sentences(text: str, lexicon: Lexicon, thai_piece: int = THAI_PIECE) -> list[tuple[int, int]]:
    """Consecutive spans covering the text, each a sentence (or Thai clauses joined to at
    least `thai_piece` characters) or so, and never longer than LONGEST_PIECE: no rule's
    pattern runs over more than two of them."""
    thai = lexicon.language == "th"
    ends = lexicon.sentence_end if thai else _PIECE_END
    shortest = thai_piece if thai else 1
    spans, start = [], 0
    for gap in ends.finditer(text):
        if gap.start() - start >= shortest:
            spans.append((start, gap.end()))
            start = gap.end()
    if start < len(text):
        spans.append((start, len(text)))
    bounded = []
    for low, high in spans:
        while high - low > LONGEST_PIECE:
            cut = _at_a_space(text, low + LONGEST_PIECE // 2, low + LONGEST_PIECE)
            bounded.append((low, cut))
            low = cut
        bounded.append((low, high))
    return bounded


def _clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each one longer than MAX_PIECE cut after its clauses (a comma, a
    semicolon, a colon or a dash), else at a space: the pieces the rules' findings are
    remembered by, so that a keystroke in a long message with no full stops re-reads a clause
    or two. A sentence with no space to cut at (a link, Thai written without one) or that
    quotes someone (a quote may run past any cut) stays whole."""
    pieces = []
    for low, high in sentences:
        if high - low > MAX_PIECE and not _QUOTES.search(text, low, high):
            while high - low > MAX_PIECE:
                cut = _clause_end(text, low + MAX_PIECE // 2, low + MAX_PIECE)
                if cut is None:  # a long word (a link): cut at the first space after it
                    cut = text.find(" ", low + MAX_PIECE, high) + 1
                    if not cut:
                        break
                pieces.append((low, cut))
                low = cut
        pieces.append((low, high))
    return pieces


_CLAUSE_END = regex.compile(r"[,;:]\s+|\s+[-–—]\s+")


def _clause_end(text: str, low: int, high: int) -> int | None:
    """After the last comma, semicolon, colon or dash between `low` and `high`, else after
    the last space there; None where there is neither."""
    ends = [gap.end() for gap in _CLAUSE_END.finditer(text, low, high)]
    cut = ends[-1] if ends else text.rfind(" ", low, high) + 1
    return cut or None


def _at_a_space(text: str, low: int, high: int) -> int:
    """After the last space between `low` and `high`, else at the whole character by `high`."""
    cut = text.rfind(" ", low, high) + 1 or high
    return _whole_graphemes(text, cut, cut)[0] or cut


@lru_cache(maxsize=8192)
def _window(language: str, previous: str, current: str) -> tuple[tuple[Finding, bool], ...]:
    """Findings that reach into `current`, seen with the text before it for context; and
    those in that text alone, marked so: some a cause whose rule looks ahead into `current`
    for the apology or the consequence ("Jugo je puhalo cijelu noć. Zato su fotke…")."""
    found = _scan(previous + current, load(language), DraftField.ANY)
    return tuple((finding, reach <= len(previous)) for finding, reach in found)


@lru_cache(maxsize=1024)
def _findings_alone(language: str, text: str) -> frozenset[tuple[FindingKind, int, int]]:
    """What a piece's context finds read on its own, without what follows it."""
    return frozenset(_key(finding) for finding, _ in _scan(text, load(language), DraftField.ANY))


def _key(finding: Finding) -> tuple[FindingKind, int, int]:
    return finding.kind, finding.start, finding.end


def clear_cache() -> None:
    """Forget the findings remembered per sentence (for measuring a first check)."""
    _window.cache_clear()
    _findings_alone.cache_clear()
    owned.clear_cache()
    _context.cache_clear()
    _apologises.cache_clear()
    learned.clear_cache()
    went_well.clear_cache()
    asked.clear_cache()
    remedied.clear_cache()


@lru_cache(maxsize=8192)
def _context(previous: str, language: str) -> str:
    """What a piece is read with of the one before it: only its last few words, from a space
    on, so that typing early in a sentence leaves the next one's reading cached; but all of
    it where more can count: where its sentence runs on into the piece over a line break (who
    owns the fault is read in the whole sentence; a sentence cut for its length, MAX_PIECE,
    goes on with its last CUT_CONTEXT characters), where a quote may open that
    closes later, and in Thai, whose rules span clauses ("ถ้า … ต้องขอโทษ"), the whole
    clauses of its last THAI_RULE_PIECE characters. Remembered per piece, as its findings are. (A
    short apology standing alone is read with all of the piece before it instead: see
    _is_bare_apology.)"""
    lexicon = load(language)
    ends = [gap.end() for gap in lexicon.sentence_end.finditer(previous)]
    at_an_end = bool(ends) and ends[-1] == len(previous)
    if not at_an_end and previous.endswith("\n"):
        return previous  # the sentence goes on over a line break
    reach = THAI_RULE_PIECE if language == "th" else CONTEXT if at_an_end else CUT_CONTEXT
    cut = len(previous) - reach
    if cut <= 0 or _QUOTE_MARK.search(previous, 0, cut):
        return previous
    if language == "th":
        starts = [end for end in ends if end <= cut]
        return previous[starts[-1] if starts else 0 :]
    space = previous.find(" ", cut)
    return previous[space if space >= 0 else cut :]


def _is_bare_apology(piece: str, language: str) -> bool:
    """Whether a piece is a short apology standing alone ("Sorry for the trouble."), which is
    then read with all of the piece before it rather than its last words: what such an
    apology is for, and whose the fault was, is said there, anywhere in it. Only short ones
    (BARE_APOLOGY): reading a longer sentence so would cost every keystroke in the sentence
    before it a second window. In Thai, whose pieces are clauses joined to THAI_RULE_PIECE
    characters, only a draft's last piece can be this short."""
    return len(piece) <= BARE_APOLOGY and _apologises(piece, language)


@lru_cache(maxsize=8192)
def _apologises(piece: str, language: str) -> bool:
    return load(language).cues["apology"].search(piece) is not None


def _word_findings_cached(
    text: str, lexicon: Lexicon, field: DraftField, pieces: list[tuple[int, int]]
) -> list[Finding]:
    """The same findings as _word_findings, but a piece at a time through a cache, so a
    keystroke re-checks only the sentence it changed (and the one after it)."""
    findings: dict[tuple[FindingKind, int, int], Finding] = {}
    for index, (start, end) in enumerate(pieces):
        piece = text[start:end]
        before = text[pieces[index - 1][0] : start] if index else ""
        if before and not _is_bare_apology(piece, lexicon.language):
            before = _context(before, lexicon.language)
        offset = start - len(before)
        for found, in_context in _window(lexicon.language, before, piece):
            key = (found.kind, found.start + offset, found.end + offset)
            if key in findings:
                continue
            # Found in the context, not by the piece before: either the piece makes it (its
            # rule looks ahead), or the context, cut from its own beginning, does alone.
            if in_context and _key(found) in _findings_alone(lexicon.language, before):
                continue
            # Finding(), not replace(): a tenth of a keystroke's time.
            findings[key] = Finding(*key, found.message, found.suggestion, field)
    return sorted(findings.values(), key=lambda finding: (finding.start, finding.end))


def check(
    text: str, language: str | None = None, field: DraftField = DraftField.ANY
) -> list[Finding]:
    """Findings for one text; `language` is detected from the text when not given."""
    if not text or not text.strip():
        return []
    text = text[:MAX_CHECKED]
    if not _is_nfc(text):  # accents typed as separate marks (macOS)
        normal, positions = _nfc_with_positions(text)
        return [
            replace(finding, start=positions[finding.start], end=positions[finding.end])
            for finding in check(normal, language, field)
        ]
    lexicon = load(language or detect(text))
    sentences = _sentences(text, lexicon)
    short = len(text) <= WHOLE_TEXT_LIMIT
    thai = lexicon.language == "th"
    if short:  # read whole
        findings = one_per_span(_word_findings(text, lexicon, field))
        # The model learned from whole messages of a sentence or three: a short text is read
        # as one, the cause in one sentence with the apology in the next.
        units = [(0, len(text))]
    else:
        pieces = _clauses(text, sentences)
        rule_pieces = _clauses(text, _sentences(text, lexicon, THAI_RULE_PIECE)) if thai else pieces
        findings = one_per_span(_word_findings_cached(text, lexicon, field, rule_pieces))
        if pieces != sentences:  # a clause's window may not hold the words that own its cause
            findings = unless_owned_in_cut_sentences(text, sentences, pieces, findings, lexicon)
        units = sentences
    # Only where the model reads anything:
    quoted = cache(lambda: quoted_ranges(text, lexicon.language))
    owns = owner_reader(text, lexicon, quoted)
    findings = learned.with_learned_findings(
        text, units, lexicon, findings, field, quoted, owns, sentences
    )
    findings = went_well.without_causes_beside_good_news(text, units, sentences, findings, lexicon)
    findings = asked.without_what_only_asks(text, sentences, findings, lexicon)
    findings = remedied.without_but_going_on_to_the_fix(text, sentences, findings, lexicon)
    findings = trifles.where_a_fault_is_said(text, sentences, findings, lexicon, field, short)
    findings = sympathy.without_sympathy_read_as_fault(text, sentences, findings, lexicon, field)
    findings = owned.without_non_apology_for_owned_trouble(text, sentences, findings, lexicon)
    if field is DraftField.SUMMARY:
        findings += summary_findings(text, lexicon)
    elif field in (DraftField.APOLOGY, DraftField.FOLLOW_UP):
        findings += apology_findings(text, lexicon, field)
    elif field is DraftField.EMPATHY:
        findings += empathy_findings(text, lexicon)
    return findings


def check_call(
    summary: str, apology: str, empathy: str, language: str | None = None
) -> dict[DraftField, list[Finding]]:
    """The words for the call, checked together in one language (detected from all three)."""
    language = language or detect(f"{summary}\n{apology}\n{empathy}")
    return {
        DraftField.SUMMARY: check(summary, language, DraftField.SUMMARY),
        DraftField.APOLOGY: check(apology, language, DraftField.APOLOGY),
        DraftField.EMPATHY: check(empathy, language, DraftField.EMPATHY),
    }
