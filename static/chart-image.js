// Chart images for the calculator's SVG and PNG buttons: the chart as drawn on the page,
// copied into a standalone SVG document (computed colours and fonts written in, HTML labels
// as SVG text, CSS swatches as rectangles) with a footer naming its title, its source and the
// calculation's link; the PNG is that SVG drawn on a canvas at twice its size.
//
// A module of its own, loaded only when a reader asks for an image: readers who never do
// (most, on a phone inside an article) never download it. No dependencies, no requests:
// everything happens in the browser. Called from src/download.rs (`chart_image`).

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;

/** Presentation attributes copied from an SVG element's computed style: outside the page the
 * stylesheet and its colour tokens are gone. */
const SVG_PROPERTIES = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-linecap",
  "stroke-linejoin", "stroke-opacity", "opacity", "paint-order", "vector-effect",
  "font-family", "font-size", "font-weight", "font-style", "text-anchor", "letter-spacing",
  "visibility",
];

/** Elements never drawn: tables, controls and captions repeat or operate the chart. */
const SKIPPED = new Set(["TABLE", "DETAILS", "BUTTON", "INPUT", "SELECT", "FORM", "FIGCAPTION", "SCRIPT"]);

const escapeXml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const n = (value) => String(Math.round(value * 10) / 10);

const transparent = (colour) => !colour || colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour);

function attributes(pairs) {
  return pairs
    .filter(([, value]) => value !== undefined && value !== null && value !== "" && value !== "normal")
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

function rect(out, origin, box, fill, extra = "") {
  out.push(
    `<rect${attributes([["x", n(box.left - origin.left)], ["y", n(box.top - origin.top)],
      ["width", n(box.width)], ["height", n(box.height)], ["fill", fill]])}${extra}/>`,
  );
}

/** One line of text, its baseline about 80% down its box (true of most fonts). */
function textLine(out, style, box, origin, text) {
  const content = style.textTransform === "uppercase" ? text.toUpperCase() : text;
  out.push(
    `<text${attributes([
      ["x", n(box.left - origin.left)],
      ["y", n(box.top - origin.top + box.height * 0.8)],
      ["fill", style.color],
      ["font-family", style.fontFamily],
      ["font-size", style.fontSize],
      ["font-weight", style.fontWeight],
      ["font-style", style.fontStyle],
      ["letter-spacing", style.letterSpacing],
    ])}>${escapeXml(content)}</text>`,
  );
}

/** A text node as SVG text: one line, or a line at a time where it wraps. */
/** The computed style of an element of this page or of a same-origin frame's page. */
const styleOf = (element, pseudo) => element.ownerDocument.defaultView.getComputedStyle(element, pseudo);

function textNode(out, node, style, origin) {
  const text = node.textContent;
  if (!text.trim()) return;
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  if (range.getClientRects().length <= 1) {
    const box = range.getBoundingClientRect();
    if (box.width > 0) textLine(out, style, box, origin, text.trim());
    return;
  }
  let line = "";
  let first = null;
  let offset = 0;
  for (const c of text) {
    range.setStart(node, offset);
    range.setEnd(node, offset + c.length);
    offset += c.length;
    const box = range.getBoundingClientRect();
    if (first && box.width > 0 && Math.abs(box.top - first.top) > first.height / 2) {
      textLine(out, style, first, origin, line.trim());
      line = "";
      first = null;
    }
    if (!first && c.trim()) first = box;
    if (first) line += c;
  }
  if (first) textLine(out, style, first, origin, line.trim());
}

function inlineSvgStyle(original, copy) {
  const style = styleOf(original);
  if (style.display === "none") {
    copy.setAttribute("display", "none");
    return;
  }
  for (const name of SVG_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value && value !== "normal") copy.setAttribute(name, value);
  }
}

