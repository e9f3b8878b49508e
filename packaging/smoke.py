"""Start a built Amends on a new journal, offscreen, and check it opens, shows and stops cleanly.

    python packaging/smoke.py dist/amends/amends

The program is started on a journal in a fresh temporary folder (its own temporary, data,
config and cache folders too). The window shows when it starts listening for a second Amends
on that journal (ui/one_instance.py): a second `amends --db SAME` must then find it and bring
it forward, exiting 0. Then the first is sent SIGTERM, on which it saves and exits 0. Last,
the command line imports the demo journal's incidents (in all five languages) and prints each
one's briefing, which needs the bundled fonts, catalogues and Thai word list. Any step that
fails or takes too long stops the check with what the program printed. Linux and macOS (the
one-window socket of Windows is a named pipe, not a file to wait for).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOW_TIMEOUT = 90.0  # seconds; a cold start of a fresh bundle on a busy CI machine
EXIT_TIMEOUT = 30.0
SQLITE_HEADER = b"SQLite format 3\x00"
DEMO = Path(__file__).resolve().parent.parent / "journal" / "demo" / "journal.json"


class SmokeFailure(Exception):
    pass


def environment(folder: Path) -> dict[str, str]:
    """Offscreen, in English, and touching nothing of the user's."""
    env = dict(os.environ)
    for name in ("TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"):
        place = folder / name.lower()
        place.mkdir()
        env[name] = str(place)
    env.update(QT_QPA_PLATFORM="offscreen", AMENDS_LANGUAGE="en")
    env.pop("AMENDS_DB", None)
    return env


def output_of(process: subprocess.Popen[bytes]) -> str:
    if process.poll() is None:
        process.kill()
    out, err = process.communicate(timeout=EXIT_TIMEOUT)
    return f"stdout:\n{out.decode(errors='replace')}\nstderr:\n{err.decode(errors='replace')}"


def wait_for_window(first: subprocess.Popen[bytes], sockets: Path) -> None:
    """Until the window listens for a second Amends, which it does once its list is shown."""
    deadline = time.monotonic() + SHOW_TIMEOUT
    while not any(sockets.glob("amends-*")):
        if first.poll() is not None:
            raise SmokeFailure(f"Amends exited ({first.returncode}) before its window showed.")
        if time.monotonic() > deadline:
            raise SmokeFailure(f"The window never showed in {SHOW_TIMEOUT:g} s.")
        time.sleep(0.2)


def run(command: list[str], env: dict[str, str]) -> str:
    """A command line run that must exit 0; what it printed."""
    done = subprocess.run(command, env=env, capture_output=True, timeout=EXIT_TIMEOUT)
    if done.returncode != 0:
        shown = " ".join(command[1:])
        raise SmokeFailure(
            f"`amends {shown}` exited {done.returncode}:\n"
            f"{done.stdout.decode(errors='replace')}{done.stderr.decode(errors='replace')}"
        )
    return done.stdout.decode()


def check_briefings(program: Path, journal: Path, env: dict[str, str]) -> int:
    """Every demo incident printed as a briefing by the command line; how many."""
    command = [str(program), "--db", str(journal)]
    run([*command, "import", str(DEMO)], env)
    incidents = json.loads(run([*command, "list", "--json"], env))
    for incident in incidents:
        pdf = journal.parent / f"briefing-{incident['id']}.pdf"
        run([*command, "brief", str(incident["id"]), "-o", str(pdf)], env)
        if not pdf.read_bytes().startswith(b"%PDF-"):
            raise SmokeFailure(f"{pdf} is not a PDF.")
    return len(incidents)


# A sentence a language's coach must fault, rules and learned model both read in the bundle.
COACHED = {
    "en": "Sorry, but your team sent the files late.",
    "sv": "Förlåt, men ert team skickade filerna sent.",
    "hr": "Žao mi je, ali vaš tim je kasno poslao datoteke.",
    "th": "ขอโทษครับ แต่ทีมของคุณส่งไฟล์มาช้า",
    "bn": "দুঃখিত, কিন্তু আপনার দল দেরিতে ফাইল পাঠিয়েছে।",
}


def check_coach(program: Path, env: dict[str, str]) -> int:
    """The coach in every language, as the command line runs it, its rules and its learned
    reading both read from the bundle; how many languages."""
    for language, text in COACHED.items():
        command = [str(program), "check", "--lang", language, "--json", text]
        done = subprocess.run(command, env=env, capture_output=True, timeout=EXIT_TIMEOUT)
        said = done.stderr.decode(errors="replace")
        if done.returncode != 0 or "cannot be read" in said:
            raise SmokeFailure(f"`amends check --lang {language}` exited {done.returncode}: {said}")
        if not json.loads(done.stdout):
            raise SmokeFailure(f"The {language} coach found nothing in {text!r}.")
    return len(COACHED)


def check(program: Path) -> str:
    """Run the whole check; what it found, in one line, or SmokeFailure."""
    with tempfile.TemporaryDirectory(prefix="amends-smoke-") as temporary:
        folder = Path(temporary)
        env = environment(folder)
        journal = folder / "journal" / "smoke.amends"
        command = [str(program), "--db", str(journal)]
        started = time.monotonic()
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            wait_for_window(first, Path(env["TMPDIR"]))
            shown = time.monotonic() - started
            if not journal.read_bytes().startswith(SQLITE_HEADER):
                raise SmokeFailure(f"{journal} is not a journal (no SQLite header).")
            second = subprocess.run(command, env=env, capture_output=True, timeout=EXIT_TIMEOUT)
            if second.returncode != 0 or b"brought forward" not in second.stdout:
                raise SmokeFailure(
                    f"A second Amends on the journal did not bring the first forward "
                    f"(exit {second.returncode}): {second.stdout!r} {second.stderr!r}"
                )
            first.send_signal(signal.SIGTERM)
            code = first.wait(timeout=EXIT_TIMEOUT)
            if code != 0:
                raise SmokeFailure(f"Amends exited {code} on SIGTERM, not 0.")
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            raise SmokeFailure(f"{failure}\n{output_of(first)}") from failure
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
        briefed = check_briefings(program, journal, env)
        coached = check_coach(program, env)
        return (
            f"window shown after {shown:.1f} s, brought forward, exited 0 on SIGTERM; "
            f"{briefed} briefings printed; the coach read {coached} languages"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path, help="the built amends executable")
    args = parser.parse_args(argv)
    try:
        found = check(args.program.resolve())
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
