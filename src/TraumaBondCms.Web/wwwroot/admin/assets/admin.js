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

  // Media library upload: a file dropped on the form becomes the file input's file (Upload still sends it).
  function setUpDropUpload(form) {
    var zone = form.querySelector("[data-drop-zone]");
    var input = form.querySelector("input[type=file]");
    var status = form.querySelector("[data-drop-status]");
    if (!zone || !input) { return; }
    function say() { status.textContent = input.files.length ? "Ready to upload: " + input.files[0].name : ""; }
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      var files = event.dataTransfer && event.dataTransfer.files;
      if (!files || files.length === 0) { return; }
      // One file per upload: keep the first.
      var one = new DataTransfer();
      one.items.add(files[0]);
      input.files = one.files;
      say();
    });
    input.addEventListener("change", say);
  }

  // Media picker: a dialog that searches the library (/api/media) and puts the chosen file into the slot's list.
  var mediaDialog = null;
  function pickerDialog() {
    if (mediaDialog) { return mediaDialog; }
    var dialog = document.createElement("dialog");
    dialog.className = "media-dialog";
    dialog.setAttribute("aria-labelledby", "media-dialog-heading");
    dialog.innerHTML = '<h2 id="media-dialog-heading">Choose from the media library</h2>' +
      '<label for="media-dialog-q">Search (file name, alt text, tags)</label>' +
      '<input type="search" id="media-dialog-q">' +
      '<p class="hint" aria-live="polite" data-media-dialog-status></p>' +
      '<ul class="media-grid" data-media-dialog-grid></ul>' +
      '<div class="actions"><button type="button" class="button-secondary" data-media-dialog-close>Cancel</button> <a href="/admin/media" target="_blank" rel="noopener">Upload in the media library (new tab)</a></div>';
    document.body.appendChild(dialog);
    dialog.querySelector("[data-media-dialog-close]").addEventListener("click", function () { dialog.close(); });
    mediaDialog = dialog;
    return dialog;
  }

  function openPicker(kinds, choose) {
    var dialog = pickerDialog();
    var search = dialog.querySelector("#media-dialog-q");
    var grid = dialog.querySelector("[data-media-dialog-grid]");
    var status = dialog.querySelector("[data-media-dialog-status]");
    var timer = null;
    var sent = 0;
    function load() {
      var ticket = ++sent;
      var query = new URLSearchParams({ first: "48" });
      if (kinds.indexOf(",") < 0) { query.set("kind", kinds); }
      if (search.value.trim()) { query.set("q", search.value.trim()); }
      status.textContent = "Loading…";
      fetch("/api/media?" + query.toString(), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("The library answered " + response.status); }
          return response.json();
        })
        .then(function (page) {
          if (ticket !== sent) { return; }
          grid.textContent = "";
          page.items.forEach(function (asset) {
            var item = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.className = "media-tile";
            if (asset.kind === "Image") {
              var img = document.createElement("img");
              img.src = "/media/" + asset.sha256 + "/160.webp";
              img.alt = "";
              img.width = 160;
              button.appendChild(img);
            } else {
              var doc = document.createElement("span");
              doc.className = "media-doc";
              doc.textContent = "PDF";
              button.appendChild(doc);
            }
            var name = document.createElement("span");
            name.className = "media-name";
            name.textContent = asset.fileName;
            button.appendChild(name);
            button.setAttribute("aria-label", "Choose " + asset.fileName + (asset.alt ? ": " + asset.alt : ""));
            button.addEventListener("click", function () { dialog.close(); choose(asset); });
            item.appendChild(button);
            grid.appendChild(item);
          });
          status.textContent = page.items.length ? page.items.length + " file(s)." : "No files match.";
        })
        .catch(function (error) { status.textContent = error.message; });
    }
    search.oninput = function () { window.clearTimeout(timer); timer = window.setTimeout(load, 250); };
    search.value = "";
    load();
    dialog.showModal();
    search.focus();
  }

  function setUpMediaSlot(slot, kinds) {
    var select = slot.querySelector("select[data-media-select]");
    var thumb = slot.querySelector("[data-media-thumb]");
    var alt = slot.querySelector("input[name$='.alt']");
    var browse = slot.querySelector("[data-media-browse]");
    if (!select || !thumb || !browse) { return; }
    function show(option) {
      thumb.textContent = "";
      var node;
      if (!option || !option.value) {
        node = document.createElement("span");
        node.className = "empty";
        node.textContent = "None chosen";
      } else if (option.getAttribute("data-thumbnail")) {
        node = document.createElement("img");
        node.src = option.getAttribute("data-thumbnail");
        node.alt = "";
        node.width = 160;
      } else {
        node = document.createElement("span");
        node.className = "media-doc";
        node.textContent = "PDF";
      }
      thumb.appendChild(node);
    }
    select.addEventListener("change", function () {
      var option = select.options[select.selectedIndex];
      show(option);
      // Offer the library's default alt text; the editor checks it fits this use.
      if (option && option.getAttribute("data-alt") && alt && !alt.value) { alt.value = option.getAttribute("data-alt"); }
    });
    browse.hidden = false;
    browse.addEventListener("click", function () {
      openPicker(kinds, function (asset) {
        var value = asset.id + "/" + asset.sha256;
        var option = Array.prototype.find.call(select.options, function (o) { return o.value === value; });
        if (!option) {
          option = document.createElement("option");
          option.value = value;
          option.textContent = asset.fileName + (asset.width ? " (" + asset.width + " × " + asset.height + ")" : " (" + asset.kind + ")");
          if (asset.kind === "Image") { option.setAttribute("data-thumbnail", "/media/" + asset.sha256 + "/160.webp"); }
          if (asset.alt) { option.setAttribute("data-alt", asset.alt); }
          select.appendChild(option);
        }
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        (alt || select).focus();
      });
    });
  }

  // Clicking an image's preview sets its focal point.
  function setUpFocalPreview(preview) {
    var x = document.querySelector("input[data-focal=x]");
    var y = document.querySelector("input[data-focal=y]");
    var img = preview.querySelector("img");
    if (!x || !y || !img || x.disabled) { return; }
    img.addEventListener("click", function (event) {
      var box = img.getBoundingClientRect();
      x.value = ((event.clientX - box.left) / box.width).toFixed(2);
      y.value = ((event.clientY - box.top) / box.height).toFixed(2);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-preview-target]").forEach(setUpPreview);
    document.querySelectorAll("input[data-filter-target]").forEach(setUpFilter);
    document.querySelectorAll("form[data-confirm]").forEach(setUpConfirm);
    document.querySelectorAll("form[data-dirty-guard]").forEach(setUpDirtyGuard);
    document.querySelectorAll("form[data-drop-upload]").forEach(setUpDropUpload);
    document.querySelectorAll("[data-media-field]").forEach(function (field) {
      field.querySelectorAll("[data-media-slot]").forEach(function (slot) { setUpMediaSlot(slot, field.getAttribute("data-media-kinds")); });
    });
    document.querySelectorAll("[data-focal-preview]").forEach(setUpFocalPreview);
    document.querySelectorAll("button[data-copy-target]").forEach(setUpCopy);
    document.querySelectorAll("[data-announce]").forEach(announce);
    var summary = document.querySelector("[data-focus-on-load]:not([data-focus-on-load=false])");
    if (summary) { summary.focus(); }
  });
})();
