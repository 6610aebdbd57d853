// The panic screen, loaded only after the app has panicked (src/panic_screen.rs has made it
// inert already): it stops visibly and says so where the reader is. A module of its own, so
// that readers whose calculator never panics never download it; script, because the wasm
// that panicked is in no state to be trusted. Texts come from the app's translations and are
// set with textContent only.

/** `last` is the element the reader last pressed or focused (none: the panic came without an
 * action of theirs, from the link itself); the texts are in the page's language. */
export function stop(last, title, text, reload, again) {
  const app = document.getElementById("app");
  if (!app || document.getElementById("panic-screen")) return;
  // Dimmed, and no number passes for current: "abort" only throws out of the code that
  // panicked, so the app may still draw results (a simulation arriving); they are marked too.
  app.classList.add("is-stopped");
  const mark = () => {
    for (const output of app.querySelectorAll("[data-out]:not([data-stopped])")) output.dataset.stopped = "";
  };
  mark();
  new MutationObserver(mark).observe(app, { childList: true, subtree: true });

  const element = (tag, content, id) => {
    const node = document.createElement(tag);
    node.textContent = content;
    if (id) node.id = `panic-${id}`;
    return node;
  };
  const screen = element("div", "", "screen");
  screen.className = "panic-screen";
  screen.setAttribute("role", "alertdialog");
  screen.setAttribute("aria-labelledby", screen.appendChild(element("h2", title, "title")).id);
  screen.setAttribute("aria-describedby", screen.appendChild(element("p", text, "text")).id);
  // Reload: the same address, a plain link (nothing reloads by itself). Start again: the
  // address without its query, the way out when the link itself causes the panic.
  const start = new URL(location.href);
  start.search = "";
  start.hash = "";
  const acted = app.contains(last);
  const links = [
    [reload, location.href],
    [again, start.href],
  ].map(([label, href]) => {
    const link = element("a", label);
    link.href = href;
    link.className = "button";
    return link;
  });
  // After an action of the reader, reloading is the likely fix; with none, reloading the
  // link would only panic again.
  if (!acted) links.reverse();
  links[0].classList.add("button-primary");
  const actions = screen.appendChild(element("p", "", "actions"));
  actions.className = "panic-actions";
  actions.append(...links);
  document.body.append(screen);

  // Where the reader is: at what they last touched, else at the top of the view; never below
  // the content, so that a frame sized to it keeps its height. In a frame thousands of pixels
  // tall only the host page scrolls: scrollIntoView moves it only if the message is out of view.
  const y = scrollY;
  const bottom = app.getBoundingClientRect().bottom + y;
  const wanted = acted ? last.getBoundingClientRect().top + y : y;
  screen.style.top = `${Math.max(0, Math.min(wanted, bottom - screen.offsetHeight))}px`;
  screen.scrollIntoView({ block: "nearest" });
  // The reader's focus was in the app, now inert: it moves to the message.
  if (acted) links[0].focus();
}
