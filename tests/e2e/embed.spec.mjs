// Embedding, end to end: the Embed dialog's code pasted into an article served from ANOTHER
// origin (127.0.0.2) sizes its iframe to the content, after load and after the content grows,
// also inside sandbox="allow-scripts"; forged resize messages are ignored; every height message
// format is sent when it should be, naming the address the frame was loaded with even after an
// edit; frames of two calculator origins, each with its own embed.js, both size themselves;
// render flags render as documented; nothing is requested
// from any origin but the calculator's (and the host's own article page).
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

const RESIZE = "frontier-cost:resize";

/** Unchecks every panel but the headline (the total and capital). */
async function onlyTotal(dialog) {
  for (const box of await dialog.locator("input[name=show]:not([value=total])").all()) await box.uncheck();
}

/** Results only and just the headline: a short embed, quick to check. */
const resultsOnly = async (dialog) => {
  await onlyTotal(dialog);
  await dialog.locator('input[name=plain]').check();
};

/** Only the headline, with every parameter shown at once (`inputs=all`, no disclosure): a
 * tall frame, whose content can be made to grow. */
const headlineWithInputs = async (dialog) => {
  await onlyTotal(dialog);
  for (const box of await dialog.locator("input[name=inputs]").all()) await box.check();
};

for (const sandboxed of [false, true]) {
  const name = sandboxed ? ' inside sandbox="allow-scripts"' : "";
  test(`the dialog's code on another origin sizes the iframe to its content, after load and after growing${name}`, async ({
    page,
    baseURL,
    problems,
  }) => {
    const calculator = new URL(baseURL).origin;
    // The current edition (v=2): its dialog lists every input, so checking them all is `all`.
    let code = await codeFromDialog(page, headlineWithInputs, "v=2&preset=llama-3.1-405b");
    expect(code).toContain(`src="${calculator}/?v=2&amp;preset=llama-3.1-405b&amp;embed=1&amp;show=total&amp;inputs=all"`);
    expect(code).toContain(`<script src="${calculator}/embed.js" async></script>`);
    if (sandboxed) code = code.replace("<iframe ", '<iframe sandbox="allow-scripts" ');
    const host = await hostServer({ "/article.html": article(code) });
    try {
      problems.allow(new URL(host.url).origin);
      const requests = recordRequests(page);
      await page.goto(`${host.url}article.html`);
      const iframe = "iframe[data-frontier-cost]";
      const calc = page.frameLocator(iframe);
      await expect(calc.locator('[data-out="total"]')).toBeVisible();

      const loaded = await settles(page, iframe);
      await expect(calc.locator("details.all-params")).toHaveCount(0);
      // The content (headline and every parameter) is far taller than the code's height.
      expect(loaded.outer).toBeGreaterThan(1000);
      await noInnerScroll(loaded.frame);
      const origin = await loaded.frame.evaluate(() => self.origin);
      expect(origin).toBe(sandboxed ? "null" : calculator);
      // The stylesheets loaded (also from an opaque origin): the headline has its rule.
      const rule = await calc.locator(".headline-total").evaluate((e) => getComputedStyle(e).borderTopWidth);
      expect(rule).toBe("4px");

      // A field error grows the content: the iframe follows.
      await calc.locator('input[data-param="mfu"]').fill("250%");
      await expect(calc.locator(".field-error")).toBeVisible();
      const grown = await settles(page, iframe);
      expect(grown.outer).toBeGreaterThan(loaded.outer + 10);
      await noInnerScroll(grown.frame);

      // Nothing but the article page itself came from the host; the frame used only the
      // calculator's origin; no third party at all.
      const hostOrigin = new URL(host.url).origin;
      const origins = new Set(requests.map((request) => new URL(request.url()).origin));
      expect([...origins].sort()).toEqual([calculator, hostOrigin].sort());
      expect(requests.filter((r) => new URL(r.url()).origin === hostOrigin).map((r) => new URL(r.url()).pathname)).toEqual([
        "/article.html",
      ]);
      const fromFrame = requests.filter((r) => r.frame() === loaded.frame);
      expect(fromFrame.length).toBeGreaterThan(3);
      expect(fromFrame.every((r) => new URL(r.url()).origin === calculator)).toBe(true);
    } finally {
      host.server.close();
    }
  });
}

