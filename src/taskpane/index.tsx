// Composition root of the task pane: the one place that wires the real Word adapter into the UI.
import { createRoot } from "react-dom/client";
import { createOfficeWord } from "../word/officeWord";
import { App } from "./App";
import { detectHost, type OfficeGlobal } from "./hostEnvironment";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(<App environment={null} port={null} />);
  const office = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeGlobal);
  void detectHost(office).then((environment) => {
    const port = environment.kind === "word" ? createOfficeWord() : null;
    root.render(<App environment={environment} port={port} />);
  });
}
