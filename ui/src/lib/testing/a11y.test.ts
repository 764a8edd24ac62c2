import { describe, expect, it } from "vitest";
import { seriousViolations } from "./a11y";

describe("the accessibility check", () => {
  it("finds a field without a name and a button without one", async () => {
    document.body.innerHTML = `<main><input type="text"><button type="button"></button></main>`;
    const found = await seriousViolations();
    document.body.innerHTML = "";
    expect(found.map((v) => v.split(":")[0])).toEqual(["critical button-name", "critical label"]);
  });

  it("passes a named field and button", async () => {
    document.body.innerHTML = `<main><label>Name <input type="text"></label><button type="button">Save</button></main>`;
    const found = await seriousViolations();
    document.body.innerHTML = "";
    expect(found).toEqual([]);
  });
});
