"""Tests of the one-page PDF briefing."""
