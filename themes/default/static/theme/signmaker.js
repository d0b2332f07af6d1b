// The sign maker, enhanced. Without this script the page works already: the ticks show and
// hide sheets and language blocks by CSS, and the browser prints them. The script adds:
// the choice in the address (?p=PAGE&l=de,ar&paper=A3, to bookmark or share), at most
// data-max languages, the layout for the number of blocks on each sheet, the printed date
// in the page's language, and a Print button. It loads nothing and sends nothing.
(function () {
  "use strict";
  var maker = document.getElementById("signmaker");
  if (!maker) return;
  var form = maker.querySelector("form");
  var max = parseInt(maker.getAttribute("data-max"), 10) || 6;
  var boxes = function (name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]'));
  };
  var params = new URLSearchParams(window.location.search);
  var listed = function (name) {
    return params.getAll(name).join(",").split(",").filter(Boolean);
  };
  if (params.has("p")) {
    var pages = listed("p");
    boxes("p").forEach(function (b) { b.checked = pages.indexOf(b.value) >= 0; });
  }
  if (params.has("l")) {
    var langs = listed("l");
    boxes("l").forEach(function (b) { b.checked = langs.indexOf(b.value) >= 0; });
  }
  if (params.has("paper")) {
    boxes("paper").forEach(function (b) { b.checked = b.value === params.get("paper").toUpperCase(); });
  }

  function update() {
    var langs = boxes("l").filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    boxes("l").forEach(function (b) { b.disabled = !b.checked && langs.length >= max; });
    maker.querySelectorAll(".sheet").forEach(function (sheet) {
      var n = 0;
      sheet.querySelectorAll(".block").forEach(function (block) {
        if (langs.indexOf(block.getAttribute("data-lang")) >= 0) n += 1;
      });
      sheet.setAttribute("data-count", String(n));
    });
    var q = new URLSearchParams();
    boxes("p").forEach(function (b) { if (b.checked) q.append("p", b.value); });
    if (langs.length) q.set("l", langs.join(","));
    var paper = boxes("paper").filter(function (b) { return b.checked; })[0];
    if (paper) q.set("paper", paper.value);
    window.history.replaceState(null, "", "?" + q.toString().replace(/%2C/g, ","));
    if (window.wegweiserFitSigns) window.wegweiserFitSigns(maker);
  }
  form.addEventListener("change", update);
  update();

  var today = new Date();
  var iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" +
    String(today.getDate()).padStart(2, "0");
  var text;
  try {
    text = today.toLocaleDateString(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" });
  } catch (e) {
    text = iso;
  }
  maker.querySelectorAll(".printed").forEach(function (blank) {
    // The blank to fill in by hand becomes the date of printing.
    var t = document.createElement("time");
    t.className = "printed";
    t.setAttribute("datetime", iso);
    t.textContent = text;
    blank.replaceWith(t);
  });

  var button = document.getElementById("signmaker-print");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
