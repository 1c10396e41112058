// The demo page's own words follow the widget's language: the widget's change event says which
// (and the link's `lang` at load); each text marked `data-en` keeps its Chinese to go back to.
const swap = (tag) => {
  const en = /^en\b/i.test(tag || "");
  document.documentElement.lang = en ? "en" : "zh-CN";
  for (const el of document.querySelectorAll("[data-en]")) {
    if (el.dataset.zh === undefined) el.dataset.zh = el.textContent;
    el.textContent = en ? el.dataset.en : el.dataset.zh;
  }
};
swap(new URLSearchParams(location.search).get("lang"));
addEventListener("live-scheme-change", (event) => swap(event.detail && event.detail.lang));
