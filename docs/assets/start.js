/* Starts the theme's scripts once the page has been painted: Material's bundle, then the
   page tools and the glossary (the page's data-scripts, in order). Found in the page's
   markup, they would be fetched with the page's styles, and on a slow link the page would
   show later; run as soon as it was parsed, they would hold its first full paint.

   Material waits for DOMContentLoaded, which has passed by the time they run, so it is
   sent again once the last of them has run (nothing else listens for it), and <html> is
   marked data-started: what the browser tests wait for after the load event.

   Material's first acts are to swap the page's "no-js" class for "js" (which changes the
   header and sidebars) and to mark it as using its focus-visible polyfill. Any change to
   the classes of <html> makes the browser style the whole page again; done here, before the
   first full paint, that styling is the first one, not a second one inside Material's
   start, and Material's own changes find nothing to change. */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.replace("no-js", "js");
  root.classList.add("js-focus-visible");
  root.setAttribute("data-js-focus-visible", "");

  var scripts = document.currentScript.getAttribute("data-scripts").split(" ");

  function start() {
    scripts.forEach(function (src, i) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // run in the listed order, as deferred scripts do
      if (i === scripts.length - 1)
        script.onload = script.onerror = function () {
          document.dispatchEvent(new Event("DOMContentLoaded"));
          root.setAttribute("data-started", "");
        };
      document.head.appendChild(script);
    });
  }

  // Two frames: the page has then been painted, not only laid out for its first frame.
  requestAnimationFrame(function () {
    requestAnimationFrame(function () { setTimeout(start, 0); });
  });
})();
