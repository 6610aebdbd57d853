// An embed a newsroom would publish (issue 18), end to end: the Embed dialog's DEFAULT code in
// an article on another origin (127.0.0.2) is short enough for a story at 640 px and at 320 px
// and as tall as its content; `inputs=` shows exactly the listed inputs (the others behind one
// closed "All parameters"), `none` and `all` included; `title=` and `dek=` stay text whatever
// they hold; `static=1` has nothing to focus and still sizes itself; the fallback PNG decodes
// to the size the dialog states and its alt text is the summary sentence; the AMP and
// image-and-link codes hold what they must; shared links and "Open in full calculator" leave
// the embed's own keys out. Nothing is requested from any origin but the calculator's and the
// host's own article page (the fixtures fail the test otherwise).
import {
  test,
  expect,
  openCalculator,
  hostServer,
  article,
  codeFromDialog,
  heights,
  settles,
  noInnerScroll,
  recordRequests,
} from "./fixtures.mjs";

/** Every focusable thing: what must not be in a static embed. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The embed's own keys, which a shared link or the full calculator's link never carries. */
const EMBED_KEYS = ["embed", "show", "plain", "dark", "transparent", "inputs", "static", "title", "dek"];

/** The data-param keys a reader sees (a closed disclosure hides its content), in page order. */
const visibleParams = (page) =>
  page.$$eval("[data-param]", (nodes) =>
    nodes.filter((node) => node.checkVisibility({ visibilityProperty: true })).map((node) => node.dataset.param),
  );

/** The full page's summary sentence once it has settled (it is announced after a pause). */
async function liveSummary(page) {
  const region = page.locator("[data-live-summary]");
  await expect(region).not.toHaveText("", { timeout: 10_000 });
  return (await region.textContent()).trim();
}

