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
 * A word that is not in the index as typed is also read as Telex or VNI keystrokes typed
 * without a Vietnamese input method ("ddoanf", "d9oa2n": "đoàn"); failing that, a word of
 * five letters or more may be one edit away from a word of the index (a letter missing,
 * extra, wrong, or two swapped), within the word files its first letters name. Pages are
 * ordered by the weight of the words found (plansite.search.index says how a word weighs:
 * most in the name of the entry a page is about, then in headings) times their rarity; a
 * page whose name holds every word of the query comes first (phraseBonus()).
 * The index of the page's language is loaded file by file, only when the reader searches:
 * search/<lang>/keys.js, then t/<first two folded letters>.js per word, then p/<n>.js
 * for the pages shown. Opened from the file system (the offline copy), start.js
 * runs this same code inside the page instead of a worker.
 */
(function (scope) {
  "use strict";

  var QUERY = 2, RESULT = 3;
  var MAX_PAGES = 30, MAX_SECTIONS = 4, SNIPPET = 280;
  var NAME_WEIGHT = 64; // plansite.search.index.NAME_WEIGHT: a word of the entry's name
  // Weights of a reading as Telex/VNI keys, of an English singular or plural, of a typo.
  var KEYED = 0.9, NUMBER = 0.8, TYPO = 0.3, TYPO_LENGTH = 5;
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

  /* Marks as combining characters: ^ (â ê ô), breve (ă), horn (ơ ư); the five tones. */
  var HAT = "\u0302", BREVE = "\u0306", HORN = "\u031b";
  var TELEX_TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323", z: "" };
  var VNI_TONES = { 1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323", 0: "" };
  var VOWEL = /[aeiouy]/;

  /* The last letter of `letters` (a list of base letter + marks) whose base is in `bases`. */
  function lastOf(letters, bases) {
    for (var j = letters.length - 1; j >= 0; j--)
      if (bases.indexOf(letters[j].charAt(0)) >= 0 && letters[j].length === 1) return j;
    return -1;
  }

  /* Horn on the last o or u, on both of "uo" ("uow", "uo7": ươ); breve on a. */
  function horn(letters, withBreve) {
    var j = lastOf(letters, withBreve ? "aou" : "ou");
    if (j < 0) return false;
    if (letters[j] === "a") { letters[j] += BREVE; return true; }
    letters[j] += HORN;
    if (letters[j].charAt(0) === "o" && j > 0 && letters[j - 1] === "u") letters[j - 1] += HORN;
    return true;
  }

  function spelled(letters, tone) {
    var word = (letters.join("") + tone).normalize("NFC");
    return VOWEL.test(fold(word)) ? word : null;
  }

  /* A word typed with Telex keys, as the word meant ("ddoanf", "ddoafn": "đoàn";
     "uwowcs", "uowcs": "ước"), or null. Tone keys come after the first vowel, anywhere. */
  function telex(word) {
    if (!/^[a-z]+$/.test(word)) return null;
    var first = word.search(VOWEL), letters = [], tone = "";
    if (first < 0) return null;
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i), j;
      if (i > first && TELEX_TONES.hasOwnProperty(c)) {
        tone = TELEX_TONES[c];
      } else if (c === "d" && i === 1 && letters[0] === "d") {
        letters[0] = "đ";
      } else if (c === "w") {
        if (!horn(letters, true)) {
          if (i === 0 || letters.length === 0) letters.push("u" + HORN);
          else return null;
        }
      } else if ("aeo".indexOf(c) >= 0 && (j = lastOf(letters, "aeo")) >= 0 && letters[j] === c &&
                 !VOWEL.test(letters.slice(j + 1).join(""))) {
        letters[j] += HAT;
      } else {
        letters.push(c);
      }
    }
    var result = spelled(letters, tone);
    return result && result !== word ? result : null;
  }

  /* A word typed with VNI keys (digits after the letters they mark, anywhere later:
     "d9oa2n", "d9oan2": "đoàn"), or null. */
  function vni(word) {
    if (!/^[a-z0-9]+$/.test(word) || !/[a-z]/.test(word) || !/[0-9]/.test(word)) return null;
    var letters = [], tone = "", j;
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i);
      if (VNI_TONES.hasOwnProperty(c)) {
        if (!letters.some(function (l) { return VOWEL.test(l.charAt(0)); })) return null;
        tone = VNI_TONES[c];
      } else if (c === "6") {
        if ((j = lastOf(letters, "aeo")) < 0) return null;
        letters[j] += HAT;
      } else if (c === "7") {
        if (!horn(letters, false)) return null;
      } else if (c === "8") {
        if ((j = lastOf(letters, "a")) < 0) return null;
        letters[j] += BREVE;
      } else if (c === "9") {
        if ((j = lastOf(letters, "d")) < 0) return null;
        letters[j] = "đ";
      } else {
        letters.push(c);
      }
    }
    return spelled(letters, tone);
  }

  /* Whether a and b (a != b) are one edit apart: a letter missing, extra, wrong, or two
     neighbours swapped. */
  function oneEdit(a, b) {
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1) return false;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la > lb) return a.slice(i + 1) === b.slice(i);
    if (la < lb) return a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1) ||
      (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
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

    /* One reading of a typed word: its folded form and spelling (tone key), whether it
       has marks, whether it may be the start of a longer word, its weight. */
    function reading(word, prefix, weight) {
      var folded = fold(word), tone = toneKey(word);
      return { folded: folded, spelling: tone === folded ? "" : tone, marked: tone !== folded,
        prefix: prefix, weight: weight };
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
        var prefix = open && i === all.length - 1;
        var keyed = [telex(word), vni(word)].filter(Boolean).map(function (w) {
          return reading(w, prefix, KEYED);
        });
        var other = !/^[a-z]{3,}$/.test(word) || /ss$/.test(word) ? []
          : [/s$/.test(word) ? word.slice(0, -1) : word + "s"];
        return { word: word, prefix: prefix, typed: reading(word, prefix, 1), keyed: keyed,
          plural: other.map(function (w) { return reading(w, false, NUMBER); }), readings: [] };
      });
    }

    /* Whether a spelling of a folded word (that the reading matches) is the one typed. */
    function sameSpelling(r, folded, spelling) {
      if (folded === r.folded)
        return spelling === r.spelling;
      return (spelling || folded).replace(TONES, "").normalize("NFC")
        .indexOf(r.spelling.normalize("NFD").replace(TONES, "").normalize("NFC")) === 0;
    }

    /* Whether a folded word of the index answers a reading (also as a prefix, when open). */
    function answers(r, folded) {
      return folded === r.folded || (r.prefix && folded.indexOf(r.folded) === 0);
    }

    /* Whether a word file has a word that answers the reading. */
    function inFile(r, shard) {
      return !!shard && (!!shard.w[r.folded] || (r.prefix && Object.keys(shard.w).some(function (f) {
        return f.indexOf(r.folded) === 0;
      })));
    }

    /* The weight of one spelling of a folded word that answers a reading; `same`: the
       spelling is the one typed with marks. */
    function factor(r, folded, same) {
      var length = folded === r.folded ? 1 : 0.6 * r.folded.length / folded.length;
      return (r.marked && !same ? length * 0.4 : length) * r.weight;
    }

    /* The word files a typo of `folded` may be in: its own, its first two letters swapped,
       its second letter left out (typed in excess). */
    function typoKeys(folded) {
      var c = Array.from(folded);
      return [c[0] + c[1], c[1] + c[0], c[0] + c[2]].map(shardKey).filter(function (k, i, all) {
        return all.indexOf(k) === i;
      });
    }

    /* Readings one edit away from the typed word, among the words of `shards`. */
    function typos(term, shards) {
      var typed = term.typed.folded, out = [];
      shards.forEach(function (shard) {
        if (!shard) return;
        Object.keys(shard.w).forEach(function (folded) {
          if (oneEdit(typed, folded)) out.push(reading(folded, false, TYPO));
        });
      });
      return out;
    }

    /* Scores per section ("page:section") and per term; `exact[t]`: the section has the
       spelling typed for term t; `named[t]`: term t is in the name of the page's entry
       (its score as if that were all: how the name answers, not how often the text does). */
    /* The sections the readings' postings name: {page, section, terms: per term its best
       weight, exact, named}, in a Map by page and section (a number: a big site's common
       words have hundreds of thousands of postings). */
    function score(terms) {
      var sections = new Map();
      terms.forEach(function (term, t) {
        term.readings.forEach(function (r) {
          var shard = r.shard;
          Object.keys(shard.w).forEach(function (folded) {
            if (!answers(r, folded))
              return;
            var spellings = shard.w[folded], df = 0;
            Object.keys(spellings).forEach(function (s) { df += spellings[s].length / 3; });
            var idf = Math.log(1 + shard.n / df);
            Object.keys(spellings).forEach(function (spelling) {
              var same = r.marked && sameSpelling(r, folded, spelling);
              var f = factor(r, folded, same);
              var postings = spellings[spelling];
              for (var i = 0; i < postings.length; i += 3) {
                var id = postings[i] * 65536 + postings[i + 1];
                var entry = sections.get(id);
                if (!entry) {
                  entry = { page: postings[i], section: postings[i + 1], terms: [], exact: [],
                    named: [] };
                  sections.set(id, entry);
                }
                entry.terms[t] = Math.max(entry.terms[t] || 0, postings[i + 2] * idf * f);
                if (same) entry.exact[t] = true;
                if (postings[i + 2] >= NAME_WEIGHT)
                  entry.named[t] = Math.max(entry.named[t] || 0, NAME_WEIGHT * idf * f);
              }
            });
          });
        });
      });
      return sections;
    }

    function rank(terms, sections) {
      var list = Array.from(sections.values(), function (entry) {
        var matched = 0, total = 0;
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
        var named = entries.filter(function (e) {
          return terms.every(function (_, t) { return e.named[t]; });
        })[0];
        // A named page's score counts only its name: above any other (NAME_WEIGHT x 1.2).
        var score = !named ? entries[0].score
          : 1.2 * named.named.reduce(function (sum, s) { return sum + s; }, 0);
        return { page: +page, entries: entries, named: !!named, score: score };
      }).sort(function (a, b) { return b.score - a.score || a.page - b.page; })
        .slice(0, MAX_PAGES);
    }

    /* Which term a word of a page answers, or -1. A term typed with marks answers only
       its own spelling, unless `loose[t]` (the page has only other spellings). */
    function matcher(terms, loose) {
      return function (word) {
        var folded = fold(word);
        for (var t = 0; t < terms.length; t++) {
          for (var k = 0; k < terms[t].readings.length; k++) {
            var r = terms[t].readings[k];
            if (!answers(r, folded))
              continue;
            var tone = toneKey(word);
            if (!r.marked || loose[t] || sameSpelling(r, folded, tone === folded ? "" : tone))
              return t;
          }
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

    /* Pages whose title is the query, or holds it, come first; then text holding it.
       For the page of an entry whose name holds every word of the query (`named`): more,
       the more of the name the query is, more with the words in their order, and more
       again where the name starts with them. */
    function phraseBonus(terms, section, named) {
      var phrase = " " + terms.map(function (t) { return t.readings[0].folded; }).join(" ");
      var end = terms[terms.length - 1].prefix ? "" : " ";
      if (named && section[3]) {
        var size = spaced(section, 3).split(" ").length - 2;
        if (!section.foldedAll)
          section.foldedAll = spaced(section, 3) + fold(section[4] || "").replace(GAPS, " ").trim() + " ";
        var at = section.foldedAll.indexOf(phrase + end);
        return 5 + (at === 0 ? 2 : at > 0 ? 1 : 0) + 3 * Math.min(1, terms.length / size);
      }
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
          var b = phraseBonus(terms, section, group.named && entry.section === 0);
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
        // Among the pages of entries the query names, the bonus decides before the weights.
        return { docs: docs, score: group.score * (group.named ? Math.pow(bonus, 3) : bonus) };
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
      var terms = parse(query), available = {};
      if (!terms.length)
        return Promise.resolve({ items: [] });
      /* The word files of `keys` that exist, loaded: {key: shard}. */
      function shardsOf(keys) {
        keys = keys.filter(function (k, i) { return available[k] && keys.indexOf(k) === i; });
        return Promise.all(keys.map(function (k) { return load("t/" + k); })).then(fresh)
          .then(function (loaded) {
            var byKey = {};
            keys.forEach(function (k, i) { byKey[k] = loaded[i]; });
            return byKey;
          });
      }
      return load("keys").then(fresh).then(function (keys) {
        (keys || []).forEach(function (k) { available[k] = true; });
        var wanted = [];
        terms.forEach(function (term) {
          [term.typed].concat(term.keyed, term.plural).forEach(function (r) {
            wanted.push(shardKey(r.folded));
          });
        });
        return shardsOf(wanted);
      }).then(function (shards) {
        /* As typed (and the English singular or plural); else as Telex or VNI keys; else,
           for a long word, one edit away. */
        var unfound = [];
        terms.forEach(function (term) {
          [term.typed].concat(term.keyed, term.plural).forEach(function (r) {
            r.shard = shards[shardKey(r.folded)];
          });
          var has = function (r) { return inFile(r, r.shard); };
          term.readings = (has(term.typed) ? [term.typed] : term.keyed.filter(has))
            .concat(term.plural.filter(has));
          if (!term.readings.length && Array.from(term.typed.folded).length >= TYPO_LENGTH)
            unfound.push(term);
        });
        var keys = [];
        unfound.forEach(function (term) { keys = keys.concat(typoKeys(term.typed.folded)); });
        return (keys.length ? shardsOf(keys) : Promise.resolve({})).then(function (more) {
          unfound.forEach(function (term) {
            term.readings = typos(term, typoKeys(term.typed.folded).map(function (k) {
              return more[k];
            }));
            term.readings.forEach(function (r) { r.shard = more[shardKey(r.folded)]; });
          });
          return terms.filter(function (term) { return term.readings.length; });
        });
      }).then(function (answered) {
        if (!answered.length)
          return { items: [] };
        /* Files loaded before resolve at once, and such a chain never lets the reader's next
           keystroke in: it is let in here, so that scoring (the costly part on a big site)
           is skipped for a query the reader has already typed past. */
        return afterWaitingMessages().then(fresh).then(function () {
          var groups = rank(answered, score(answered));
          return Promise.all(groups.map(function (group) {
            return load("p/" + group.page);
          })).then(fresh).then(function (loaded) {
            var pages = {};
            groups.forEach(function (group, i) { pages[group.page] = loaded[i]; });
            return { items: items(answered, groups, pages) };
          });
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
  scope.__plansiteSearchText = { words: words, fold: fold, toneKey: toneKey, shardKey: shardKey,
    telex: telex, vni: vni, oneEdit: oneEdit };

})(self);
