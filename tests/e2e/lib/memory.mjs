// Memory figures of a page, read through the inspector (Chrome DevTools Protocol), so the
// widget needs no hook of its own for them.

/** Collects garbage, then reads Chromium's counters and the size of every wasm memory. */
export async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const proto = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const found = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const sum = await cdp.send("Runtime.callFunctionOn", {
    objectId: found.objects.objectId,
    functionDeclaration: "function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return {
    nodes: metric("Nodes"),
    listeners: metric("JSEventListeners"),
    heap: metric("JSHeapUsedSize"),
    wasm: sum.result.value,
  };
}

export const KIB = 1024;
