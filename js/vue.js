// `live-scheme-selector/vue`: the module itself, imported under a name whose types declare the
// element for Vue's templates (vue.d.ts). Nothing else differs.
export * from "./live-scheme-selector.js";
