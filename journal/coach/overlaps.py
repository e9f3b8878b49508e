"""One finding where rules of the same kind matched overlapping words."""

from __future__ import annotations

from collections.abc import Iterator

from journal.reports import Finding, FindingKind

# A cause named as someone ("the hosting company took the server down") is blame, even where
# the words of a circumstance ("the server was down") are in it too; a tool that broke ("my
# laptop got broken") is an excuse, whatever the verb's form.
SAME_FAULT = {
    FindingKind.EXCUSE: (FindingKind.EXCUSE, FindingKind.BLAME),
    FindingKind.PASSIVE: (FindingKind.PASSIVE, FindingKind.EXCUSE, FindingKind.BLAME),
}


def one_per_span(findings: list[Finding]) -> list[Finding]:
    """One finding where rules of the same kind matched overlapping words ("the host caused"
    and "caused it"): the longest, so the same fault is never named twice; an excuse inside
    a blame is the blame, a passive inside either is that."""
    kept: list[Finding] = []
    later = (FindingKind.EXCUSE, FindingKind.PASSIVE)  # after what they may be part of
    for run in _overlapping(findings):
        order = sorted(run, key=lambda f: (later.index(f.kind) + 1 if f.kind in later else 0,
                                           f.start - f.end, f.start))  # fmt: skip
        chosen: list[Finding] = []
        for finding in order:
            same = SAME_FAULT.get(finding.kind, (finding.kind,))
            if not any(
                other.kind in same and other.start < finding.end and finding.start < other.end
                for other in chosen
            ):
                chosen.append(finding)
        kept += chosen
    return sorted(kept, key=lambda f: (f.start, f.end))


def _overlapping(findings: list[Finding]) -> Iterator[list[Finding]]:
    """The findings in runs that overlap within and never across: each finding is weighed
    against its own run only, not against every other in the draft (a keystroke's budget)."""
    run: list[Finding] = []
    reach = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        # Spans that only touch share a run too: harmless, and findings at the same place
        # (even empty ones) are then always weighed, and ordered, together.
        if run and finding.start > reach:
            yield run
            run = []
        reach = max(reach, finding.end) if run else finding.end
        run.append(finding)
    if run:
        yield run
