import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Icon from "./Icon.svelte";

describe("Icon", () => {
  it("marks the icons that point a way, which a right-to-left window turns round", () => {
    const { container } = render(Icon, { name: "sign-out" });
    expect(container.querySelector(".icon")).toHaveClass("directional");
    const bell = render(Icon, { name: "bell" });
    expect(bell.container.querySelector(".icon")).not.toHaveClass("directional");
  });
});
