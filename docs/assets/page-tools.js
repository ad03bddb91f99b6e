/* "Print" and "Copy link" (page-tools.html), and a copy button beside every plan
   paragraph's permanent link (a.para-link). Copies the permanent address: the page's
   canonical URL, plus #id for a paragraph. Where the clipboard API is missing or
   refused (a page opened over plain http from another machine), the address is shown
   selected in a read-only field to copy by hand. No inline script or style: CSP-safe. */
(function () {
  "use strict";

  var tools = document.querySelector(".page-tools");
  if (!tools) return;
  var base = tools.getAttribute("data-url");
  var toast = null;
  var timer = 0;

  function showToast(message, address) {
    if (!toast) {
      toast = document.createElement("div");
      toast.className = "copy-toast";
      toast.setAttribute("role", "status");
      document.body.appendChild(toast);
    }
    toast.textContent = message;
    toast.hidden = false;
    window.clearTimeout(timer);
    if (address) {
      var field = document.createElement("input");
      field.type = "text";
      field.readOnly = true;
      field.value = address;
      field.className = "copy-toast__field";
      toast.appendChild(field);
      field.focus();
      field.select();
      timer = window.setTimeout(function () { toast.hidden = true; }, 15000);
    } else {
      timer = window.setTimeout(function () { toast.hidden = true; }, 3000);
    }
  }

  function copyByHand(address) {
    showToast(tools.getAttribute("data-manual"), address);
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    if (copied) showToast(tools.getAttribute("data-copied"));
  }

  function copy(address, button) {
    function done() {
      showToast(tools.getAttribute("data-copied"));
      button.classList.add("is-copied");
      window.setTimeout(function () { button.classList.remove("is-copied"); }, 3000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(address).then(done, function () { copyByHand(address); });
    } else {
      copyByHand(address);
    }
  }

  tools.querySelector('[data-action="print"]').addEventListener("click", function () {
    window.print();
  });
  var pageButton = tools.querySelector('[data-action="copy"]');
  pageButton.addEventListener("click", function () { copy(base, pageButton); });
  tools.hidden = false;

  var icon = tools.querySelector('[data-action="copy"] .md-icon');
  document.querySelectorAll("a.para-link").forEach(function (link) {
    var id = link.getAttribute("href").slice(1);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.setAttribute("aria-label", tools.getAttribute("data-copy-para") + " #" + id);
    button.title = button.getAttribute("aria-label");
    button.appendChild(icon.cloneNode(true));
    button.addEventListener("click", function () { copy(base + "#" + id, button); });
    link.after(button);
  });
})();
