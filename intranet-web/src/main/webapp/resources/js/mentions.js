/*
 * Mentions while writing a post: after "@" and two letters, colleagues from data-suggest
 * (/people/suggest) appear as buttons under the text field. Choosing one (mouse, Enter or Space;
 * Arrow Down from the field reaches the list, Escape goes back) writes "@Full Name " into the text
 * and adds the person's id to the hidden field, so that the server knows which Jan de Vries was
 * meant. Without JavaScript, typing "@Full Name" works as well.
 */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var TYPED = /(^|[\s(])@([^\s@#]{2,}(?: [^\s@#]+){0,3})$/u;

  function enhance(box) {
    var form = box.closest("form");
    var field = form && form.querySelector("textarea");
    var hidden = form && form.querySelector("input[type=hidden][name$=':mentions']");
    var list = box.querySelector("ul");
    if (!field || !hidden || !list) {
      return;
    }
    var timer = null;
    var pending = null;
    var typed = null;

    function close() {
      list.replaceChildren();
      box.hidden = true;
      typed = null;
    }

    function choose(person) {
      var caret = field.selectionStart;
      var before = field.value.slice(0, caret);
      var start = before.lastIndexOf("@" + typed);
      var text = "@" + person.name + " ";
      field.value = field.value.slice(0, start) + text + field.value.slice(caret);
      var ids = hidden.value ? hidden.value.split(",") : [];
      if (ids.indexOf(person.id) < 0) {
        ids.push(person.id);
      }
      hidden.value = ids.join(",");
      close();
      field.focus();
      field.setSelectionRange(start + text.length, start + text.length);
    }

    function show(people) {
      var buttons = people.map(function (person) {
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "utrecht-button utrecht-button--subtle plein-button--small";
        button.textContent = box.dataset.label.replace("{0}", person.name) +
          (person["function"] ? " (" + person["function"] + ")" : "");
        button.addEventListener("click", function () { choose(person); });
        item.appendChild(button);
        return item;
      });
      list.replaceChildren.apply(list, buttons);
      box.hidden = buttons.length === 0;
    }

    function suggest() {
      var match = TYPED.exec(field.value.slice(0, field.selectionStart));
      if (!match) {
        close();
        return;
      }
      typed = match[2];
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(box.dataset.suggest + "?q=" + encodeURIComponent(typed), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (people) { show(Array.isArray(people) ? people : []); })
        .catch(function () { /* no suggestions: the full name can still be typed */ });
    }

    field.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, DELAY_MS);
    });
    field.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !box.hidden) {
        event.preventDefault();
        list.querySelector("button").focus();
      } else if (event.key === "Escape" && !box.hidden) {
        close();
      }
    });
    list.addEventListener("keydown", function (event) {
      var buttons = Array.prototype.slice.call(list.querySelectorAll("button"));
      var at = buttons.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < buttons.length - 1) {
        event.preventDefault();
        buttons[at + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (at > 0 ? buttons[at - 1] : field).focus();
      } else if (event.key === "Escape") {
        close();
        field.focus();
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-mention-suggestions]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
