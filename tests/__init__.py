"""Tests for Amends."""
