import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/svelte";
import { afterEach, expect } from "vitest";
import { seriousViolations } from "$lib/testing/a11y";
import { setLocale } from "$lib/i18n/index.svelte";
import "$lib/testing/says";

// The components' tests read English.
await setLocale("en");

// Every component test is also an accessibility check of the state it ends in: each page in
// each state the tests walk to (issue 26 item 5).
afterEach(async () => {
  const found = document.body.childElementCount > 0 ? await seriousViolations() : [];
  cleanup();
  expect(found, `accessibility (axe-core):\n${found.join("\n")}`).toEqual([]);
});

// jsdom has no canvas; axe-core asks for one (icon ligatures) and copes without it.
HTMLCanvasElement.prototype.getContext = () => null;

// jsdom lays nothing out, so it has no ResizeObserver; Svelte's `bind:clientHeight` needs one.
// Nothing is ever resized here: elements keep the size the component starts with.
if (!("ResizeObserver" in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
