import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PaneTabs } from "../../src/taskpane/PaneTabs";
import { DocumentSessionProvider, useDocumentSession } from "../../src/taskpane/session/DocumentSession";
import { themeFor } from "../../src/taskpane/theme";
import { createFakeWordPort } from "./fakeWordPort";

function Typing() {
  const [text, setText] = useState("");
  return <input aria-label="Notitie" value={text} onChange={(event) => setText(event.target.value)} />;
}

function Paragraphs() {
  const { snapshot } = useDocumentSession();
  return <p>{snapshot ? `${snapshot.paragraphs.length} alinea's` : "nog niet gelezen"}</p>;
}

describe("document session and tabs", () => {
  it("keeps what was typed in a tab when the drafter switches tabs, and shares one snapshot", async () => {
    const user = userEvent.setup();
    const port = createFakeWordPort({
      paragraphs: [{ index: 0, text: "Beslisnota", styleId: null, styleName: null, headingLevel: null, listLevel: null, inTable: false, bold: false, contentControlTags: [] }],
    });
    render(
      <DocumentSessionProvider port={port} features={{ plainTextControls: true }}>
        <PaneTabs
          tabs={[
            { id: "een", label: "Blokken", content: <Typing /> },
            { id: "twee", label: "Checklist", content: <Paragraphs /> },
          ]}
        />
      </DocumentSessionProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "Notitie" }), "half af");
    await user.click(screen.getByRole("tab", { name: "Checklist" }));
    expect(await screen.findByText("1 alinea's")).toBeVisible();
    expect(screen.getByRole("tab", { name: "Checklist" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "Blokken" }));
    expect(screen.getByRole("textbox", { name: "Notitie" })).toHaveValue("half af");
    // One document session: both tabs together read the document once.
    expect(port.reads).toBe(1);
  });

  it("shows the running operation's own label while it runs", async () => {
    const port = createFakeWordPort();
    let release: () => void = () => undefined;
    const read = port.readSnapshot.bind(port);
    port.readSnapshot = () => new Promise((resolve) => (release = () => void read().then(resolve)));
    render(<App environment={{ kind: "word", theme: null, wordApi13: true }} port={port} />);
    expect(await screen.findByText("Document wordt gelezen…")).toBeInTheDocument();
    release();
    await screen.findByRole("list", { name: "Blokken van de nota" });
    await waitFor(() => expect(screen.queryByText("Document wordt gelezen…")).not.toBeInTheDocument());
  });
});

describe("theme", () => {
  it("takes Office's own background and text colours, light and dark", () => {
    const dark = themeFor({ kind: "word", wordApi13: true, theme: { isDark: true, bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#F5F5F5" } });
    expect(dark.colorNeutralBackground1).toBe("#1F1F1F");
    expect(dark.colorNeutralForeground1).toBe("#F5F5F5");
    expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    const light = themeFor({ kind: "word", wordApi13: true, theme: { isDark: false, bodyBackgroundColor: "#F3F2F1", bodyForegroundColor: "#201F1E" } });
    expect(light.colorNeutralBackground1).toBe("#F3F2F1");
    expect(light.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(themeFor(null)).toBe(webLightTheme);
  });
});
