// The element in JSX (`jsx: "preserve"`, no framework types): the global JSX namespace the
// declaration file adds.
import type { LiveSchemeSelectorJSXProps } from "../../js/live-scheme-selector.js";

export const plain = <live-scheme-selector />;

export const configured = (
  <live-scheme-selector
    lang="en"
    subject="enterprise"
    scenario="finance"
    content="finance-promotion"
    category="unsure"
    sync-url="false"
    url-prefix="lss-"
    class="embed"
    id="selector"
  >
    The scheme selector needs JavaScript.
  </live-scheme-selector>
);

const props: LiveSchemeSelectorJSXProps = { scenario: "car-presale", category: "auto-presale" };
export const spread = <live-scheme-selector {...props} />;

// @ts-expect-error: a typo in an id.
export const wrong = <live-scheme-selector scenario="ecommerse" />;

// @ts-expect-error: `sync-url` is "true" or "false".
export const wrongSync = <live-scheme-selector sync-url="no" />;
