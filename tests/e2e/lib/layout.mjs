// What must hold on screen in every state of a flow, checked in the page: nothing in the
// widget scrolls inside itself with content hidden, the first card is the one the result
// leads with, and no control on screen lies under something else (the sticky bar above all).

/** The problems once the state has settled (the bar follows the result's visibility a frame
 * later); empty when the state reads right. */
export async function layoutProblems(host) {
  let problems = [];
  for (let i = 0; i < 10; i++) {
    problems = await problemsNow(host);
    if (!problems.length) break;
    await new Promise((r) => setTimeout(r, 60));
  }
  return problems;
}

function problemsNow(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot ?? el.getRootNode();
    const problems = [];
    for (const node of root.querySelectorAll("*")) {
      const style = getComputedStyle(node);
      if (node.matches(".lss-visually-hidden, select, input, textarea, option, optgroup")) continue;
      if (style.display === "none") continue;
      const clips = ["auto", "scroll", "hidden", "clip"].includes(style.overflowY);
      if (clips && node.scrollHeight > node.clientHeight + 1) {
        problems.push(`${node.tagName.toLowerCase()}.${node.className} scrolls inside: ${node.scrollHeight}px in ${node.clientHeight}px`);
      }
    }
    const cards = [...root.querySelectorAll("[data-scheme]")];
    const recommended = root.querySelector("[data-scheme][data-recommended]");
    if (recommended && cards[0] !== recommended) {
      problems.push(`the first card is ${cards[0]?.dataset.scheme}, not the recommended ${recommended.dataset.scheme}`);
    }
    const next = root.querySelector("[data-next-step]");
    if (next && cards[0]?.dataset.scheme !== next.dataset.nextStep) {
      problems.push(`the first card is ${cards[0]?.dataset.scheme}, not the next step's ${next.dataset.nextStep}`);
    }
    const primary = root.querySelectorAll(".lss-card[data-lead] .lss-card-actions .lss-button:first-child");
    if (primary.length > 1) problems.push(`${primary.length} primary card buttons`);
    // The bar leads to the result: one line, and only while the result is out of view.
    const bar = root.querySelector(".lss-bar");
    if (bar && getComputedStyle(bar).display !== "none") {
      const r = bar.getBoundingClientRect();
      if (r.height > 56) problems.push(`the bar wraps: ${Math.round(r.height)}px`);
      const result = root.querySelector(".lss-result").getBoundingClientRect();
      if (result.top < innerHeight && result.bottom > 0) problems.push("the bar shows while the result is in view");
    }
    // Every control on screen is what a tap at its centre reaches.
    const controls = root.querySelectorAll("button, a[href], select, input[type=search], label, summary");
    for (const control of controls) {
      const r = control.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 12);
      if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
      const hit = root.elementFromPoint(x, y);
      if (hit && hit !== control && !control.contains(hit) && !hit.contains(control)) {
        const what = (control.textContent || control.getAttribute("aria-label") || "").trim().slice(0, 30);
        problems.push(`"${what}" is covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
      }
    }
    return problems;
  });
}
