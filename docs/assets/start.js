/* Starts the theme's scripts once the page has been painted: Material's bundle, then the
   page tools and the glossary (the page's data-scripts, in order). Found in the page's
   markup, they would be fetched with the page's styles, and on a slow link the page would
   show later; run as soon as it was parsed, they would hold its first full paint.

   Material waits for DOMContentLoaded, which has passed by the time they run, so it is
   sent again once the last of them has run; nothing else listens for it. */
(function () {
  "use strict";

  var scripts = document.currentScript.getAttribute("data-scripts").split(" ");

  function start() {
    scripts.forEach(function (src, i) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // run in the listed order, as deferred scripts do
      if (i === scripts.length - 1)
        script.onload = script.onerror = function () {
          document.dispatchEvent(new Event("DOMContentLoaded"));
        };
      document.body.appendChild(script);
    });
  }

  requestAnimationFrame(function () { setTimeout(start, 0); });
})();
