"""Moving an old WordPress or Squarespace site into Stillpoint as draft pages."""
