/* Glossary tooltips: the expansion of an abbreviation (plansite.abbr writes
   <abbr title="…" tabindex="0">) shown under it on hover, on keyboard focus and on a tap,
   tied to it with aria-describedby, closed with Escape. One shared element, made when
   first needed; Material's own tooltips (content.tooltips) cost every page about 80 ms of
   blocked main thread on a throttled phone, mounting one for each titled element.
   While shown, the title moves to data-title so the browser does not draw a second one. */
(function () {
  "use strict";

  var tip = null;
  var current = null;
  var timer = 0;

  function element() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "glossary-tip";
      tip.className = "glossary-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      tip.addEventListener("mouseenter", function () { window.clearTimeout(timer); });
      tip.addEventListener("mouseleave", function () { hideSoon(); });
      document.body.appendChild(tip);
    }
    return tip;
  }

  function show(abbr) {
    window.clearTimeout(timer);
    if (current === abbr) return;
    hide();
    var text = abbr.getAttribute("title");
    if (!text) return;
    current = abbr;
    abbr.setAttribute("data-title", text);
    abbr.removeAttribute("title");
    abbr.setAttribute("aria-describedby", "glossary-tip");
    var box = element();
    box.textContent = text;
    box.hidden = false;
    var rect = abbr.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.min(rect.left, width - box.offsetWidth - 8);
    box.style.left = Math.max(8, left) + window.scrollX + "px";
    box.style.top = rect.bottom + window.scrollY + 6 + "px";
  }

  function hide() {
    window.clearTimeout(timer);
    if (!current) return;
    current.setAttribute("title", current.getAttribute("data-title"));
    current.removeAttribute("data-title");
    current.removeAttribute("aria-describedby");
    current = null;
    element().hidden = true;
  }

  function hideSoon() {
    window.clearTimeout(timer);
    timer = window.setTimeout(hide, 200);
  }

  function glossaryTerm(node) {
    return node instanceof Element ? node.closest(".md-typeset abbr[tabindex]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var abbr = glossaryTerm(event.target);
    if (abbr) show(abbr);
  });
  document.addEventListener("mouseout", function (event) {
    if (glossaryTerm(event.target) === current) hideSoon();
  });
  document.addEventListener("focusin", function (event) {
    var abbr = glossaryTerm(event.target);
    if (abbr) show(abbr);
  });
  document.addEventListener("focusout", function (event) {
    if (glossaryTerm(event.target) === current) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
