"""The window under each fault: one clear message, no traceback, and every word typed kept."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from tests.faults import catalogue, cli, disks, journals, locks, shim
from tests.faults.catalogue import DAMAGES, PARTIAL_DAMAGES, Said
from tests.faults.places import Place, place_for
from tests.faults.readonly import BecomingReadOnly
from tests.faults.window import NOT_SAVED, Window

WORDS = ("Jag skickade fel fil till tryckeriet. ", "Katalogen fick fel priser. ", "Förlåt. ")
# Written while the disk is full: more than the room a WAL file keeps from earlier saves.
LONG = "Det här skrev jag medan disken var full, och inget av det får försvinna. " * 400


class Windows:
    """Starts windows for a test, and ends any still running when it is over."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.started: list[Window] = []

    def start(self, place: Place, extra: dict[str, str] | None = None) -> Window:
        window = Window(place.journal, self.scratch / f"window{len(self.started)}", extra)
        self.started.append(window)
        return window

    def stop(self) -> None:
        for window in self.started:
            window.stop()


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[Windows]:
    started = Windows(tmp_path / "scratch")
    yield started
    started.stop()


def said_problems(text: str, said: Said, where: str) -> list[str]:
    return [f"{where}: {problem}: {text!r}" for problem in said.problems(text)]


def saving_problems(answer: dict[str, object], said: Said, typed: str) -> list[str]:
    """What is wrong with a save that failed: it did not say so in the status bar, or why,
    or the text is no longer in the editor."""
    found = []
    status = str(answer["status"])
    if answer["saved"]:
        found.append("it said it saved")
    if not status.startswith(NOT_SAVED):
        found.append(f"the status bar does not start {NOT_SAVED!r}: {status!r}")
    found += said_problems(status, said, "the status bar")
    values = answer["values"]
    assert isinstance(values, dict)
    if values["what_happened"] != typed:
        found.append(f"the editor holds {values['what_happened']!r}, not {typed!r}")
    return found


def closing_problems(window: Window, said: Said) -> list[str]:
    """Closing while the text cannot be saved: it asks, says why, and stays when told to."""
    answer = window.ask(do="close", answer="stay")
    dialogs = answer["dialogs"]
    if answer["closed"]:
        return ["closing with unsaved text quit without asking"]
    if len(dialogs) != 1 or dialogs[0]["kind"] != "UnsavedDialog":
        return [f"closing asked {dialogs}, not once with the unsaved-text dialog"]
    return said_problems(dialogs[0]["text"], said, "the dialog")


def journal_problems(place: Place, before: dict[int, tuple[str, str]], typed: str) -> list[str]:
    """After the window: the journal whole, the earlier incidents as they were, and the new
    one holding every word typed."""
    if journals.integrity(place.journal) != "ok":
        return ["the journal is damaged"]
    found = journals.incidents(place.journal)
    new = {key: value for key, value in found.items() if key not in before}
    problems = [] if all(found.get(key) == value for key, value in before.items()) else ["lost"]
    if [text for _, text in new.values()] != ([typed] if typed else []):
        problems.append(f"the journal holds {new}, not the text typed")
    return problems


# The window opening on a faulty journal ------------------------------------------------------


def opening_problems(fault: str, place: Place, windows: Windows) -> list[str]:
    """Start the window under `fault`. Where it cannot open: one message box that says why,
    exit status 1, the file untouched. Where it opens: saving says why it cannot, in the
    status bar (or, where it meets no damage, saves); closing asks; no traceback."""
    said = catalogue.expected(fault, "language sv")
    assert said is not None
    before = journals.content(place.journal)
    with ExitStack() as stack:
        extra = catalogue.bring_about(fault, place, stack)
        damaged = journals.file_digest(place.journal)
        window = windows.start(place, extra)
        if window.started() is None:
            return refusal_problems(window, said) + (
                ["the file was changed"] if journals.file_digest(place.journal) != damaged else []
            )
        if fault in DAMAGES:
            window.ask(do="close", answer="leave")
            return [f"the window opened on a {fault}: {window}"]
        found = writing_problems(window, said)
        code = window.finish()
    if code != 0:
        found.append(f"exit status {code}")
    found += window.problems_on_stderr(0, kept=True)
    if fault in PARTIAL_DAMAGES:
        return found
    if journals.integrity(place.journal) != "ok" or journals.content(place.journal) != before:
        found.append("the journal changed")
    return found


