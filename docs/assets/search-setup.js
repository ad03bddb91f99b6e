/*
 * Two things Material's search box needs here, set up before Material's own script runs.
 *
 * 1. Text that arrives without a key release: Material reads the box on "keyup", so a word
 *    pasted with a long press, picked from a phone keyboard's suggestions or finished with
 *    a Vietnamese input method could leave the search on the previous letters. Every
 *    "input" event is followed by a "keyup" so that the box is read again.
 * 2. The offline copy: opened from the file system (file://), browsers refuse to start a
 *    worker, so Material's search would not start. There the search engine (search.js) is
 *    loaded into the page instead, with the first query, and answers Material through an
 *    object that behaves like a worker.
 */
(function () {
  "use strict";

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (box instanceof HTMLInputElement && box.name === "query" && !event.isComposing)
      box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified" }));
  }, true);

  if (location.protocol !== "file:")
    return;

  var NativeWorker = window.Worker;

  /* Like search-worker.js: SETUP is answered at once, search.js loads with the first query. */
  function PageWorker(url) {
    var listeners = [];
    var engine = null;

    function start() {
      return engine || (engine = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url.split("?")[0].replace(/search-worker\.js$/, "search.js");
        script.onload = function () { resolve(window.__plansiteSearchEngine(url)); };
        script.onerror = reject;
        document.head.appendChild(script);
      }));
    }

    function reply(message) {
      if (message) listeners.forEach(function (l) { l({ data: message }); });
    }

    this.addEventListener = function (type, listener) {
      if (type === "message") listeners.push(listener);
    };
    this.removeEventListener = function (type, listener) {
      listeners = listeners.filter(function (l) { return l !== listener; });
    };
    this.postMessage = function (message) {
      if (message.type === 0) { // SETUP
        Promise.resolve({ type: 1 }).then(reply); // READY
        return;
      }
      if (!engine && !/[\p{L}\p{N}]/u.test(message.data || "")) { // the empty box
        Promise.resolve({ type: 3, data: { items: [] } }).then(reply); // RESULT
        return;
      }
      start().then(function (handle) { return handle(message); }).then(reply);
    };
    this.terminate = function () { listeners = []; };
  }

  window.Worker = function (url, options) {
    return /(^|\/)search-worker\.js\?lang=/.test(url)
      ? new PageWorker(url) : new NativeWorker(url, options);
  };
})();
