/*
 * The Promote tab's character counters and search-result preview.
 *
 * The SEO title field carries what the site's checks use (data-search-preview, written by the
 * page form): the target lengths, how a title is joined to the site's name, and the fields
 * each falls back to when left empty. The title is put together as home/appearance.py does.
 *
 * The preview cuts text by pixel width, as search engines do, measured in Arial (a canvas
 * measures the words): on desktop a title of one line of 600 px at 20 px and a description
 * of two lines of 600 px at 14 px; on a phone a title of two lines of 328 px at 20 px and a
 * description of three lines of 328 px at 14 px. These are approximations of today's results
 * pages; search engines may also rewrite what they show.
 */
(() => {
  "use strict";

  const LAYOUTS = [
    {
      name: "desktop",
      label: "Desktop",
      title: { font: "20px Arial, sans-serif", width: 600, lines: 1 },
      description: { font: "14px Arial, sans-serif", width: 600, lines: 2 },
    },
    {
      name: "phone",
      label: "Phone",
      title: { font: "20px Arial, sans-serif", width: 328, lines: 2 },
      description: { font: "14px Arial, sans-serif", width: 328, lines: 3 },
    },
  ];
  const TYPED_SEPARATORS = "·|–—:-";
  const ELLIPSIS = "…";
  const canvas = document.createElement("canvas").getContext("2d");

  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const squash = (text) => text.replace(/\s+/g, " ").trim();

  function withoutSiteName(title, siteName) {
    let own = squash(title);
    if (!siteName) return own;
    const name = escape(siteName.trim());
    const separators = escape(TYPED_SEPARATORS);
    own = own.replace(new RegExp(`^${name}\\s*[${separators}]\\s*`, "i"), "");
    own = own.replace(new RegExp(`\\s*[${separators}]\\s*${name}$`, "i"), "");
    return own.trim();
  }

  /* The same rule as home.appearance.with_site_name. */
  function withSiteName(title, config) {
    const siteName = config.siteName;
    const own = withoutSiteName(title, siteName);
    if (!own || own.toLowerCase() === siteName.toLowerCase()) return siteName;
    const full = `${own}${config.separator}${siteName}`;
    return full.length <= config.title.max ? full : own;
  }

  function fieldValue(name) {
    const field = document.getElementById(`id_${name}`);
    return field ? squash(field.value) : "";
  }

  function firstFilled(names) {
    for (const name of names) {
      const value = fieldValue(name);
      if (value) return { name, value };
    }
    return null;
  }

  /* The text as it fits in ``lines`` lines of ``width`` pixels, cut at a word with "…". */
  function fit(text, { font, width, lines }) {
    canvas.font = font;
    const words = text.split(" ").filter(Boolean);
    const shown = [];
    let line = "";
    for (let index = 0; index < words.length; index += 1) {
      const candidate = line ? `${line} ${words[index]}` : words[index];
      if (canvas.measureText(candidate).width <= width) {
        line = candidate;
        continue;
      }
      if (shown.length + 1 === lines || !line) {
        let last = line || words[index];
        while (last && canvas.measureText(last + ELLIPSIS).width > width) {
          last = last.includes(" ")
            ? last.slice(0, last.lastIndexOf(" "))
            : last.slice(0, -1);
        }
        shown.push(last.replace(/[\s,;:–—.-]+$/, "") + ELLIPSIS);
        return { text: shown.join(" "), cut: true };
      }
      shown.push(line);
      line = words[index];
    }
    if (line) shown.push(line);
    return { text: shown.join(" "), cut: false };
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function addCounter(input, id) {
    const counter = element("p", "seo-count");
    counter.id = id;
    input.insertAdjacentElement("afterend", counter);
    const described = input.getAttribute("aria-describedby");
    input.setAttribute("aria-describedby", described ? `${described} ${id}` : id);
    return counter;
  }

  function setCount(counter, state, text) {
    counter.textContent = text;
    counter.dataset.state = state;
  }

  function buildPreview() {
    const preview = element("section", "seo-preview");
    preview.setAttribute("aria-labelledby", "seo-preview-heading");
    const heading = element("h3", "seo-preview__heading", "Search result preview");
    heading.id = "seo-preview-heading";
    preview.append(heading);
    preview.append(
      element(
        "p",
        "seo-preview__note",
        "Cut by pixel width as results pages show them today (approximate): " +
          "desktop 600 px, phone 328 px. Search engines may rewrite titles and descriptions.",
      ),
    );
    const results = element("div", "seo-preview__results");
    // Scrolls sideways on narrow screens: reachable by keyboard too.
    results.tabIndex = 0;
    results.setAttribute("aria-label", "Desktop and phone results");
    results.setAttribute("role", "group");
    const parts = {};
    for (const layout of LAYOUTS) {
      const figure = element("figure", `seo-preview__result seo-preview__result--${layout.name}`);
      figure.dataset.layout = layout.name;
      figure.append(element("figcaption", "seo-preview__label", layout.label));
      const url = element("p", "seo-preview__url");
      const title = element("p", "seo-preview__title");
      const description = element("p", "seo-preview__description");
      figure.append(url, title, description);
      results.append(figure);
      parts[layout.name] = { url, title, description };
    }
    preview.append(results);
    return { preview, parts };
  }

  function displayUrl(config) {
    let url = config.url;
    if (!url && config.urlBase) url = `${config.urlBase}${fieldValue("slug") || "…"}/`;
    return url.replace(/^https?:\/\//, "").replace(/\/$/, "").replace(/\//g, " › ");
  }

  function start() {
    const titleInput = document.getElementById("id_seo_title");
    const descriptionInput = document.getElementById("id_search_description");
    if (!titleInput || !descriptionInput || !titleInput.dataset.searchPreview) return;
    const config = JSON.parse(titleInput.dataset.searchPreview);
    const titleCount = addCounter(titleInput, "seo-title-count");
    const descriptionCount = addCounter(descriptionInput, "seo-description-count");
    const { preview, parts } = buildPreview();
    const wrapper = descriptionInput.closest(".w-field__wrapper") || descriptionInput;
    wrapper.insertAdjacentElement("afterend", preview);

    function update() {
      const typedTitle = squash(titleInput.value);
      const titleSource = typedTitle ? null : firstFilled(config.title.fallback);
      const title = withSiteName(typedTitle || (titleSource ? titleSource.value : ""), config);
      const { max } = config.title;
      const source = typedTitle ? "" : "Empty: the page title is used. ";
      const suffixed = title.endsWith(`${config.separator}${config.siteName}`);
      setCount(
        titleCount,
        title.length > max ? "over" : "ok",
        `${source}${title.length} characters shown, up to ${max} advised` +
          (suffixed
            ? `, with “${config.separator.trim()} ${config.siteName}”.`
            : ` (the site name is left out past ${max}).`),
      );

      const typedDescription = squash(descriptionInput.value);
      const fallback = typedDescription ? null : firstFilled(config.description.fallback);
      const description = typedDescription || (fallback ? fallback.value : "");
      const { min, max: most } = config.description;
      let state = "ok";
      if (!description) state = "missing";
      else if (description.length < min) state = "under";
      else if (description.length > most) state = "over";
      const used = typedDescription
        ? ""
        : fallback
          ? `Empty: the ${fallback.name.replace(/_/g, " ")} is used. `
          : "Empty, and nothing to fall back on. ";
      setCount(
        descriptionCount,
        state,
        `${used}${description.length} characters; aim for ${min}–${most}.`,
      );

      const url = displayUrl(config);
      for (const layout of LAYOUTS) {
        const shown = parts[layout.name];
        const fittedTitle = fit(title, layout.title);
        const fittedDescription = fit(description, layout.description);
        shown.url.textContent = url;
        shown.title.textContent = fittedTitle.text;
        shown.title.dataset.cut = fittedTitle.cut;
        shown.description.textContent = fittedDescription.text;
        shown.description.dataset.cut = fittedDescription.cut;
      }
    }

    const watched = new Set([
      "seo_title",
      "search_description",
      "slug",
      ...config.title.fallback,
      ...config.description.fallback,
    ]);
    const onEdit = (event) => {
      if (watched.has((event.target.id || "").replace(/^id_/, ""))) update();
    };
    // "change" too: Wagtail fills the slug from the title without an input event.
    document.addEventListener("input", onEdit);
    document.addEventListener("change", onEdit);
    // And whenever the preview comes into view, for what other scripts changed meanwhile.
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) update();
    }).observe(preview);
    update();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