def refusal_problems(window: Window, said: Said) -> list[str]:
    """A window that would not open: one message box that says why, exit status 1, and the
    message once on stderr."""
    code = window.finish()
    boxes = window.message_boxes()
    found = [] if code == 1 else [f"exit status {code}"]
    if len(boxes) != 1:
        return [*found, f"{len(boxes)} message boxes: {window}"]
    found += said_problems(boxes[0]["text"], said, "the message box")
    return found + window.problems_on_stderr(1)


def writing_problems(window: Window, said: Said) -> list[str]:
    """Ctrl+N, type, save: it saves (where that is right) or says why not; closing asks when
    it could not; then leave."""
    try:
        if not window.ask(do="new")["in_worksheet"]:
            window.ask(do="close", answer="leave")
            return ["Ctrl+N opened no worksheet, and said nothing"]
        window.ask(do="type", field="what_happened", text=WORDS[0])
        answer = window.ask(do="save")
    except AssertionError as raised:  # the window raised: that is the problem
        window.stop()
        return [str(raised)]
    found = []
    if not (said.or_works and answer["saved"]):
        found += saving_problems(answer, said, WORDS[0])
        found += closing_problems(window, said)
    if not window.ask(do="close", answer="leave")["closed"]:
        found.append("it did not quit when told to leave")
    return found


@pytest.mark.parametrize(
    "fault", ["text file", "from a newer Amends", "a page of clients junk", "read-only file"]
)
def test_the_window_on_a_faulty_journal(
    fault: str, tmp_path: Path, prepared: Path, windows: Windows
) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        problems = opening_problems(fault, place, windows)
    assert not problems, "\n".join(problems)


@pytest.mark.proof
@pytest.mark.parametrize("fault", catalogue.FAULTS)
def test_proof_the_window_on_every_faulty_journal(
    fault: str, tmp_path: Path, prepared: Path, windows: Windows
) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        problems = opening_problems(fault, place, windows)
    assert not problems, "\n".join(problems)


@pytest.mark.proof
def test_proof_the_window_on_an_empty_file(tmp_path: Path, windows: Windows) -> None:
    """Not a fault: what Amends itself makes before the tables, a journal to fill."""
    place = Place(tmp_path)
    place.folder.mkdir()
    journals.as_empty(place.journal)
    window = windows.start(place)
    assert window.started() is not None, window
    window.ask(do="new")
    window.ask(do="type", field="what_happened", text=WORDS[0])
    assert window.ask(do="save")["saved"]
    assert window.ask(do="close")["closed"]
    assert window.finish() == 0
    problems = window.problems_on_stderr(0) + journal_problems(place, {}, WORDS[0])
    assert not problems, "\n".join(problems)


# Faults that come while the user is typing -----------------------------------------------------


@contextmanager
def coming(
    fault: str, place: Place, scratch: Path
) -> Iterator[tuple[dict[str, str], Callable[[], None], Callable[[], None]]]:
    """What the window needs in its environment for `fault`, then how to bring it about and
    how to lift it again, while the window runs."""
    with ExitStack() as stack:
        if fault in ("disk full", "disk I/O error") or (
            fault == "real full disk" and not os.path.ismount(place.base)
        ):
            switch = scratch / "fault-on"
            errno = "EIO" if fault == "disk I/O error" else "ENOSPC"
            extra = shim.DiskFault((place.folder,), errno=errno, switch=switch).environment()
            stack.callback(switch.unlink, missing_ok=True)
            yield extra, lambda: switch.write_bytes(b""), lambda: switch.unlink()
        elif fault == "real full disk":
            filled: list[Path] = []
            stack.callback(lambda: [path.unlink() for path in filled])
            yield {}, lambda: filled.append(disks.fill(place.base)), lambda: filled.pop().unlink()
        elif fault == "becoming read-only":
            read_only = BecomingReadOnly(place.journal, scratch)
            stack.callback(read_only.lift)
            yield read_only.environment(), read_only.arm, read_only.lift
        else:
            how = "wal" if fault == "locked by a writer" else "amends"
            holding = ExitStack()
            stack.callback(holding.close)
            yield {}, lambda: holding.enter_context(locks.held(place.journal, how)), holding.close


