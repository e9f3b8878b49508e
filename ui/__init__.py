"""The Amends window (Qt). Calls the journal service; never touches storage directly."""

# What the first screen needs of the journal loads before Qt: once PySide6 is imported, its
# import hook makes every later import slower (bench/startup.py measures the difference).
import journal.briefing.fonts
import journal.incidents
import journal.service
import journal.settings  # noqa: F401
