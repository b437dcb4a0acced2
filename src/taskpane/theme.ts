import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostEnvironment } from "./hostEnvironment";

/** Follows Office's light or dark theme; Fluent's web themes match Office's palette closely. */
export function themeFor(environment: HostEnvironment | null): Theme {
  if (environment?.kind === "word" && environment.theme?.isDark) return webDarkTheme;
  return webLightTheme;
}