test("resize messages from another origin, another frame or the host page itself are ignored", async ({
  page,
  baseURL,
  problems,
}) => {
  const calculator = new URL(baseURL).origin;
  const code = await codeFromDialog(page, resultsOnly);
  // A second calculator embed (full results): each iframe takes only its own frame's height.
  const second = code
    .replace("&amp;show=total", "")
    .replace("data-frontier-cost", 'data-frontier-cost id="second"')
    .replace(/\n<script[^>]*><\/script>/, "");
  // An impostor on the host's origin, marked like ours, that claims heights for itself.
  const impostor = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><p>impostor</p>
<script>setInterval(() => parent.postMessage({ type: "${RESIZE}", height: 1234, v: 1 }, "*"), 50);</script>`;
  const host = await hostServer({
    "/article.html": article(
      code.replace("data-frontier-cost", 'data-frontier-cost id="first"'),
      `${second}\n<iframe id="impostor" src="/impostor.html" title="impostor" height="150" data-frontier-cost></iframe>`,
    ),
    "/impostor.html": impostor,
  });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}article.html`);
    await expect(page.frameLocator("#first").locator('[data-out="total"]')).toBeVisible();
    await expect(page.frameLocator("#second").locator('[data-out="cost_final_run"]')).toBeVisible();
    const first = await settles(page, "#first");
    const both = await settles(page, "#second");
    expect(both.outer).toBeGreaterThan(first.outer + 100);
    // The host page itself forges messages for the frames; the impostor keeps posting.
    await page.evaluate((type) => {
      for (const height of [77, 4321]) window.postMessage({ type, height, v: 1 }, "*");
    }, RESIZE);
    await page.waitForTimeout(600);
    expect((await heights(page, "#first")).outer).toBeCloseTo(first.outer, 0);
    expect((await heights(page, "#second")).outer).toBeCloseTo(both.outer, 0);
    // (clientHeight: the impostor keeps the browser's default iframe border.)
    expect(await page.locator("#impostor").evaluate((e) => e.clientHeight)).toBe(150);
    // The host script left no globals behind.
    const globals = await page.evaluate(() => Object.keys(window).filter((key) => /frontier|embed/i.test(key)));
    expect(globals).toEqual([]);
    expect(calculator).not.toBe(new URL(host.url).origin);
  } finally {
    host.server.close();
  }
});

