// The search page: reads ?q=, asks the locale's Pagefind index (its language is the page's
// `lang`) and lists the pages found. Opened from disk the index cannot load: it says so.
(function () {
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  if (!status || !list) return;
  var query = (new URLSearchParams(location.search).get("q") || "").trim();
  document.getElementById("q").value = query;
  if (!query) return;
  var bundle = new URL(list.dataset.bundle, location.href).href;
  import(bundle).then(function (pagefind) {
    return pagefind.options({ baseUrl: list.dataset.base }).then(function () {
      return pagefind.search(query);
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    });
  }).then(function (pages) {
    status.textContent = pages.length ? "" : status.dataset.none;
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.url;
      link.textContent = page.meta.title;
      var excerpt = document.createElement("p");
      // Pagefind escapes the page's text and marks the words found with <mark>.
      excerpt.innerHTML = page.excerpt;
      item.append(link, excerpt);
      list.append(item);
    });
  }, function () {
    status.textContent = status.dataset.unavailable;
  });
})();
