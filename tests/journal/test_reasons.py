"""Why the system refused, said in the language the user reads, not the system's English."""

from __future__ import annotations

import errno

from journal.errors import reason
from journal.i18n import speaking


def test_why_a_file_could_not_be_written_is_said_in_the_language_spoken() -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert reason(missing) == "there is no such file or folder"
    for language, said in (("sv", "det finns ingen sådan fil eller mapp"), ("bn", "এমন কোনো")):
        with speaking(language):
            assert reason(missing).startswith(said)
    with speaking("th"):
        assert reason(OSError(errno.ENOSPC, "No space left on device")) == "ดิสก์เต็ม"
    # A reason no catalogue has is the system's own: said, never swallowed.
    assert reason(OSError(errno.EBUSY, "Device or resource busy")) == "Device or resource busy"