test("the host script works when included twice and when it loads after the frame reported", async ({
  page,
  baseURL,
  problems,
}) => {
  const code = await codeFromDialog(page, resultsOnly);
  const [iframe, noscript, script] = code.split("\n");
  expect(iframe).toMatch(/^<iframe .*<\/iframe>$/);
  expect(noscript).toMatch(/^<noscript>.*<\/noscript>$/);
  expect(script).toMatch(/^<script src=".*\/embed\.js" async><\/script>$/);
  // Far shorter than the content (the compact headline is some 150 px tall).
  const short = iframe.replace(/height="\d+"/, 'height="60"').replace(/height:\d+px/, "height:60px");
  const host = await hostServer({
    "/twice.html": article(`${iframe}\n${noscript}\n${script}\n${script}`),
    "/late.html": article(`${short}\n${noscript}`),
  });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}twice.html`);
    await expect(page.frameLocator("iframe").locator('[data-out="total"]')).toBeVisible();
    await settles(page, "iframe");

    // Without the script, the frame's reports go unheard and it keeps the code's height.
    await page.goto(`${host.url}late.html`);
    await expect(page.frameLocator("iframe").locator('[data-out="total"]')).toBeVisible();
    await page.waitForTimeout(500);
    const { content, outer } = await heights(page, "iframe");
    expect(outer).toBe(60);
    expect(content).toBeGreaterThan(100);
    // The script arrives late, twice: it asks the frame for its height and sizes it.
    await page.evaluate((src) => {
      for (let i = 0; i < 2; i++) {
        const script = document.createElement("script");
        script.src = src;
        document.body.append(script);
      }
    }, new URL("embed.js", baseURL).href);
    await settles(page, "iframe");
  } finally {
    host.server.close();
  }
});

test("frames of two calculator origins on one page, each with its own embed.js, both size themselves", async ({
  page,
  baseURL,
  problems,
}) => {
  // Our copy and a newsroom's (or www. and the apex): 127.0.0.1 and localhost, one server.
  const ours = new URL(baseURL).origin;
  const theirs = `http://localhost:${new URL(baseURL).port}`;
  const frame = (origin, id) =>
    `<iframe id="${id}" src="${origin}/?v=1&amp;embed=1&amp;plain=1&amp;show=total" title="calculator ${id}" ` +
    `height="60" style="width:100%;height:60px;border:0"></iframe>`;
  const scripts = [ours, theirs].map((origin) => `<script src="${origin}/embed.js" async></script>`).join("\n");
  const host = await hostServer({
    "/two.html": article(`${frame(ours, "ours")}\n${frame(theirs, "theirs")}\n${scripts}`),
  });
  try {
    problems.allow(new URL(host.url).origin);
    problems.allow(theirs);
    await page.goto(`${host.url}two.html`);
    for (const id of ["ours", "theirs"]) {
      await expect(page.frameLocator(`#${id}`).locator('[data-out="total"]')).toBeVisible();
    }
    for (const id of ["#ours", "#theirs"]) {
      // From 60 px to the content's height (the compact headline, some 150 px).
      const { content, outer } = await settles(page, id);
      expect(content).toBeGreaterThan(100);
      expect(outer).toBeGreaterThan(100);
    }
  } finally {
    host.server.close();
  }
});

