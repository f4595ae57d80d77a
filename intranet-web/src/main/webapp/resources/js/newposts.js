/*
 * The "new posts" notice on the start page: every minute, asks data-new-posts (/timeline/new) how
 * many posts arrived after the newest one on the page, and when there are any shows the notice (a
 * polite live region) with a link that reloads the timeline. Without JavaScript, reloading the
 * page shows them as well.
 */
(function () {
  "use strict";

  var INTERVAL_MS = 60000;

  function start() {
    var notice = document.getElementById("new-posts");
    if (!notice) {
      return;
    }
    var link = notice.querySelector("a");

    function check() {
      fetch(notice.dataset.newPosts, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : [0]; })
        .then(function (answer) {
          var count = Array.isArray(answer) ? Number(answer[0]) : 0;
          if (count > 0) {
            link.textContent = (count === 1 ? notice.dataset.one : notice.dataset.many.replace("{0}", count));
            notice.hidden = false;
          }
        })
        .catch(function () { /* try again at the next minute */ });
    }

    window.setInterval(check, Number(notice.dataset.interval || INTERVAL_MS));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
