// A host page that drives the widget from its own script: `decide` for its own logic, and
// `mount`/`destroy` for a widget it shows on demand.
import { ready, mount, decide } from "/live-scheme-selector.js";

const mountButton = document.getElementById("mount");
const destroyButton = document.getElementById("destroy");
const manual = document.getElementById("manual");
let handle = null;

function failure(input) {
  try {
    decide(input);
    return null;
  } catch (error) {
    return { isError: error instanceof Error, message: String(error.message) };
  }
}

ready.then(() => {
  window.apiResults = {
    ecommerce: decide({ subject: "enterprise", scenario: "ecommerce", category: "social-live" }),
    medicalSales: decide({ scenario: "medical", content: "medical-sales" }),
    nothing: decide({}),
    unknownScenario: failure({ scenario: "space-launch" }),
    unknownCategory: failure({ scenario: "ecommerce", category: "Social-Live" }),
    unknownSubject: failure({ subject: "alien" }),
    foreignContent: failure({ scenario: "ecommerce", content: "finance-claims" }),
  };
  mountButton.disabled = false;
  document.body.dataset.api = "ready";
});

mountButton.addEventListener("click", () => {
  handle?.destroy();
  handle = mount(manual, { lang: "en", scenario: "education", subject: "enterprise", syncUrl: false });
  destroyButton.disabled = false;
});

destroyButton.addEventListener("click", () => {
  handle?.destroy();
  handle = null;
  destroyButton.disabled = true;
});
