// Progressive enhancement for the handbook site. Everything works without it; with it:
// - the search page searches the Pagefind index, with facets, and keeps query and facets in the URL;
// - the cases index filters its table by facet, without a server;
// - a page opened from a search result highlights the words searched for.
// No inline scripts or styles: this file is loaded as a module and only sets classes and attributes.

const params = new URLSearchParams(location.search);

function text(template, ...values) {
  return values.reduce((result, value, index) => result.replace(`{${index}}`, value), template);
}

function count(strings, key, n) {
  return text(n === 1 ? strings[`${key}_one`] : strings[`${key}_other`], n);
}

async function loadPagefind() {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
  pagefind.init();
  // Loading the filter index first makes every search report its facet counts.
  await pagefind.filters();
  return pagefind;
}

// ---- highlight on the page a result opens ----------------------------------------------
if (params.has("highlight")) {
  import("/pagefind/pagefind-highlight.js")
    .then(() => new window.PagefindHighlight({ highlightParam: "highlight" }))
    .catch(() => {});
}

// ---- cases index filters ---------------------------------------------------------------
const filterForm = document.querySelector("[data-case-filters]");
if (filterForm) {
  const rows = [...document.querySelectorAll("[data-case-row]")];
  const status = document.querySelector("[data-case-count]");
  const strings = JSON.parse(filterForm.dataset.strings);
  const selects = [...filterForm.querySelectorAll("select[name]")];

  for (const select of selects) {
    if (params.has(select.name)) select.value = params.get(select.name);
  }

  const apply = () => {
    const active = selects.filter((s) => s.value !== "");
    let shown = 0;
    for (const row of rows) {
      const match = active.every((s) => (row.dataset[`facet${s.name[0].toUpperCase()}${s.name.slice(1)}`] || "").split("|").includes(s.value));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = count(strings, "filter_shown", shown);
    const url = new URL(location.href);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, "", url);
  };

  filterForm.hidden = false;
  filterForm.addEventListener("change", apply);
  filterForm.addEventListener("reset", () => setTimeout(apply));
  filterForm.addEventListener("submit", (event) => event.preventDefault());
  apply();
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
  const more = searchRoot.querySelector("[data-search-more]");
  const fallback = searchRoot.querySelector("[data-search-fallback]");
  const noScript = searchRoot.querySelector("[data-search-noscript]");
  const selected = {};
  for (const facet of facets) {
    const values = params.getAll(facet.name);
    if (values.length) selected[facet.name] = values;
  }
  input.value = params.get("q") || "";
  noScript.hidden = true;
  fallback.hidden = true; // shown again only when a search finds nothing or cannot run
  searchRoot.querySelector("[data-search-ui]").hidden = false;

  let pagefind;
  let current = [];
  let shown = 0;
  let generation = 0;

  const updateUrl = () => {
    const url = new URL(location.href);
    url.search = "";
    if (input.value.trim()) url.searchParams.set("q", input.value.trim());
    for (const [name, values] of Object.entries(selected)) for (const v of values) url.searchParams.append(name, v);
    history.replaceState(null, "", url);
  };

  const filterObject = () => {
    const filters = {};
    for (const [name, values] of Object.entries(selected)) if (values.length) filters[name] = { any: values };
    return filters;
  };

  const renderFacets = (available) => {
    facetBox.replaceChildren();
    for (const facet of facets) {
      const values = available[facet.name] || {};
      const names = Object.keys(values).filter((v) => values[v] > 0 || (selected[facet.name] || []).includes(v)).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      if (!names.length) continue;
      const fieldset = document.createElement("fieldset");
      fieldset.className = "hr-facet";
      const legend = document.createElement("legend");
      legend.className = "hr-facet__legend";
      legend.textContent = facet.label;
      fieldset.append(legend);
      for (const value of names) {
        const id = `f-${facet.name}-${value}`.replace(/[^a-zA-Z0-9-]/g, "-");
        const wrapper = document.createElement("div");
        wrapper.className = "hr-facet__option";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.name = facet.name;
        box.value = value;
        box.checked = (selected[facet.name] || []).includes(value);
        box.addEventListener("change", () => {
          const list = selected[facet.name] || (selected[facet.name] = []);
          if (box.checked) list.push(value);
          else list.splice(list.indexOf(value), 1);
          run();
        });
        const label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = `${value} (${values[value] ?? 0})`;
        wrapper.append(box, label);
        fieldset.append(wrapper);
      }
      facetBox.append(fieldset);
    }
  };

  const showMore = async () => {
    const batch = current.slice(shown, shown + 10);
    shown += batch.length;
    const mine = generation;
    const items = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const terms = input.value.trim();
    for (const item of items) {
      const li = document.createElement("li");
      li.className = "hr-result";
      const heading = document.createElement("h2");
      heading.className = "utrecht-heading-3 hr-result__title";
      const link = document.createElement("a");
      link.className = "utrecht-link";
      link.href = terms ? `${item.url}?highlight=${encodeURIComponent(terms)}` : item.url;
      link.textContent = item.meta.title;
      heading.append(link);
      const meta = document.createElement("p");
      meta.className = "hr-result__meta";
      meta.textContent = [item.meta.soort, item.meta.plaats].filter(Boolean).join(" · ");
      const excerpt = document.createElement("p");
      excerpt.className = "hr-result__excerpt";
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, meta, excerpt);
      results.append(li);
    }
    more.hidden = shown >= current.length;
  };

  const run = async () => {
    const mine = ++generation;
    updateUrl();
    const query = input.value.trim();
    const filters = filterObject();
    if (!query && !Object.keys(filters).length) {
      results.replaceChildren();
      status.textContent = "";
      fallback.hidden = true;
      more.hidden = true;
      renderFacets(await pagefind.filters());
      return;
    }
    const search = await pagefind.search(query || null, { filters });
    if (mine !== generation || !search) return;
    current = search.results;
    shown = 0;
    results.replaceChildren();
    const n = current.length;
    renderFacets(search.filters);
    await showMore();
    if (mine !== generation) return;
    fallback.hidden = n !== 0;
    // Announced last, when the results are on the page.
    status.textContent = n === 0
      ? text(strings.search_no_results, query)
      : `${count(strings, "search_results", n)}${query ? " " + text(strings.search_results_for, query) : ""}`;
  };

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 30);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener("click", showMore);
  searchRoot.querySelector("[data-search-clear]").addEventListener("click", () => {
    for (const key of Object.keys(selected)) delete selected[key];
    run();
  });

  loadPagefind()
    .then((pf) => {
      pagefind = pf;
      return run();
    })
    .catch(() => {
      status.textContent = strings.search_error;
      fallback.hidden = false;
    });
}
