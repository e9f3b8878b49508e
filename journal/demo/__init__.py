"""A small realistic journal in five languages, for `amends --demo`."""
