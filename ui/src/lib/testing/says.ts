// `expect(element).toSay("words")`: the element's text contains `words`, compared as a person
// reads it: whitespace collapsed, and without the marks Fluent puts around each inserted value
// (U+2068 … U+2069), which keep a right-to-left name in place in left-to-right words.
import { expect } from "vitest";
import { plain } from "./text";

declare module "vitest" {
  interface Assertion<T> {
    toSay(words: string): T;
  }
}

const read = (text: string | null | undefined) => plain(text).replace(/\s+/g, " ").trim();

expect.extend({
  toSay(received: unknown, words: string) {
    const text = received instanceof Element ? read(received.textContent) : read(String(received));
    return {
      pass: text.includes(read(words)),
      message: () => `expected the text ${JSON.stringify(text)} ${this.isNot ? "not " : ""}to say ${JSON.stringify(read(words))}`,
    };
  },
});