/** The Embed dialog of the full page, open. */
async function openDialog(page, query = "v=1") {
  await openCalculator(page, query);
  await page.locator("[data-embed-open]").click();
  const dialog = page.getByRole("dialog", { name: "Embed this calculator" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Waits until the dialog's preview has loaded and says the height it last measured, the
 * same twice over half a second. */
async function previewSettled(page, dialog) {
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.locator('[data-out="total"]')).toBeVisible();
  let last = null;
  await expect
    .poll(
      async () => {
        const now = await dialog.locator("p[data-embed-height]").getAttribute("data-embed-height");
        const same = now !== null && now === last;
        last = now;
        return same;
      },
      { intervals: [500], timeout: 15_000 },
    )
    .toBe(true);
}

test("the dialog's default code in an article on another origin: at most 900 px tall at 640 px, 1400 px at 320 px, as tall as its content", async ({
  page,
  baseURL,
  problems,
}) => {
  const calculator = new URL(baseURL).origin;
  const code = await codeFromDialog(page);
  // The default: the total, where the money goes and who can afford it, the story's inputs,
  // the frame, its noscript image and the resizing script.
  const lines = code.split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(
    new RegExp(`^<iframe src="${calculator}/\\?v=1&amp;preset=llama-3\\.1-405b&amp;embed=1&amp;show=total~breakdown~barrier" `),
  );
  const src = new URL(lines[0].match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  for (const key of ["inputs", "static", "title", "dek", "plain"]) expect([...src.searchParams.keys()]).not.toContain(key);
  expect(lines[1]).toMatch(/^<noscript><a href="[^"]+"><img src="frontier-cost-llama-3\.1-405b\.png" alt="[^"]+" width="672" height="\d+" style="max-width:100%;height:auto"><\/a><\/noscript>$/);
  expect(lines[2]).toBe(`<script src="${calculator}/embed.js" async></script>`);

  const host = await hostServer({ "/article.html": article(`<div id="column" style="width:640px">${code}</div>`) });
  try {
    problems.allow(new URL(host.url).origin);
    const requests = recordRequests(page);
    await page.goto(`${host.url}article.html`);
    const iframe = "iframe[data-frontier-cost]";
    const calc = page.frameLocator(iframe);
    await expect(calc.locator('[data-out="total"]')).toBeVisible();
    // The story's inputs at once, the rest behind one closed disclosure; the barrier's scale
    // and indicators behind another.
    await expect(calc.locator('.story-inputs[data-inputs="at-once"]')).toBeVisible();
    await expect(calc.locator('details.all-params[data-inputs="rest"]')).toHaveCount(1);
    await expect(calc.locator('details.all-params[data-inputs="rest"]')).not.toHaveAttribute("open");
    await expect(calc.locator('details.embed-more[data-embed-more="barrier"]')).toHaveCount(1);
    await expect(calc.locator(".embed-attribution")).toContainText(/Figures as of \d{4}-\d{2} \(version \d\)/);

    const wide = await settles(page, iframe);
    expect(await page.locator(iframe).evaluate((e) => e.getBoundingClientRect().width)).toBe(640);
    expect(wide.outer).toBeLessThanOrEqual(900);
    expect(wide.outer).toBeGreaterThan(200);
    await noInnerScroll(wide.frame);

    // The column narrows to a phone's: the frame reflows, grows, and still fits its content.
    await page.locator("#column").evaluate((e) => (e.style.width = "320px"));
    await expect.poll(() => page.locator(iframe).evaluate((e) => e.getBoundingClientRect().width)).toBe(320);
    await expect
      .poll(async () => (await heights(page, iframe)).outer, { timeout: 15_000 })
      .toBeGreaterThan(wide.outer);
    const narrow = await settles(page, iframe);
    expect(narrow.outer).toBeLessThanOrEqual(1400);
    await noInnerScroll(narrow.frame);

    // And loaded at 320 px to begin with.
    await page.goto(`${host.url}article.html`);
    await page.locator("#column").evaluate((e) => (e.style.width = "320px"));
    await expect(calc.locator('[data-out="total"]')).toBeVisible();
    const phone = await settles(page, iframe);
    expect(phone.outer).toBeLessThanOrEqual(1400);
    expect(Math.abs(phone.outer - narrow.outer)).toBeLessThanOrEqual(3);

    // Nothing but the article came from the host; nothing from a third party.
    const hostOrigin = new URL(host.url).origin;
    const origins = new Set(requests.map((request) => new URL(request.url()).origin));
    expect([...origins].sort()).toEqual([calculator, hostOrigin].sort());
    const fromHost = requests.filter((r) => new URL(r.url()).origin === hostOrigin).map((r) => new URL(r.url()).pathname);
    expect(new Set(fromHost)).toEqual(new Set(["/article.html"]));
  } finally {
    host.server.close();
  }
});

test("inputs= shows exactly the listed inputs at once, in order; none and all", async ({ page }) => {
  // The default code's panels (the uncertainty panel, with its switch, is not among them): the
  // only parameters on the page are the inputs.
  const panels = "show=total~breakdown~barrier";
  // Every input of this scenario: those at once and those behind the opened disclosure.
  await openCalculator(page, `v=1&embed=1&${panels}&inputs=none`);
  expect(await visibleParams(page)).toEqual([]);
  await expect(page.locator(".story-inputs")).toHaveCount(0);
  const rest = page.locator('details.all-params[data-inputs="rest"]');
  await expect(rest).toHaveCount(1);
  await expect(rest).not.toHaveAttribute("open");
  await expect(rest.locator(":scope > summary")).toHaveText("All parameters");
  await rest.locator(":scope > summary").click();
  const every = await visibleParams(page);
  expect(every.length).toBeGreaterThan(20);
  expect(every).toContain("preset");
  expect(new Set(every).size).toBe(every.length);

  for (const [query, listed] of [
    ["v=1&embed=1", ["preset", "chip", "n", "mode"]],
    ["v=1&embed=1&inputs=preset~chip~n~mode", ["preset", "chip", "n", "mode"]],
    ["v=1&embed=1&inputs=mfu~n", ["mfu", "n"]],
    ["v=1&embed=1&inputs=sal", ["sal"]],
  ]) {
    await openCalculator(page, `${query}&${panels}`);
    expect(await visibleParams(page), query).toEqual(listed);
    // They are the story's inputs; the rest wait, closed, and hold each input once.
    const atOnce = await page.$$eval('.story-inputs[data-inputs="at-once"] [data-param]', (nodes) =>
      nodes.map((node) => node.dataset.param),
    );
    expect(atOnce, query).toEqual(listed);
    const disclosure = page.locator('details.all-params[data-inputs="rest"]');
    await expect(disclosure).not.toHaveAttribute("open");
    await disclosure.locator(":scope > summary").click();
    const opened = await visibleParams(page);
    expect([...opened].sort(), query).toEqual([...every].sort());
  }

  // all: every input at once, no disclosure.
  await openCalculator(page, `v=1&embed=1&${panels}&inputs=all`);
  await expect(page.locator("details.all-params")).toHaveCount(0);
  expect([...(await visibleParams(page))].sort()).toEqual([...every].sort());
});

test("title= and dek= render as text, whatever markup they hold, in the dialog's code and in the frame", async ({
  page,
  baseURL,
  problems,
}) => {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const title = "<img src=x onerror=alert(1)>";
  const dek = `<b id="probe">Bold</b> & <script>alert(2)</script> "quoted"`;

  // Straight from a link.
  await openCalculator(page, `v=1&embed=1&title=${encodeURIComponent(title)}&dek=${encodeURIComponent(dek)}`);
  await expect(page.locator("h1.embed-title[data-embed-title]")).toHaveCount(1);
  expect(await page.locator("h1.embed-title").evaluate((e) => e.textContent)).toBe(title);
  expect(await page.locator("p.embed-dek[data-embed-dek]").evaluate((e) => e.textContent)).toBe(dek);
  expect(await page.locator(".embed-head").evaluate((e) => e.children.length)).toBe(2);
  expect(await page.locator(".embed-head *").count()).toBe(2);
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], #probe, .embed-head script').length)).toBe(0);

  // Typed into the dialog: the code carries them encoded, the frame on another origin shows text.
  const dialog = await openDialog(page);
  await dialog.locator("#embed-title-text").fill(title);
  await dialog.locator("#embed-title-text").blur();
  await expect(dialog.locator("#embed-code")).toHaveValue(/&amp;title=/);
  // The preview reloads with the heading and measures itself again: typing the standfirst
  // meanwhile is another test's matter (below), so this one waits.
  await previewSettled(page, dialog);
  await dialog.locator("#embed-dek-text").fill(dek);
  await dialog.locator("#embed-dek-text").blur();
  await expect(dialog.locator("#embed-code")).toHaveValue(/&amp;dek=/);
  const code = await dialog.locator("#embed-code").inputValue();
  // No markup of theirs in the code: not in the address, not in the iframe's title.
  expect(code).not.toContain("<img src=x");
  expect(code).not.toContain("<b ");
  expect(code).not.toContain("<script>alert");
  expect(code).toContain('title="&lt;img src=x onerror=alert(1)&gt;"');
  const src = code.match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  expect(new URL(src).searchParams.get("title")).toBe(title);
  expect(new URL(src).searchParams.get("dek")).toBe(dek);
  // The preview shows them as text.
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.locator("h1.embed-title")).toHaveText(title);

  const host = await hostServer({ "/article.html": article(code) });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}article.html`);
    const calc = page.frameLocator("iframe[data-frontier-cost]");
    await expect(calc.locator('[data-out="total"]')).toBeVisible();
    expect(await calc.locator("h1.embed-title").evaluate((e) => e.textContent)).toBe(title);
    expect(await calc.locator("p.embed-dek").evaluate((e) => e.textContent)).toBe(dek);
    const frame = await (await page.locator("iframe[data-frontier-cost]").elementHandle()).contentFrame();
    expect(await frame.evaluate(() => document.querySelectorAll('img[src="x"], #probe, .embed-head script').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], #probe').length)).toBe(0);
    await settles(page, "iframe[data-frontier-cost]");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  } finally {
    host.server.close();
  }
  expect(new URL(baseURL).origin).not.toBe(new URL(host.url).origin);
});

test("static=1 in an article: nothing to focus, Tab passes it by, and it still sizes itself", async ({ page, baseURL, problems }) => {
  const dialog = await openDialog(page);
  await dialog.locator("input[name=static]").check();
  const code = await dialog.locator("#embed-code").inputValue();
  expect(code).toContain("&amp;static=1");
  const host = await hostServer({
    "/article.html": article(
      `<p><button id="before">Before</button></p>\n${code}\n<p><button id="after">After</button></p>`,
    ),
  });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}article.html`);
    const iframe = "iframe[data-frontier-cost]";
    const calc = page.frameLocator(iframe);
    await expect(calc.locator('[data-out="total"]')).toBeVisible();
    const { frame } = await settles(page, iframe);
    // Live numbers, the panels chosen, no controls, no menus, no disclosures, no link.
    await expect(calc.locator(".breakdown")).toBeVisible();
    await expect(calc.locator("[data-param]")).toHaveCount(0);
    await expect(calc.locator("details")).toHaveCount(0);
    await expect(calc.locator("[data-full-calculator]")).toHaveCount(0);
    const address = calc.locator(".embed-attribution .embed-address");
    await expect(address).toHaveText(`${new URL(baseURL).host}/?v=1&preset=llama-3.1-405b`);
    const focusable = await frame.evaluate(
      (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility({ visibilityProperty: true })).map((e) => e.outerHTML.slice(0, 80)),
      FOCUSABLE,
    );
    expect(focusable).toEqual([]);

    // Tab from the button before the frame: focus goes on to the one after, nothing inside.
    await page.locator("#before").focus();
    await page.keyboard.press("Tab");
    const inside = () => frame.evaluate(() => (document.hasFocus() ? document.activeElement?.tagName ?? null : null));
    expect(await inside()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("after");
    // And from inside the frame itself, Tab finds nothing to stop at.
    await frame.evaluate(() => document.body.focus());
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      const active = await frame.evaluate(() => document.activeElement?.tagName ?? null);
      expect(["BODY", null]).toContain(active);
    }

    // Still resized: the column narrows, the frame follows its content.
    const before = await heights(page, iframe);
    await page.locator(iframe).evaluate((e) => (e.style.width = "320px"));
    await expect.poll(async () => (await heights(page, iframe)).outer, { timeout: 15_000 }).toBeGreaterThan(before.outer);
    await settles(page, iframe);
  } finally {
    host.server.close();
  }
});

