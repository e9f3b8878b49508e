"""Tests of the window, with pytest-qt on the offscreen platform."""
