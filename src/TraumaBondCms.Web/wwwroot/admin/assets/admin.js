// TraumaBond CMS admin: small progressive enhancements. Every page works without this script.
// No inline handlers: behaviour is attached here to data-* attributes (the CSP forbids inline script).
(function () {
  "use strict";

  function tokenFor(element) {
    var form = element.closest("form");
    var input = (form || document).querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  // Live Markdown preview: the server renders (raw HTML disabled), so the preview is exactly what readers get.
  function setUpPreview(textarea) {
    var target = document.getElementById(textarea.getAttribute("data-preview-target"));
    if (!target) { return; }
    var timer = null;
    var sent = 0;
    function render() {
      var ticket = ++sent;
      var body = new URLSearchParams();
      body.set("markdown", textarea.value);
      fetch("/admin/preview", {
        method: "POST",
        credentials: "same-origin",
        headers: { "RequestVerificationToken": tokenFor(textarea), "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString()
      }).then(function (response) {
        if (!response.ok) { throw new Error("Preview failed: " + response.status); }
        return response.text();
      }).then(function (html) {
        // Only the newest answer is shown, so a slow response never overwrites a newer preview.
        if (ticket === sent) {
          target.innerHTML = html;
          target.removeAttribute("data-stale");
        }
      }).catch(function () {
        target.setAttribute("data-stale", "true");
      });
    }
    textarea.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 300);
    });
  }

  // Filter a long list of checkboxes by typing.
  function setUpFilter(input) {
    var list = document.getElementById(input.getAttribute("data-filter-target"));
    if (!list) { return; }
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      list.querySelectorAll("label").forEach(function (label) {
        label.hidden = needle.length > 0 && label.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
  }

  // Ask before the few actions that cannot be undone quietly (an emergency unpublish takes an item away from readers at
  // once). Only a form with a question in data-confirm asks: ordinary workflow steps never do, so the one question that
  // matters is not clicked through out of habit.
  function setUpConfirm(form) {
    var question = (form.getAttribute("data-confirm") || "").trim();
    if (!question) { return; }
    form.addEventListener("submit", function (event) {
      if (!window.confirm(question)) { event.preventDefault(); }
    });
  }

  // A message rendered with the page is not announced by screen readers: put its text into the live region again once
  // the page has loaded, so "Submitted for review" or a refusal is read out after every action.
  function announce(region) {
    var text = region.textContent;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 150);
  }

  // Copy a value (a preview link) to the clipboard and say so in a live region.
  function setUpCopy(button) {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function (message) { if (status) { status.textContent = message; } };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(source.value).then(function () { done("Copied."); }, function () {
          source.select();
          done("Select the link and copy it with Ctrl+C.");
        });
      } else {
        source.select();
        done("Select the link and copy it with Ctrl+C.");
      }
    });
  }

  // Warn before leaving an editor with unsaved changes.
  function setUpDirtyGuard(form) {
    var dirty = false;
    form.addEventListener("input", function () { dirty = true; });
    form.addEventListener("change", function () { dirty = true; });
    form.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = ""; }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-preview-target]").forEach(setUpPreview);
    document.querySelectorAll("input[data-filter-target]").forEach(setUpFilter);
    document.querySelectorAll("form[data-confirm]").forEach(setUpConfirm);
    document.querySelectorAll("form[data-dirty-guard]").forEach(setUpDirtyGuard);
    document.querySelectorAll("button[data-copy-target]").forEach(setUpCopy);
    document.querySelectorAll("[data-announce]").forEach(announce);
    var summary = document.querySelector("[data-focus-on-load]:not([data-focus-on-load=false])");
    if (summary) { summary.focus(); }
  });
})();
