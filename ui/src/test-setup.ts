import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/svelte";
import { afterEach, expect } from "vitest";
import { seriousViolations } from "$lib/testing/a11y";

// Every component test is also an accessibility check of the state it ends in: each page in
// each state the tests walk to (issue 26 item 5).
afterEach(async () => {
  const found = document.body.childElementCount > 0 ? await seriousViolations() : [];
  cleanup();
  expect(found, `accessibility (axe-core):\n${found.join("\n")}`).toEqual([]);
});

// jsdom lays nothing out, so it has no ResizeObserver; Svelte's `bind:clientHeight` needs one.
// Nothing is ever resized here: elements keep the size the component starts with.
if (!("ResizeObserver" in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
