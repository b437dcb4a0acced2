import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { detectHost, isDarkColor, type OfficeGlobal } from "../../src/taskpane/hostEnvironment";
import { createFakeWordPort } from "./fakeWordPort";

function fakeOffice(host: unknown, overrides: Partial<OfficeGlobal["context"]> = {}): OfficeGlobal {
  return {
    HostType: { Word: "Word" },
    onReady: () => Promise.resolve({ host }),
    context: {
      officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
      requirements: { isSetSupported: (_name, version) => Number(version) <= 1.3 },
      ...overrides,
    },
  };
}

describe("host detection", () => {
  it("recognises Word and its API level", async () => {
    const env = await detectHost(fakeOffice("Word"));
    expect(env).toEqual({ kind: "word", wordApi13: true, wordApi15: false, theme: expect.objectContaining({ isDark: false }) });
  });

  it("treats office.js outside an Office host as outside Word", async () => {
    expect(await detectHost(fakeOffice(null))).toEqual({ kind: "outside-word" });
  });

  it("reports when office.js did not load", async () => {
    expect(await detectHost(undefined)).toEqual({ kind: "office-unavailable" });
  });

  it("stops waiting when onReady never settles", async () => {
    const office = { ...fakeOffice("Word"), onReady: () => new Promise<{ host: unknown }>(() => undefined) };
    expect(await detectHost(office, 10)).toEqual({ kind: "outside-word" });
  });

  it("follows a dark Office theme", async () => {
    const env = await detectHost(
      fakeOffice("Word", { officeTheme: { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" } }),
    );
    expect(env.kind === "word" && env.theme?.isDark).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });
});

describe("task pane shell", () => {
  it("says in Dutch that it must be opened in Word", () => {
    render(<App environment={{ kind: "outside-word" }} port={null} />);
    expect(screen.getByRole("heading", { level: 1, name: "Nota-assistent" })).toBeInTheDocument();
    expect(screen.getByText("Open de Nota-assistent in Word")).toBeInTheDocument();
    expect(screen.queryByRole("main")).not.toBeInTheDocument();
  });

  it("explains when Office could not be loaded", () => {
    render(<App environment={{ kind: "office-unavailable" }} port={null} />);
    expect(screen.getByText(/Office kon niet worden geladen/)).toBeInTheDocument();
  });

  it("refuses a Word without WordApi 1.3 with a Dutch explanation", () => {
    render(<App environment={{ kind: "word", theme: null, wordApi13: false }} port={createFakeWordPort()} />);
    expect(screen.getByText("Deze versie van Word wordt niet ondersteund")).toBeInTheDocument();
  });

  it("shows the tabs in Word", async () => {
    render(<App environment={{ kind: "word", theme: null, wordApi13: true }} port={createFakeWordPort()} />);
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Blokken" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("tabpanel")).toHaveTextContent("Parafenroute");
  });
});