/** A chart's own SVG, copied with its styles written in, where it is on the page. */
function svgCopy(out, svg, style, origin) {
  const copy = svg.cloneNode(true);
  const box = svg.getBoundingClientRect();
  if (!transparent(style.backgroundColor)) rect(out, origin, box, style.backgroundColor);
  inlineSvgStyle(svg, copy);
  const originals = svg.querySelectorAll("*");
  const copies = copy.querySelectorAll("*");
  originals.forEach((original, i) => inlineSvgStyle(original, copies[i]));
  copy.setAttribute("x", n(box.left - origin.left));
  copy.setAttribute("y", n(box.top - origin.top));
  copy.setAttribute("width", n(box.width));
  copy.setAttribute("height", n(box.height));
  // Labels may sit outside the chart's box (the trajectory's cost gutter).
  copy.setAttribute("overflow", "visible");
  copy.removeAttribute("class");
  out.push(new XMLSerializer().serializeToString(copy));
}

/** The little swatch CSS draws before a key's text (`.key::before`). */
function swatchBefore(out, element, box, origin) {
  const before = styleOf(element, "::before");
  if (before.content === "none") return;
  const height = parseFloat(before.height) || 0;
  let width = parseFloat(before.width) || 0;
  let fill = before.backgroundColor;
  if (transparent(fill)) {
    width = parseFloat(before.borderLeftWidth) || 0;
    fill = before.borderLeftColor;
  }
  if (width <= 0 || height <= 0) return;
  const top = box.top + (box.height - height) / 2;
  rect(out, origin, { left: box.left, top, width, height }, fill, attributes([["opacity", before.opacity]]));
}

function walk(out, element, origin, skipped = SKIPPED) {
  if (skipped.has(element.tagName.toUpperCase())) return;
  if (["visually-hidden", "chart-downloads", "embed-attribution", "out-exact"].some((name) => element.classList.contains(name))) return;
  const style = styleOf(element);
  if (style.display === "none" || style.visibility === "hidden") return;
  // Clipped away for sight, kept for screen readers (a table's column names).
  if (style.clipPath.startsWith("inset(50%")) return;
  if (element.tagName.toLowerCase() === "svg") {
    svgCopy(out, element, style, origin);
    return;
  }
  const box = element.getBoundingClientRect();
  if (!transparent(style.backgroundColor) && box.width > 0 && box.height > 0) {
    rect(out, origin, box, style.backgroundColor);
  }
  swatchBefore(out, element, box, origin);
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) textNode(out, child, style, origin);
    else if (child.nodeType === Node.ELEMENT_NODE) walk(out, child, origin, skipped);
  }
}

/** Splits a text into lines that fit `width` pixels in `font` (measured, not guessed):
 * at spaces, after `&`, `/` and `?` (links), and between Chinese characters. */
