/* Search for the briefgen library: loads search-index.js (a plain script, so it works from file://) the
   first time the search box is used, then lists matching stories while you type. Results are built with
   textContent only: no article text is ever parsed as HTML. Ranking mirrors briefgen.library.search. */
(function () {
  "use strict";
  var SATURATION = 1.2, PREFIX_FACTOR = 0.7, MAX_PREFIX_TERMS = 400, MIN_WORD = 2, LIMIT = 20, MAX_ACTORS = 4;
  var root = document.documentElement.getAttribute("data-root") || "";
  var index = null, loading = false, pending = null;

  function normalise(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }
  function words(text) {
    return (normalise(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) { return w.length >= MIN_WORD; });
  }
  function lowerBound(terms, word) {
    var lo = 0, hi = terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < word) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function search(query) {
    var tokens = words(query);
    if (!tokens.length || !index) return [];
    var terms = index.terms, postings = index.postings, total = index.docs.length, scores = null;
    for (var t = 0; t < tokens.length; t++) {
      var token = tokens[t], prefix = t === tokens.length - 1, found = new Map();
      var start = lowerBound(terms, token);
      for (var i = start; i < terms.length; i++) {
        var term = terms[i];
        if (!(term === token || (prefix && term.lastIndexOf(token, 0) === 0))) break;
        var row = postings[i], df = row.length / 2;
        var idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        var exact = term === token ? 1 : PREFIX_FACTOR, number = 0;
        for (var j = 0; j < row.length; j += 2) {
          number += row[j];
          var weight = row[j + 1];
          var value = idf * exact * weight * (SATURATION + 1) / (weight + SATURATION);
          var old = found.get(number);
          if (old === undefined || value > old) found.set(number, value);
        }
        if (i + 1 - start >= MAX_PREFIX_TERMS) break;
      }
      if (scores === null) { scores = found; }
      else {
        var both = new Map();
        scores.forEach(function (s, n) { var f = found.get(n); if (f !== undefined) both.set(n, s + f); });
        scores = both;
      }
      if (!scores.size) return [];
    }
    var ranked = Array.from(scores.keys());
    ranked.sort(function (a, b) { return (scores.get(b) - scores.get(a)) || (a - b); });
    return ranked.slice(0, LIMIT).map(function (n) {
      var d = index.docs[n];
      return { date: d[0], path: d[1], title: d[2], line: d[3], actors: d[4], score: scores.get(n) };
    });
  }
  window.briefgenSearch = search;  // for the benchmark and the browser test

  function show(form, query) {
    var list = form.querySelector(".results"), status = form.querySelector(".status");
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    if (!words(query).length) { status.textContent = "Type two letters or more."; return; }
    if (!index) { status.textContent = "Loading the search index…"; return; }
    var hits = search(query);
    status.textContent = hits.length ? hits.length + (hits.length === LIMIT ? "+" : "") + " matching stor" +
      (hits.length === 1 ? "y" : "ies") : "No stories match “" + query.trim() + "”.";
    hits.forEach(function (hit) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = root + hit.path;
      a.textContent = hit.title;
      var day = document.createElement("span"), line = document.createElement("span");
      day.className = "day";
      day.textContent = hit.date + (hit.actors ? " · " + hit.actors.split(", ").slice(0, MAX_ACTORS).join(", ") : "");
      line.className = "line";
      line.textContent = hit.line;
      li.appendChild(a); li.appendChild(day); li.appendChild(line);
      list.appendChild(li);
    });
  }
  function load(then) {
    if (index) { then(); return; }
    pending = then;
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "search-index.js";
    script.onload = function () { index = window.BRIEFGEN_INDEX || null; if (pending) pending(); };
    script.onerror = function () { loading = false; };
    document.head.appendChild(script);
  }
  function setUp(form) {
    var input = form.querySelector("input[type=search]");
    var update = function () { load(function () { show(form, input.value); }); show(form, input.value); };
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { load(function () { show(form, input.value); }); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();  // Enter opens the best match
      var first = form.querySelector(".results a");
      if (first) window.location.href = first.href;
    });
    if (input.value) update();
  }
  document.querySelectorAll("form[data-search]").forEach(setUp);
})();
