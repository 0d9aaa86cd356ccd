/*
 * Versus search box: hand-written, no dependencies, no requests outside the site.
 * The index (search-index.json) is loaded on first use of the box and holds technologies only:
 * [name, slug, [category ids]], most used first. Two technologies sharing a category id have a
 * comparison page at compare/<a>-vs-<b>/ with the slugs in code-point order; it is built here.
 */
(function () {
  "use strict";

  var LIMIT = 8;
  var RIVALS = 5;

  /**
   * What the script says, in English. A page in another language (or with other English words)
   * gives its own texts as the form's data-say-* attributes (see search-box.ftlh): the script is
   * one file shared by every language. Keep these equal to the English messages in en.toml.
   */
  var ENGLISH = {
    pair: "{first} vs {second}",
    "no-match": "No technology matches \u201c{query}\u201d.",
    "no-shared-category": "{first} and {second} share no category, so they are not compared.",
    unavailable: "The search index could not be loaded; browse the categories instead."
  };

  /** The text {@code key} with its {name}s replaced by values, in one pass (a query may hold braces). */
  function say(words, key, values) {
    var text = (words && words[key]) || ENGLISH[key];
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values || {}, name) ? values[name] : whole;
    });
  }

  /** The form's own texts, by the keys of ENGLISH. */
  function pageWords(box) {
    var words = {};
    Object.keys(ENGLISH).forEach(function (key) {
      var text = box.getAttribute("data-say-" + key);
      if (text) { words[key] = text; }
    });
    return words;
  }

  function normalize(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ").trim();
  }

  /** The index's technologies, with their normalized names and their order (most used first). */
  function prepare(index) {
    return index.technologies.map(function (t, order) {
      return { name: t[0], slug: t[1], categories: t[2], order: order, key: normalize(t[0]) };
    });
  }

  /** 0 exact, 1 starts with the query, 2 a word starts with it, 3 contains it, -1 no match. */
  function score(tech, q) {
    if (tech.key === q || tech.slug === q) { return 0; }
    if (tech.key.indexOf(q) === 0 || tech.slug.indexOf(q) === 0) { return 1; }
    if ((" " + tech.key).indexOf(" " + q) >= 0) { return 2; }
    if (tech.key.indexOf(q) >= 0) { return 3; }
    return -1;
  }

  /** The best matches: the closest match first, then the most used. */
  function find(techs, q, accept) {
    var hits = [];
    for (var i = 0; i < techs.length; i++) {
      var s = score(techs[i], q);
      if (s >= 0 && (!accept || accept(techs[i]))) { hits.push({ tech: techs[i], score: s }); }
    }
    hits.sort(function (a, b) { return a.score - b.score || a.tech.order - b.tech.order; });
    return hits;
  }

  function shareCategory(a, b) {
    for (var i = 0; i < a.categories.length; i++) {
      if (b.categories.indexOf(a.categories[i]) >= 0) { return true; }
    }
    return false;
  }

  function comparisonRoute(a, b) {
    var inOrder = a.slug < b.slug;
    return "compare/" + (inOrder ? a.slug : b.slug) + "-vs-" + (inOrder ? b.slug : a.slug) + "/";
  }

  function categoryNames(index, tech) {
    return tech.categories.slice(0, 2).map(function (id) { return index.categories[id][1]; }).join(", ");
  }

  function technologyResult(index, tech) {
    return { text: tech.name, route: "technologies/" + tech.slug + "/", detail: categoryNames(index, tech) };
  }

  function comparisonResult(index, a, b, words) {
    var shared = a.categories.filter(function (id) { return b.categories.indexOf(id) >= 0; });
    return { text: say(words, "pair", { first: a.name, second: b.name }), route: comparisonRoute(a, b), detail: index.categories[shared[0]][1] };
  }

  /**
   * What the box shows for a query: { results: [{text, route, detail}], note }. Routes are
   * relative to the site root. "a vs b" (or "a, b") lists comparisons of the best match for a
   * with matches for b in a shared category; a single name lists technologies, and for an exact
   * name also its comparisons with the most used technologies of its categories. words: the
   * page's texts by the keys of ENGLISH (optional).
   */
  function match(index, query, techs, words) {
    techs = techs || prepare(index);
    var q = normalize(query);
    var parts = q.split(/\s+(?:vs\.?|versus)(?:\s+|$)|\s*,\s*/);
    if (!q) { return { results: [], note: null }; }
    if (parts.length >= 2 && parts[0] && parts[1]) {
      var firsts = find(techs, parts[0]);
      if (!firsts.length) { return { results: [], note: say(words, "no-match", { query: parts[0] }) }; }
      var a = firsts[0].tech;
      var rivals = find(techs, parts[1], function (b) { return b !== a && shareCategory(a, b); });
      if (!rivals.length) {
        var others = find(techs, parts[1]);
        return { results: [], note: others.length
          ? say(words, "no-shared-category", { first: a.name, second: others[0].tech.name })
          : say(words, "no-match", { query: parts[1] }) };
      }
      return { results: rivals.slice(0, LIMIT).map(function (h) { return comparisonResult(index, a, h.tech, words); }),
        note: null };
    }
    var term = parts[0] || q;
    var hits = find(techs, term);
    if (!hits.length) { return { results: [], note: say(words, "no-match", { query: term }) }; }
    var results = hits.slice(0, LIMIT).map(function (h) { return technologyResult(index, h.tech); });
    if (hits[0].score === 0) {
      var top = hits[0].tech;
      var paired = 0;
      for (var i = 0; i < techs.length && paired < RIVALS; i++) {
        if (techs[i] !== top && shareCategory(top, techs[i])) {
          results.push(comparisonResult(index, top, techs[i], words));
          paired++;
        }
      }
    }
    return { results: results, note: null };
  }

  function show(box, outcome, root) {
    var out = box.querySelector(".search-results");
    while (out.firstChild) { out.removeChild(out.firstChild); }
    if (outcome.note) {
      var p = document.createElement("p");
      p.textContent = outcome.note;
      out.appendChild(p);
    }
    if (!outcome.results.length) { return; }
    var list = document.createElement("ul");
    outcome.results.forEach(function (r) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + r.route;
      link.textContent = r.text;
      item.appendChild(link);
      if (r.detail) {
        var detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = " " + r.detail;
        item.appendChild(detail);
      }
      list.appendChild(item);
    });
    out.appendChild(list);
  }

  function wire(box) {
    var input = box.querySelector("input[name=q]");
    var root = box.getAttribute("data-root") || "./";
    var words = pageWords(box);
    var state = { index: null, techs: null, loading: null };

    function load() {
      if (!state.loading) {
        state.loading = fetch(box.getAttribute("data-index"))
          .then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
          })
          .then(function (index) { state.index = index; state.techs = prepare(index); })
          .catch(function () {
            state.loading = null;
            show(box, { results: [], note: say(words, "unavailable") }, root);
            throw new Error("no index");
          });
      }
      return state.loading;
    }

    function update() {
      load().then(function () { show(box, match(state.index, input.value, state.techs, words), root); },
        function () {});
    }

    input.addEventListener("focus", function () { load().catch(function () {}); });
    input.addEventListener("input", update);
    box.addEventListener("submit", function (event) {
      var first = box.querySelector(".search-results a");
      if (first) {
        event.preventDefault();
        window.location.href = first.href;
      }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      update();
    }
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { match: match, normalize: normalize, comparisonRoute: comparisonRoute };
  } else {
    Array.prototype.forEach.call(document.querySelectorAll("form.search"), wire);
  }
}());
