import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostEnvironment } from "./hostEnvironment";

/**
 * Follows Office's light or dark theme. Fluent's web themes match Office's palette closely; the page's
 * own background and text take Office's exact colours (`officeTheme.bodyBackgroundColor`), so the pane
 * has no seam with Word's frame (issue 7).
 */
export function themeFor(environment: HostEnvironment | null): Theme {
  const office = environment?.kind === "word" ? environment.theme : null;
  const base = office?.isDark ? webDarkTheme : webLightTheme;
  if (!office) return base;
  return { ...base, colorNeutralBackground1: office.bodyBackgroundColor, colorNeutralForeground1: office.bodyForegroundColor };
}
