// Sign sheets: make the facts of every block fit its box, so that no line is ever printed
// cut in half. Step by step, as little as needed:
//  1. the summary (what the office does) goes first: it is on the page behind the QR code,
//     and the facts keep their size for it;
//  2. compacting (sign.css, data-fit): the title's aside in parentheses (the German name)
//     smaller on a line of its own, short day names ("Mo, Di, Fr"), where and when side by
//     side, then all type smaller in steps down to the floors in sign.css (the name's cap
//     height 7 mm, the facts 3 mm type), at each step floor and room without their labels
//     if that makes it fit;
//  3. leaving out whole facts, least needed first (DROP), each time with the compacting
//     again from the start. The opening hours go only as a whole, never a day of them (a
//     missing day reads as "closed"): a pointer to the QR code stands in their place. A fact
//     left out makes room: the others left out before it come back when they fit now.
// A block is measured as laid out, in both directions, so that a right-to-left block and a
// line wrapped in Arabic script count as what they are. A signpost never loses a
// destination: its list is set smaller, step by step, down to 60 % (on A4 still 2.5 mm
// letters), until every destination fits. Without script the box simply clips. Used inline
// by the `print` command's document and by the sign maker (window.wegweiserFitSigns after a
// change).
(function () {
  "use strict";
  // least needed first; each a data-fit token that sign.css hides
  var DROP = ["no-phone", "no-street", "no-appointment", "no-where", "no-hours"];
  // rendered size / layout size (the sign maker shows sheets zoomed out)
  function scale(e) {
    return e.offsetWidth ? e.getBoundingClientRect().width / e.offsetWidth : 1;
  }
  // whether anything in the block lies outside the room it has: below the block's padding
  // or its body's bottom, or beside the body (an unbreakable phone number or time)
  function over(block, body) {
    var s = scale(block);
    var style = window.getComputedStyle(block);
    var box = block.getBoundingClientRect();
    // a little room: print layout measures text a hair larger than the screen
    var bottom = box.bottom - (parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth) + 4) * s;
    var title = block.querySelector(".block-title");
    if (title && title.getBoundingClientRect().bottom > bottom) return true;
    var room = body.getBoundingClientRect();
    bottom = Math.min(bottom, room.bottom - 4 * s);
    var all = body.querySelectorAll("*");
    for (var i = 0; i < all.length; i++) {
      if (!all[i].getClientRects().length) continue; // not shown
      var r = all[i].getBoundingClientRect();
      if (r.bottom > bottom || r.left < room.left - s || r.right > room.right + s) return true;
    }
    return false;
  }
  function setFit(block, tokens, size) {
    block.setAttribute("data-fit", tokens.join(" "));
    if (size < 1) {
      block.style.setProperty("--fit", String(size));
    } else {
      block.style.removeProperty("--fit");
    }
  }
  // Tries the compacting steps with `dropped` left out; leaves the block in the first state
  // that fits (true) or in the most compact one (false). Floor and room lose their labels
  // only when that keeps the type larger: tried at each size, after the labelled line.
  function compact(block, body, dropped) {
    var tokens = dropped.slice();
    var shortWhere = false;
    var fits = function (size) {
      setFit(block, tokens, size);
      if (!over(block, body)) return true;
      if (!shortWhere) return false;
      setFit(block, tokens.concat("short-where"), size);
      return !over(block, body);
    };
    if (fits(1)) return true;
    if (block.querySelector(".title-aside")) {
      tokens.push("aside");
      if (fits(1)) return true;
    }
    if (block.querySelector(".day-short")) {
      tokens.push("short-days");
      if (fits(1)) return true;
    }
    if (block.querySelector(".sign-hours") && !block.closest(".sheet:is([data-count='4'], [data-count='5'], [data-count='6'])")) {
      tokens.push("columns"); // where and when side by side, as in strips
      if (fits(1)) return true;
    }
    shortWhere = !!block.querySelector(".where-label") && dropped.indexOf("no-where") < 0;
    if (shortWhere && fits(1)) return true;
    tokens.push("scale");
    var title = block.querySelector(".block-title");
    var sizes = function () {
      return window.getComputedStyle(body).fontSize + " " + (title ? window.getComputedStyle(title).fontSize : "");
    };
    var before = null;
    var size = 1;
    while (size > 0.25) {
      size = Math.round((size - 0.05) * 100) / 100;
      if (fits(size)) return true;
      var now = sizes();
      if (now === before) break; // both at their floors
      before = now;
    }
    return false;
  }
  function fitFacts(block, body) {
    setFit(block, [], 1);
    if (!over(block, body)) return;
    var dropped = body.querySelector(".sign-what") ? ["no-what"] : [];
    var present = function (token) {
      var sel = { "no-phone": ".sign-phone", "no-street": ".address", "no-appointment": ".sign-appointment",
        "no-where": ".where", "no-hours": ".sign-hours" }[token];
      return !!body.querySelector(sel);
    };
    var drops = DROP.filter(present);
    var n = 0;
    while (!compact(block, body, dropped) && n < drops.length) {
      dropped.push(drops[n++]);
    }
    // what was left out before the last one may fit now, the most needed first
    for (var i = n - 2; i >= 0; i--) {
      var without = dropped.filter(function (t) { return t !== drops[i]; });
      if (!compact(block, body, without)) {
        compact(block, body, dropped);
      } else {
        dropped = without;
      }
    }
  }
  function fitDestinations(block, body, list) {
    list.style.fontSize = "";
    for (var step = 1; step <= 8 && over(block, body); step++) {
      list.style.fontSize = (100 - 5 * step) + "%";
    }
  }
  function fit(root) {
    (root || document).querySelectorAll(".sheet .block-body").forEach(function (body) {
      if (!body.getClientRects().length) return; // not shown now
      var block = body.closest(".block");
      var list = body.querySelector(".sign-destinations");
      if (list) {
        fitDestinations(block, body, list);
      } else {
        fitFacts(block, body);
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
