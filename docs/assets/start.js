/* The page's start: what must come before Material's script, then our scripts after the
   first paint, and Material's with the reader's first act. Why each part is here:
   overrides/material-base.html. */
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

  var tag = document.currentScript;

  function listed(name) {
    return (tag.getAttribute(name) || "").split(" ").filter(Boolean);
  }

  function add(sources, done) {
    if (!sources.length) return done();
    sources.forEach(function (src, i) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      if (i === sources.length - 1) script.onload = script.onerror = done;
      document.head.appendChild(script);
    });
  }

  // What Material's bundle answers and the reader did before it ran: a key outside the fields
  // (its shortcuts) and a press of one of its buttons (the banner's), done again once it runs;
  // the search opened, whose box it would focus, focused at once.
  var waiting = [];

  function keep(event) {
    var target = event.target instanceof Element ? event.target : document.body;
    if (event.type === "keydown" && !event.ctrlKey && !event.metaKey && !event.altKey &&
        !target.closest("input, textarea, select, [contenteditable]"))
      waiting.push(function () {
        target.dispatchEvent(new KeyboardEvent("keydown", {
          key: event.key, code: event.code, shiftKey: event.shiftKey,
          bubbles: true, cancelable: true
        }));
      });
    if (event.type === "change" && target.id === "__search" && target.checked)
      document.querySelector("input[name=query]").focus(); // as Material would, in the tap
    var button = event.type === "click" && target.closest("button");
    if (button && button.closest("[data-md-component]:not([data-md-component=content])"))
      waiting.push(function () { button.click(); });
  }

  var KEPT = ["keydown", "click", "change"];
  var ACTS = ["pointerdown", "pointermove", "keydown", "wheel", "scroll", "focusin"];
  KEPT.forEach(function (type) { document.addEventListener(type, keep, true); });

  var used = false;

  function use() {
    if (used) return;
    used = true;
    ACTS.forEach(function (type) { window.removeEventListener(type, use, true); });
    add(listed("data-on-use"), function () {
      document.dispatchEvent(new Event("DOMContentLoaded"));
      KEPT.forEach(function (type) { document.removeEventListener(type, keep, true); });
      waiting.forEach(function (again) { again(); });
      root.setAttribute("data-used", "");
    });
  }

  function start() {
    add(listed("data-scripts"), function () { root.setAttribute("data-started", ""); });
    if (waiting.length || /[?&][qh]=/.test(location.search)) return use();
    ACTS.forEach(function (type) {
      window.addEventListener(type, use, { capture: true, passive: true });
    });
  }

  requestAnimationFrame(function () {
    requestAnimationFrame(function () { setTimeout(start, 0); });
  });
})();
