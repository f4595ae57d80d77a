/*
 * The duplicate warning while a group is being created: as the name or description is typed, asks
 * data-similar (/groups/similar) for existing groups that look alike and shows them in the live
 * region #similar-region, with the texts the page put in its data attributes. Without JavaScript
 * the warning comes when the form is sent.
 */
(function () {
  "use strict";

  var DELAY_MS = 300;

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function render(region, target, groups) {
    if (!groups.length) {
      target.replaceChildren();
      return;
    }
    var d = region.dataset;
    var alert = element("div", "utrecht-alert utrecht-alert--warning plein-alert plein-similar");
    var content = element("div", "utrecht-alert__content");
    var message = element("div", "utrecht-alert__message");
    var heading = element("h2", "utrecht-heading-3", d.heading);
    heading.id = "similar-heading";
    var list = element("ul", "utrecht-unordered-list plein-similar__list");
    list.setAttribute("aria-labelledby", "similar-heading");
    groups.forEach(function (g) {
      var item = element("li", "utrecht-unordered-list__item");
      var link = element("a", "utrecht-link", g.name);
      link.href = d.groupHref + encodeURIComponent(g.id);
      item.appendChild(link);
      item.appendChild(element("span", "plein-similar__why",
        " – " + (g.reason === "NAME" ? d.reasonName : d.reasonDescription)));
      list.appendChild(item);
    });
    message.append(heading, element("p", "utrecht-paragraph", d.intro), list,
      element("p", "utrecht-paragraph", d.stillCreate));
    content.appendChild(message);
    alert.appendChild(content);
    target.replaceChildren(alert);
  }

  function start() {
    var region = document.getElementById("similar-region");
    var name = document.getElementById("group:name");
    var description = document.getElementById("group:description");
    var target = document.getElementById("group:similar");
    if (!region || !name || !target) {
      return;
    }
    var timer = null;
    var pending = null;

    function check() {
      var query = "?naam=" + encodeURIComponent(name.value) +
        "&omschrijving=" + encodeURIComponent(description ? description.value : "");
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch(region.dataset.similar + query, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (groups) { render(region, target, Array.isArray(groups) ? groups : []); })
        .catch(function () { /* no warning: creating still works */ });
    }

    [name, description].forEach(function (field) {
      if (field) {
        field.addEventListener("input", function () {
          window.clearTimeout(timer);
          timer = window.setTimeout(check, DELAY_MS);
        });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