test("the fallback PNG decodes to the size the dialog states, 1344 px wide, with the summary as alt text", async ({ page }) => {
  const dialog = await openDialog(page);
  const summary = await liveSummary(page);
  expect(summary).toMatch(/^Total development cost .+\.$/);
  await dialog.locator('[data-embed-image="make"]').click();
  const size = dialog.locator("p[data-embed-image-size]");
  await expect(size).toHaveAttribute("data-embed-image-size", /^\d+x\d+$/, { timeout: 25_000 });
  const [width, height] = (await size.getAttribute("data-embed-image-size")).split("x").map(Number);
  expect(width).toBe(1344);
  expect(height).toBeGreaterThan(400);
  await expect(size).toContainText(`${width}`);

  const img = dialog.locator("img#embed-image[data-embed-image]");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((e) => e.complete && e.naturalWidth)).toBe(width);
  expect(await img.evaluate((e) => e.naturalHeight)).toBe(height);
  expect(await img.getAttribute("src")).toMatch(/^blob:/);
  expect(await img.getAttribute("alt")).toBe(summary);
  await expect(dialog.locator("textarea[data-embed-alt]")).toHaveValue(summary);
  // Not a blank picture: dark text on a light background.
  const colours = await img.evaluate((e) => {
    const canvas = document.createElement("canvas");
    canvas.width = e.naturalWidth;
    canvas.height = e.naturalHeight;
    const context = canvas.getContext("2d");
    context.drawImage(e, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      const sum = data[i] + data[i + 1] + data[i + 2];
      if (sum < 200) dark++;
      else if (sum > 700) light++;
    }
    return { dark, light };
  });
  expect(colours.dark).toBeGreaterThan(50);
  expect(colours.light).toBeGreaterThan(colours.dark);

  const download = dialog.locator('a#embed-image-link[data-embed-image="download"]');
  await expect(download).toHaveAttribute("download", "frontier-cost-llama-3.1-405b.png");
  expect(await download.getAttribute("href")).toBe(await img.getAttribute("src"));
  // The frame codes' noscript image takes the image's size, at 1×, and the summary as alt.
  const code = await dialog.locator("#embed-code").inputValue();
  expect(code).toContain(
    `<img src="frontier-cost-llama-3.1-405b.png" alt="${summary}" width="${width / 2}" height="${Math.floor(height / 2)}" style="max-width:100%;height:auto">`,
  );
});

