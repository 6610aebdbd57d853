// Build check of the pre-rendered pages (scripts/prerender.mjs): every preset of the latest
// edition (as the command line lists them) in both languages, and the default page in both,
// is written, parses as HTML without a single parse error (parse5, the WHATWG parser), and
// says which state it shows, with its own title, canonical link, card and working <base>.
// Prints one "ok …" or "FAIL …" line per check; exits 1 when any fails.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";

const dist = process.argv[2] ?? "dist";
let failures = 0;
const check = (ok, text) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${text}`);
  if (!ok) failures += 1;
};

// The presets from the command line, not from the pages themselves.
const presets = execFileSync("cargo", ["run", "--quiet", "--offline", "--release", "-p", "frontier-cost-cli", "--", "presets"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .map((line) => line.split("\t")[0]);
const editions = readFileSync(new URL("../crates/model/src/edition.rs", import.meta.url), "utf8");
const latest = editions.match(/pub static EDITIONS: \[&Edition; (\d+)\]/)?.[1];
check(presets.length >= 2 && latest, `the command line lists ${presets.length} presets of version ${latest}`);

const pages = [
  { folder: "", lang: "en", state: "" },
  { folder: "zh/", lang: "zh", state: `v=${latest}&lang=zh` },
  ...presets.flatMap((id) => [
    { folder: `${id}/`, lang: "en", state: `v=${latest}&preset=${id}&lang=en`, preset: id },
    { folder: `zh/${id}/`, lang: "zh", state: `v=${latest}&preset=${id}&lang=zh`, preset: id },
  ]),
];

/** Depth-first walk of a parse5 tree. */
function* walk(node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

const titles = new Set();
for (const spec of pages) {
  const label = `/${spec.folder}`;
  const file = join(dist, spec.folder, "index.html");
  if (!existsSync(file)) {
    check(false, `${label}: written`);
    continue;
  }
  const errors = [];
  const doc = parse(readFileSync(file, "utf8"), { onParseError: (error) => errors.push(`${error.code} at line ${error.startLine}`) });
  const nodes = [...walk(doc)];
  const elements = (tag) => nodes.filter((node) => node.tagName === tag && node.namespaceURI === "http://www.w3.org/1999/xhtml");
  const meta = (key, value) => elements("meta").find((node) => attr(node, key) === value);
  const html = elements("html")[0];
  const title = elements("title").map((node) => node.childNodes.map((text) => text.value).join(""));
  const state = meta("name", "frontier-cost-state");
  const base = elements("base")[0];
  const depth = spec.folder.split("/").filter(Boolean).length;
  const canonical = elements("link").find((node) => attr(node, "rel") === "canonical");
  const image = attr(meta("property", "og:image") ?? {}, "content") ?? "";
  const imageFile = join(dist, image.replace(/^.*\//, ""));
  const outs = nodes.filter((node) => attr(node, "data-out") !== undefined);
  const total = outs.find((node) => attr(node, "data-out") === "total");
  const controls = nodes.filter((node) => ["input", "select", "button", "textarea"].includes(node.tagName));
  // The lists of sources are a link each to the page of every source, in the page's language.
  const sourcesPage = spec.lang === "zh" ? "zh/sources.html" : "sources.html";
  const sourceLinks = ["all-sources", "barrier-sources"].map((name) => {
    const details = nodes.find((node) => node.tagName === "details" && attr(node, "class") === name);
    return details && [...walk(details)].some((node) => node.tagName === "a" && attr(node, "href") === sourcesPage);
  });
  const problems = [
    errors.length && `parse errors: ${errors.slice(0, 5).join(", ")}`,
    attr(html, "lang") !== (spec.lang === "zh" ? "zh-Hans" : "en") && `lang ${attr(html, "lang")}`,
    title.length !== 1 && `${title.length} titles`,
    titles.has(title[0]) && `the title of another page: ${title[0]}`,
    attr(state ?? {}, "content") !== spec.state && `state ${attr(state ?? {}, "content")}`,
    (depth ? attr(base ?? {}, "href") !== "../".repeat(depth) : base) && `base ${attr(base ?? {}, "href")}`,
    !(attr(canonical ?? {}, "href") ?? "").endsWith(spec.folder || "/") && `canonical ${attr(canonical ?? {}, "href")}`,
    attr(meta("property", "og:url") ?? {}, "content") !== attr(canonical ?? {}, "href") && "og:url is not the canonical link",
    !(spec.preset ? new RegExp(`social-${spec.preset.replace(/\./g, "\\.")}-[0-9a-f]{16}\\.png$`) : /social-card\.png$/).test(image) &&
      `og:image ${image}`,
    attr(meta("name", "twitter:image") ?? {}, "content") !== image && "twitter:image",
    !existsSync(imageFile) && `no ${imageFile}`,
    existsSync(imageFile) && pngSize(readFileSync(imageFile)).join("×") !== "1200×630" && "the card is not 1200×630",
    outs.length < 20 && `${outs.length} results`,
    !(Number(attr(total ?? {}, "data-value")) > 0) && "no total",
    !controls.length && "no controls",
    controls.some((node) => attr(node, "disabled") === undefined) && "a control not disabled",
    nodes.filter((node) => node.tagName === "svg").length < 5 && "no charts",
    !sourceLinks.every(Boolean) && `the lists of sources do not link to ${sourcesPage} (${sourceLinks})`,
    !existsSync(join(dist, sourcesPage)) && `no ${sourcesPage}`,
  ].filter(Boolean);
  titles.add(title[0]);
  check(problems.length === 0, `${label}: written, valid HTML, its own state, title, links and card${problems.length ? ": " + problems.join("; ") : ""}`);
}
process.exit(failures ? 1 : 0);
