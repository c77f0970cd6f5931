// Progressive enhancement for the handbook site. Everything can be read without it; with it:
// - the menu button opens the navigation on a phone;
// - "Deel deze pagina" shares or copies the address, "Print" prints;
// - the cases list filters, counts and sorts all cases from a compact index, without a server;
// - the search page searches the Pagefind index, with facets whose counts follow the other filters;
// - a page opened from a search result highlights the words searched for.
// Filters live in the URL, so a filtered list can be shared and survives a reload. No inline
// scripts or styles: this file is loaded as a module and only sets classes, attributes and text.

const params = new URLSearchParams(location.search);
const lang = document.documentElement.lang || "nl";
const collator = new Intl.Collator(lang, { sensitivity: "base" });

function text(template, ...values) {
  return values.reduce((result, value, index) => result.replaceAll(`{${index}}`, value), template);
}

function count(strings, key, n) {
  return text(n === 1 ? strings[`${key}_one`] : strings[`${key}_other`], n.toLocaleString(lang));
}

function element(name, className, content) {
  const el = document.createElement(name);
  if (className) el.className = className;
  if (content !== undefined) el.textContent = content;
  return el;
}

/** A button whose visible text names a filter, read out as "remove filter: …". */
function removeButton(hiddenPrefix, label) {
  const button = element("button");
  button.type = "button";
  button.append(element("span", "hr-visually-hidden", hiddenPrefix + " "), label);
  return button;
}

for (const el of document.querySelectorAll("[data-js-only]")) el.classList.remove("hr-js-only");

// ---- menu button (phones) ---------------------------------------------------------------
const menuButton = document.querySelector("[data-menu-button]");
if (menuButton) {
  const nav = document.getElementById(menuButton.getAttribute("aria-controls"));
  menuButton.addEventListener("click", () => {
    const open = menuButton.getAttribute("aria-expanded") !== "true";
    menuButton.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("hr-nav--open", open);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menuButton.getAttribute("aria-expanded") === "true") {
      menuButton.click();
      menuButton.focus();
    }
  });
}

// ---- share and print -------------------------------------------------------------------
const share = document.querySelector("[data-share]");
if (share) {
  const strings = JSON.parse(share.dataset.strings);
  const status = share.querySelector("[data-share-status]");
  const url = document.querySelector("link[rel=canonical]")?.href || location.href;
  share.querySelector("[data-share-button]").addEventListener("click", async () => {
    status.textContent = "";
    if (navigator.share) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        if (error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = strings.share_copied;
    } catch {
      status.textContent = text(strings.share_failed, url);
    }
  });
  share.querySelector("[data-print-button]").addEventListener("click", () => window.print());
  share.hidden = false;
}

// ---- highlight on the page a result opens ----------------------------------------------
if (params.has("highlight")) {
  import("/pagefind/pagefind-highlight.js")
    .then(() => new window.PagefindHighlight({ highlightParam: "highlight" }))
    .catch(() => {});
}

// ---- "what works for …" on the home page: only the choices made go into the address -----
const whatWorks = document.querySelector("[data-what-works]");
if (whatWorks) {
  whatWorks.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(whatWorks.action);
    for (const select of whatWorks.querySelectorAll("select")) if (select.value) url.searchParams.append(select.name, select.value);
    location.assign(url);
  });
}

