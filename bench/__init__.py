"""Benchmarks; run each as a script, they print their figures."""
