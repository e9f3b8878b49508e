"""Fault proofs: what Amends says, and keeps, when the disk, the file or another program fails."""
