"""The apology coach's labelled corpus and its tests."""
