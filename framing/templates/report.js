/* framing reports: the "why" panel. Shows the explanation cards of whatever is hovered, focused
   or clicked (a click pins it). Reads no data but the page's own, loads nothing. When it has run
   without error it writes data-report-ready on <html> (the browser test checks for it). */
(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function (e) {
    root.setAttribute("data-report-error", String((e && e.message) || e));
  });
  try {
    root.classList.remove("no-js");
    root.classList.add("js");
    var panel = document.getElementById("why");
    var hint = document.getElementById("why-hint");
    var pinned = null;

    var show = function (ids) {
      if (!panel) { return; }
      var on = panel.querySelectorAll(".card.on");
      for (var i = 0; i < on.length; i++) { on[i].classList.remove("on"); }
      var n = 0;
      for (var j = 0; j < ids.length; j++) {
        var card = ids[j] ? document.getElementById("card-" + ids[j]) : null;
        if (card) { card.classList.add("on"); n++; }
      }
      if (hint) { hint.hidden = n > 0; }
    };
    var target = function (e) {
      var t = e.target;
      return t && t.closest ? t.closest("[data-cards]") : null;
    };
    var cards = function (el) { return (el.getAttribute("data-cards") || "").split(" "); };

    document.addEventListener("mouseover", function (e) {
      var t = target(e);
      if (t && !pinned) { show(cards(t)); }
    });
    document.addEventListener("focusin", function (e) {
      var t = target(e);
      if (t && !pinned) { show(cards(t)); }
    });
    document.addEventListener("click", function (e) {
      var t = target(e);
      if (pinned) { pinned.classList.remove("pinned"); }
      if (t && t !== pinned) {
        pinned = t;
        t.classList.add("pinned");
        show(cards(t));
      } else {
        pinned = null;
      }
    });

    if (panel && panel.getAttribute("data-default")) {
      show(panel.getAttribute("data-default").split(" "));
      if (hint) { hint.hidden = false; }
    }
    root.setAttribute("data-highlights", String(document.querySelectorAll(".hl[data-cards]").length));
    root.setAttribute("data-report-ready", "1");
  } catch (err) {
    root.setAttribute("data-report-error", String(err));
  }
})();
