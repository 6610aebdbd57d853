/*! Frontier AI cost calculator: sizes embedded calculator iframes to their content.
 * Include once, anywhere, after or before the iframes:
 *   <script src="(the calculator’s address)/embed.js" async></script>
 * No dependencies, no globals, no requests, no cookies. Idempotent per calculator origin: a
 * second copy from the same origin does nothing, one from another origin (a newsroom's own
 * copy of the calculator beside ours, www. and apex) sizes that origin's frames.
 *
 * A message resizes an iframe only when all of these hold:
 * - it is our resize message: {type: "frontier-cost:resize", height, v: 1}, 0 < height < 10000;
 * - it comes from that iframe's own window (e.source === iframe.contentWindow), so no other
 *   frame or script on the page can resize it;
 * - the iframe shows the calculator: its src has the origin this script was loaded from (or,
 *   when that is unknown, the iframe carries the data-frontier-cost marker);
 * - e.origin is the calculator's origin. A frame sandboxed without allow-same-origin (as
 *   WordPress embeds untrusted content) has an opaque origin and posts with origin "null";
 *   for such an iframe "null" is accepted instead, because the sender is already pinned by
 *   e.source to the frame this page itself pointed at the calculator. The worst a page
 *   navigated inside that frame could do is give that one frame a height below 10000 px.
 *
 * It also passes the host's theme and language to the frames: a calculator iframe's
 * data-dark="true"|"false" and lang="en"|"zh" attributes are sent to the frame once it has
 * reported its height, and again whenever they change, as {type: "frontier-cost:theme",
 * dark: true|false} and {type: "frontier-cost:lang", lang}, posted to the calculator's origin
 * only ("*" for a sandboxed frame, which has none). The frame obeys only its parent window.
 */
(function () {
  "use strict";
  var RESIZE = "frontier-cost:resize";
  var REQUEST = "frontier-cost:request-height";
  var MARKER = "data-frontier-cost";
  var THEME = "frontier-cost:theme";
  var LANG = "frontier-cost:lang";
  var MAX_HEIGHT = 10000;

  var script = document.currentScript;
  var calculatorOrigin = null;
  try {
    if (script && script.src) calculatorOrigin = new URL(script.src, location.href).origin;
  } catch (error) {
    calculatorOrigin = null;
  }

  // Once per page and calculator origin, however many times the script is included: the
  // guard holds the origins whose copy already listens ("" for a copy of unknown origin,
  // which sizes the marked frames). Not enumerable, so no global shows.
  var guard = typeof Symbol === "function" ? Symbol.for("frontier-cost.embed.js/origins") : "__frontierCostEmbedJsOrigins";
  var origins = window[guard];
  if (!origins || typeof origins !== "object") {
    try {
      Object.defineProperty(window, guard, { value: Object.create(null) });
    } catch (error) {
      return;
    }
    origins = window[guard];
  }
  var key = calculatorOrigin || "";
  if (origins[key]) return;
  origins[key] = true;

  function srcOrigin(iframe) {
    try {
      return new URL(iframe.getAttribute("src") || "", location.href).origin;
    } catch (error) {
      return null;
    }
  }

  function isCalculator(iframe) {
    var origin = srcOrigin(iframe);
    if (!origin || origin === "null") return false;
    return calculatorOrigin ? origin === calculatorOrigin : iframe.hasAttribute(MARKER);
  }

  // Sandboxed without allow-same-origin: the frame's documents have an opaque origin.
  function isOpaque(iframe) {
    if (!iframe.hasAttribute("sandbox")) return false;
    return !/(^|\s)allow-same-origin(\s|$)/i.test(iframe.getAttribute("sandbox") || "");
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  // Sends an iframe's data-dark or lang attribute, when it says something the frame knows.
  function tell(iframe, name) {
    var value = iframe.getAttribute(name);
    var message = null;
    if (name === "data-dark") {
      if (value === "true" || value === "false") message = { type: THEME, dark: value === "true" };
    } else {
      value = String(value).toLowerCase().split("-")[0];
      if (value === "en" || value === "zh") message = { type: LANG, lang: value };
    }
    if (message && iframe.contentWindow) {
      iframe.contentWindow.postMessage(message, isOpaque(iframe) ? "*" : srcOrigin(iframe));
    }
  }

  // The frames told since their page loaded: the first report of a new page gets both values.
  var told = typeof WeakMap === "function" ? new WeakMap() : null;
  document.addEventListener(
    "load",
    function (event) {
      if (told && event.target && event.target.tagName === "IFRAME") told["delete"](event.target);
    },
    true
  );
  if (typeof MutationObserver === "function") {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var target = records[i].target;
        if (target.tagName === "IFRAME" && isCalculator(target)) tell(target, records[i].attributeName);
      }
    }).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-dark", "lang"] });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== RESIZE) return;
    var height = data.height;
    if (typeof height !== "number" || !(height > 0 && height < MAX_HEIGHT)) return;
    var iframe = event.source ? frameOf(event.source) : null;
    if (!iframe || !isCalculator(iframe)) return;
    var expected = isOpaque(iframe) ? "null" : srcOrigin(iframe);
    if (event.origin !== expected) return;
    if (told && !told.has(iframe)) {
      told.set(iframe, true);
      tell(iframe, "data-dark");
      tell(iframe, "lang");
    }
    var css = Math.ceil(height) + "px";
    if (iframe.style.height !== css) iframe.style.height = css;
  });

  // Frames that reported their height before this script ran are asked again. The request
  // carries nothing; "*" because a sandboxed or still-loading frame has no origin to name.
  function ask() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (isCalculator(frames[i]) && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: REQUEST }, "*");
      }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
})();
