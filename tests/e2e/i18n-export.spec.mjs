// Languages, currencies and exports: `lang=zh` renders Chinese throughout; `cur=CNY` shows yuan
// while every `data-value` stays in US dollars; the CSV has its header and every input and
// output; chart images are valid SVG (and PNG) with their footer; a JSON export imports back
// into a fresh page; the print stylesheet gives a clean one-page summary.
import { readFile } from "node:fs/promises";
import { test, expect, openCalculator, openFresh, allOutputs, allParams, settled, shownText } from "./fixtures.mjs";

/**
 * Latin-script words allowed on the Chinese page, and why. Everything else a reader sees or
 * hears must be Chinese. Not checked: citations of English-language sources (publisher and
 * title), which keep their original language as bibliographies do and are marked `lang="en"`
 * (as is "English" in the language switch); tokens with digits (H100, BF16, GPT-4, 3.8e25,
 * 405B, 2024-Q1), which are model, chip and number notations.
 */
const ALLOWED = new Set([
  // Organisations, people, publications and products, named in Chinese text as Chinese media
  // name them (chip names such as "NVIDIA H100 SXM", "AMD Instinct MI300X", "Google TPU v5p").
  "AI", "Meta", "OpenAI", "Alphabet", "Reddit", "NVIDIA", "AMD", "Instinct", "Google",
  "Epoch", "Cottier", "Raymond", "James", "Yicai", "Llama", "DeepSeek", "NAIRR", "DGX", "SXM",
  "Uptime", "Institute",
  // Units and technical acronyms that Chinese technical writing leaves untranslated, and the
  // loanword "Cookie" (无Cookie).
  "FLOP", "TFLOP", "GPU", "CPU", "TPU", "PUE", "MFU", "IT", "NLP", "px", "s", "Cookie",
  // Financing rounds are called A轮 and B轮 in Chinese.
  "A", "B",
  // Mathematical notation (the depreciation rate, "进步速度 × ln 10").
  "ln",
  // File formats and currency codes.
  "CSV", "JSON", "SVG", "PNG", "USD", "CNY", "EUR",
  // The embed code for AMP pages and the element it uses, amp-iframe (the Embed dialog).
  "AMP", "amp", "iframe",
]);

