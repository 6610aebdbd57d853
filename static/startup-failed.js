// The message of a page whose app cannot start (the template of startup-failed-<hash>.js,
// filled in by scripts/post-build.mjs), loaded by the loader (static/boot.js) only then: what
// probably happened, in English and Chinese, with links to the pre-rendered page nearest to the
// link and to the methodology. Classic and ES5, like the loader; DOM texts only, nothing from
// the address is ever parsed as markup.
(function () {
  var doc = document;
  var root = doc.documentElement;
  var self = doc.currentScript;
  var here = self.src;
  // Filled in at build time: the pre-rendered pages ("gpt-4/", "zh/", "zh/gpt-4/"…).
  var PAGES = "__PAGES__";
  var kind = self.getAttribute("data-kind");
  var error = self.getAttribute("data-error");
  var embed = /[?&]embed=1(&|#|$)/.test(location.search) || window.self !== window.top;
  var app = doc.getElementById("app");
  // Rendered after all, or stopped by a panic at start-up, which has its own screen.
  if (root.getAttribute("data-app") === "ready" || (app && (app.inert || doc.getElementById("panic-screen")))) return;
  root.setAttribute("data-app", "failed");

  // Texts: [English, Chinese].
  var CAUSES = {
    wasm: [
      "This browser does not run WebAssembly: it may be turned off (Lockdown Mode, an enhanced security setting or a policy).",
      "此浏览器未运行WebAssembly：它可能已被关闭（锁定模式、增强安全设置或管理策略）。",
    ],
    old: [
      "This browser is too old for the calculator: update it or try another one.",
      "此浏览器版本过旧，无法运行计算器：请更新或换用其他浏览器。",
    ],
    blocked: [
      "WebAssembly is blocked on this page (a security policy without 'wasm-unsafe-eval', or a browser setting).",
      "此页面阻止了WebAssembly（安全策略缺少'wasm-unsafe-eval'，或浏览器设置）。",
    ],
    cors: [
      "The host did not let this frame load the calculator's files: in a sandboxed frame they need CORS headers.",
      "托管网站不允许此框架加载计算器的文件：沙盒框架中需要CORS响应头。",
    ],
    load: [
      "Its files could not be loaded: a network problem, or a host that lacks them or serves them with the wrong type.",
      "无法加载其文件：网络问题，或服务器缺少这些文件或以错误的类型提供。",
    ],
    slow: [
      "It is taking too long to start: the connection may be slow or interrupted.",
      "启动时间过长：网络连接可能缓慢或中断。",
    ],
  };
  // A load failing: the likeliest cause from the error. An opaque origin (a sandboxed frame)
  // fetches every file with CORS; a policy refusing WebAssembly names itself in the message.
  if (kind === "load") {
    if (/unsafe-eval|Content.Security|CSP|Refused to compile|EvalError/i.test(error)) kind = "blocked";
    else if (window.origin === "null" && !/^(CompileError|LinkError)/.test(error)) kind = "cors";
  }
  var texts = CAUSES[kind] || CAUSES.load;

  // The link's state: its query, else the state a pre-rendered page names.
  var meta = doc.querySelector('meta[name="frontier-cost-state"]');
  var state = location.search || (meta ? "?" + meta.getAttribute("content").replace(/^\?/, "") : "");
  function query(key) {
    var match = new RegExp("[?&]" + key + "=([^&#]*)").exec(state);
    try {
      return match ? decodeURIComponent(match[1]) : "";
    } catch (e) {
      return "";
    }
  }
  // The pre-rendered page nearest to the link: its preset's in its language, else the default.
  function nearest() {
    var lang = query("lang") || (/^zh/i.test(root.lang) ? "zh" : "");
    var prefix = lang === "zh" ? "zh/" : "";
    var preset = query("preset");
    for (var i = 0; i < PAGES.length; i++) if (preset && PAGES[i] === prefix + preset + "/") return PAGES[i];
    for (var j = 0; j < PAGES.length; j++) if (PAGES[j] === prefix) return prefix;
    return "";
  }

  function element(tag, text, className) {
    var node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function paragraph(lang, title, text) {
    var p = element("p");
    p.lang = lang;
    p.appendChild(element("strong", title));
    p.appendChild(doc.createTextNode(" " + text));
    return p;
  }
  function link(path, en, zh) {
    var a = element("a", en + " · " + zh);
    a.href = here.replace(/[^/]*$/, "") + path;
    // From an embed the reader goes to the full page, out of the frame.
    if (embed) a.target = "_blank";
    return a;
  }

  var box = element("div", "", "startup-failed");
  box.setAttribute("role", "alert");
  box.appendChild(paragraph("en", "The calculator could not start.", texts[0]));
  box.appendChild(paragraph("zh", "计算器无法启动。", texts[1]));
  var links = box.appendChild(element("p", "", "startup-failed-links"));
  var figures = link(nearest(), "The figures without the calculator", "无需计算器的数据页面");
  // Not on the very page it would link to (a pre-rendered page shows its figures already).
  if (location.search || figures.href !== location.href.replace(/#.*/, "")) links.appendChild(figures);
  links.appendChild(link("methodology.html", "Methodology", "计算方法"));

  // In place of the loading line (or of the pending values' page, above them).
  var loading = doc.querySelector("#app .loading");
  if (loading) loading.parentNode.replaceChild(box, loading);
  else if (app) app.insertBefore(box, app.firstChild);
  else doc.body.appendChild(box);
})();
