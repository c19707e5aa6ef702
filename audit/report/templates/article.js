// Finding to finding with the keyboard: j or n next, k or p previous. The links work without it.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("aside.finding"));
  cards.sort(function (a, b) { return a.id.slice(1) - b.id.slice(1); });
  function position() {
    // Index of the finding shown; on a marker in the text (#mN), just before finding N.
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < cards.length; i++) {
      if (cards[i].id === id) return i;
      if ("m" + cards[i].id.slice(1) === id) return i - 0.5;
    }
    return -1;
  }
  function go(i) {
    if (!cards.length) return;
    var card = cards[Math.max(0, Math.min(cards.length - 1, i))];
    if (location.hash !== "#" + card.id) location.hash = card.id;
    card.focus();
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var at = position();
    if (e.key === "j" || e.key === "n") go(Math.floor(at) + 1);
    else if (e.key === "k" || e.key === "p") go(at < 0 ? 0 : Math.ceil(at) - 1);
    else return;
    e.preventDefault();
  });
})();
