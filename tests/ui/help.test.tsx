// The help page the pane links to must explain what the pane shows: its states and its messages, with
// the same menu path as the README.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strings } from "../../src/taskpane/strings";

const root = path.resolve(__dirname, "../..");
const help = readFileSync(path.join(root, "assets/help.html"), "utf8");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const text = help.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("help page", () => {
  it("has the section the Blokken tab links to", () => {
    expect(help).toContain('<h2 id="blokken">Tabblad Blokken</h2>');
  });

  it("explains every state a block can show", () => {
    const { stateBlock, stateHeading, stateLine, stateAbsent } = strings.blokken;
    for (const state of [stateBlock, stateHeading, stateLine, stateAbsent]) expect(text).toContain(state);
  });

  it("explains the messages, with the Ctrl+Z advice and the technical details", () => {
    for (const message of [
      strings.wordErrors["insert-rejected"].title,
      strings.wordErrors["insert-incomplete"].title,
      strings.wordErrors["update-incomplete"].title,
      strings.wordErrors.unexpected.title,
      strings.blokken.plainTextUnseen,
      strings.technicalDetails,
    ]) {
      expect(text).toContain(message);
    }
    expect(text).toMatch(/Ctrl\+Z \(Mac: Cmd\+Z\)/);
  });

  it("gives the same menu path as the README", () => {
    const menu = /\*(Start › Invoegtoepassingen › Meer invoegtoepassingen ›\s+Mijn invoegtoepassingen)/.exec(readme)?.[1].replace(/\s+/g, " ");
    expect(menu).toBeDefined();
    expect(text).toContain(menu);
  });
});
