import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WordPort } from "../word/port";
import type { HostEnvironment } from "./hostEnvironment";
import { strings } from "./strings";
import { themeFor } from "./theme";
import { BlokkenTab } from "./blokken/BlokkenTab";
import { WordPortContext } from "./wordPortContext";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0 },
});

export interface AppProps {
  /** Null while office.js is still starting. */
  environment: HostEnvironment | null;
  port: WordPort | null;
}

type TabId = "blokken";

export function App({ environment, port }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themeFor(environment)} className={styles.root}>
      <header>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {strings.appTitle}
        </Text>
      </header>
      <Body environment={environment} port={port} />
    </FluentProvider>
  );
}

function Body({ environment, port }: AppProps) {
  const [tab, setTab] = useState<TabId>("blokken");
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
    <WordPortContext.Provider value={port}>
      <main>
        <TabList
          aria-label={strings.tabsLabel}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
        >
          <Tab value="blokken" id="tab-blokken">
            {strings.tabBlokken}
          </Tab>
        </TabList>
        <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === "blokken" && <BlokkenTab />}
        </div>
      </main>
    </WordPortContext.Provider>
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