test("the AMP and image-and-link codes, the plain frame code, the image's own address", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const dialog = await openDialog(page);
  const summary = await liveSummary(page);
  const codeField = dialog.locator("#embed-code");
  const src = `${origin}/?v=1&amp;preset=llama-3.1-405b&amp;embed=1&amp;show=total~breakdown~barrier`;
  const full = `${origin}/?v=1&amp;preset=llama-3.1-405b`;
  const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  // The measured height (the code's, rounded up to 10 px) is said under the preview.
  const measured = dialog.locator("p[data-embed-height]");
  await expect(measured).toHaveAttribute("data-embed-height", /^\d+$/, { timeout: 15_000 });
  const px = Number(await measured.getAttribute("data-embed-height"));
  await expect(measured).toHaveText(`Height of the preview at its width: ${px} px.`);
  const height = Math.ceil(px / 10) * 10;
  await expect(codeField).toHaveValue(new RegExp(`height="${height}"`));

  await dialog.locator("input[name=variant][value=amp]").check();
  await expect(codeField).toHaveValue(/^<amp-iframe /);
  const amp = await codeField.inputValue();
  expect(amp).toMatch(
    new RegExp(
      `^<amp-iframe src="${esc(src)}" title="What does it cost to build a frontier AI model\\?" width="672" height="${height}" ` +
        `layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ` +
        `frameborder="0" resizable>\\n` +
        `<button overflow type="button">[^<]+</button>\\n` +
        `<amp-img placeholder layout="fill" src="frontier-cost-llama-3\\.1-405b\\.png" alt="${esc(summary)}"></amp-img>\\n` +
        `</amp-iframe>$`,
    ),
  );
  expect(amp).not.toContain("<iframe");
  expect(amp).not.toContain("<script");

  await dialog.locator("input[name=variant][value=image]").check();
  await expect(codeField).toHaveValue(/^<a /);
  expect(await codeField.inputValue()).toBe(
    `<a href="${full}"><img src="frontier-cost-llama-3.1-405b.png" alt="${summary}" width="672" height="${height}" ` +
      `style="max-width:100%;height:auto"></a>`,
  );

  // The image's own address, where the newsroom put it.
  const address = "https://news.example/graphics/cost.png";
  await dialog.locator("#embed-image-url").fill(address);
  await dialog.locator("#embed-image-url").blur();
  await expect(codeField).toHaveValue(new RegExp(`^<a href="${esc(full)}"><img src="${esc(address)}" alt=`));

  // The plain frame: the iframe and its noscript image, no script.
  await dialog.locator("input[name=variant][value=iframe]").check();
  await expect(codeField).toHaveValue(/^<iframe /);
  const iframe = await codeField.inputValue();
  expect(iframe).toMatch(
    new RegExp(
      `^<iframe src="${esc(src)}" [^\\n]*data-frontier-cost></iframe>\\n` +
        `<noscript><a href="${esc(full)}"><img src="${esc(address)}" alt="${esc(summary)}" width="672" height="${height}" style="max-width:100%;height:auto"></a></noscript>$`,
    ),
  );
  expect(iframe).not.toContain("<script");

  // And back to the recommended code: the script after the noscript.
  await dialog.locator("input[name=variant][value=script]").check();
  await expect(codeField).toHaveValue(new RegExp(`</noscript>\\n<script src="${esc(origin)}/embed\\.js" async></script>$`));
});

