/* Search for the briefgen library. The first time the search box is used it loads search-index.js (a
   plain script, so it works from file://), which lists the index's month parts, then each part
   (search/YYYY-MM.js), newest month first; results list matching stories while you type and refresh as
   older months arrive. Results are built with textContent only: no article text is ever parsed as HTML.
   Ranking mirrors briefgen.library.search. */
(function () {
  "use strict";
  var SATURATION = 1.2, PREFIX_FACTOR = 0.7, MAX_PREFIX_TERMS = 400, MIN_WORD = 2, LIMIT = 20, MAX_ACTORS = 4;
  var root = document.documentElement.getAttribute("data-root") || "";
  var parts = [], expected = null, loading = false, pending = null;

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
  function docFrequency(term) {  // across every loaded part, so splitting by month keeps one ranking
    var count = 0;
    for (var p = 0; p < parts.length; p++) {
      var at = lowerBound(parts[p].terms, term);
      if (at < parts[p].terms.length && parts[p].terms[at] === term) count += parts[p].postings[at].length / 2;
    }
    return count;
  }
  function scorePart(index, tokens, total) {
    var terms = index.terms, postings = index.postings, scores = null;
    for (var t = 0; t < tokens.length; t++) {
      var token = tokens[t], prefix = t === tokens.length - 1, found = new Map();
      var start = lowerBound(terms, token);
      for (var i = start; i < terms.length; i++) {
        var term = terms[i];
        if (!(term === token || (prefix && term.lastIndexOf(token, 0) === 0))) break;
        var row = postings[i], df = docFrequency(term);
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
      if (!scores.size) break;
    }
    return scores || new Map();
  }
  function search(query) {
    var tokens = words(query), hits = [], total = 0;
    if (!tokens.length) return [];
    parts.forEach(function (index) { total += index.docs.length; });
    parts.forEach(function (index, order) {
      scorePart(index, tokens, total).forEach(function (score, n) { hits.push([score, order, n, index.docs[n]]); });
    });
    hits.sort(function (a, b) { return (b[0] - a[0]) || (a[1] - b[1]) || (a[2] - b[2]); });
    return hits.slice(0, LIMIT).map(function (h) {
      var d = h[3];
      return { date: d[0], path: d[1], title: d[2], line: d[3], actors: d[4], score: h[0] };
    });
  }
  window.briefgenSearch = search;  // for the benchmark and the browser test

  function show(form, query) {
    var list = form.querySelector(".results"), status = form.querySelector(".status");
    var clear = function () { list.textContent = ""; list.removeAttribute("data-key"); };
    if (!query.trim()) { clear(); status.textContent = ""; return; }
    if (!words(query).length) { clear(); status.textContent = "Type two letters or more."; return; }
    if (!parts.length) {
      clear();
      status.textContent = expected === 0 ? "The library has no stories yet." : "Loading the search index…";
      return;
    }
    var hits = search(query), more = expected !== null && parts.length < expected;
    status.textContent = (hits.length ? hits.length + (hits.length === LIMIT ? "+" : "") + " matching stor" +
      (hits.length === 1 ? "y" : "ies") : "No stories match “" + query.trim() + "”.") +
      (more ? " Searching older months…" : "");
    // An older month arriving often changes nothing: then the list (and the link under the finger) stays.
    var key = hits.map(function (hit) { return hit.path; }).join("\n");
    if (list.getAttribute("data-key") === key) return;
    list.textContent = "";
    list.setAttribute("data-key", key);
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
  function addScript(src, onload) {
    var script = document.createElement("script");
    script.src = root + src;
    script.onload = onload;
    script.onerror = function () { loading = false; };
    document.head.appendChild(script);
  }
  function load(then) {
    pending = then;
    if (loading) { if (parts.length) then(); return; }
    loading = true;
    addScript("search-index.js", function () {
      var manifest = window.BRIEFGEN_INDEX || { parts: [] }, list = manifest.parts || [];
      expected = list.length;
      window.BRIEFGEN_INDEX_PARTS = window.BRIEFGEN_INDEX_PARTS || {};
      var next = function (i) {  // one month at a time, newest first: recent stories show up soonest
        if (i >= list.length) { window.briefgenReady = true; if (pending) pending(); return; }
        addScript(list[i].file, function () {
          var part = window.BRIEFGEN_INDEX_PARTS[list[i].month];
          if (part) parts.push(part);
          if (pending) pending();
          next(i + 1);
        });
      };
      next(0);
    });
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
