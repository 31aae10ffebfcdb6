// newsgraph explorer: the team's script. The pages work without it; it only marks spans in place
// (no reload) on the article page and submits filter forms when a select changes.
(function () {
  "use strict";

  function markKey(key) {
    var text = document.getElementById("text");
    if (!text) return false;
    text.querySelectorAll(".mark").forEach(function (el) { el.classList.remove("mark"); el.removeAttribute("id"); });
    var found = text.querySelectorAll('[data-k~="' + CSS.escape(key) + '"], [data-k~="' + CSS.escape(key + "-s") + '"]');
    found.forEach(function (el) { el.classList.add("mark"); });
    document.querySelectorAll(".side li.marked").forEach(function (li) { li.classList.remove("marked"); });
    if (found.length) {
      found[0].id = "m";
      found[0].scrollIntoView({ block: "center" });
    }
    return found.length > 0;
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest("a.item[data-key]");
    if (!link) return;
    var key = link.getAttribute("data-key");
    if (markKey(key)) {
      ev.preventDefault();
      link.closest("li").classList.add("marked");
      history.replaceState(null, "", "?mark=" + encodeURIComponent(key) + "#m");
    }
  });

  document.addEventListener("change", function (ev) {
    if (ev.target.matches("form.filters select")) ev.target.form.submit();
  });
})();
