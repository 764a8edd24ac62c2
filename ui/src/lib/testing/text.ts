// Fluent isolates each inserted value with U+2068 … U+2069, so that a right-to-left name keeps
// its place in left-to-right words and the reverse; the tests compare the words without them.
export const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u2068\u2069]/g, "");
