"""Tests of the journal library, without Qt."""
