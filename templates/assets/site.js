/* OSS Atlas: progressive enhancement only; every page works without this file.
   1. Search: over the index in pieces under search/ (header field and the search page).
   2. Sortable tables: a button in each column heading of table.sortable.
   3. The list of all projects: sorting, filtering and paging over projects/index.json. */
(() => {
  "use strict";

  const root = document.documentElement.getAttribute("data-root") || "./";

  /* ---------- Search ---------- */

  // The index comes in pieces (see SearchIndex.java): search/words/K.json maps every word that
  // starts with K to its entries (entry * 4 + 0 text, 1 name, 2 end of a name word), and
  // search/entries/N.json holds the entries themselves, 64 a file. A search loads the word file of
  // each term's first character, ranks, then loads only the entry files of what it shows.
  const CHUNK = 64;
  const pieces = new Map();

  const fold = (s) =>
    (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

  const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

  function piece(path) {
    if (!pieces.has(path)) {
      pieces.set(
        path,
        fetch(root + path, { credentials: "same-origin" }).then((response) => {
          if (response.status === 404) return null; // no word starts with this character
          if (!response.ok) throw new Error("search index: HTTP " + response.status);
          return response.json();
        })
      );
    }
    return pieces.get(path);
  }

  const shard = (term) => (/[a-z0-9]/.test(term[0]) ? term[0] : "_");

  // Points of a term for one place: the name's own word beats its ending, which beats the text.
  const PLACE = [5, 30, 20];

  /** Entries matching every term, best first: [{entry number, score}]. */
  function rank(terms) {
    return Promise.all(terms.map((t) => piece("search/words/" + shard(t) + ".json"))).then((shards) => {
      let scores = null;
      terms.forEach((term, i) => {
        const found = new Map();
        const dictionary = shards[i] || {};
        for (const word of Object.keys(dictionary)) {
          if (!word.startsWith(term)) continue;
          const exact = word === term ? 10 : 0;
          for (const posting of dictionary[word]) {
            const entry = posting >> 2;
            const points = PLACE[posting & 3] + exact;
            if ((found.get(entry) || 0) < points) found.set(entry, points);
          }
        }
        if (scores === null) scores = found;
        else {
          const both = new Map();
          for (const [entry, points] of found) {
            if (scores.has(entry)) both.set(entry, scores.get(entry) + points);
          }
          scores = both;
        }
      });
      return Array.from(scores || [], ([entry, score]) => ({ entry, score })).sort(
        (a, b) => b.score - a.score || a.entry - b.entry
      );
    });
  }

  /** The entries of the first `limit` hits, loading only the entry files they are in. */
  function entries(hits, limit) {
    const shown = hits.slice(0, limit);
    const chunks = Array.from(new Set(shown.map((h) => Math.floor(h.entry / CHUNK))));
    return Promise.all(chunks.map((c) => piece("search/entries/" + c + ".json"))).then((loaded) => {
      const byChunk = new Map(chunks.map((c, i) => [c, loaded[i]]));
      return shown.map((h) => {
        const e = byChunk.get(Math.floor(h.entry / CHUNK))[h.entry % CHUNK];
        return { kind: e[0], name: e[1], href: e[2], text: e[3], context: e[4], score: h.score };
      });
    });
  }

  /** Results of a query: the total count and the first `limit` entries, best first. */
  function search(query, limit) {
    const terms = words(query);
    if (terms.length === 0) return Promise.resolve({ total: 0, results: [] });
    return rank(terms).then((hits) =>
      entries(hits, limit).then((results) => {
        // A name equal to the query, then a name starting with it, go first.
        const whole = fold(query).trim();
        const bonus = (e) => (fold(e.name) === whole ? 2 : fold(e.name).startsWith(whole) ? 1 : 0);
        results.sort((a, b) => bonus(b) - bonus(a) || b.score - a.score);
        return { total: hits.length, results };
      })
    );
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function showResults(container, found, query, onPage) {
    const results = found.results;
    container.textContent = "";
    if (onPage) {
      const heading = element("h2", null,
        found.total + (found.total === 1 ? " result" : " results") + " for “" + query + "”");
      container.appendChild(heading);
    }
    if (results.length === 0) {
      container.appendChild(element("p", "search-empty", "No project, category or backer matches “" + query + "”."));
      return;
    }
    const list = element("ul", "search-list");
    for (const entry of results) {
      const link = element("a");
      link.href = root + entry.href;
      link.appendChild(element("strong", null, entry.name));
      link.appendChild(element("span", "kind kind-" + entry.kind, entry.kind));
      const detail = entry.context && entry.text ? entry.context + " · " + entry.text : entry.context || entry.text;
      if (detail) link.appendChild(element("span", "result-text", detail));
      const item = element("li");
      item.appendChild(link);
      list.appendChild(item);
    }
    container.appendChild(list);
    if (found.total > results.length) {
      const more = element("a", "search-more", "All " + found.total + " results");
      more.href = root + "search/?q=" + encodeURIComponent(query);
      container.appendChild(more);
    }
  }

  function enhanceSearch(input) {
    const onPage = input.hasAttribute("data-search-page");
    const container = onPage
      ? document.querySelector(".search-page-results")
      : input.form && input.form.querySelector("[data-search-results]");
    if (!container) return;
    const limit = onPage ? 100 : 8;
    let timer = 0;

    const update = () => {
      const query = input.value.trim();
      if (!query) {
        container.hidden = true;
        container.textContent = "";
        return;
      }
      search(query, limit)
        .then((found) => {
          if (input.value.trim() !== query) return;
          showResults(container, found, query, onPage);
          container.hidden = false;
        })
        .catch((error) => {
          container.textContent = "";
          container.appendChild(element("p", "search-empty", "Search is unavailable: " + error.message));
          container.hidden = false;
        });
      if (onPage && window.history.replaceState) {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(query));
      }
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });

    if (onPage) {
      const query = new URLSearchParams(window.location.search).get("q");
      if (query) {
        input.value = query;
        update();
      }
      return;
    }

    const links = () => Array.from(container.querySelectorAll("a"));
    const close = () => {
      container.hidden = true;
    };
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && !container.hidden && links().length) {
        event.preventDefault();
        links()[0].focus();
      } else if (event.key === "Escape") {
        close();
      }
    });
    container.addEventListener("keydown", (event) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < all.length - 1) {
        event.preventDefault();
        all[at + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (at > 0) all[at - 1].focus();
        else input.focus();
      } else if (event.key === "Escape") {
        close();
        input.focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (!input.form.contains(event.target)) close();
    });
  }

  /* ---------- Sortable tables ---------- */

  function cellValue(row, column) {
    const cell = row.cells[column];
    if (!cell) return "";
    const value = cell.getAttribute("data-sort");
    return value === null ? cell.textContent.trim().toLowerCase() : value;
  }

  function sortTable(table, header, column, status) {
    const numeric = header.getAttribute("data-sort-type") === "number";
    const current = header.getAttribute("aria-sort");
    // Numbers first sort biggest first; text A to Z. A second click reverses.
    const ascending = current ? current !== "ascending" : !numeric;
    for (const cell of header.parentNode.cells) cell.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");

    const body = table.tBodies[0];
    const rows = Array.from(body.rows).map((row, position) => ({ row, position, value: cellValue(row, column) }));
    rows.sort((a, b) => {
      if (a.value === "" || b.value === "") {
        return (a.value === "") - (b.value === "") || a.position - b.position;
      }
      const order = numeric
        ? parseFloat(a.value) - parseFloat(b.value)
        : a.value.localeCompare(b.value);
      return (ascending ? order : -order) || a.position - b.position;
    });
    for (const { row } of rows) body.appendChild(row);
    status.textContent = "Sorted by " + header.textContent.trim() + ", " + (ascending ? "ascending" : "descending") + ".";
  }

  function enhanceTable(table) {
    if (!table.tHead || !table.tBodies.length) return;
    const status = element("p", "visually-hidden");
    status.setAttribute("aria-live", "polite");
    table.parentNode.insertBefore(status, table.nextSibling);
    Array.from(table.tHead.rows[0].cells).forEach((header, column) => {
      if (header.hasAttribute("data-no-sort")) return;
      const button = element("button", "sort-button");
      button.type = "button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", () => sortTable(table, header, column, status));
    });
  }


  /* ---------- The list of all projects ---------- */
  // projects/ shows 100 rows a page without a script; with it, every project is sorted and
  // filtered in the browser from projects/index.json, which loads on first use (or at once when
  // the address asks for a filter, sort or page: ?q=, ?category=, ?sort=, ?page=).

  const LIST_PAGE = 100;
  const LIST_KEYS = {
    name: { column: 1, numeric: false },
    category: { column: 2, numeric: false },
    commits: { column: 4, numeric: true },
    authors: { column: 5, numeric: true },
    change: { column: 6, numeric: true },
    trend: { column: 7, numeric: false },
    last: { column: 8, numeric: false },
  };

  const grouped = (n) => (n === null || n === undefined ? "–" : n.toLocaleString("en-US"));

  function changeText(value) {
    if (value === null || value === undefined) return "–";
    const pct = Math.round(value * 100);
    const sign = pct > 0 ? "+" : pct < 0 ? "−" : "±";
    return sign + Math.abs(pct).toLocaleString("en-US") + " %";
  }

  function enhanceProjectList(table) {
    const form = document.querySelector("[data-list-filter]");
    const status = document.querySelector("[data-list-status]");
    const serverPages = document.querySelector("[data-list-pages]");
    if (!form || !status) return;
    const nameInput = form.querySelector("input[name=q]");
    const categorySelect = form.querySelector("select[name=category]");
    const params = new URLSearchParams(window.location.search);
    const state = {
      q: params.get("q") || "",
      category: params.get("category") || "",
      sort: LIST_KEYS[params.get("sort")] ? params.get("sort") : "name",
      descending: params.get("order") === "desc",
      page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1),
    };
    nameInput.value = state.q;
    categorySelect.value = state.category;
    if (categorySelect.value !== state.category) state.category = "";
    form.hidden = false;
    form.addEventListener("submit", (event) => event.preventDefault());

    let data = null;
    const load = () => {
      if (!data) {
        data = fetch(table.getAttribute("data-list-src"), { credentials: "same-origin" })
          .then((response) => {
            if (!response.ok) throw new Error("project list: HTTP " + response.status);
            return response.json();
          })
          .then((json) => {
            json.folded = json.rows.map((row) => fold(row[1]));
            return json;
          });
      }
      return data;
    };

    const pager = element("nav", "pager");
    pager.setAttribute("aria-label", "Pages of the list");
    pager.hidden = true;
    table.parentNode.parentNode.insertBefore(pager, table.parentNode.nextSibling);

    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((header) => {
      const key = header.getAttribute("data-key");
      const button = element("button", "sort-button");
      button.type = "button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", () => {
        if (state.sort === key) state.descending = !state.descending;
        else {
          state.sort = key;
          state.descending = LIST_KEYS[key].numeric;
        }
        state.page = 1;
        show();
      });
    });

    function sortValue(json, row, key) {
      if (key === "category") return row[2] < 0 ? "" : json.categories[row[2]][1].toLowerCase();
      const value = row[LIST_KEYS[key].column];
      return value === null || value === undefined ? "" : value;
    }

    function selected(json) {
      const terms = fold(state.q).split(/\s+/).filter(Boolean);
      const category = state.category
        ? json.categories.findIndex((c) => c[0] === state.category)
        : -1;
      const rows = [];
      json.rows.forEach((row, i) => {
        if (category >= 0 && !row[3].includes(category)) return;
        if (terms.some((t) => !json.folded[i].includes(t))) return;
        rows.push({ row, name: json.folded[i] });
      });
      const key = state.sort;
      const numeric = LIST_KEYS[key].numeric;
      const values = new Map(rows.map((r) => [r, key === "name" ? r.name : sortValue(json, r.row, key)]));
      rows.sort((a, b) => {
        const x = values.get(a);
        const y = values.get(b);
        if (x === "" || y === "") return (x === "") - (y === "") || a.name.localeCompare(b.name);
        const order = numeric ? x - y : String(x).localeCompare(String(y));
        return (state.descending ? -order : order) || a.name.localeCompare(b.name);
      });
      return rows.map((r) => r.row);
    }

    function cell(tag, className, content) {
      const node = element(tag, className);
      if (typeof content === "string") node.textContent = content;
      else if (content) node.appendChild(content);
      return node;
    }

    function link(href, text) {
      const a = element("a", null, text);
      a.href = root + href;
      return a;
    }

    function renderRow(json, row) {
      const tr = element("tr");
      const name = cell("th", null, link("projects/" + row[0] + "/", row[1]));
      name.scope = "row";
      tr.appendChild(name);
      tr.appendChild(
        row[2] < 0
          ? cell("td", null, element("span", "muted", "–"))
          : cell("td", null, link("categories/" + json.categories[row[2]][0] + "/", json.categories[row[2]][1]))
      );
      tr.appendChild(cell("td", "num", grouped(row[4])));
      tr.appendChild(cell("td", "num", grouped(row[5])));
      const change = row[6] === null ? 0 : row[6];
      tr.appendChild(cell("td", "num change" + (change > 0 ? " up" : change < 0 ? " down" : ""), changeText(row[6])));
      tr.appendChild(
        cell("td", null, row[7] ? element("span", "trend trend-" + row[7], row[7]) : element("span", "muted", "–"))
      );
      tr.appendChild(cell("td", null, row[8] ? row[8].substring(0, 10) : "–"));
      return tr;
    }

    function pageButton(label, page, disabled) {
      const button = element("button", "pager-button", label);
      button.type = "button";
      button.disabled = disabled;
      button.addEventListener("click", () => {
        state.page = page;
        show();
        status.scrollIntoView({ block: "nearest" });
      });
      return button;
    }

    function remember() {
      const query = new URLSearchParams();
      if (state.q) query.set("q", state.q);
      if (state.category) query.set("category", state.category);
      if (state.sort !== "name" || state.descending) {
        query.set("sort", state.sort);
        query.set("order", state.descending ? "desc" : "asc");
      }
      if (state.page > 1) query.set("page", String(state.page));
      const text = query.toString();
      if (window.history.replaceState) {
        window.history.replaceState(null, "", text ? "?" + text : window.location.pathname);
      }
    }

    function show() {
      load()
        .then((json) => {
          const rows = selected(json);
          const pages = Math.max(1, Math.ceil(rows.length / LIST_PAGE));
          state.page = Math.min(state.page, pages);
          const from = (state.page - 1) * LIST_PAGE;
          const body = table.tBodies[0];
          body.textContent = "";
          for (const row of rows.slice(from, from + LIST_PAGE)) body.appendChild(renderRow(json, row));
          headers.forEach((header) => {
            if (header.getAttribute("data-key") === state.sort) {
              header.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
            } else {
              header.removeAttribute("aria-sort");
            }
          });
          const sortName = headers.find((h) => h.getAttribute("data-key") === state.sort).textContent.trim();
          status.textContent =
            rows.length === 0
              ? "No project matches."
              : "Projects " + (from + 1) + "–" + Math.min(rows.length, from + LIST_PAGE) + " of " +
                rows.length + (rows.length < json.rows.length ? " matching" : "") + ", sorted by " +
                sortName + ", " + (state.descending ? "descending" : "ascending") + ".";
          if (serverPages) serverPages.hidden = true;
          pager.textContent = "";
          pager.hidden = pages < 2;
          pager.appendChild(pageButton("Previous", state.page - 1, state.page <= 1));
          pager.appendChild(element("span", "pager-at", "Page " + state.page + " of " + pages));
          pager.appendChild(pageButton("Next", state.page + 1, state.page >= pages));
          remember();
        })
        .catch((error) => {
          status.textContent = "Sorting and filtering are unavailable: " + error.message;
        });
    }

    let timer = 0;
    nameInput.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.q = nameInput.value.trim();
        state.page = 1;
        show();
      }, 80);
    });
    categorySelect.addEventListener("change", () => {
      state.category = categorySelect.value;
      state.page = 1;
      show();
    });
    form.addEventListener("focusin", () => load().catch(() => {}), { once: true });
    if (params.has("q") || params.has("category") || params.has("sort") || params.has("page")) show();
  }

  document.querySelectorAll("[data-search-input]").forEach(enhanceSearch);
  document.querySelectorAll("table.project-list[data-list-src]").forEach(enhanceProjectList);
  document.querySelectorAll("table.sortable").forEach(enhanceTable);
})();
