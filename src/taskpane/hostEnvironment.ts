// Decides what the task pane can do where it was opened: in Word, in another place where
// office.js loaded (a plain browser), or where office.js could not load at all.

export type HostEnvironment =
  | {
      kind: "word";
      theme: OfficeThemeColors | null;
      wordApi13: boolean;
      /** WordApi 1.5: plain-text content controls (the values `nota new` writes) can be read. */
      wordApi15?: boolean;
    }
  | { kind: "outside-word" }
  | { kind: "office-unavailable" };

export interface OfficeThemeColors {
  isDark: boolean;
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
}

/** The slice of the global `Office` object this module uses, so tests can pass a fake. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Word: unknown };
  context?: {
    officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; isDarkTheme?: boolean };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** office.js's onReady never settles outside an Office host in some browsers; don't wait forever. */
const READY_TIMEOUT_MS = 10_000;

export async function detectHost(office: OfficeGlobal | undefined, timeoutMs = READY_TIMEOUT_MS): Promise<HostEnvironment> {
  if (!office || typeof office.onReady !== "function") return { kind: "office-unavailable" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const info = await Promise.race([office.onReady().catch(() => null), timeout]);
  clearTimeout(timer);
  if (!info || info.host !== office.HostType.Word) return { kind: "outside-word" };
  const requirements = office.context?.requirements;
  return {
    kind: "word",
    theme: readTheme(office),
    wordApi13: requirements ? requirements.isSetSupported("WordApi", "1.3") : false,
    wordApi15: requirements ? requirements.isSetSupported("WordApi", "1.5") : false,
  };
}

function readTheme(office: OfficeGlobal): OfficeThemeColors | null {
  const theme = office.context?.officeTheme;
  if (!theme || !theme.bodyBackgroundColor) return null;
  const isDark = typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : isDarkColor(theme.bodyBackgroundColor);
  return { isDark, bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor };
}

/** Relative luminance below one half means a dark background ("#1F1F1F" in Word's dark theme). */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const value = parseInt(match[1], 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
