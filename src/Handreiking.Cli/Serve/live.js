// Live reload for `handreiking serve` only; never part of a built site.
// Reloads the page after a successful rebuild and shows content problems in an overlay.
(() => {
  "use strict";
  const source = new EventSource("/__live");
  let overlay = null;

  function ensureStyles() {
    if (document.querySelector("link[data-live-reload]")) return;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/__live.css";
    link.dataset.liveReload = "";
    document.head.append(link);
  }

  function hide() {
    overlay?.remove();
    overlay = null;
  }

  function show(problems) {
    ensureStyles();
    hide();
    overlay = document.createElement("div");
    overlay.className = "hr-live-overlay";
    overlay.setAttribute("role", "alert");
    const title = document.createElement("h2");
    title.textContent = problems.title;
    const note = document.createElement("p");
    note.textContent = problems.note;
    const list = document.createElement("ul");
    for (const message of problems.messages) {
      const item = document.createElement("li");
      item.textContent = message;
      list.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = problems.close;
    close.addEventListener("click", hide);
    overlay.append(title, note, list, close);
    document.body.append(overlay);
  }

  source.addEventListener("reload", () => location.reload());
  source.addEventListener("failed", (event) => show(JSON.parse(event.data)));
  source.addEventListener("ok", hide);
})();