test("after an edit, the height messages still name the address the frame was loaded with", async ({
  page,
  baseURL,
  problems,
}) => {
  const src = `${baseURL}?v=1&embed=1&show=total&childId=calc-1`;
  const recorder = `<script>
    window.received = [];
    addEventListener("message", (e) => window.received.push(e.data));
  </script>`;
  const host = await hostServer({
    "/article.html": article(`${recorder}\n<iframe src="${src.replaceAll("&", "&amp;")}" title="calculator" height="300"></iframe>`),
  });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}article.html`);
    const calc = page.frameLocator("iframe");
    await expect(calc.locator('[data-out="total"]')).toBeVisible();
    const sent = () =>
      page.evaluate(() => ({
        embedly: window.received.filter((d) => typeof d === "string" && d.startsWith("{")).map((d) => JSON.parse(d).src),
        pym: window.received.filter((d) => typeof d === "string" && d.startsWith("pymxPYMx")),
      }));
    await expect.poll(async () => (await sent()).embedly.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await sent();
    expect(new Set(before.embedly)).toEqual(new Set([src]));

    // An edit: the frame's own address now carries the reader's value; then a field error
    // grows the content, and the frame reports its new height.
    await calc.locator('input[data-param="n"]').fill("54321");
    const inner = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => inner.url(), { timeout: 10_000 }).toContain("n=54321");
    // The utilisation waits behind "All parameters" (n is one of the inputs shown at once).
    await calc.locator("details.all-params > summary").click();
    await calc.locator('input[data-param="mfu"]').fill("250%");
    await expect(calc.locator(".field-error")).toBeVisible();
    await expect.poll(async () => (await sent()).embedly.length, { timeout: 10_000 }).toBeGreaterThan(before.embedly.length);
    const after = await sent();
    // Every message names the address the host gave the frame: never the reader's edits.
    expect(new Set(after.embedly)).toEqual(new Set([src]));
    expect(after.embedly.join(" ")).not.toContain("54321");
    // pym.js's id comes from that address too, so it keeps being sent.
    expect(after.pym.length).toBeGreaterThan(before.pym.length);
  } finally {
    host.server.close();
  }
});

test("height messages: ours, AMP and Embedly always; pym only with childId; WordPress only with a secret", async ({
  page,
  baseURL,
  problems,
}) => {
  const calc = `${baseURL}?embed=1&plain=1&show=total`;
  const recorder = `<script>
    window.received = [];
    addEventListener("message", (e) => {
      const from = [...document.querySelectorAll("iframe")].findIndex((f) => f.contentWindow === e.source);
      window.received.push({ from, origin: e.origin, data: e.data });
    });
  </script>`;
  const frames = `<iframe src="${calc}" title="plain" height="300"></iframe>
<iframe src="${calc}&childId=cost-calc_2#?secret=Ab12Cd34Ef" title="pym and WordPress" height="300"></iframe>`;
  const host = await hostServer({ "/article.html": article(`${recorder}\n${frames}`) });
  try {
    problems.allow(new URL(host.url).origin);
    await page.goto(`${host.url}article.html`);
    const calculator = new URL(baseURL).origin;
    const kinds = (received, from) => {
      const kinds = new Set();
      for (const { data } of received.filter((m) => m.from === from)) {
        if (data?.type === RESIZE) kinds.add("ours");
        else if (data?.sentinel === "amp" && data.type === "embed-size") kinds.add("amp");
        else if (typeof data === "string" && data.startsWith("{") && JSON.parse(data).context === "iframe.resize") kinds.add("embedly");
        else if (typeof data === "string" && data.startsWith("pymxPYMx")) kinds.add("pym");
        else if (data?.message === "height") kinds.add("wordpress");
        else kinds.add(`unexpected: ${JSON.stringify(data)}`);
      }
      return [...kinds].sort();
    };
    // Each frame's messages, every format it speaks, however long the frames take to load.
    const formats = (from) => page.evaluate(() => window.received).then((received) => kinds(received, from));
    await expect.poll(() => formats(0), { timeout: 10_000 }).toEqual(["amp", "embedly", "ours"]);
    await expect.poll(() => formats(1), { timeout: 10_000 }).toEqual(["amp", "embedly", "ours", "pym", "wordpress"]);
    // Then until the frames are quiet, so that the last message of each format is of one batch.
    let count = -1;
    const quiet = async () => {
      const now = await page.evaluate(() => window.received.length);
      const unchanged = now === count;
      count = now;
      return unchanged;
    };
    await expect.poll(quiet, { intervals: [250], timeout: 10_000 }).toBe(true);
    const received = await page.evaluate(() => window.received);
    expect(received.every((m) => m.origin === calculator)).toBe(true);
    // The formats carry the same height, as each consumer expects it.
    const last = (predicate) => received.filter((m) => m.from === 1 && predicate(m.data)).at(-1).data;
    const ours = last((d) => d?.type === RESIZE);
    expect(ours.v).toBe(1);
    expect(Number.isInteger(ours.height) && ours.height > 100 && ours.height < 10000).toBe(true);
    expect(last((d) => d?.sentinel === "amp").height).toBe(ours.height);
    const embedly = JSON.parse(last((d) => typeof d === "string" && d.startsWith("{")));
    expect(embedly).toEqual({ src: `${calc}&childId=cost-calc_2#?secret=Ab12Cd34Ef`, context: "iframe.resize", height: ours.height });
    expect(last((d) => typeof d === "string" && d.startsWith("pym"))).toBe(`pymxPYMxcost-calc_2xPYMxheightxPYMx${ours.height}`);
    expect(last((d) => d?.message === "height")).toEqual({ message: "height", value: ours.height, secret: "Ab12Cd34Ef" });
    // The native sizing hint is in the calculator's head.
    const meta = await page.frames()[1].evaluate(() => !!document.querySelector('head meta[name="responsive-embedded-sizing"]'));
    expect(meta).toBe(true);
  } finally {
    host.server.close();
  }
});