WHILE_TYPING = {
    "disk full": catalogue.FULL,
    "disk I/O error": catalogue.DISK_ERROR,
    "real full disk": catalogue.FULL,
    "becoming read-only": catalogue.BECAME_READ_ONLY,
    "locked by a writer": catalogue.BUSY,
    "second Amends writing": catalogue.BUSY,
}


def typing_problems(fault: str, place: Place, windows: Windows, scratch: Path) -> list[str]:
    """Type and save; the fault comes; type on: the save fails and says why, the text stays,
    closing asks. The fault goes: the next save writes it all."""
    said = WHILE_TYPING[fault]
    before = journals.incidents(place.journal)
    with coming(fault, place, scratch) as (extra, arm, lift):
        window = windows.start(place, extra)
        if window.started() is None:
            return [f"the window did not open: {window}"]
        window.ask(do="new")
        window.ask(do="type", field="what_happened", text=WORDS[0])
        if not window.ask(do="save")["saved"]:
            return [f"the first save failed, before the fault: {window}"]
        arm()
        window.ask(do="type", field="what_happened", text=LONG)
        found = saving_problems(window.ask(do="save"), said, WORDS[0] + LONG)
        found += closing_problems(window, said)
        lift()
        answer = window.ask(do="save")
        if not answer["saved"]:
            found.append(f"once the fault was gone, it still did not save: {answer['status']!r}")
        if not window.ask(do="close", answer="stay")["closed"]:
            found.append("it did not close once saved")
        code = window.finish()
    if code != 0:
        found.append(f"exit status {code}")
    found += window.problems_on_stderr(0)
    return found + journal_problems(place, before, WORDS[0] + LONG)


@pytest.mark.parametrize("fault", ["disk full", "becoming read-only"])
def test_a_fault_while_typing(fault: str, tmp_path: Path, prepared: Path, windows: Windows) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        problems = typing_problems(fault, place, windows, tmp_path)
    assert not problems, "\n".join(problems)


@pytest.mark.proof
@pytest.mark.parametrize("fault", list(WHILE_TYPING))
def test_proof_every_fault_while_typing(
    fault: str, tmp_path: Path, prepared: Path, windows: Windows
) -> None:
    with place_for(fault, tmp_path, prepared) as place:
        problems = typing_problems(fault, place, windows, tmp_path)
    assert not problems, "\n".join(problems)


def test_a_disk_full_when_the_window_opens_and_freed_later(
    tmp_path: Path, prepared: Path, windows: Windows
) -> None:
    """The disk is full as the window opens; the user types; the disk gets room again."""
    place = Place.copied(prepared, tmp_path / "place")
    before = journals.incidents(place.journal)
    switch = tmp_path / "full"
    switch.write_bytes(b"")
    window = windows.start(place, shim.DiskFault((place.folder,), switch=switch).environment())
    assert window.started() is not None, window
    window.ask(do="new")
    window.ask(do="type", field="what_happened", text=WORDS[0])
    problems = saving_problems(window.ask(do="save"), catalogue.FULL, WORDS[0])
    switch.unlink()
    answer = window.ask(do="save")
    if not answer["saved"]:
        problems.append(f"once the disk had room, it still did not save: {answer['status']!r}")
    window.ask(do="close", answer="leave")
    window.finish()
    problems += window.problems_on_stderr(0, kept=True)
    problems += journal_problems(place, before, WORDS[0])
    assert not problems, "\n".join(problems)


# The disk failing at every write of a session ------------------------------------------------


