// The page's loader, a classic script (the template of boot-<hash>.js, filled in by
// scripts/post-build.mjs): starts the app's module (after the first paint of a pre-rendered
// page) and, when the app cannot start, has startup-failed-<hash>.js say why instead of
// "Loading…" forever. Classic and ES5 on purpose:
// a module script cannot catch its own import failing, and a browser too old for modules must
// still be told. Kept small (it is in every first load): the message's texts load on failure.
(function () {
  var doc = document;
  var here = doc.currentScript ? doc.currentScript.src : doc.baseURI;
  // Filled in at build time: the app's module and the failure message's script.
  var START = "__START__";
  var FAILED = "__FAILED__";
  var failed = false;
  var embed = /[?&]embed=1(&|#|$)/.test(location.search) || window.self !== window.top;

  // Addresses beside the loader's own (a pre-rendered page may be in a folder).
  function at(path) {
    return here.replace(/[^/]*$/, "") + path;
  }

  // kind: what failed ("wasm", "old", "load", "slow"); error: the error, if any. The message's
  // script checks that the app has not rendered after all (or panicked: its own screen).
  function fail(kind, error) {
    if (failed) return;
    failed = true;
    var script = doc.createElement("script");
    script.src = at(FAILED);
    script.setAttribute("data-kind", kind);
    script.setAttribute("data-error", error ? String(error) : "");
    // When even that cannot load, a line in both languages.
    script.onerror = function () {
      var line = doc.querySelector("#app .loading");
      if (line) line.textContent = "The calculator could not start. · 计算器无法启动。";
    };
    doc.head.appendChild(script);
  }

  if (typeof WebAssembly !== "object") return fail("wasm");
  if (!("noModule" in doc.createElement("script"))) return fail("old");
  addEventListener("frontier-cost-failed", function (event) {
    fail("load", event.detail);
  });
  var started = false;
  // The app's module, glue and wasm, preloaded together (the html keeps them in an inert
  // <template>, see scripts/post-build.mjs; a pending page's check has put them in the head
  // already), then the module itself.
  function start() {
    if (started) return;
    started = true;
    var preloads = doc.getElementById("fc-preloads");
    if (preloads && preloads.content) doc.head.appendChild(preloads.content.cloneNode(true));
    var script = doc.createElement("script");
    script.type = "module";
    script.src = at(START);
    script.onerror = function () {
      fail("load");
    };
    doc.head.appendChild(script);
    setTimeout(function () {
      if (doc.documentElement.getAttribute("data-app") !== "ready") fail("slow");
    }, 20000);
    // The browser's first number format loads its locale data (20–30 ms here on 2026-12-04,
    // four times that on a phone): done while the app downloads, not in the app's first render.
    setTimeout(function () {
      new Intl.NumberFormat().format(0);
    });
  }
  // A pre-rendered page showing its own state is readable already: its first paint goes first,
  // not after the app's 240 KB (on a phone's bandwidth, a second sooner). Any other page (the
  // link's numbers pending, no markup, a tab in the background that never paints) starts now.
  var paintFirst =
    doc.querySelector('meta[name="frontier-cost-state"]') &&
    !/(^|\s)fc-pending(\s|$)/.test(doc.documentElement.className) &&
    doc.visibilityState !== "hidden";
  var timing = window.performance;
  if (!paintFirst || (timing && timing.getEntriesByType && timing.getEntriesByType("paint").length)) {
    start();
  } else {
    // Should no paint ever be reported (hidden meanwhile, an observer that fails), no later.
    setTimeout(start, 3000);
    var after = function () {
      setTimeout(start, 0);
    };
    try {
      var types = PerformanceObserver.supportedEntryTypes;
      if (!types || types.indexOf("paint") < 0) throw types;
      var observer = new PerformanceObserver(function () {
        observer.disconnect();
        after();
      });
      observer.observe({ type: "paint", buffered: true });
    } catch (none) {
      // No paint timing: the frame after the next one is painted.
      requestAnimationFrame(after);
    }
  }

  // Offline once loaded (sw.js): the full page only, over http(s); any failure is ignored.
  // Once the app has started and the page has loaded: the app's files are in the HTTP cache
  // then, where the worker's precache finds them (a pre-rendered page's load can come before
  // they are even asked for: registered then, the worker downloaded them a second time).
  if (!embed && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    var register = function () {
      navigator.serviceWorker.register(at("sw.js")).then(null, function () {});
    };
    addEventListener("frontier-cost-started", function () {
      if (doc.readyState === "complete") register();
      else addEventListener("load", register);
    });
  }
})();
