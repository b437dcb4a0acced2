import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { strings } from "./strings";

export interface PaneTab {
  id: string;
  label: string;
  content: ReactNode;
}

const useStyles = makeStyles({
  // Four labels ("Blokken", "Checklist", "Parafen & procedure", "Bedrijven") fit at 300 px: they wrap
  // onto a second line rather than scroll or shrink.
  list: { flexWrap: "wrap" },
});

/**
 * The pane's tabs. A panel is mounted when first shown and then stays mounted, only the chosen one
 * shown, so switching tabs loses nothing a drafter typed or opened, and a tab never opened costs
 * nothing on each change of the document session.
 */
export function PaneTabs({ tabs }: { tabs: readonly PaneTab[] }) {
  const styles = useStyles();
  const [selected, setSelected] = useState(tabs[0]?.id);
  const [opened, setOpened] = useState<ReadonlySet<string | undefined>>(() => new Set([tabs[0]?.id]));
  return (
    <>
      <TabList
        className={styles.list}
        size="small"
        aria-label={strings.tabsLabel}
        selectedValue={selected}
        onTabSelect={(_, data) => {
          const id = String(data.value);
          setSelected(id);
          setOpened((current) => (current.has(id) ? current : new Set([...current, id])));
        }}
      >
        {tabs.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected}>
          {opened.has(tab.id) && tab.content}
        </div>
      ))}
    </>
  );
}