def session_problems(
    k: int, errno: str, create: bool, prepared: Path, base: Path, words: tuple[str, ...] = WORDS
) -> tuple[str, list[str]]:
    """A session (open, a save for each of `words`, close) with the disk failing after `k`
    writes, until the test frees it; what the first failing write was, and what went wrong."""
    place = Place.copied(prepared, base / "place")
    if create:
        shutil.rmtree(place.folder)
        place.folder.mkdir()
    before = {} if create else journals.incidents(place.journal)
    content = None if create else journals.content(place.journal)
    switch, log = base / "failing", base / "writes.log"
    switch.write_bytes(b"")
    fault = shim.DiskFault((place.folder,), after=k, errno=errno, switch=switch, log=log)
    window = Window(place.journal, base / "scratch", fault.environment())
    raised: list[str] = []
    try:
        found, typed = typing_session(window, lambda: said_for(errno, log), switch, words)
    except AssertionError as error:  # the window raised, or did not answer
        raised = [str(error)]
    finally:
        window.stop()
    failed = [write for write in shim.writes(log) if write.failed]
    where = f"{failed[0].function} {failed[0].path}" if failed else "(none failed)"
    where = where.replace(f"{place.folder.resolve()}/", "")
    if raised:
        return where, raised
    if typed is None:  # it did not open
        if content is not None and journals.content(place.journal) != content:
            found.append("the journal changed")
        again = cli.run(place.journal, "list", {"out": base})
        found += [f"afterwards `list`: {p}" for p in cli.problems_with_success(again)]
        return where, found
    return where, found + journal_problems(place, before, typed)


def said_for(errno: str, log: Path) -> Said:
    """What the window should say about the first write that failed so far."""
    failed = [write for write in shim.writes(log) if write.failed]
    return catalogue.said_for(errno, failed[0] if failed else None)


def typing_session(
    window: Window, expected: Callable[[], Said], switch: Path, words: tuple[str, ...]
) -> tuple[list[str], str | None]:
    """Open, type and save each of `words`, close if it can; free the disk; save and close.
    What went wrong (`expected`: what it should have said), and what was typed (None: the
    window did not open)."""
    if window.started() is None:
        return refusal_problems(window, expected()), None
    found: list[str] = []
    typed = ""
    window.ask(do="new")
    for word in words:
        typed += word
        window.ask(do="type", field="what_happened", text=word)
        answer = window.ask(do="save")
        if not answer["saved"]:
            found += saving_problems(answer, expected(), typed)
    if window.ask(do="state")["dirty"]:
        found += closing_problems(window, expected())
    switch.unlink()
    answer = window.ask(do="save")
    if not answer["saved"]:
        found.append(f"once the disk was freed, it did not save: {answer['status']!r}")
    closed = window.ask(do="close", answer="leave")["closed"]
    code = window.finish()
    if not closed or code != 0:
        found.append(f"closing: closed {closed}, exit status {code}")
    return found + window.problems_on_stderr(0, kept=True), typed


@pytest.mark.proof
@pytest.mark.parametrize("errno", ["ENOSPC", "EIO"])
@pytest.mark.parametrize("create", [False, True], ids=["journal", "new journal"])
def test_proof_a_session_with_the_disk_failing_at_every_write(
    create: bool, errno: str, tmp_path: Path, prepared_small: Path
) -> None:
    """A first session counts the writes; then, for each k, the disk fails after k of them.
    For a new journal, only those of opening it (the rest are those of the other case)."""
    words = () if create else WORDS
    _, problems = session_problems(
        10**9, errno, create, prepared_small, tmp_path / "counting", words
    )
    assert not problems, problems
    total = len(shim.writes(tmp_path / "counting" / "writes.log"))
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(
            pool.map(
                lambda k: session_problems(k, errno, create, prepared_small, tmp_path / f"k{k}"),
                range(total + 1),
            )
        )
    wrong = [
        f"k={k} (first failed write: {where}): {'; '.join(problems)}"
        for k, (where, problems) in enumerate(results)
        if problems
    ]
    assert not wrong, f"{len(wrong)} of {total + 1} went wrong:\n" + "\n".join(wrong)
