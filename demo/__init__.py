"""The demo site: its words as data files, its drawings, and the loader."""
