"""The apology coach: finds the words that cancel an apology, in each language's own terms."""
