/*
 * The Checks panel counts the page's own words only.
 *
 * Wagtail counts every word of the preview's <main>, which also holds the author's bio, the
 * health disclaimer and the booking invitation. The preview's <h1> carries the page's own word
 * count and reading time for editors (seo/editors.py, from the fields the page itself holds),
 * and this replaces Wagtail's figures with them before the panel shows them.
 */
(() => {
  "use strict";

  document.addEventListener("w-preview:content", (event) => {
    const { content, metrics } = event.detail || {};
    if (!content || !metrics) return;
    // A template parses the preview's markup without loading or running anything in it.
    const parsed = document.createElement("template");
    parsed.innerHTML = content.innerHTML || "";
    const heading = parsed.content.querySelector("[data-word-count]");
    if (!heading) return;
    metrics.wordCount = Number(heading.dataset.wordCount);
    metrics.readingTime = Number(heading.dataset.readingMinutes);
  });
})();
