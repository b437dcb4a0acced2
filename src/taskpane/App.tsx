import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WordPort } from "../word/port";
import type { HostEnvironment } from "./hostEnvironment";
import { strings } from "./strings";
import { themeFor } from "./theme";
import { visuallyHidden } from "./visuallyHidden";
import { BedrijvenTab } from "./bedrijven/BedrijvenTab";
import { BlokkenTab } from "./blokken/BlokkenTab";
import { ChecklistTab } from "./checklist/ChecklistTab";
import { PaneTabs } from "./PaneTabs";
import { ProcedureTab } from "./procedure/ProcedureTab";
import { DocumentSessionProvider, type SessionFeatures } from "./session/DocumentSession";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Office shows the pane's title above it already; the page keeps it for screen readers only.
  title: visuallyHidden,
});

export interface AppProps {
  /** Null while office.js is still starting. */
  environment: HostEnvironment | null;
  port: WordPort | null;
}

export function App({ environment, port }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themeFor(environment)} className={styles.root}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <Body environment={environment} port={port} />
    </FluentProvider>
  );
}

function Body({ environment, port }: AppProps) {
  const wordApi15 = environment?.kind === "word" && environment.wordApi15 === true;
  const features = useMemo<SessionFeatures>(() => ({ plainTextControls: wordApi15 }), [wordApi15]);
  if (!environment) return <Spinner label={strings.loading} />;
  if (environment.kind === "office-unavailable") {
    return <Notice title={strings.outsideWordTitle} body={strings.officeUnavailableBody} />;
  }
  if (environment.kind === "outside-word" || !port) {
    return <Notice title={strings.outsideWordTitle} body={strings.outsideWordBody} />;
  }
  if (!environment.wordApi13) {
    return <Notice title={strings.unsupportedWordTitle} body={strings.unsupportedWordBody} intent="error" />;
  }
  return (
    <DocumentSessionProvider port={port} features={features}>
      <main>
        <PaneTabs
          tabs={[
            { id: "blokken", label: strings.tabBlokken, content: <BlokkenTab /> },
            { id: "checklist", label: strings.tabChecklist, content: <ChecklistTab /> },
            { id: "procedure", label: strings.tabProcedure, content: <ProcedureTab /> },
            { id: "bedrijven", label: strings.tabBedrijven, content: <BedrijvenTab /> },
          ]}
        />
      </main>
    </DocumentSessionProvider>
  );
}

function Notice({ title, body, intent = "warning" }: { title: string; body: string; intent?: "warning" | "error" }) {
  return (
    <MessageBar intent={intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
    </MessageBar>
  );
}
