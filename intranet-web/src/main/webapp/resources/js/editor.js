/*
 * The knowledge page editor's toolbar: buttons that put Markdown around the selected text (or at
 * the cursor) in the textarea named by data-editor-toolbar. Without JavaScript the toolbar stays
 * hidden and the field's description explains the Markdown to type.
 * Also: a file input with data-max-bytes refuses a file that is too large before it is sent, with
 * the text of data-too-large, so nobody waits for an upload that the server would refuse.
 */
(function () {
  "use strict";

  var WRAP = { bold: ["**", "**"], italic: ["*", "*"], link: ["[", "](https://)"] };
  var LINE = { heading: "## ", list: "- ", numbered: "1. ", quote: "> " };

  function apply(area, kind) {
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var value = area.value;
    var selected = value.substring(start, end);
    var replacement;
    if (WRAP[kind]) {
      replacement = WRAP[kind][0] + selected + WRAP[kind][1];
    } else {
      var lineStart = value.lastIndexOf("\n", start - 1) + 1;
      start = lineStart;
      selected = value.substring(lineStart, end);
      replacement = selected.split("\n").map(function (line) { return LINE[kind] + line; }).join("\n");
    }
    area.setRangeText(replacement, start, end, "end");
    area.focus();
  }

  document.querySelectorAll("[data-editor-toolbar]").forEach(function (toolbar) {
    var area = document.getElementById(toolbar.getAttribute("data-editor-toolbar"));
    if (!area) {
      return;
    }
    toolbar.hidden = false;
    toolbar.querySelectorAll("button[data-md]").forEach(function (button) {
      button.addEventListener("click", function () {
        apply(area, button.getAttribute("data-md"));
      });
    });
  });

  document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
    input.addEventListener("change", function () {
      var max = Number(input.getAttribute("data-max-bytes"));
      var tooLarge = Array.prototype.some.call(input.files, function (f) { return f.size > max; });
      input.setCustomValidity(tooLarge ? input.getAttribute("data-too-large") : "");
      if (tooLarge) {
        input.reportValidity();
      }
    });
  });
})();
