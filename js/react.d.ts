// Types for `live-scheme-selector/react`: the module's own, and `<live-scheme-selector>` in
// React 19's JSX. React 19 passes a custom element's props on as properties where the element
// has one (`lang`, `answers`), as attributes otherwise, and listens for `on<event>` props with
// the event's own name: `onlive-scheme-change`.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type {
  Answers,
  LiveSchemeChangeDetail,
  LiveSchemeLinkDetail,
  LiveSchemeSelector,
  LiveSchemeSelectorAttributes,
} from "./live-scheme-selector.js";

export * from "./live-scheme-selector.js";

/** `<live-scheme-selector>`'s props in React: its attributes, answers and events, and React's own. */
export interface LiveSchemeSelectorReactProps
  extends Omit<DetailedHTMLProps<HTMLAttributes<LiveSchemeSelector>, LiveSchemeSelector>, keyof LiveSchemeSelectorAttributes>,
    LiveSchemeSelectorAttributes {
  /** Set as the element's `answers` property. */
  answers?: Answers;
  "onlive-scheme-change"?: (event: CustomEvent<LiveSchemeChangeDetail>) => void;
  "onlive-scheme-link"?: (event: CustomEvent<LiveSchemeLinkDetail>) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "live-scheme-selector": LiveSchemeSelectorReactProps;
    }
  }
}
