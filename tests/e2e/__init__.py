"""End-to-end proofs: the real window and the real command line, killed at random moments."""
