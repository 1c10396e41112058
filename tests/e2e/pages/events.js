// A host page's analytics: it only listens. The widget's events must reach the document
// (bubbling and composed), coming from the host element rather than from inside the shadow root.
const seen = [];
window.hostEvents = seen;
for (const type of ["live-scheme-change", "live-scheme-link"]) {
  document.addEventListener(type, (event) => {
    seen.push({
      type,
      target: event.target.id,
      bubbles: event.bubbles,
      composed: event.composed,
      detail: event.detail,
    });
    document.getElementById("event-count").textContent = String(seen.length);
  });
}
