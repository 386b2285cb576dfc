// The home page's filter: hides the rows of the code table that do not contain every word
// typed, ignoring case and accents. Inline, so it works on a site opened from disk.
(function () {
  var box = document.querySelector("[data-filter]");
  if (!box) return;
  var input = box.querySelector("input");
  var none = box.querySelector(".filter-none");
  var fold = function (s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.codes tbody tr"));
  var texts = rows.map(function (row) { return fold(row.textContent); });
  var groups = document.querySelectorAll("[data-filter-group]");
  function apply() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("tbody tr:not([hidden])");
    });
    none.hidden = shown > 0;
  }
  box.hidden = false;
  input.addEventListener("input", apply);
  var start = new URLSearchParams(location.search).get("filter");
  if (start) { input.value = start; apply(); }
})();
