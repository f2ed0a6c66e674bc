// A small front end's use of the generated types, compiled with `tsc --strict`: pages are told
// apart by meta.type and blocks by type, with no cast, and every page type and every block is
// read. A page type or block added to the API without a case here fails to compile (never).
import type { components, paths } from "./api";

type Schemas = components["schemas"];
type Json<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { "application/json": infer Body } } } };
}
  ? Body
  : never;

export type Page = Json<"/api/v2/pages/{id}/">;
export type PageType = Page["meta"]["type"];
export type PageOf<T extends PageType> = Extract<Page, { meta: { type: T } }>;
export type Block = Exclude<PageOf<"home.HomePage">["body"], undefined>[number];

/** Narrows a page to its type by meta.type. */
export function isPage<T extends PageType>(page: Page, type: T): page is PageOf<T> {
  return page.meta.type === type;
}

function picture(image: Schemas["Image"] | null): string {
  return image ? `${image.renditions.medium.url} (${image.alt}; ${image.credit})` : "";
}

export function blockText(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<${block.value.level} id="${block.value.anchor}">${block.value.text}`;
    case "paragraph":
      return block.value;
    case "quote":
      return `${block.value.text} (${block.value.attribution})`;
    case "sayings":
      return [block.value.intro, ...block.value.items].join("\n");
    case "question":
      return `${block.value.question}: ${block.value.answer}`;
    case "table":
      return block.value.data.map((row) => row.map((cell) => cell ?? "").join(" | ")).join("\n");
    case "numbered_list":
      return block.value.items.map((item, index) => `${block.value.start + index}. ${item}`).join("\n");
    case "rich_table":
      return [block.value.columns, ...block.value.rows].map((row) => row.join(" | ")).join("\n");
    case "code":
      return `${block.value.language}: ${block.value.code}`;
    case "divider":
      return "---";
    case "image":
      return `${picture(block.value.image)} ${block.value.caption}`;
    case "gallery":
      return block.value.pictures.map((item) => picture(item.image) + item.caption).join("\n");
    case "video":
      return `${block.value.embed ?? ""} ${block.value.caption}`;
    case "call_to_action":
      return `${block.value.label} → ${block.value.page?.title ?? block.value.url ?? ""}`;
    case "teaser_cards":
      return block.value.pages.map((card) => `${card.card_title}: ${card.card_intro}`).join("\n");
    default: {
      const unknownBlock: never = block;
      return unknownBlock;
    }
  }
}

function body(blocks: Block[]): string {
  return blocks.map(blockText).join("\n");
}

/** A line about any page, reading a field of its own type. */
export function summary(page: Page): string {
  const graph = page.structured_data["@graph"].map((node) => node["@id"]).join(" ");
  // @ts-expect-error the JSON-LD graph is an array of nodes, not a number
  const wrong: number = page.structured_data["@graph"];
  void wrong;
  const heading = `${page.title} [${graph}]`;
  if (isPage(page, "home.HomePage")) return `${heading} ${page.hero_heading} ${body(page.body)}`;
  if (isPage(page, "home.StandardPage")) return `${heading} ${page.intro} ${body(page.body)}`;
  if (isPage(page, "modalities.ModalityIndexPage")) return `${heading} ${page.intro}`;
  if (isPage(page, "modalities.ModalityPage")) {
    const questions = page.questions.map((question) => question.question).join("; ");
    return `${heading} ${page.session_length} ${questions} ${body(page.body)}`;
  }
  if (isPage(page, "modalities.FAQPage")) {
    return `${heading} ${page.topics.map((topic) => topic.name).join(", ")}`;
  }
  if (isPage(page, "blog.BlogIndexPage")) return `${heading} ${page.intro}`;
  if (isPage(page, "blog.ArticlePage")) {
    const minutes: number = page.reading_time;
    return `${heading} ${minutes} min, ${page.tags.join(", ")} ${body(page.body)}`;
  }
  if (isPage(page, "blog.EssayIndexPage")) return `${heading} ${page.intro}`;
  if (isPage(page, "blog.EssayPage")) return `${heading} ${page.author?.name ?? ""}`;
  if (isPage(page, "blog.JourneyIndexPage")) return `${heading} ${page.intro}`;
  if (isPage(page, "blog.JourneyStagePage")) return `${heading} ${page.date}`;
  if (isPage(page, "contact.ContactPage")) {
    const fields = page.form_fields.map((field) => `${field.label} (${field.type})`);
    return `${heading} ${page.intro} ${fields.join(", ")}`;
  }
  const unknownPage: never = page;
  return unknownPage;
}

/** Listings: the same narrowing on items, whose fields depend on ?fields=. */
export function listed(listing: Json<"/api/v2/pages/">): string[] {
  return listing.items.map((item) =>
    item.meta.type === "blog.ArticlePage" ? `${item.id}` : (item.title ?? `${item.id}`),
  );
}

export function footer(practice: Json<"/api/v2/settings/">, menus: Json<"/api/v2/menus/">): string {
  const links = menus.footer.map((link) => `${link.title}: ${link.url}`).join("\n");
  return `${practice.name}, ${practice.address.locality}\n${links}`;
}
