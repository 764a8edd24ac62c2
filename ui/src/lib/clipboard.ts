// Copying text the page has to ask Rust for first. WebKit lets a page write to the clipboard
// only while the click that asked for it is being handled: an `await` before `writeText` ends
// that moment and the write is refused ("The request is not allowed by the user agent").
// Handing `ClipboardItem` a promise keeps the write inside the click while the text arrives
// (WebKit's and Safari's documented pattern); where there is no `ClipboardItem`, the text is
// awaited and written.
export async function copyText(text: Promise<string>): Promise<string> {
  if (typeof ClipboardItem !== "undefined" && typeof navigator.clipboard.write === "function") {
    const blob = text.then((t) => new Blob([t], { type: "text/plain" }));
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    return text;
  }
  const value = await text;
  await navigator.clipboard.writeText(value);
  return value;
}
