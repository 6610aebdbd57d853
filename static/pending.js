// Pre-rendered pages (scripts/prerender.mjs): before the first paint, marks the page pending
// when its address asks for another state than the one its markup shows, so that no number
// of another state is ever seen; the app removes the mark when it renders (lib.rs mark_ready).
// Such a page also downloads the app's files at once (see below).
(function () {
  var meta = document.querySelector('meta[name="frontier-cost-state"]');
  if (!meta) return;
  var own = meta.getAttribute("content") || "";
  var query = location.search.replace(/^\?/, "");
  var sorted = function (q) {
    return q.split("&").filter(Boolean).sort().join("&");
  };
  var pending = false;
  if (query) {
    pending = sorted(query) !== sorted(own);
  } else if (!own) {
    // The bare default page follows the browser's language (Lang::from_browser): English here.
    var tags = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === "zh") pending = true;
      if (primary === "zh" || primary === "en") break;
    }
  }
  if (!pending) return;
  var root = document.documentElement;
  root.classList.add("fc-pending");
  // An embed's layout is not the page's: none of the page's markup shows in its frame.
  if (/(^|&)embed=1(&|$)/.test(query)) root.classList.add("fc-embed-pending");
  // Only the app can show this page's numbers: its files now, while the html is parsed, not
  // after the first paint (static/boot.js; the template is right before this script).
  // (Not where the loader will say that the app cannot run: no WebAssembly.)
  var preloads = document.getElementById("fc-preloads");
  if (preloads && preloads.content && typeof WebAssembly === "object") {
    document.head.appendChild(preloads.content.cloneNode(true));
    preloads.parentNode.removeChild(preloads);
  }
  // Hidden by the styles already; once parsed, nothing readable (text, tooltips, attributes,
  // fields) says the markup's numbers either.
  document.addEventListener("DOMContentLoaded", function () {
    if (!root.classList.contains("fc-pending")) return;
    var app = document.getElementById("app");
    if (!app) return;
    app.setAttribute("aria-busy", "true");
    var outs = app.querySelectorAll("[data-out]");
    for (var j = 0; j < outs.length; j++) {
      outs[j].setAttribute("data-value", "");
      outs[j].removeAttribute("title");
      outs[j].textContent = "";
    }
    var fields = app.querySelectorAll("input, textarea");
    for (var k = 0; k < fields.length; k++) {
      fields[k].value = "";
      fields[k].removeAttribute("value");
      fields[k].removeAttribute("aria-valuetext");
    }
  });
})();