test("shared links and Open in full calculator leave out title, dek, inputs and static", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const flags = "title=Who%20can%20build%20it%3F&dek=A%20standfirst&inputs=n~mode&static=0";
  const noEmbedKeys = (href) => {
    const keys = [...new URL(href).searchParams.keys()];
    for (const key of EMBED_KEYS) expect(keys, href).not.toContain(key);
    return href;
  };

  // An embed with every key: its link to the full calculator carries the calculation only.
  await openCalculator(page, `v=1&preset=gpt-4&n=3e4&embed=1&show=total~breakdown&${flags}`);
  await expect(page.locator("h1.embed-title")).toHaveText("Who can build it?");
  const full = await page.locator("[data-full-calculator]").getAttribute("href");
  expect(noEmbedKeys(full)).toBe(`${baseURL}?v=1&preset=gpt-4&n=3e4`);
  // After an edit in the embed too.
  await page.locator('input[data-param="n"]').fill("40000");
  await expect(page.locator("[data-full-calculator]")).toHaveAttribute("href", /n=4e4|n=40000|n=40k/);
  noEmbedKeys(await page.locator("[data-full-calculator]").getAttribute("href"));
  for (const key of ["title", "dek", "inputs", "static"]) {
    expect(await page.locator("[data-full-calculator]").getAttribute("href")).not.toContain(`${key}=`);
  }

  // A static embed writes the address as text: the same address.
  await openCalculator(page, `v=1&preset=gpt-4&n=3e4&embed=1&title=T&dek=D&inputs=n&static=1`);
  const text = await page.locator(".embed-attribution .embed-address").textContent();
  expect(noEmbedKeys(`http://${text}`)).toBe(`${baseURL}?v=1&preset=gpt-4&n=3e4`);

  // The full page opened with those keys: the Share menu's link leaves them out.
  await openCalculator(page, `v=1&preset=gpt-4&n=3e4&${flags.replace("static=0", "static=1")}`);
  await page.getByRole("button", { name: "Share" }).click();
  const shared = await page.locator("[data-share-link]").inputValue();
  expect(noEmbedKeys(shared)).toBe(`${origin}/?v=1&preset=gpt-4&n=3e4`);
  for (const key of ["title", "dek", "inputs", "static"]) expect(shared).not.toContain(`${key}=`);
  await page.keyboard.press("Escape");

  // The embed code made from that page names only what the dialog chose.
  const dialog = page.getByRole("dialog", { name: "Embed this calculator" });
  await page.locator("[data-embed-open]").click();
  await expect(dialog).toBeVisible();
  const code = await dialog.locator("#embed-code").inputValue();
  const src = new URL(code.match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  for (const key of ["title", "dek", "inputs", "static"]) expect([...src.searchParams.keys()]).not.toContain(key);
  // Its noscript link is the full calculator's, without the embed's keys.
  noEmbedKeys(code.match(/<noscript><a href="([^"]+)"/)[1].replaceAll("&amp;", "&"));
});

