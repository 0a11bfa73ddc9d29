import { describe, expect, it } from "vitest";
import { httpHref, mailtoHref, routeHref, telHref } from "../src/format.ts";

describe("links built from data", () => {
  it("only links to http(s) URLs", () => {
    expect(httpHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(httpHref("javascript:alert(1)")).toBeUndefined();
    expect(httpHref("data:text/html,<script>x</script>")).toBeUndefined();
    expect(httpHref("not a url")).toBeUndefined();
    expect(httpHref(null)).toBeUndefined();
  });

  it("builds mailto:, tel: and route links safely", () => {
    expect(mailtoHref("kausa@bwtw.de")).toBe("mailto:kausa@bwtw.de");
    expect(mailtoHref("a@b.de?bcc=x@y.de")).toBeUndefined();
    expect(telHref("0361 60155334")).toBe("tel:036160155334");
    expect(telHref("+49 (30) 23125-137")).toBe("tel:+493023125137");
    expect(routeHref(51.5051234, 10.7919876)).toBe(
      "https://www.openstreetmap.org/directions?to=51.50512%2C10.79199",
    );
  });
});
