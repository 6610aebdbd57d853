// Shipped in the first load: kept short, explained in panic_screen.rs.
let last;
const remember = (event) => (last = event.target);
addEventListener("pointerdown", remember, true);
addEventListener("focusin", remember, true);
export function stop(title, text, reload, again) {
  const app = document.getElementById("app");
  if (app) app.inert = true;
  import(new URL("panic.js", document.baseURI).href).then((m) => m.stop(last, title, text, reload, again), () => 0);
}