function wrap(text, font, width) {
  const context = document.createElement("canvas").getContext("2d");
  context.font = font;
  const fits = (line) => context.measureText(line).width <= width;
  const pieces = text.match(/[^\s&/?\u2e80-\ua4cf\uff00-\uff60]*(?:[&/?]|[\u2e80-\ua4cf\uff00-\uff60]|\s+|$)/g) || [text];
  const lines = [];
  let line = "";
  for (const piece of pieces) {
    if (!piece) continue;
    if (line && !fits(line + piece.trimEnd())) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
    // A piece longer than a line is cut.
    while (!fits(line.trimEnd()) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The chart with id `id` as a standalone SVG document with its footer, in the light theme
 * whatever the page shows (the theme is put back before anything is painted). */
export function chartSvg(id, footer) {
  const chart = document.getElementById(id);
  if (!chart) return null;
  const root = document.documentElement;
  const theme = root.getAttribute("data-theme");
  root.setAttribute("data-theme", "light");
  try {
    return svgOf(chart, footer, SKIPPED);
  } finally {
    if (theme === null) root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
  }
}

/** An element of this page or of a same-origin frame, drawn as a standalone SVG document
 * with a footer (`{ title, source, link }`). */
function svgOf(chart, footer, skipped) {
  const document = chart.ownerDocument;
  const root = document.documentElement;
  const origin = chart.getBoundingClientRect();
  const body = [];
  walk(body, chart, origin, skipped);
  const page = styleOf(root);
  const token = (name, fallback) => page.getPropertyValue(name).trim() || fallback;
  const colours = {
    surface: token("--surface", "#ffffff"),
    text: token("--text", "#1b1b1b"),
    muted: token("--muted", "#575757"),
    rule: token("--rule", "#d9d4c7"),
  };
  const family = styleOf(document.body).fontFamily;
  const width = Math.ceil(origin.width + 2 * PAD);
  let y = PAD + origin.height + 14;
  const foot = [`<line x1="${PAD}" x2="${width - PAD}" y1="${n(y)}" y2="${n(y)}" stroke="${escapeXml(colours.rule)}" stroke-width="1"/>`];
  y += 6;
  for (const [text, size, weight, fill] of [
    [footer.title, 15, 700, colours.text],
    [footer.source, 11.5, 400, colours.muted],
    [footer.link, 11.5, 400, colours.muted],
  ]) {
    for (const line of wrap(text, `${weight} ${size}px ${family}`, width - 2 * PAD)) {
      y += size * 1.35;
      foot.push(
        `<text x="${PAD}" y="${n(y)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}" data-footer="">${escapeXml(line)}</text>`,
      );
    }
  }
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(family)}">` +
    `<title>${escapeXml(footer.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeXml(colours.surface)}"/>` +
    `<g transform="translate(${PAD} ${PAD})">${body.join("")}</g>${foot.join("")}</svg>\n`;
  return { svg, width, height };
}

/** Controls and disclosures are not in an embed's image; its tables are (the breakdown). */
const EMBED_SKIPPED = new Set(["DETAILS", "BUTTON", "INPUT", "SELECT", "FORM", "FIGCAPTION", "SCRIPT", "TEXTAREA"]);

/** The fallback image of an embed: `src` (this origin's embed address, static and light)
 * rendered 640 px wide in a frame out of view, drawn as a PNG at 2× with `footer`; shown in
 * `img`, offered by `link` (an `<a download>`). Resolves to `[width, height]` in pixels. */
export async function embedImage(src, footer, img, link) {
  const frame = document.createElement("iframe");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.style.cssText = "position:fixed;left:-10000px;top:0;width:640px;height:4000px;border:0;visibility:hidden";
  const loaded = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the embed did not render")), 20_000);
    const listener = (event) => {
      if (event.source !== frame.contentWindow || event.data?.type !== "frontier-cost:resize") return;
      const app = frame.contentDocument?.querySelector(".app");
      if (!app?.querySelector("[data-out]")) return;
      clearTimeout(timer);
      removeEventListener("message", listener);
      resolve(app);
    };
    addEventListener("message", listener);
  });
  frame.src = src;
  document.body.append(frame);
  try {
    const app = await loaded;
    await frame.contentDocument.fonts?.ready;
    // Two frames: the layout after the last report is the one drawn.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const image = svgOf(app, footer, EMBED_SKIPPED);
    const blob = await png(image);
    const url = URL.createObjectURL(blob);
    if (img.src.startsWith("blob:")) URL.revokeObjectURL(img.src);
    img.src = url;
    link.href = url;
    return [image.width * 2, image.height * 2];
  } finally {
    frame.remove();
  }
}

function save(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG document on a canvas at twice its size: a PNG blob. */
function png({ svg, width, height }) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      canvas.getContext("2d").drawImage(image, 0, 0, width * 2, height * 2);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png");
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("the SVG did not load"));
    };
    image.src = url;
  });
}

/** Offers the chart `id` as `format` ("svg" or "png") under `name`; resolves to whether it
 * worked. `footer` is `{ title, source, link }`, already in the reader's language. */
export async function download(id, format, name, footer) {
  try {
    const image = chartSvg(id, footer);
    if (!image) return false;
    save(name, format === "png" ? await png(image) : new Blob([image.svg], { type: "image/svg+xml" }));
    return true;
  } catch {
    return false;
  }
}
