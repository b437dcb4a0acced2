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
 * The pane's tabs. Every panel stays mounted and only the chosen one is shown, so switching tabs loses
 * nothing a drafter typed or opened.
 */
export function PaneTabs({ tabs }: { tabs: readonly PaneTab[] }) {
  const styles = useStyles();
  const [selected, setSelected] = useState(tabs[0]?.id);
  return (
    <>
      <TabList
        className={styles.list}
        size="small"
        aria-label={strings.tabsLabel}
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(String(data.value))}
      >
        {tabs.map((tab) => (
          <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected}>
          {tab.content}
        </div>
      ))}
    </>
  );
}