test("dark=true renders dark, transparent=1 clear, plain=1 without inputs, show= only the chosen panels", async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openCalculator(page, "embed=1&dark=true&plain=1&show=total~figures&childId=x&initialWidth=500&v=1&foo=bar");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(17, 19, 21)");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("[data-param]")).toHaveCount(0);
  await expect(page.locator(".inputs")).toHaveCount(0);
  await expect(page.locator(".masthead, .site-footer")).toHaveCount(0);
  await expect(page.locator('[data-out="cost_final_run"]')).toBeVisible();
  await expect(page.locator(".breakdown")).toHaveCount(0);
  // Attribution: the same calculation in the full calculator, without render flags or noise.
  const full = page.locator("[data-full-calculator]");
  await expect(full).toHaveText(/Open in full calculator ↗/);
  // The same calculation, written by the link codec, without flags or unknown keys.
  await expect(full).toHaveAttribute("href", `${baseURL}?v=1&preset=llama-3.1-405b`);
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", "noopener");

  await openCalculator(page, "embed=1&transparent=1&dark=false");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
  await expect(page.locator("[data-param]").first()).toBeVisible();
  await expect(page.locator(".breakdown")).toBeVisible();

  // dark=auto follows the reader's setting.
  await page.emulateMedia({ colorScheme: "dark" });
  await openCalculator(page, "embed=1&dark=auto");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(17, 19, 21)");

  // A bad flag value keeps the default and says so.
  await openCalculator(page, "embed=1&dark=purple");
  await expect(page.locator('[data-notice-key="dark"]')).toContainText("purple");
});

test("the Embed dialog: keyboard, options, live preview that sizes itself, one-click copy", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
  await openCalculator(page, "v=1");
  const open = page.locator("[data-embed-open]");
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Embed this calculator" });
  await expect(dialog).toBeVisible();
  // A new embed shows the total, where the money goes and who can afford it.
  await expect(dialog.locator("#embed-code")).toHaveValue(/^<iframe src="[^"]*&amp;embed=1&amp;show=total~breakdown~barrier" /);
  await expect(dialog.locator("input[name=show]:checked")).toHaveCount(3);

  await dialog.getByLabel("Dark").check();
  await dialog.getByLabel("Transparent background").check();
  await dialog.getByLabel("Results only (hide the parameters)").check();
  await dialog.getByLabel("Key figures").uncheck();
  for (const panel of ["barrier", "ladder", "trajectory", "uncertainty", "sensitivity", "scenarios"]) {
    await dialog.locator(`input[name=show][value=${panel}]`).uncheck();
  }
  // The last panel shown cannot be turned off.
  await dialog.getByLabel("Where the money goes").uncheck();
  await expect(dialog.getByLabel("Total and capital")).toBeDisabled();
  await dialog.getByLabel("Frame only").check();

  const code = await dialog.locator("#embed-code").inputValue();
  const origin = new URL(baseURL).origin;
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="${origin}/\\?v=1&amp;preset=llama-3.1-405b&amp;embed=1&amp;dark=true&amp;transparent=1&amp;plain=1&amp;show=total" ` +
        `title="What does it cost to build a frontier AI model\\?" loading="lazy" ` +
        `allow="clipboard-write; web-share; fullscreen" height="(\\d+)" ` +
        `style="width:100%;height:\\1px;border:0" data-frontier-cost></iframe>\\n` +
        `<noscript><a href="${origin}/\\?v=1&amp;preset=llama-3.1-405b"><img src="frontier-cost-llama-3.1-405b.png" ` +
        `alt="[^"<>]+\\." width="672" height="\\1" style="max-width:100%;height:auto"></a></noscript>$`,
    ),
  );

  // The preview is the embed itself, on this origin, and it sizes itself.
  const preview = dialog.locator("iframe.embed-preview");
  await expect(preview).toHaveAttribute("src", `${baseURL}?v=1&preset=llama-3.1-405b&embed=1&dark=true&transparent=1&plain=1&show=total`);
  const frame = page.frameLocator("iframe.embed-preview");
  await expect(frame.locator('[data-out="total"]')).toBeVisible();
  await expect(frame.locator("[data-param]")).toHaveCount(0);
  await expect
    .poll(async () => {
      const outer = await preview.evaluate((e) => e.getBoundingClientRect().height);
      const content = await frame.locator(".app").evaluate((e) => Math.ceil(e.getBoundingClientRect().bottom + scrollY));
      return Math.abs(outer - content);
    })
    .toBeLessThanOrEqual(3);
  // The code's starting height follows the measurement (rounded up to 10 px).
  const measured = Number(await preview.getAttribute("height"));
  await expect(dialog.locator("#embed-code")).toHaveValue(new RegExp(`height="${Math.ceil(measured / 10) * 10}"`));
  await dialog.getByLabel("Starting height").fill("480");
  await dialog.getByLabel("Starting height").press("Tab");
  await expect(dialog.locator("#embed-code")).toHaveValue(/height="480" style="width:100%;height:480px;border:0"/);

  await dialog.getByLabel("Frame and resizing script (recommended)").check();
  const withScript = await dialog.locator("#embed-code").inputValue();
  expect(withScript).toMatch(new RegExp(`</iframe>\\n<noscript>.*</noscript>\\n<script src="${origin}/embed.js" async></script>$`));

  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withScript);
  // Any change clears the confirmation.
  await dialog.getByLabel("Light").check();
  await expect(dialog.getByRole("status")).toHaveText("");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // The close button too.
  await open.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test("oEmbed, Open Graph, Twitter card and canonical link; a 1200×630 social image", async ({ page, request }) => {
  await openCalculator(page);
  const head = page.locator("head");
  const oembedHref = await head.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  await expect(head.locator('link[rel="canonical"]')).toHaveCount(1);
  const meta = async (property) => head.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute("content");
  expect(await meta("og:title")).toBe("What does it cost to build a frontier AI model?");
  expect(await meta("og:type")).toBe("website");
  expect(await meta("og:image:width")).toBe("1200");
  expect(await meta("og:image:height")).toBe("630");
  expect((await meta("og:image:alt")).length).toBeGreaterThan(20);
  expect(await meta("twitter:card")).toBe("summary_large_image");

  const oembed = await (await request.get(new URL(oembedHref, page.url()).href)).json();
  expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: "What does it cost to build a frontier AI model?" });
  expect(oembed.width).toBeGreaterThan(0);
  expect(oembed.height).toBeGreaterThan(0);
  expect(oembed.html).toContain('loading="lazy" allow="clipboard-write; web-share; fullscreen"');
  // A new embed names the latest version (a link with keys but no `v` is version 1).
  expect(oembed.html).toMatch(/^<iframe src="[^"]*\?v=2&amp;embed=1" title="[^"]+"/);
  expect(oembed.html).toMatch(/<script src="[^"]*embed\.js" async><\/script>$/);

  const image = await request.get(new URL(await meta("og:image"), page.url()).href);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeLessThan(60_000);
});

