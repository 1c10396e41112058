// A host whose console.warn throws (some logging wrappers do).
console.warn = () => {
  throw new Error("console.warn is broken on this page");
};
