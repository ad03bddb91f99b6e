/*
 * The search worker Material's search box talks to (overrides/main.html names it), started
 * with the reader's first query (start.js answers Material's SETUP until then). It is kept
 * tiny: it answers SETUP at once as well and loads the search engine (search.js, which
 * explains the search) with the first query, so that a reader who never searches
 * downloads nothing more.
 */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var handle = null;

self.addEventListener("message", function (event) {
  if (event.data.type === SETUP) {
    self.postMessage({ type: READY });
    return;
  }
  // Material also asks with the empty box when a page opens: nothing to load for that.
  if (event.data.type === QUERY && !handle && !/[\p{L}\p{N}]/u.test(event.data.data || "")) {
    self.postMessage({ type: RESULT, data: { items: [] } });
    return;
  }
  if (!handle) {
    importScripts("search.js");
    handle = self.__plansiteSearchEngine(self.location.href);
  }
  handle(event.data).then(function (reply) {
    if (reply) self.postMessage(reply);
  });
});
