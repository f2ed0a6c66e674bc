"""The home page and what every page shares: base page, blocks, practice details, navigation."""
