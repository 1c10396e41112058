// `live-scheme-selector/react`: the module itself, imported under a name whose types declare
// the element for React 19's JSX (react.d.ts). Nothing else differs.
export * from "./live-scheme-selector.js";
