// Must not compile: check.sh expects one error per line marked `wrong id`, each naming it.
import { decide, mount } from "../../js/live-scheme-selector.js";

decide({ scenario: "ecommerse" }); // wrong id
mount(document.body, { lang: "en", category: "social-lives" }); // wrong id
document.createElement("live-scheme-selector").answers = { subject: "enterprize" }; // wrong id
