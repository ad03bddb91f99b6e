/*
 * Site search that finds what Vietnamese readers type.
 *
 * The search engine behind Material for MkDocs' search box. Material talks to its search
 * worker (search-worker.js, which loads this file with the first query) with four
 * messages: SETUP, READY, QUERY, RESULT; the engine createEngine makes answers QUERY.
 * Words are cut and folded exactly as scripts/plansite/search/text.py does when it writes
 * the index:
 *   - fold: no marks, đ as d ("Đoàn" -> "doan"), so "cong doan" finds "công đoàn";
 *   - toneKey: the tone moved to the end, so "thoả" and "thỏa" are the same spelling;
 *     when the reader types marks, pages with that exact spelling rank first.
 * The index of the page's language is loaded file by file, only when the reader searches:
 * search/<lang>/keys.js, then t/<first two folded letters>.js per word, then p/<n>.js
 * for the pages shown. Opened from the file system (the offline copy), search-setup.js
 * runs this same code inside the page instead of a worker.
 */
(function (scope) {
  "use strict";

  var QUERY = 2, RESULT = 3;
  var MAX_PAGES = 30, MAX_SECTIONS = 4, SNIPPET = 280;
  var WORD = /[\p{L}\p{N}]+/gu;
  var SCAN = /[\p{L}\p{N}]+/gu; // WORD for exec() loops: its own lastIndex
  var GAPS = /[^\p{L}\p{N}]+/gu;
  var PART = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}/gu;
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var inPage = typeof document !== "undefined";
  var store = {};

  scope.__plansiteSearch = function (name, data) {
    store[name] = data;
  };

  function words(text) {
    return text.normalize("NFC").toLowerCase().match(WORD) || [];
  }

  function fold(word) {
    return word.replace(/[đĐðÐ]/g, "d").normalize("NFD").replace(MARKS, "").toLowerCase();
  }

  function toneKey(word) {
    var decomposed = word.toLowerCase().normalize("NFD");
    var tones = (decomposed.match(TONES) || []).join("");
    return decomposed.replace(TONES, "").normalize("NFC") + tones;
  }

  function shardKey(folded) {
    return Array.from(folded).slice(0, 2).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
    }).join("");
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  function createEngine(workerUrl) {
    var lang = new URL(workerUrl, inPage ? document.baseURI : scope.location.href)
      .searchParams.get("lang") || "vi";
    var base = new URL("../search/" + lang + "/",
      new URL(workerUrl, inPage ? document.baseURI : scope.location.href));
    var pending = {};
    var latest = 0;

    /* One index file. A worker fetches it (requests run in parallel, where importScripts
       would fetch one file after another) and parses the JSON inside its script wrapper;
       in the page (file://, no fetch) it is added as a script. */
    function load(name) {
      var key = lang + "/" + name;
      if (!pending[key]) {
        var url = new URL(name + ".js", base).href;
        pending[key] = inPage ? new Promise(function (resolve) {
          var script = document.createElement("script");
          script.src = url;
          script.onload = function () { resolve(store[key] || null); };
          script.onerror = function () { resolve(null); };
          document.head.appendChild(script);
        }) : fetch(url).then(function (response) {
          return response.ok ? response.text() : null;
        }).then(function (text) {
          return text && JSON.parse(text.slice(text.indexOf(",") + 1, text.lastIndexOf(")")));
        }).catch(function () { return null; });
      }
      return pending[key];
    }

    function parse(query) {
      var typed = words(query);
      var open = /[\p{L}\p{N}]$/u.test(query.normalize("NFC"));
      var seen = {};
      return typed.filter(function (word) {
        var fresh = !seen[word];
        seen[word] = true;
        return fresh;
      }).map(function (word, i, all) {
        var folded = fold(word), tone = toneKey(word);
        return {
          word: word,
          folded: folded,
          spelling: tone === folded ? "" : tone,
          marked: tone !== folded,
          prefix: open && i === all.length - 1
        };
      });
    }

    /* Whether a spelling of a folded word (that the term matches) is the one typed. */
    function sameSpelling(term, folded, spelling) {
      if (folded === term.folded)
        return spelling === term.spelling;
      return (spelling || folded).replace(TONES, "").normalize("NFC")
        .indexOf(term.spelling.normalize("NFD").replace(TONES, "").normalize("NFC")) === 0;
    }

    /* Whether a folded word of the index answers a term (the last term also as a prefix). */
    function answers(term, folded) {
      return folded === term.folded || (term.prefix && folded.indexOf(term.folded) === 0);
    }

    /* The weight of one spelling of a folded word that answers a term; `same`: the spelling
       is the one typed with marks. */
    function factor(term, folded, same) {
      var length = folded === term.folded ? 1 : 0.6 * term.folded.length / folded.length;
      return term.marked && !same ? length * 0.4 : length;
    }

    /* Scores per section ("page:section") and per term; `exact[t]`: the section has the
       spelling typed for term t. */
    function score(terms, shards) {
      var sections = {};
      terms.forEach(function (term, t) {
        var shard = shards[t];
        if (!shard)
          return;
        Object.keys(shard.w).forEach(function (folded) {
          if (!answers(term, folded))
            return;
          var spellings = shard.w[folded], df = 0;
          Object.keys(spellings).forEach(function (s) { df += spellings[s].length / 3; });
          var idf = Math.log(1 + shard.n / df);
          Object.keys(spellings).forEach(function (spelling) {
            var same = term.marked && sameSpelling(term, folded, spelling);
            var f = factor(term, folded, same);
            var postings = spellings[spelling];
            for (var i = 0; i < postings.length; i += 3) {
              var id = postings[i] + ":" + postings[i + 1];
              var entry = sections[id] || (sections[id] = { page: postings[i],
                section: postings[i + 1], terms: [], exact: [] });
              entry.terms[t] = Math.max(entry.terms[t] || 0, postings[i + 2] * idf * f);
              if (same) entry.exact[t] = true;
            }
          });
        });
      });
      return sections;
    }

    function rank(terms, sections) {
      var list = Object.keys(sections).map(function (id) {
        var entry = sections[id], matched = 0, total = 0;
        terms.forEach(function (_, t) {
          if (entry.terms[t]) { matched += 1; total += entry.terms[t]; }
        });
        entry.matched = matched;
        entry.score = total * (entry.section === 0 ? 1.2 : 1);
        return entry;
      });
      var most = list.reduce(function (m, e) { return Math.max(m, e.matched); }, 0);
      var pages = {};
      list.filter(function (e) { return e.matched === most; }).forEach(function (e) {
        (pages[e.page] || (pages[e.page] = [])).push(e);
      });
      return Object.keys(pages).map(function (page) {
        var entries = pages[page].sort(function (a, b) { return b.score - a.score; });
        return { page: +page, entries: entries, score: entries[0].score };
      }).sort(function (a, b) { return b.score - a.score || a.page - b.page; })
        .slice(0, MAX_PAGES);
    }

    /* Which term a word of a page answers, or -1. A term typed with marks answers only
       its own spelling, unless `loose[t]` (the page has only other spellings). */
    function matcher(terms, loose) {
      return function (word) {
        var folded = fold(word);
        for (var t = 0; t < terms.length; t++) {
          var term = terms[t];
          if (!answers(term, folded))
            continue;
          var tone = toneKey(word);
          if (!term.marked || loose[t] || sameSpelling(term, folded, tone === folded ? "" : tone))
            return t;
        }
        return -1;
      };
    }

    /* The text as HTML with the words that answer a term marked. With `limit`, only about
       `limit` characters from a little before the first such word, "…" where cut; the
       text is read only that far (sections of a long plan can be long). */
    function highlight(text, match, found, limit) {
      var start = 0, cut = false;
      if (limit && text.length > limit) {
        var first = 0, word;
        SCAN.lastIndex = 0;
        while ((word = SCAN.exec(text))) {
          if (match(word[0]) >= 0) { first = word.index; break; }
        }
        if (first > limit / 4)
          start = text.lastIndexOf(" ", first - limit / 4) + 1;
        cut = start + limit < text.length;
        text = text.slice(start, start + 2 * limit);
      }
      var parts = text.match(PART) || [];
      var out = start > 0 ? "… " : "", length = 0;
      for (var j = 0; j < parts.length; j++) {
        var part = parts[j];
        if (limit && length > limit) break;
        length += part.length;
        var t = /[\p{L}\p{N}]/u.test(part) ? match(part) : -1;
        if (t >= 0) {
          if (!found[t]) found[t] = part.toLowerCase();
          out += "<mark data-md-highlight>" + escapeHTML(part) + "</mark>";
        } else {
          out += escapeHTML(part);
        }
      }
      if (cut && length > limit) out += " …";
      return out.replace(/<\/mark>(\s+)<mark data-md-highlight>/g, "$1");
    }

    /* A section's title or text folded, words joined by single spaces, kept on the section
       (pages stay loaded while the reader types on). */
    function spaced(section, field) {
      var key = "folded" + field;
      if (!section[key])
        section[key] = " " + fold(section[field]).replace(GAPS, " ").trim() + " ";
      return section[key];
    }

    /* Pages whose title is the query, or holds it, come first; then text holding it. */
    function phraseBonus(terms, section) {
      var phrase = " " + terms.map(function (t) { return t.folded; }).join(" ");
      var end = terms[terms.length - 1].prefix ? "" : " ";
      var title = spaced(section, 1);
      if (title.indexOf(phrase + end) >= 0)
        return 3 + 3 * terms.length / (title.split(" ").length - 2);
      if (terms.length > 1 && spaced(section, 2).indexOf(phrase + end) >= 0)
        return 2;
      return 1;
    }

    function items(terms, groups, pages) {
      var result = groups.map(function (group) {
        var sections = pages[group.page];
        if (!sections)
          return null;
        var found = [];
        var chosen = group.entries.slice(0, MAX_SECTIONS);
        var loose = {};
        terms.forEach(function (_, t) {
          loose[t] = !chosen.some(function (entry) { return entry.exact[t]; });
        });
        var match = matcher(terms, loose);
        var bonus = 1;
        var docs = chosen.map(function (entry) {
          var section = sections[entry.section];
          var b = phraseBonus(terms, section);
          bonus = Math.max(bonus, b);
          return { location: section[0], title: highlight(section[1], match, found, 0),
            text: highlight(section[2], match, found, SNIPPET), score: entry.score * b };
        });
        if (!chosen.some(function (entry) { return entry.section === 0; }))
          docs.push({ location: sections[0][0], title: highlight(sections[0][1], match, found, 0),
            text: "", score: 0 });
        var termMap = {};
        terms.forEach(function (term, t) {
          termMap[found[t] || term.word] = t < group.entries[0].terms.length &&
            !!group.entries[0].terms[t];
        });
        docs.forEach(function (doc) { doc.terms = termMap; });
        return { docs: docs, score: group.score * bonus };
      }).filter(Boolean);
      result.sort(function (a, b) { return b.score - a.score; });
      return result.map(function (group) {
        return group.docs.sort(function (a, b) { return b.score - a.score; });
      });
    }

    /* Stops a search that a newer query has replaced (the reader typed on). */
    function Stale() {}

    function search(query, stale) {
      function fresh(value) {
        if (stale()) throw new Stale();
        return value;
      }
      var terms = parse(query);
      if (!terms.length)
        return Promise.resolve({ items: [] });
      return load("keys").then(fresh).then(function (keys) {
        var available = {};
        (keys || []).forEach(function (k) { available[k] = true; });
        var names = terms.map(function (term) {
          var key = shardKey(term.folded);
          return available[key] ? "t/" + key : null;
        });
        return Promise.all(names.map(function (name) { return name && load(name); }));
      }).then(fresh).then(function (shards) {
        var groups = rank(terms, score(terms, shards));
        return Promise.all(groups.map(function (group) {
          return load("p/" + group.page);
        })).then(fresh).then(function (loaded) {
          var pages = {};
          groups.forEach(function (group, i) { pages[group.page] = loaded[i]; });
          return { items: items(terms, groups, pages) };
        });
      });
    }

    /* Resolves after the messages already waiting (the reader's next keystrokes) are seen. */
    function afterWaitingMessages() {
      return new Promise(function (resolve) { setTimeout(resolve, 0); });
    }

    return function handle(message) {
      switch (message.type) {
        case QUERY:
          var id = ++latest;
          var stale = function () { return id !== latest; };
          return afterWaitingMessages().then(function () {
            return search(message.data, stale);
          }).then(function (data) {
            return stale() ? null : { type: RESULT, data: data };
          }, function () {
            return stale() ? null : { type: RESULT, data: { items: [] } };
          });
        default:
          return Promise.resolve(null);
      }
    };
  }

  scope.__plansiteSearchEngine = createEngine;
  scope.__plansiteSearchText = { words: words, fold: fold, toneKey: toneKey, shardKey: shardKey };

})(self);
