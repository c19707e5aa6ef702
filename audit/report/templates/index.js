// Sort the articles by a column (click its header; again to reverse) and filter them by text,
// severity and rule. Everything is in the page: no request, no library.
(function () {
  "use strict";
  var table = document.getElementById("articles");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("q"), sev = document.getElementById("sev"),
      rule = document.getElementById("rule"), shown = document.getElementById("shown");
  function key(row, col, type) {
    var v = row.cells[col].getAttribute("data-sort") || "";
    return type === "num" ? parseFloat(v) || 0 : v.toLowerCase();
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("button"), function (button) {
    button.addEventListener("click", function () {
      var col = +button.getAttribute("data-col"), type = button.getAttribute("data-type");
      var th = button.parentNode, up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (h) {
        h.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a, col, type), y = key(b, col, type);
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
  function filter() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean), n = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!sev.value || +row.getAttribute("data-" + sev.value) > 0) &&
        (!rule.value || (" " + row.getAttribute("data-rules") + " ").indexOf(" " + rule.value + " ") >= 0);
      row.hidden = !ok;
      n += ok;
    });
    shown.textContent = n + " of " + rows.length + " shown";
  }
  [q, sev, rule].forEach(function (el) { el.addEventListener("input", filter); });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  filter();
})();
