"""The demo site: its words (content.py), its pictures (drawings.py) and the loader."""
