// What the browser tests of every tab check and keep in the same way: Office's light and dark theme
// colours, a title not covered by another box, an element fully in view, and numbered screenshots to
// look at after each action.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

/** Where the screenshots go (outside the repository). */
export const SHOTS = "/tmp/pane-shots";
export const DARK = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#2B2B2B", controlForegroundColor: "#FFFFFF" };
export const LIGHT = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when the two boxes share any area. */
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The element is fully inside the visible part of the pane. */
export async function expectInViewport(locator: Locator): Promise<void> {
  await locator.waitFor();
  const inView = await locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return top >= 0 && left >= 0 && bottom <= window.innerHeight && right <= window.innerWidth;
  });
  expect(inView).toBe(true);
}

/** A function that saves numbered screenshots `<name>-01-<what>.png`, `<name>-02-…` in SHOTS. */
export function shooter(page: Page, name: string, fullPage = false): (what: string) => Promise<Buffer> {
  mkdirSync(SHOTS, { recursive: true });
  let step = 0;
  return (what: string) => page.screenshot({ path: path.join(SHOTS, `${name}-${String(++step).padStart(2, "0")}-${what}.png`), fullPage });
}
