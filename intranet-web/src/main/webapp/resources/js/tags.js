/*
 * Suggestions for a field of comma-separated tags (the expertise on the profile form). An input
 * with data-suggest="<address>" gets a <datalist> filled from that address (?q=<what is typed
 * after the last comma>, answered with a JSON array of strings). Each suggestion repeats the tags
 * already typed, because choosing from a datalist replaces the whole value of the input.
 * Without JavaScript, or when the address fails, the field is a plain text field.
 */
(function () {
  "use strict";

  var MIN_TYPED = 2;
  var DELAY_MS = 250;

  function enhance(input) {
    var list = document.createElement("datalist");
    list.id = input.id.replace(/[^A-Za-z0-9_-]/g, "-") + "-suggestions";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);
    var timer = null;
    var pending = null;

    function show(before, tags) {
      var chosen = before.split(",").map(function (t) { return t.trim().toLowerCase(); });
      var options = tags
        .filter(function (tag) { return typeof tag === "string" && chosen.indexOf(tag.toLowerCase()) < 0; })
        .map(function (tag) {
          var option = document.createElement("option");
          option.value = before + tag;
          return option;
        });
      list.replaceChildren.apply(list, options);
    }

    function suggest() {
      var value = input.value;
      var cut = value.lastIndexOf(",") + 1;
      var rest = value.slice(cut);
      var typed = rest.trim();
      // What stays as it is: the tags before the last comma, and the space after it.
      var before = value.slice(0, cut) + rest.slice(0, rest.length - rest.trimStart().length);
      if (typed.length < MIN_TYPED) {
        list.replaceChildren();
        return;
      }
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(typed), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (tags) { show(before, Array.isArray(tags) ? tags : []); })
        .catch(function () { /* no suggestions: the field works without them */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(enhance);
})();
