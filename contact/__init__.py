"""The contact page: a stored, emailed message form guarded against spam."""
