"""The Amends window (Qt). Calls the journal service; never touches storage directly."""