/** Latin words a reader of the page meets outside elements marked as another language. */
async function latinWords(page) {
  return page.evaluate(() => {
    const foreign = (element) => element.closest("[lang]:not([lang^=zh]):not(html)");
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (!element || foreign(element) || !element.checkVisibility()) continue;
      if (element.closest("script, style, noscript")) continue;
      texts.push(walker.currentNode.textContent);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (foreign(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    const words = [];
    for (const text of texts) {
      for (const token of text.split(/[^A-Za-z0-9.'’-]+/)) {
        const word = token.replace(/^[.'’-]+|[.'’-]+$/g, "");
        if (/[A-Za-z]/.test(word) && !/[0-9]/.test(word)) words.push(...word.split("-").filter(Boolean));
      }
    }
    return words;
  });
}

test("lang=zh renders Chinese throughout, with Chinese number units", async ({ page }) => {
  await openCalculator(page, "v=1&lang=zh");
  await settled(page);
  await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
  expect(await page.title()).toMatch(/[\u4e00-\u9fff]/);
  await expect(page.locator('[data-out="total"] .out-text')).toHaveText(/^[\d.]+亿美元$/);
  await expect(page.locator('[data-out="accel_hours"] .out-text')).toHaveText(/万小时|亿小时/);
  // Every disclosure open: help and sources of each parameter, ranges, ladder table, sources.
  await page.$$eval("details", (all) => all.forEach((details) => (details.open = true)));
  // The bodies of help and sources are drawn once opened.
  await page.waitForFunction(
    () => [...document.querySelectorAll("details.help")].every((help) => help.querySelector(".help-body")) && document.querySelector("details.all-sources li"),
  );
  const onPage = await latinWords(page);
  // The Embed dialog too.
  await page.$$eval("details", (all) => all.forEach((details) => (details.open = false)));
  await page.click("[data-embed-open]");
  await expect(page.locator(".embed-dialog")).toBeVisible();
  const inDialog = await latinWords(page);
  const unexpected = [...new Set([...onPage, ...inDialog])].filter((word) => !ALLOWED.has(word));
  expect(unexpected, "English left on the Chinese page").toEqual([]);
  // The check itself sees English when there is some.
  await page.goto("./?v=1&lang=en");
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  expect((await latinWords(page)).filter((word) => !ALLOWED.has(word)).length).toBeGreaterThan(50);
});

test("the language switch changes every text and the address", async ({ page }) => {
  await openCalculator(page, "v=1");
  await page.selectOption('select[data-param="lang"]', "zh");
  await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
  await expect(page.locator("h1")).toHaveText(/打造/);
  await expect.poll(() => new URL(page.url()).search).toContain("lang=zh");
  await expect(page.locator('[data-out="total"] .out-text')).toHaveText(/亿美元/);
});

test("cur=CNY shows yuan, with its rate and date, while every data-value stays in dollars", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3");
  const dollars = await allOutputs(page);
  const dollarText = await page.locator('[data-out="total"] .out-text').textContent();
  expect(dollarText).toMatch(/^\$/);

  await openCalculator(page, "v=1&preset=deepseek-v3&cur=cny");
  expect(await allOutputs(page)).toEqual(dollars);
  await expect(page.locator('[data-out="total"] .out-text')).toHaveText(/^CN¥/);
  await expect(page.locator('input[data-param="fx"]')).toHaveValue("7.17");
  await expect(page.locator(".setting-source")).toContainText("2025-07");

  await openCalculator(page, "v=1&preset=deepseek-v3&cur=cny&lang=zh");
  expect(await allOutputs(page)).toEqual(dollars);
  await expect(page.locator('[data-out="total"] .out-text')).toHaveText(/人民币$/);

  // A rate of one's own: the figures follow, the raw values do not.
  await page.fill('input[data-param="fx"]', "7");
  await page.locator('input[data-param="fx"]').blur();
  await expect.poll(() => new URL(page.url()).search).toContain("fx=7");
  expect(await allOutputs(page)).toEqual(dollars);
});

test("the rate field keeps what is typed through renders and refuses a rate it cannot use", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3&cur=eur");
  const rate = page.locator('input[data-param="fx"]');
  const total = page.locator('[data-out="total"]');
  await rate.fill("1.1");
  // Another input changes while the rate field still has the focus: the page renders again.
  await page.evaluate(() => {
    const field = document.querySelector('input[data-param="n"]');
    field.value = "4096";
    field.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await expect.poll(() => new URL(page.url()).search).toContain("n=4096");
  await expect(rate).toBeFocused();
  await expect(rate).toHaveValue("1.1");
  await rate.blur();
  await expect.poll(() => new URL(page.url()).search).toContain("fx=1.1");
  const inForce = await total.getAttribute("data-value");

  for (const [typed, says] of [["abc", "“abc”"], ["5", "between 0.3 and 3"], ["40%", "“40%”"]]) {
    await rate.fill(typed);
    await expect(rate).toHaveAttribute("aria-invalid", "true");
    const message = page.locator("#setting-fx-error");
    await expect(message).toContainText(says);
    await expect(message).toContainText("1.1, is still in use");
    await rate.blur();
    await expect(rate).toHaveValue(typed); // a refused entry stays, with its message
    expect(new URL(page.url()).search).toContain("fx=1.1");
    expect(await total.getAttribute("data-value")).toBe(inForce);
  }
  await rate.focus();
  await rate.press("Escape");
  await expect(rate).toHaveValue("1.1");
  await expect(page.locator("#setting-fx-error")).toHaveCount(0);
  await expect(rate).not.toHaveAttribute("aria-invalid", "true");
});

/** A small RFC 4180 reader: records of fields. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n") {
      record.push(field.replace(/\r$/, ""));
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  return records;
}

async function download(page, action) {
  const waiting = page.waitForEvent("download");
  await action();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function exportFile(page, what) {
  await page.locator("#export-menu > summary").click();
  return download(page, () => page.click(`[data-export="${what}"]`));
}

test("the CSV names the permalink, date and schema, and has every input and output", async ({ page }) => {
  await openCalculator(page, "v=1&preset=frontier-2025&n=20500");
  await page.click('form.pin-form button[type="submit"]');
  await expect(page.locator('[data-out="pinned1_total"]')).toBeVisible();
  const outputs = await allOutputs(page);
  const params = await page.$$eval("[data-param]", (nodes) => nodes.map((node) => node.dataset.param));
  const { name, bytes } = await exportFile(page, "csv");
  expect(name).toMatch(/^frontier-ai-cost-frontier-2025-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  const lines = text.split("\r\n");
  // The permalink reproduces everything, the pinned scenario included.
  expect(lines[0]).toMatch(/^# What does it cost to build a frontier AI model\? — permalink: http:\/\/127\.0\.0\.1:\d+\/\?v=1&preset=frontier-2025&n=20500&s1=A~frontier-2025~n\.20500$/);
  expect(lines[1]).toMatch(/^# date: \d{4}-\d{2}-\d{2}$/);
  expect(lines[2]).toBe("# link schema version: 1");
  const records = parseCsv(lines.slice(3).join("\n"));
  expect(records[0]).toEqual(["section", "key", "label", "value", "unit"]);
  const byKey = new Map(records.slice(1).map((record) => [record[1], record]));
  for (const record of records) expect(record).toHaveLength(5);
  for (const key of params) expect(byKey.has(key), `input ${key}`).toBe(true);
  for (const [key, value] of Object.entries(outputs)) {
    expect(byKey.has(key), `output ${key}`).toBe(true);
    expect(Number(byKey.get(key)[3]), `value of ${key}`).toBe(Number(value));
  }
  expect(byKey.get("n")[3]).toBe("20500");
  expect(byKey.get("total")[4]).toBe("USD");
  await expect(page.locator("[data-export-status]")).toContainText(name);
});

test("chart images: a valid SVG with its footer, and a PNG", async ({ page, baseURL }) => {
  await openCalculator(page, "v=1&preset=gpt-4&lang=zh");
  await settled(page);
  for (const chart of ["breakdown", "ladder", "trajectory", "distribution", "tornado"]) {
    const group = page.locator(`.chart-downloads[data-chart="${chart}-chart"]`);
    const { name, bytes } = await download(page, () => group.locator('[data-download="svg"]').click());
    expect(name).toMatch(new RegExp(`^frontier-ai-cost-gpt-4-${chart}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const svg = bytes.toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute("width")),
        footer: [...doc.querySelectorAll("[data-footer]")].map((node) => node.textContent).join(" "),
        texts: doc.querySelectorAll("text").length,
        classes: doc.querySelectorAll("[class]").length,
      };
    }, svg);
    expect(parsed.error, `${chart}: well-formed`).toBe(0);
    expect(parsed.root).toBe("svg");
    expect(parsed.namespace).toBe("http://www.w3.org/2000/svg");
    expect(parsed.width).toBeGreaterThan(100);
    expect(parsed.texts).toBeGreaterThan(3);
    // The footer: the chart's title, the source line and the link, in the reader's language.
    const title = await group.getAttribute("data-title");
    expect(parsed.footer).toContain(title);
    expect(parsed.footer).toContain("来源：前沿AI成本计算器");
    expect(parsed.footer).toContain("起点：GPT-4");
    expect(parsed.footer.replace(/ /g, "")).toContain(`${baseURL}?v=1&preset=gpt-4&lang=zh`);
    // Colours are written in: no stylesheet or custom property is needed outside the page.
    expect(svg).not.toContain("var(--");
  }
  const { name, bytes } = await download(page, () =>
    page.locator('.chart-downloads[data-chart="breakdown-chart"] [data-download="png"]').click(),
  );
  expect(name).toMatch(/\.png$/);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the chart's size, for sharp images.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(800);
});

test("a JSON export imports back into a fresh page, and a wrong file is refused", async ({ page, browser, problems }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3");
  await page.fill('input[data-param="n"]', "4k");
  await page.selectOption('select[data-param="chip"]', "h100");
  await page.fill('input[data-param="mfu"]', "41%");
  await page.selectOption('select[data-param="cur"]', "EUR");
  await page.selectOption('select[data-param="lang"]', "zh");
  await expect.poll(() => new URL(page.url()).search).toContain("lang=zh");
  const before = { outputs: await allOutputs(page) };
  const { name, bytes } = await exportFile(page, "json");
  // The fields as the calculation shows them when opened (not as they were typed).
  await page.reload();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  before.params = await allParams(page);
  expect(await allOutputs(page)).toEqual(before.outputs);
  expect(name).toMatch(/\.json$/);
  const file = JSON.parse(bytes.toString("utf8"));
  expect(file.schema).toBe(1);
  expect(file.link).toBe(new URL(page.url()).search.slice(1));
  expect(file.state.inputs.n).toBe(4000);
  expect(file.outputs.total).toBe(Number(before.outputs.total));

  const opened = await openFresh(browser, new URL("./", page.url()).href, problems);
  const fresh = opened.page;
  await fresh.setInputFiles("[data-import-file]", { name, mimeType: "application/json", buffer: bytes });
  await expect(fresh.locator("html")).toHaveAttribute("lang", /^zh/);
  // Every part of the page turns Chinese once its texts arrive, not just the headline: the
  // fields' labels and the group names too (the texts load after the import).
  await expect(fresh.locator("label[for=param-n]")).toHaveText("集群加速卡数量");
  await expect(fresh.locator('[data-group="chips"] .group-name')).toHaveText("芯片");
  await expect.poll(() => new URL(fresh.url()).search).toBe(new URL(page.url()).search);
  expect({ outputs: await allOutputs(fresh), params: await allParams(fresh) }).toEqual(before);
  // Back returns to what the page showed before the import.
  await fresh.goBack();
  await expect(fresh.locator("html")).toHaveAttribute("lang", "en");

  // Not one of ours: said next to the import button; nothing changes.
  await fresh.locator("#export-menu > summary").click();
  const total = await fresh.locator('[data-out="total"]').getAttribute("data-value");
  await fresh.setInputFiles("[data-import-file]", {
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"hello": "world"}'),
  });
  const status = fresh.locator("[data-export-status]");
  await expect(status).toHaveAttribute("role", "alert");
  await expect(status).toContainText("not a calculation exported from this calculator");
  expect(await fresh.locator('[data-out="total"]').getAttribute("data-value")).toBe(total);
  await opened.close();
});

/** A pinned scenario with the longest name (32 emoji, in base64url) and every parameter
 * changed, near its maximum with 5 significant digits: the widest the page writes. */
function widestScenario(preset) {
  const name = "." + Buffer.from("😀".repeat(32)).toString("base64url");
  const items = [
    "lic.9.8765e10", "hrs.987650000", "hrc.9876.5", "ann.9876500000", "anc.9876.5", "p.98765",
    "tok.9876.5", "flop.9.8765e30", "hours.9.8765e10", "mfu.0.88888", "exp.98.765", "chip.mi300x",
    "n.9876500", "mode.rent", "price.987650", "sys.4.9876", "life.19.876", "rent.987.65", "w.19876",
    "load.0.98765", "pue.2.9876", "kwh.1.9876", "dc.colo", "mw.98765000", "dclife.49.876",
    "colo.1987.6", "staff.98765", "sal.9876500", "mon.239.87",
  ];
  return [name, preset, ...items].join("~");
}

test("a JSON export of four pinned scenarios (the longest link) imports back into a fresh page", async ({ page, browser, problems }) => {
  const presets = ["university-lab", "gpt-4", "startup", "deepseek-v3"];
  const query = "v=1&preset=gpt-4&n=5e4&" + presets.map((p, i) => `s${i + 1}=${widestScenario(p)}`).join("&");
  await openCalculator(page, query);
  await expect(page.locator("[data-notice]")).toHaveCount(0);
  await expect(page.locator(".compare-table th[data-scenario]")).toHaveCount(4);
  const before = {
    outputs: await allOutputs(page),
    params: await allParams(page),
    compared: await shownText(page.locator(".compare-table")),
  };
  const { name, bytes } = await exportFile(page, "json");
  const file = JSON.parse(bytes.toString("utf8"));
  // The page's own link for four such scenarios: longer than the old limit of the import.
  expect(file.link.length).toBeGreaterThan(1200);
  expect(file.link.length).toBeLessThanOrEqual(1777);
  expect(file.state.pinned).toHaveLength(4);

  const opened = await openFresh(browser, new URL("./", page.url()).href, problems);
  const fresh = opened.page;
  await fresh.setInputFiles("[data-import-file]", { name, mimeType: "application/json", buffer: bytes });
  await expect(fresh.locator("[data-export-status]")).not.toContainText("not a calculation");
  await expect.poll(() => new URL(fresh.url()).search).toBe(`?${file.link}`);
  await expect(fresh.locator(".compare-table th[data-scenario]")).toHaveCount(4);
  await expect(fresh.locator("[data-notice]")).toHaveCount(0);
  expect({
    outputs: await allOutputs(fresh),
    params: await allParams(fresh),
    compared: await shownText(fresh.locator(".compare-table")),
  }).toEqual(before);
  await opened.close();
});

/** The light theme's colour of the top barrier level (styles/barrier.css). */
const LIGHT_LEVEL_4 = "#8e1f47";

test("the print stylesheet gives a clean one-page summary", async ({ page, baseURL }) => {
  await openCalculator(page, "v=1&preset=llama-3.1-405b&mfu=0.42");
  await settled(page);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".inputs", ".settings-bar", ".embed-launch", "#export-menu", ".analysis", ".panels", ".site-footer", ".chart-downloads"]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  for (const shown of ["h1", '[data-out="total"]', '[data-out="capital"]', ".verdict", ".breakdown-table", ".key-figures", ".print-summary"]) {
    await expect(page.locator(shown).first(), shown).toBeVisible();
  }
  await expect(page.locator(".print-summary")).toContainText("Llama 3.1 405B");
  await expect(page.locator(".print-summary")).toContainText(`${baseURL}?v=1&preset=llama-3.1-405b&mfu=0.42`);
  // One page of A4.
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  // Light whatever the reader's screen uses.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const ink = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).color);
  expect(ink).toBe("rgb(27, 27, 27)");
  // And whatever theme the page was asked for (an embed with dark=1 printed from its article).
  await openCalculator(page, "v=1&preset=llama-3.1-405b&dark=1");
  await page.emulateMedia({ media: "screen", colorScheme: "light" });
  const darkInk = await page.evaluate(() => getComputedStyle(document.querySelector("h1")).color);
  expect(darkInk).not.toBe("rgb(27, 27, 27)"); // dark=1 is dark on screen
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  const printed = await page.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    return [style("h1").color, style("body").backgroundColor, style(".verdict").getPropertyValue("--lvl-4").trim()];
  });
  expect(printed).toEqual(["rgb(27, 27, 27)", "rgb(255, 255, 255)", LIGHT_LEVEL_4]);
  // Back on screen, the summary header is hidden and the inputs are there.
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-summary")).toBeHidden();
  await expect(page.locator(".inputs")).toBeVisible();
});

test("the Export menu opens and closes like a menu", async ({ page }) => {
  await openCalculator(page, "v=1");
  const menu = page.locator("#export-menu");
  await menu.locator("summary").click();
  await expect(page.locator('[data-export="csv"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-export="csv"]')).toBeHidden();
  await expect(menu.locator("summary")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-export="csv"]')).toBeVisible();
  await page.click("h1");
  await expect(page.locator('[data-export="csv"]')).toBeHidden();
  // Embeds stay clean: no image buttons.
  await openCalculator(page, "v=1&embed=1");
  await expect(page.locator(".chart-downloads").first()).toBeHidden();
  await expect(page.locator("#export-menu")).toHaveCount(0);
});
