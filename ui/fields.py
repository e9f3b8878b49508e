"""The worksheet's steps and fields: what each asks, and which part of an incident it edits."""

from __future__ import annotations

from dataclasses import dataclass

from journal.domain import READ_PARTS, FixStatus, Severity, Status


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # line, text, coached, choice, date, datetime, amount, lines
    hint: str = ""
    choices: tuple[str, ...] = ()
    path: str = ""  # the incident's part it edits (journal.edits), if not the name

    @property
    def key(self) -> str:
        return self.path or self.name


@dataclass(frozen=True)
class Step:
    title: str
    guidance: str
    fields: tuple[FieldSpec, ...]


YES_NO = ("not known yet", "yes", "no")
STEPS = (
    Step(
        "What happened",
        "Write it as your client experienced it: the events, short, and what it cost them.",
        (
            FieldSpec("client", "Client", "line", "Who was let down?"),
            FieldSpec("title", "Title", "line", "A few words: “Missed the launch date”"),
            FieldSpec("project", "Project", "line"),
            FieldSpec(
                "occurred_on", READ_PARTS["occurred_on"], "date", "2026-03-02, today, yesterday…"
            ),
            FieldSpec("category", "Kind of mistake", "choice"),
            FieldSpec("severity", "Severity", "choice", choices=tuple(s.value for s in Severity)),
            FieldSpec("what_happened", "What happened", "text", "The events, in order."),
            FieldSpec("impact", "Impact on the client", "text", "What did it cost them?"),
        ),
    ),
    Step(
        "Why",
        "Ask “why?” until you reach something in your control. That part is yours to own.",
        (
            FieldSpec(
                "whys", "Why? Why? Why?", "lines", "One answer per line, each a “why” deeper."
            ),
            FieldSpec("root_cause", "Root cause", "text"),
            FieldSpec("ownership", "What was in your control", "text", "“I chose the host…”"),
        ),
    ),
    Step(
        "Fix and prevention",
        "Say what you are doing now, and what stops it happening again — so they can believe it.",
        (
            FieldSpec("fix", "What you are doing now", "text"),
            FieldSpec(
                "fix_status", "Fix status", "choice", choices=tuple(s.value for s in FixStatus)
            ),
            FieldSpec("prevention", "Why it won't happen again", "text"),
            FieldSpec("actions", "Prevention steps", "lines", "One per line; a date first if due."),
        ),
    ),
    Step(
        "Make it right",
        "Make up for it generously, and think of a surprise they would retell.",
        (
            FieldSpec("offer", "What you offer", "text", path="compensation.offer"),
            FieldSpec(
                "value",
                READ_PARTS["compensation.value"],
                "amount",
                "150",
                path="compensation.value",
            ),
            FieldSpec("currency", "Currency", "line", "EUR", path="compensation.currency"),
            FieldSpec("surprise", "An unexpected gesture", "text"),
        ),
    ),
    Step(
        "The call",
        "Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.",
        (
            FieldSpec("summary", "What you will say (one or two sentences)", "coached"),
            FieldSpec("apology", "The apology", "coached"),
            FieldSpec("empathy", "Show you see their side", "coached"),
            FieldSpec("questions", "Likely questions", "lines", "Question? — your answer"),
            FieldSpec("call_at", READ_PARTS["call_at"], "datetime", "2026-03-04 10:00"),
        ),
    ),
    Step(
        "Afterwards",
        "Do what you said. Note how it went, and notice the clients who speak for you.",
        (
            FieldSpec("outcome", "How it went", "text", path="outcome.notes"),
            FieldSpec(
                "client_stayed",
                "The client stayed",
                "choice",
                choices=YES_NO,
                path="outcome.client_stayed",
            ),
            FieldSpec(
                "advocate",
                "They became an advocate",
                "choice",
                choices=YES_NO,
                path="outcome.advocate",
            ),
            FieldSpec("status", "Status", "choice", choices=tuple(s.value for s in Status)),
        ),
    ),
)
COACHED = ("summary", "apology", "empathy")
# Kinds of field whose text is read as a value (or kept as typed): in field_values' order.
READ = ("date", "datetime", "amount")
