"""Finds the words in the window's code that reach the user without going through the
catalogue: `python -m tests.i18n.untranslated` lists them, a test requires none."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)+\S+$")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# Calls whose text arguments are never read by a person: names of objects, settings, styles,
# properties, signals, icons, key sequences, the log, and comparisons with stored values.
NOT_SHOWN = {
    "setObjectName",
    "objectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "setStyleSheet",
    "Signal",
    "Slot",
    "getattr",
    "hasattr",
    "setattr",
    "isinstance",
    "startswith",
    "endswith",
    "QKeySequence",
    "fromTheme",
    "QIcon",
    "QColor",
    "QFont",
    "setFamily",
    "set",
    "setValue",
    "value",
    "QUrl",
    "fromLocalFile",
    "setScheme",
    "mimeData",
    "setData",
    "hasFormat",
    "data",
    "setApplicationName",
    "setOrganizationName",
    "environ",
    "getenv",
    "Path",
    "joinpath",
    "open",
    "encode",
    "decode",
    "strftime",
    "strptime",
    "fromisoformat",
    "compile",
    "sub",
    "match",
    "search",
    "fullmatch",
    "TypeVar",
    "cast",
    "NewType",
    "namedtuple",
    "setFontFamilies",
    "QLocale",
    "toString",
    "fromString",
    "setDisplayFormat",
    "removeprefix",
    "removesuffix",
    "index",
    "count",
    "setEnvironment",
    "QProcess",
    "start",
    "startDetached",
    "exec",
    "QRegularExpression",
    "connect",
    "setTextFormat",
    "withSuffix",
    "with_suffix",
    "mkdtemp",
    "TemporaryDirectory",
    "NamedTemporaryFile",
    "QLockFile",
    "QLocalServer",
    "QLocalSocket",
    "connectToServer",
    "listen",
    "removeServer",
    "fromkeys",
    "Job",
    "ljust",
    "rjust",
}


# Names that are the same in every language: the app's, the fonts', Qt's style's.
NAMES = {"Amends", "Noto Sans", "Noto Sans Thai", "Noto Sans Bengali", "Fusion", "Return"}
MARKUP = re.compile(r"<[^>]*>|\{[^}]*\}|&[a-z]+;")
NOT_SHOWN_MARK = "# not shown"  # on the line of a literal that names a thing for the code


def _words(text: str) -> bool:
    """Whether `text` reads as words to a person (not a key, a style, a format or a path)."""
    css = r"(rgba?|hsla?|palette|url|qlineargradient)\(.*\)"
    if text.strip() in NAMES or re.fullmatch(r"[A-Z][A-Z0-9_]+|" + css, text.strip()):
        return False  # a name, an environment variable, a CSS function
    if ("://" in text or (":" in text and ";" in text)) or KEYS.match(text):
        return False  # an address, a style sheet or a key sequence
    spaced = " " in text.strip()  # "{count} incident(s)": words around a placeholder
    text = MARKUP.sub("", text)  # a template's tags and placeholders are no one's words
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    if text.strip() != text and not text.strip():
        return False
    stripped = text.strip()
    return spaced or stripped[:1].isupper() or stripped.endswith((".", "…", ":"))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


# Calls of the log, whose words are for developers, when made on something named so.
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}
# String methods: their arguments are no one's words, but the string they are called on may
# be ("Saved {title}".format(...) bypasses the catalogue).
STRING_METHODS = {"format", "join", "replace", "strip", "split"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _logged(call: ast.Call) -> bool:
    """Whether `call` is made on a log ("log.warning(...)", "logging.error(...)")."""
    func = call.func
    target = func.value if isinstance(func, ast.Attribute) else None
    return "log" in getattr(target, "id", "").lower() or "log" in getattr(target, "attr", "")


def _excused(tree: ast.AST) -> set[int]:
    """Constants inside a translating call, a call that is not shown, an index, a
    comparison, an assert, an annotation or a `raise` of a programming error."""
    excused: set[int] = set()

    def cover(node: ast.AST) -> None:
        excused.update(id(inner) for inner in ast.walk(node))

    for node in ast.walk(tree):
        called = isinstance(node, ast.Call) and _name(node) in TRANSLATING | NOT_SHOWN
        if called or (isinstance(node, ast.keyword) and node.arg == "name"):  # a job's name
            cover(node)
        elif isinstance(node, ast.Call) and _name(node) in STRING_METHODS:
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                cover(argument)
        elif isinstance(node, ast.Call) and _name(node) in LOGGING and _logged(node):
            cover(node)
        elif isinstance(node, ast.Subscript):
            cover(node.slice)
        elif isinstance(node, ast.Compare | ast.Assert):
            cover(node)
        elif isinstance(node, ast.AnnAssign):
            cover(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for argument in [*node.args.args, *node.args.kwonlyargs]:
                if argument.annotation is not None:
                    cover(argument.annotation)
            if node.returns is not None:
                cover(node.returns)
            arguments = [a.arg for a in node.args.args]
            with_defaults = arguments[len(arguments) - len(node.args.defaults) :]
            for argument, default in zip(with_defaults, node.args.defaults, strict=True):
                if argument == "name":
                    cover(default)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if getattr(raised, "id", "") in {"TypeError", "AssertionError", "NotImplementedError"}:
                cover(node)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    cover(key)
    return excused


def untranslated(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each literal in `path` that a person would read, not translated."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skipped = _docstrings(tree) | _excused(tree)
    marked = {n for n, line in enumerate(source.splitlines(), 1) if NOT_SHOWN_MARK in line}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in skipped:
            text = "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values
            )
            if _words(text) and node.lineno not in marked:
                yield node.lineno, text
            skipped.update(id(v) for v in node.values)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skipped
            and node.lineno not in marked
            and _words(node.value)
        ):
            yield node.lineno, node.value


def everywhere(root: Path = ROOT) -> list[str]:
    """Every untranslated literal of the window's code, as "path:line: text"."""
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for line, text in untranslated(path):
            found.append(f"{path.relative_to(root)}:{line}: {text!r}")
    return found


if __name__ == "__main__":
    listed = everywhere()
    print(*listed, sep="\n")
    print(f"{len(listed)} untranslated", file=sys.stderr)
