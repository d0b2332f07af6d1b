// Sign sheets: when the facts of a block do not fit its box, leave out whole lines, the least
// needed first (what it does, the phone number, the street, the appointment note), instead of
// printing a line cut in half. A signpost never loses a destination: its list is set smaller,
// step by step, down to 60 % (on A4 still 2.5 mm letters, for reading from about 75 cm),
// until every destination fits. Without script the box simply clips. Used inline by the
// `print` command's document and by the sign maker (window.wegweiserFitSigns after a change).
(function () {
  "use strict";
  var ORDER = [".sign-what", ".sign-phone", ".address", ".sign-appointment"];
  // rendered size / layout size (the sign maker shows sheets zoomed out)
  function scale(e) {
    return e.offsetWidth ? e.getBoundingClientRect().width / e.offsetWidth : 1;
  }
  function fit(root) {
    (root || document).querySelectorAll(".sheet .block-body").forEach(function (body) {
      body.querySelectorAll("[data-fit-hidden]").forEach(function (e) {
        e.style.display = "";
        e.removeAttribute("data-fit-hidden");
      });
      if (!body.getClientRects().length) return; // not shown now
      var block = body.closest(".block");
      var over = function () {
        var style = window.getComputedStyle(block);
        var limit = block.getBoundingClientRect().bottom -
          (parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth)) * scale(block);
        var bottom = 0;
        body.querySelectorAll(".sign-fact > *, .sign-what, .sign-destinations > li").forEach(function (e) {
          if (e.getClientRects().length) bottom = Math.max(bottom, e.getBoundingClientRect().bottom);
        });
        // a little room: print layout measures text a hair larger than the screen
        return bottom > limit - 4 * scale(block);
      };
      var list = body.querySelector(".sign-destinations");
      if (list) {
        list.style.fontSize = "";
        for (var step = 1; step <= 8 && over(); step++) {
          list.style.fontSize = (100 - 5 * step) + "%";
        }
        return;
      }
      for (var i = 0; i < ORDER.length && over(); i++) {
        var e = body.querySelector(ORDER[i]);
        if (e) {
          e.style.display = "none";
          e.setAttribute("data-fit-hidden", "");
        }
      }
    });
  }
  window.wegweiserFitSigns = fit;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { fit(); });
  } else {
    fit();
  }
  // again when the fonts are there: they change every line's width
  window.addEventListener("load", function () { fit(); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { fit(); });
  window.addEventListener("beforeprint", function () { fit(); });
})();