/** Every control shown with the results (fields, menus, switches, buttons); the full page's
 * masthead (language, currency, Share, Export, Embed) is page chrome, not results, and the
 * results themselves take focus only to show their exact values. */
const visibleControls = (page) =>
  page.$$eval("input, select, textarea, button, [contenteditable]", (nodes) =>
    nodes
      .filter((node) => !node.closest(".masthead") && node.checkVisibility({ visibilityProperty: true }))
      .map((node) => node.dataset.param || node.dataset.download || node.className || node.tagName),
  );

test("plain=1 is results only: no switch, field, menu or button, with or without embed=1", async ({ page }) => {
  // Uncertainty on (its switch and ranges) and a pinned scenario (its pin, load and remove buttons).
  for (const query of ["v=1&embed=1&plain=1&unc=1&s1=Big~gpt-4", "v=1&plain=1&unc=1&s1=Big~gpt-4"]) {
    await openCalculator(page, query);
    await expect(page.locator('[data-out="total_p50"]')).toBeAttached();
    await expect(page.locator(".scenarios .scenario-name")).toHaveText(["Big"]);
    await page.locator(".ranges summary").click({ timeout: 1000 }).catch(() => {});
    expect(await visibleControls(page), query).toEqual([]);
  }
  // Without plain=1 the same embed keeps its controls.
  await openCalculator(page, "v=1&embed=1&unc=1&s1=Big~gpt-4");
  expect(await visibleControls(page)).toContain("unc");
});
