"""Sample journals for tests: a hand-written small one and a generator for large ones."""
