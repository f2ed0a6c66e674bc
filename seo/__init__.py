"""SEO: head tags, the JSON-LD graph, sitemap, robots.txt, the SEO report and checks."""
