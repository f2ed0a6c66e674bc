"""Moving an old site in: readers of each source, and the builder of draft pages."""
