"""argparse's own words ("usage:", "the following arguments are required") in the user's
language, from our catalogue."""

from __future__ import annotations

import argparse

from journal.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own words, as Python 3.11 to 3.13 look them up through argparse's module-global
# `_` and `ngettext`: listed once here for the catalogue (context "argparse"), and read
# through it by _argparse_text, which speak_argparse puts in their place. Their %(name)s, %s
# and %r are argparse's to fill in.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "cannot have multiple subparser arguments"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting subparser alias: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "conflicting option strings: %s"),
    QT_TRANSLATE_NOOP("argparse", "cannot merge actions - two groups are named %r"),
    QT_TRANSLATE_NOOP("argparse", "'required' is an invalid argument for positionals"),
    QT_TRANSLATE_NOOP(
        "argparse", "invalid option string %(option)r: must start with a character %(prefix_chars)r"
    ),
    QT_TRANSLATE_NOOP("argparse", "dest= is required for options like %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid conflict_resolution value: %r"),
    QT_TRANSLATE_NOOP("argparse", "mutually exclusive arguments must be optional"),
    QT_TRANSLATE_NOOP("argparse", "%r is not callable"),
    QT_TRANSLATE_NOOP("argparse", ".__call__() not defined"),
)


def _argparse_text(message: str) -> str:
    """argparse's gettext: its words in the user's language, from our catalogue. (argparse
    3.11 and 3.12 pass None for a subparsers group's missing description.)"""
    return translate("argparse", message) if message else message


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    """argparse's ngettext, which fills in the count itself (%s): the singular for one, as
    gettext does without a catalogue; neither message is said by Amends's own parser."""
    return _argparse_text(singular if count == 1 else plural)


def speak_argparse() -> None:
    """From now on argparse looks its words up in our catalogue, not in gettext's."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
