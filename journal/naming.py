"""The one rule by which client, category and tag names and incident titles compare and sort."""

from __future__ import annotations

# Keys are stored in the journal (client.name_key, category.name_key, tag.name_key,
# incident.title_key) and compared with keys made here: this rule must never change without
# a migration that makes every stored key again. (Unicode keeps the case folding and
# normalization of a character it has assigned stable, so a newer Python makes the same keys.)


def name_key(text: str) -> str:
    """What `text` is compared and sorted by: Unicode's compatibility caseless match, with
    white space collapsed and trimmed as drafts.normalized tidies names. Full case folding
    makes "Åsa", "ÅSA" and "åsa" one name, and "Straße" the same as "STRASSE"; compatibility
    forms fold too (full-width letters, the ligature U+FB01 as "fi"), as do the composed and
    decomposed spellings of a letter. The key is left decomposed, so that an accented letter
    sorts right after its bare letter ("Ågren" among the A's, "Émile" after "Ezra") rather
    than after "Z"; this is one fixed order for every language, not any locale's."""
    if text.isascii():  # nearly every name: the same key, without the normalizing passes
        return " ".join(text.lower().split())
    import unicodedata  # loaded on the first name outside ASCII, not at every start

    # Definition D146 of the Unicode Standard (section 3.13): NFKD(casefold(NFKD(casefold(NFD)))).
    # Case folding gives the same text when done twice, so where NFKD would change nothing
    # neither would the last two steps: they are skipped.
    folded = unicodedata.normalize("NFD", text).casefold()
    if not unicodedata.is_normalized("NFKD", folded):
        folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", folded).casefold())
    return " ".join(folded.split())