// ---- cases list ------------------------------------------------------------------------
const caseList = document.querySelector("[data-case-list]");
if (caseList) {
  const strings = JSON.parse(caseList.dataset.strings);
  const form = caseList.querySelector("[data-case-filters]");
  const selects = [...form.querySelectorAll("select[name]")];
  const sort = caseList.querySelector("[data-case-sort]");
  const status = caseList.querySelector("[data-case-count]");
  const activeCount = caseList.querySelector("[data-active-count]");
  const chips = caseList.querySelector("[data-active-filters]");
  const cards = document.querySelector("[data-case-cards]");
  const empty = document.querySelector("[data-case-empty]");
  const more = document.querySelector("[data-case-more]");
  const pager = document.querySelector("[data-case-pager]");
  const works = document.querySelector("[data-case-works]");
  const pageSize = 50;
  const state = { filters: new Map(), sort: "titel" };
  let index = null;
  let loading = null;
  let matches = [];
  let shown = 0;

  const readUrl = () => {
    state.filters.clear();
    for (const [name, value] of new URLSearchParams(location.search)) {
      if (name === "sorteer") state.sort = value;
      else if (value && name !== "q" && name !== "highlight") state.filters.set(name, value);
    }
  };

  const writeUrl = () => {
    const url = new URL(location.href);
    url.search = "";
    for (const [name, value] of state.filters) url.searchParams.append(name, value);
    if (state.sort !== "titel") url.searchParams.set("sorteer", state.sort);
    history.replaceState(null, "", url);
  };

  const loadIndex = () => {
    loading ??= fetch(caseList.dataset.index)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
      .then((data) => {
        // Facets by name, each value's number by text, and every case with its values as sets.
        data.byName = new Map(data.facets.map((facet, i) => [facet.name, { ...facet, position: i, number: new Map(facet.values.map((v, n) => [v, n])) }]));
        data.cases = data.cases.map(([id, title, year, ...facets]) => ({ id, title, year, facets: facets.map((f) => new Set(f)) }));
        index = data;
        return data;
      });
    return loading;
  };

  const facetOf = (name) => index.byName.get(name);
  const valueOf = (c, facet) => facet.values[[...c.facets[facet.position]][0]] ?? "";

  /** The cases that have every active filter's value, leaving out the filter named <skip>. */
  const matching = (skip) => {
    const tests = [...state.filters]
      .filter(([name]) => name !== skip && facetOf(name))
      .map(([name, value]) => [facetOf(name).position, facetOf(name).number.get(value)]);
    return index.cases.filter((c) => tests.every(([position, number]) => number !== undefined && c.facets[position].has(number)));
  };

  const sorters = {
    titel: (a, b) => collator.compare(a.title, b.title),
    plaats: (a, b) => collator.compare(valueOf(a, facetOf("plaats")), valueOf(b, facetOf("plaats"))) || collator.compare(a.title, b.title),
    "jaar-nieuw": (a, b) => (b.year ?? -1) - (a.year ?? -1) || collator.compare(a.title, b.title),
    "jaar-oud": (a, b) => (a.year ?? 1e4) - (b.year ?? 1e4) || collator.compare(a.title, b.title),
  };

  const card = (c) => {
    const li = element("li", "hr-tile hr-case-card");
    const heading = element("h2", "hr-case-card__title");
    const link = element("a", "utrecht-link hr-card__link", c.title);
    link.href = index.base + c.id + "/";
    heading.append(link);
    const place = valueOf(c, facetOf("plaats"));
    const country = valueOf(c, facetOf("land"));
    const meta = element("p", "hr-case-card__meta", `${place} (${country})${c.year ? " · " + c.year : ""}`);
    li.append(heading, meta);
    const tags = ["thema", "doelgroep"].flatMap((name) => [...c.facets[facetOf(name).position]].map((n) => facetOf(name).values[n]));
    if (tags.length) li.append(element("p", "hr-case-card__tags", tags.join(" · ")));
    return li;
  };

  const showMore = () => {
    const batch = matches.slice(shown, shown + pageSize);
    cards.append(...batch.map(card));
    shown += batch.length;
    more.hidden = shown >= matches.length;
  };

  const urlWithout = (name) => {
    const url = new URL(location.href);
    url.searchParams.delete(name);
    return url.pathname + url.search;
  };

  const renderEmpty = () => {
    empty.replaceChildren(element("p", "", strings.filter_empty));
    if (state.filters.size > 0) {
      empty.append(element("p", "", strings.filter_empty_remove));
      const list = element("ul");
      for (const [name, value] of state.filters) {
        const facet = facetOf(name);
        const li = element("li");
        const link = element("a", "utrecht-link", text(strings.filter_remove, facet ? facet.label.toLowerCase() : name, value, count(strings, "filter_shown", facet ? matching(name).length : 0)));
        link.href = urlWithout(name);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          state.filters.delete(name);
          apply();
          status.focus();
        });
        li.append(link);
        list.append(li);
      }
      empty.append(list);
    }
    // Search offers what the filters cannot: words in the text of every page.
    empty.append(element("p", "", strings.filter_empty_search));
    const search = element("form", "hr-search-form");
    search.action = caseList.dataset.searchUrl;
    search.method = "get";
    search.setAttribute("role", "search");
    const label = element("label", "hr-search-form__label", strings.search_label);
    label.htmlFor = "leeg-zoekveld";
    const row = element("span", "hr-search-form__row");
    const input = element("input", "utrecht-textbox utrecht-textbox--html-input");
    Object.assign(input, { id: "leeg-zoekveld", name: "q", type: "search", autocomplete: "off" });
    const button = element("button", "utrecht-button utrecht-button--primary-action", strings.search_button);
    button.type = "submit";
    row.append(input, button);
    search.append(label, row);
    empty.append(search);
  };

  const renderWorks = () => {
    const factors = facetOf("succesfactor");
    const methods = facetOf("methode");
    if (!works || state.filters.size === 0 || matches.length === 0 || !factors?.urls) {
      if (works) works.hidden = true;
      return;
    }
    const top = (facet, list) => {
      const tally = new Map();
      for (const c of matches) for (const n of c.facets[facet.position]) tally.set(n, (tally.get(n) || 0) + 1);
      const best = [...tally].sort((a, b) => b[1] - a[1] || collator.compare(facet.values[a[0]], facet.values[b[0]])).slice(0, 5);
      list.replaceChildren(...best.map(([n, times]) => {
        const li = element("li", "utrecht-unordered-list__item");
        const link = element("a", "utrecht-link", facet.values[n]);
        link.href = facet.urls[n];
        li.append(link, " ", element("span", "hr-works__count", count(strings, "cases_works_count", times)));
        return li;
      }));
      return best.length;
    };
    const found = top(factors, works.querySelector("[data-works-factors]")) + top(methods, works.querySelector("[data-works-methods]"));
    works.hidden = found === 0;
  };

  const apply = () => {
    writeUrl();
    for (const select of selects) select.value = state.filters.get(select.name) ?? "";
    sort.value = sorters[state.sort] ? state.sort : "titel";
    activeCount.textContent = state.filters.size ? count(strings, "filter_active", state.filters.size) : "";
    chips.replaceChildren(...[...state.filters].map(([name, value]) => {
      const li = element("li");
      const button = removeButton(strings.filter_remove_active.split("{0}")[0].trim(), `${facetOf(name)?.label ?? name}: ${value}`);
      button.addEventListener("click", () => {
        state.filters.delete(name);
        apply();
        status.focus();
      });
      li.append(button);
      return li;
    }));

    matches = matching(null).sort(sorters[sort.value]);
    // Each option counts the cases it would give with the other filters; one that gives none says so.
    for (const select of selects) {
      const facet = facetOf(select.name);
      if (!facet) continue;
      const tally = new Array(facet.values.length).fill(0);
      for (const c of matching(select.name)) for (const n of c.facets[facet.position]) tally[n]++;
      for (const option of select.options) {
        if (!option.value) continue;
        const n = tally[facet.number.get(option.value)] ?? 0;
        option.textContent = `${option.value} (${n})`;
        option.disabled = n === 0 && option.value !== select.value;
      }
    }

    cards.replaceChildren();
    shown = 0;
    if (pager) pager.hidden = true;
    empty.hidden = matches.length > 0;
    if (matches.length === 0) renderEmpty();
    showMore();
    renderWorks();
    status.textContent = count(strings, "filter_shown", matches.length);
  };

  const run = () => loadIndex().then(apply).catch(() => {});

  form.addEventListener("change", () => {
    state.filters.clear();
    for (const [name, value] of new URLSearchParams(location.search)) {
      if (name !== "sorteer" && value && !selects.some((s) => s.name === name)) state.filters.set(name, value);
    }
    for (const select of selects) if (select.value) state.filters.set(select.name, select.value);
    run();
  });
  form.addEventListener("reset", () => {
    state.filters.clear();
    setTimeout(run);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  sort.addEventListener("change", () => {
    state.sort = sort.value;
    run();
  });
  more.addEventListener("click", showMore);

  readUrl();
  if (state.filters.size > 0 || state.sort !== "titel") run();
  else for (const select of selects) select.value = "";
}

// ---- search page -----------------------------------------------------------------------
const searchRoot = document.querySelector("[data-search]");
if (searchRoot) {
  const strings = JSON.parse(searchRoot.dataset.strings);
  const facets = JSON.parse(searchRoot.dataset.facets);
  const form = searchRoot.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const status = searchRoot.querySelector("[data-search-status]");
  const results = searchRoot.querySelector("[data-search-results]");
  const facetBox = searchRoot.querySelector("[data-search-facets]");
  const panel = searchRoot.querySelector("[data-search-facet-panel]");
  const toggle = searchRoot.querySelector("[data-search-filter-toggle]");
  const activeCount = toggle.querySelector("[data-active-count]");
  const empty = searchRoot.querySelector("[data-search-empty]");
  const more = searchRoot.querySelector("[data-search-more]");
  const fallback = searchRoot.querySelector("[data-search-fallback]");
  const labels = new Map(facets.map((f) => [f.name, f.label]));
  const selected = {};
  for (const facet of facets) {
    const values = params.getAll(facet.name);
    if (values.length) selected[facet.name] = values;
  }
  input.value = params.get("q") || "";

  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    panel.classList.toggle("hr-is-open", open);
  });

  let pagefind;
  let current = [];
  let shown = 0;
  let generation = 0;

  const activeValues = () => Object.entries(selected).flatMap(([name, values]) => values.map((value) => [name, value]));

  const updateUrl = () => {
    const url = new URL(location.href);
    url.search = "";
    if (input.value.trim()) url.searchParams.set("q", input.value.trim());
    for (const [name, value] of activeValues()) url.searchParams.append(name, value);
    history.replaceState(null, "", url);
  };

  const filterObject = (skip) => {
    const filters = {};
    for (const [name, values] of Object.entries(selected)) if (values.length && name !== skip) filters[name] = { any: values };
    return filters;
  };

  const without = (name, value) => {
    const filters = filterObject(null);
    const rest = (selected[name] || []).filter((v) => v !== value);
    if (rest.length) filters[name] = { any: rest };
    else delete filters[name];
    return filters;
  };

  const urlWithout = (name, value) => {
    const url = new URL(location.href);
    const rest = url.searchParams.getAll(name).filter((v) => v !== value);
    url.searchParams.delete(name);
    for (const v of rest) url.searchParams.append(name, v);
    return url.pathname + url.search;
  };

  const toggleValue = (name, value, on) => {
    const list = selected[name] || (selected[name] = []);
    if (on && !list.includes(value)) list.push(value);
    if (!on && list.includes(value)) list.splice(list.indexOf(value), 1);
    if (!list.length) delete selected[name];
    schedule();
  };

  // counts[name][value]: the results that value would give with the other facets' filters.
  const renderFacets = (counts) => {
    const focused = document.activeElement?.id;
    facetBox.replaceChildren();
    for (const facet of facets) {
      const values = counts[facet.name] || {};
      const mine = selected[facet.name] || [];
      const names = [...new Set([...Object.keys(values), ...mine])].sort((a, b) => collator.compare(a, b));
      if (!names.length) continue;
      const fieldset = element("fieldset", "hr-facet");
      fieldset.append(element("legend", "hr-facet__legend", facet.label));
      for (const value of names) {
        const n = values[value] ?? 0;
        const checked = mine.includes(value);
        const id = `f-${facet.name}-${value}`.replace(/[^a-zA-Z0-9-]/g, "-");
        const wrapper = element("div", n === 0 && !checked ? "hr-facet__option hr-facet__option--none" : "hr-facet__option");
        const box = element("input");
        Object.assign(box, { type: "checkbox", id, name: facet.name, value, checked, disabled: n === 0 && !checked });
        box.addEventListener("change", () => toggleValue(facet.name, value, box.checked));
        const label = element("label", "", `${value} (${n})`);
        label.htmlFor = id;
        wrapper.append(box, label);
        fieldset.append(wrapper);
      }
      facetBox.append(fieldset);
    }
    if (focused) document.getElementById(focused)?.focus();
    const active = activeValues().length;
    activeCount.textContent = active ? count(strings, "filter_active", active) : "";
  };

  const showMore = async () => {
    const batch = current.slice(shown, shown + 10);
    shown += batch.length;
    const mine = generation;
    const items = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const terms = input.value.trim();
    for (const item of items) {
      const li = element("li", "hr-result");
      const heading = element("h2", "utrecht-heading-3 hr-result__title");
      const link = element("a", "utrecht-link", item.meta.title);
      link.href = terms ? `${item.url}?highlight=${encodeURIComponent(terms)}` : item.url;
      heading.append(link);
      const meta = element("p", "hr-result__meta", [item.meta.soort, item.meta.detail].filter(Boolean).join(" · "));
      const excerpt = element("p", "hr-result__excerpt");
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, meta, excerpt);
      results.append(li);
    }
    more.hidden = shown >= current.length;
  };

  // Counts for the facets that have a choice come from a search without that facet, so its other
  // values show what choosing them (too) would give; the other facets' counts come with the search.
  const facetCounts = async (query, search) => {
    const counts = { ...search.filters };
    for (const name of Object.keys(selected)) {
      const other = await pagefind.search(query, { filters: filterObject(name) });
      if (other) counts[name] = other.filters[name] || {};
    }
    return counts;
  };

  const renderEmpty = async (query, mine) => {
    empty.replaceChildren(element("p", "", strings.search_no_filter_results));
    const list = element("ul");
    for (const [name, value] of activeValues()) {
      const other = await pagefind.search(query, { filters: without(name, value) });
      if (mine !== generation) return;
      const n = other ? other.results.length : 0;
      const li = element("li");
      const link = element("a", "utrecht-link", text(strings.search_remove_filter, (labels.get(name) || name).toLowerCase(), value, n ? count(strings, "search_results", n) : strings.search_zero));
      link.href = urlWithout(name, value);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        toggleValue(name, value, false);
      });
      li.append(link);
      list.append(li);
    }
    empty.append(list);
    empty.hidden = false;
  };

  const run = async () => {
    const mine = ++generation;
    updateUrl();
    if (!pagefind) return; // still loading: it runs the search itself when ready
    const query = input.value.trim() || null;
    const filters = filterObject(null);
    empty.hidden = true;
    if (!query && !Object.keys(filters).length) {
      results.replaceChildren();
      status.textContent = "";
      fallback.hidden = true;
      more.hidden = true;
      renderFacets(await pagefind.filters());
      return;
    }
    const search = await pagefind.search(query, { filters });
    if (mine !== generation || !search) return;
    const counts = await facetCounts(query, search);
    if (mine !== generation) return;
    current = search.results;
    shown = 0;
    results.replaceChildren();
    const n = current.length;
    renderFacets(counts);
    await showMore();
    if (mine !== generation) return;
    const filtered = Object.keys(filters).length > 0;
    if (n === 0 && filtered) await renderEmpty(query, mine);
    if (mine !== generation) return;
    fallback.hidden = n !== 0;
    // Announced last, when the results are on the page.
    status.textContent = n === 0
      ? (filtered ? strings.search_no_filter_results : text(strings.search_no_results, query || ""))
      : `${count(strings, "search_results", n)}${query ? " " + text(strings.search_results_for, query) : ""}`;
  };

  // Pagefind cannot stop a search once it has started, and with thousands of pages a search that
  // matches most of them takes a second. So one search runs at a time: keys typed meanwhile only
  // ask for one more run, with the text as it is when the running one ends.
  let running = false;
  let again = false;
  const schedule = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    // One or two letters match nearly every page: typing waits for a third (Enter searches anyway).
    const typed = input.value.trim().length;
    if (typed > 0 && typed < 3) return;
    timer = setTimeout(schedule, 30);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    schedule();
  });
  more.addEventListener("click", showMore);
  searchRoot.querySelector("[data-search-clear]").addEventListener("click", () => {
    for (const key of Object.keys(selected)) delete selected[key];
    schedule();
  });

  import("/pagefind/pagefind.js")
    .then(async (pf) => {
      await pf.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
      pf.init();
      // Loading the filter index first makes every search report its facet counts.
      await pf.filters();
      pagefind = pf;
      return schedule();
    })
    .catch(() => {
      status.textContent = strings.search_error;
      fallback.hidden = false;
    });
}
