// The checklist library's pages: the print button, the checklist builder and the quick scan.
// No inline scripts or styles (strict CSP), no requests, no storage: a builder's choice and a
// scan's answers live in the address after the "#", which browsers never send to a server.
(() => {
  "use strict";

  const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
  const readHash = () => new URLSearchParams(location.hash.slice(1));
  const writeHash = (params) => {
    const hash = params.toString();
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
  };

  // ---- print buttons ----------------------------------------------------------------------
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }

  // ---- checklist builder ------------------------------------------------------------------
  // Address: #titel=…&p=stap-3-organisaties-in-de-wijk.2&p=~Eigen punt …, in the list's order.
  // A reference is a checklist's id and the point's number in it; "~" starts a point of one's own.
  const builder = document.querySelector("[data-builder]");
  if (builder) {
    const strings = JSON.parse(builder.dataset.strings);
    const boxes = [...builder.querySelectorAll("[data-builder-item]")];
    const byRef = new Map(boxes.map((box) => [box.value, box]));
    const textOf = (entry) => (entry.own !== undefined ? entry.own : byRef.get(entry.ref).labels[0].textContent);
    const titleInput = builder.querySelector("[data-builder-title]");
    const chosen = builder.querySelector("[data-builder-chosen]");
    const empty = builder.querySelector("[data-builder-empty]");
    const count = builder.querySelector("[data-builder-count]");
    const status = builder.querySelector("[data-builder-status]");
    const link = builder.querySelector("[data-builder-link]");
    const ownForm = builder.querySelector("[data-builder-own]");
    const ownInput = ownForm.querySelector("input");
    const filter = builder.querySelector("[data-builder-filter]");
    const filterStatus = builder.querySelector("[data-builder-filter-status]");
    const sheet = document.querySelector("[data-builder-sheet]");

    let entries = [];
    const initial = readHash();
    titleInput.value = initial.get("titel") || "";
    for (const value of initial.getAll("p")) {
      if (value.startsWith("~") && value.length > 1) entries.push({ own: value.slice(1, 301) });
      else if (byRef.has(value) && !entries.some((e) => e.ref === value)) entries.push({ ref: value });
    }

    const announce = (message) => {
      // A change of text is what a live region reads; clear first so the same message is read again.
      status.textContent = "";
      window.setTimeout(() => { status.textContent = message; }, 50);
    };

    const save = () => {
      const params = new URLSearchParams();
      if (titleInput.value.trim()) params.set("titel", titleInput.value.trim());
      for (const entry of entries) params.append("p", entry.own !== undefined ? `~${entry.own}` : entry.ref);
      writeHash(params);
      link.value = location.href;
    };

    const tool = (action, index, symbol, label) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "utrecht-button utrecht-button--secondary-action hr-builder__tool";
      button.dataset.action = action;
      button.dataset.index = String(index);
      const icon = document.createElement("span");
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = symbol;
      const name = document.createElement("span");
      name.className = "hr-visually-hidden";
      name.textContent = label;
      button.append(icon, name);
      return button;
    };

    const render = (focus) => {
      chosen.replaceChildren(...entries.map((entry, index) => {
        const item = document.createElement("li");
        item.className = "hr-builder__entry";
        const text = document.createElement("span");
        text.className = "hr-builder__entry-text";
        text.textContent = textOf(entry);
        if (entry.own !== undefined) {
          const mark = document.createElement("span");
          mark.className = "hr-builder__own-mark";
          mark.textContent = ` (${strings.builder_own_item})`;
          text.append(mark);
        }
        const tools = document.createElement("span");
        tools.className = "hr-builder__tools";
        const label = textOf(entry);
        if (index > 0) tools.append(tool("up", index, "↑", format(strings.builder_move_up, label)));
        if (index < entries.length - 1) tools.append(tool("down", index, "↓", format(strings.builder_move_down, label)));
        tools.append(tool("remove", index, "×", format(strings.builder_remove, label)));
        item.append(text, tools);
        return item;
      }));
      const refs = new Set(entries.map((e) => e.ref).filter(Boolean));
      for (const box of boxes) box.checked = refs.has(box.value);
      empty.hidden = entries.length > 0;
      count.textContent = `(${format(entries.length === 1 ? strings.builder_count_one : strings.builder_count_other, entries.length)})`;

      const title = titleInput.value.trim() || strings.builder_default_title;
      sheet.querySelector("[data-builder-sheet-title]").textContent = title;
      sheet.querySelector("[data-builder-sheet-items]").replaceChildren(...entries.map((entry) => {
        const item = document.createElement("li");
        item.className = "hr-sheet__item";
        const box = document.createElement("span");
        box.className = "hr-sheet__box";
        box.setAttribute("aria-hidden", "true");
        const text = document.createElement("span");
        text.className = "hr-sheet__text";
        text.textContent = textOf(entry);
        item.append(box, text);
        return item;
      }));
      save();
      sheet.querySelector("[data-builder-sheet-link]").textContent = location.href;
      if (focus) {
        const target = chosen.querySelector(`[data-action="${focus.action}"][data-index="${focus.index}"]`) ||
          chosen.querySelector(`[data-index="${focus.index}"]`) || chosen.querySelector(`[data-index="${focus.index - 1}"]`);
        (target || titleInput).focus();
      }
    };

    builder.addEventListener("change", (event) => {
      const box = event.target.closest("[data-builder-item]");
      if (!box) return;
      if (box.checked) {
        entries.push({ ref: box.value });
        announce(format(strings.builder_added, textOf({ ref: box.value }), entries.length));
      } else {
        entries = entries.filter((e) => e.ref !== box.value);
        announce(format(strings.builder_removed, textOf({ ref: box.value }), entries.length));
      }
      render();
    });

    chosen.addEventListener("click", (event) => {
      const button = event.target.closest("[data-action]");
      if (!button) return;
      const index = Number(button.dataset.index);
      const entry = entries[index];
      if (button.dataset.action === "remove") {
        entries.splice(index, 1);
        announce(format(strings.builder_removed, textOf(entry), entries.length));
        render({ action: "remove", index: Math.min(index, entries.length - 1) });
        return;
      }
      const to = button.dataset.action === "up" ? index - 1 : index + 1;
      entries.splice(index, 1);
      entries.splice(to, 0, entry);
      announce(format(strings.builder_moved, textOf(entry), to + 1));
      // Keep the focus on the same kind of button of the moved point, or on its other arrow at an end.
      const again = button.dataset.action === "up" && to === 0 ? "down" : button.dataset.action === "down" && to === entries.length - 1 ? "up" : button.dataset.action;
      render({ action: again, index: to });
    });

    ownForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = ownInput.value.trim().slice(0, 300);
      if (!text) return;
      entries.push({ own: text });
      ownInput.value = "";
      announce(format(strings.builder_added, text, entries.length));
      render();
    });

    titleInput.addEventListener("input", () => render());

    builder.querySelector("[data-builder-copy]").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        announce(strings.builder_copied);
      } catch {
        link.select();
        announce(strings.builder_copy_failed);
      }
    });

    filter.addEventListener("input", () => {
      const words = filter.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const option of builder.querySelectorAll("[data-builder-option]")) {
        const text = option.textContent.toLocaleLowerCase();
        option.hidden = !words.every((w) => text.includes(w));
        if (!option.hidden) shown++;
      }
      // A search opens every checklist with a match; clearing it closes them again.
      for (const set of builder.querySelectorAll("[data-builder-checklist]")) {
        set.hidden = !set.querySelector("[data-builder-option]:not([hidden])");
        set.open = words.length > 0 && !set.hidden;
      }
      for (const group of builder.querySelectorAll("[data-builder-group]")) group.hidden = !group.querySelector("[data-builder-checklist]:not([hidden])");
      filterStatus.textContent = shown === 0 && words.length > 0 ? format(strings.builder_filter_none, filter.value.trim()) : "";
    });

    render();
    // Checklists with chosen points start open, so a shared list shows where its points come from.
    for (const set of builder.querySelectorAll("[data-builder-checklist]")) set.open = !!set.querySelector("[data-builder-item]:checked");
    builder.hidden = false;
  }

  // ---- quick scan -------------------------------------------------------------------------
  // Address: #draagvlak=2&er-op-af=0 …: each answered factor's id and level (0 not yet, 1 partly, 2 well in place).
  const scan = document.querySelector("[data-quickscan]");
  if (scan) {
    const strings = JSON.parse(scan.dataset.strings);
    const result = document.querySelector("[data-quickscan-result]");
    const factors = [...scan.querySelectorAll("[data-factor]")];
    const levelOf = (factor) => factor.querySelector("input:checked")?.value;

    const initial = readHash();
    for (const factor of factors) {
      const value = initial.get(factor.dataset.factor);
      const input = value && factor.querySelector(`input[value="${CSS.escape(value)}"]`);
      if (input) input.checked = true;
    }

    const update = () => {
      const params = new URLSearchParams();
      const answered = factors.filter((f) => levelOf(f) !== undefined);
      for (const factor of answered) params.set(factor.dataset.factor, levelOf(factor));
      writeHash(params);

      for (const row of result.querySelectorAll("[data-result-cluster]")) {
        const mine = factors.filter((f) => f.dataset.cluster === row.dataset.resultCluster);
        const n = (level) => mine.filter((f) => levelOf(f) === level).length;
        row.querySelector("[data-result-score]").textContent = format(strings.quickscan_cluster_score, n("2"), mine.length, n("1"), n("0"));
        // Set through the CSS object model, which the CSP allows (a style attribute it would not).
        row.querySelector("[data-result-fill]").style.inlineSize = `${mine.length ? Math.round((100 * (2 * n("2") + n("1"))) / (2 * mine.length)) : 0}%`;
      }

      result.querySelector("[data-quickscan-answered]").textContent = format(strings.quickscan_answered, answered.length, factors.length);
      const work = answered.filter((f) => levelOf(f) !== "2").sort((a, b) => Number(levelOf(a)) - Number(levelOf(b)));
      const list = result.querySelector("[data-quickscan-work-on]");
      if (work.length === 0) {
        const item = document.createElement("li");
        item.className = "utrecht-unordered-list__item";
        item.textContent = strings.quickscan_work_on_none;
        list.replaceChildren(item);
      } else {
        list.replaceChildren(...work.map((factor) => {
          const item = document.createElement("li");
          item.className = "utrecht-unordered-list__item";
          const a = document.createElement("a");
          a.className = "utrecht-link";
          a.href = factor.dataset.url;
          a.textContent = factor.dataset.title;
          item.append(a, ` (${strings[`quickscan_level_${levelOf(factor)}`]})`);
          return item;
        }));
      }
    };

    scan.addEventListener("change", update);
    scan.addEventListener("reset", () => window.setTimeout(update));
    result.hidden = false;
    update();
  }
})();
