// The accessibility check every component test ends with (issue 26 item 5): axe-core over what
// the test left on the page, failing on any serious or critical violation.
import axe from "axe-core";

/** What jsdom cannot judge: it lays nothing out and paints nothing. */
const NEEDS_A_RENDERER = ["color-contrast", "color-contrast-enhanced"];

export async function seriousViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, {
    rules: Object.fromEntries(NEEDS_A_RENDERER.map((id) => [id, { enabled: false }])),
    resultTypes: ["violations"],
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    ${n.html.slice(0, 160)}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n"),
    );
}
