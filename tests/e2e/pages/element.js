// Elements created by script, as frameworks do: one two seconds after load, and one inside
// another component's shadow root.
setTimeout(() => {
  const el = document.createElement("live-scheme-selector");
  el.id = "late";
  el.setAttribute("lang", "en");
  el.setAttribute("sync-url", "false");
  el.setAttribute("scenario", "car-presale");
  document.querySelector("#later").append(el);
}, 2000);

const component = document.querySelector("#component").attachShadow({ mode: "open" });
const inner = document.createElement("live-scheme-selector");
inner.id = "inner";
inner.setAttribute("lang", "en");
inner.setAttribute("sync-url", "false");
component.append(inner);
