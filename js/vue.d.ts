// Types for `live-scheme-selector/vue`: the module's own, and `<live-scheme-selector>` as a
// global component, so that Vue's template type checking (vue-tsc, the editors' Vue language
// tools) knows its attributes and events. Tell the template compiler the tag is a custom element
// (`isCustomElement`, see the README); Vue then sets `lang` and `answers` as properties and the
// rest as attributes, and `@live-scheme-change` listens for the event.
import type { DefineComponent } from "vue";
import type {
  Answers,
  LiveSchemeChangeDetail,
  LiveSchemeLinkDetail,
  LiveSchemeSelectorAttributes,
} from "./live-scheme-selector.js";

export * from "./live-scheme-selector.js";

/** `<live-scheme-selector>`'s props in a Vue template: its attributes, answers and events. */
export interface LiveSchemeSelectorVueProps extends LiveSchemeSelectorAttributes {
  /** `sync-url` as a template may also write it. */
  syncUrl?: LiveSchemeSelectorAttributes["sync-url"];
  /** `url-prefix` as a template may also write it. */
  urlPrefix?: LiveSchemeSelectorAttributes["url-prefix"];
  answers?: Answers;
  onLiveSchemeChange?: (event: CustomEvent<LiveSchemeChangeDetail>) => void;
  onLiveSchemeLink?: (event: CustomEvent<LiveSchemeLinkDetail>) => void;
}

declare module "vue" {
  interface GlobalComponents {
    "live-scheme-selector": DefineComponent<LiveSchemeSelectorVueProps>;
    LiveSchemeSelector: DefineComponent<LiveSchemeSelectorVueProps>;
  }
}
