"""Tests of journal/storage/."""
