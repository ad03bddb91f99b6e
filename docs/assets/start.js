/* The page's start: what must come before Material's script, and then that script and ours
   after the first paint. Why each part is here: overrides/material-base.html. */
(function () {
  "use strict";

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (box instanceof HTMLInputElement && box.name === "query" && !event.isComposing)
      box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified" }));
  }, true);

  var NativeWorker = window.Worker;

  function SearchWorker(url, options) {
    var listeners = [];
    var engine = null;
    var worker = null;

    function reply(message) {
      if (message) listeners.forEach(function (l) { l({ data: message }); });
    }

    function inPage() {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url.split("?")[0].replace(/search-worker\.js$/, "search.js");
        script.onload = function () { resolve(window.__plansiteSearchEngine(url)); };
        script.onerror = reject;
        document.head.appendChild(script);
      }).then(function (handle) {
        return function (message) { handle(message).then(reply); };
      });
    }

    function inWorker() {
      worker = new NativeWorker(url, options);
      worker.addEventListener("message", function (event) { reply(event.data); });
      return Promise.resolve(function (message) { worker.postMessage(message); });
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
      engine = engine || (location.protocol === "file:" ? inPage() : inWorker());
      engine.then(function (send) { send(message); });
    };
    this.terminate = function () {
      listeners = [];
      if (worker) worker.terminate();
    };
  }

  window.Worker = function (url, options) {
    return /(^|\/)search-worker\.js\?lang=/.test(url)
      ? new SearchWorker(url, options) : new NativeWorker(url, options);
  };

  var root = document.documentElement;
  root.classList.replace("no-js", "js");
  root.classList.add("js-focus-visible");
  root.setAttribute("data-js-focus-visible", "");

  var scripts = (document.currentScript.getAttribute("data-scripts") || "").split(" ");

  function start() {
    scripts.filter(Boolean).forEach(function (src, i, all) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      if (i === all.length - 1)
        script.onload = script.onerror = function () {
          document.dispatchEvent(new Event("DOMContentLoaded"));
          root.setAttribute("data-started", "");
        };
      document.head.appendChild(script);
    });
  }

  requestAnimationFrame(function () {
    requestAnimationFrame(function () { setTimeout(start, 0); });
  });
})();