// Version 1 has no cloud tier choice, so its dialog has one input fewer than there are
// parameters: checking every box it offers must still be "every input" (inputs=all), not a list
// that leaves an empty "All parameters" disclosure in the embed. (Version 2: embed.spec.mjs.)
test("checking every input the dialog offers on a version 1 page writes inputs=all, and the embed has no disclosure", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialog = await openDialog(page, "v=1");
  for (const box of await dialog.locator("input[name=inputs]").all()) await box.check();
  const code = await dialog.locator("#embed-code").inputValue();
  const src = new URL(code.match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  expect.soft(src.searchParams.get("inputs")).toBe("all");
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.locator('[data-out="total"]')).toBeVisible();
  await expect.soft(preview.locator("details.all-params")).toHaveCount(0);
});

// The heading, standfirst and image address are applied when the field is left (change);
// while the reader is still typing, the preview measuring itself again (here: the dialog
// changes width) must not put back the field's last applied value. (The starting height field
// keeps a draft for this.)
test("what the reader is typing in the heading, standfirst or image address stays while the preview measures itself again", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const dialog = await openDialog(page);
  await previewSettled(page, dialog);
  const measured = dialog.locator("p[data-embed-height]");
  for (const [field, text, width] of [
    ["#embed-dek-text", "A standfirst typed while the preview reflows", 900],
    ["#embed-title-text", "A heading typed while the preview reflows", 1280],
    ["#embed-image-url", "https://news.example/graphics/cost.png", 900],
  ]) {
    const before = await measured.getAttribute("data-embed-height");
    await dialog.locator(field).click();
    await page.keyboard.type(text);
    // Still in the field: the preview changes width, reflows and reports a new height.
    await page.setViewportSize({ width, height: 900 });
    await expect(measured).not.toHaveAttribute("data-embed-height", before, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await expect.soft(dialog.locator(field), field).toHaveValue(text);
    await expect.soft(dialog.locator(field), field).toBeFocused();
    await dialog.locator(field).blur();
  }
});
