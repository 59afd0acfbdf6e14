/* OSS Atlas: progressive enhancement only; every page works without this file.
   1. Search: filters search-index.json in the browser (header field and the search page).
   2. Sortable tables: a button in each column heading of table.sortable. */
(() => {
  "use strict";

  const root = document.documentElement.getAttribute("data-root") || "./";

  /* ---------- Search ---------- */

  let index = null;

  const fold = (s) =>
    (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

  function loadIndex() {
    if (!index) {
      index = fetch(root + "search-index.json", { credentials: "same-origin" })
        .then((response) => {
          if (!response.ok) {
            throw new Error("search index: HTTP " + response.status);
          }
          return response.json();
        })
        .then((data) =>
          data.entries.map((e) =>
            Object.assign({}, e, {
              folded: fold(e.name),
              all: fold([e.name, e.text, e.context, e.kind].join(" ")),
            })
          )
        );
    }
    return index;
  }

  function score(entry, terms) {
    let total = 0;
    for (const term of terms) {
      if (entry.folded === term) total += 100;
      else if (entry.folded.startsWith(term)) total += 50;
      else if (entry.folded.includes(term)) total += 25;
      else if (entry.all.includes(term)) total += 5;
      else return 0;
    }
    return total + (entry.kind === "project" ? 1 : 0);
  }

  function search(entries, query) {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    return entries
      .map((entry) => ({ entry, score: score(entry, terms) }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.entry.folded.localeCompare(b.entry.folded))
      .map((hit) => hit.entry);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function showResults(container, results, query, limit, onPage) {
    container.textContent = "";
    if (onPage) {
      const heading = element("h2", null,
        results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”");
      container.appendChild(heading);
    }
    if (results.length === 0) {
      container.appendChild(element("p", "search-empty", "No project, category or backer matches “" + query + "”."));
      return;
    }
    const list = element("ul", "search-list");
    for (const entry of results.slice(0, limit)) {
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
    if (results.length > limit) {
      const more = element("a", "search-more", "All " + results.length + " results");
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
      loadIndex()
        .then((entries) => {
          if (input.value.trim() !== query) return;
          showResults(container, search(entries, query), query, limit, onPage);
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
    input.addEventListener("focus", () => loadIndex().catch(() => {}), { once: true });

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

  document.querySelectorAll("[data-search-input]").forEach(enhanceSearch);
  document.querySelectorAll("table.sortable").forEach(enhanceTable);
})();
