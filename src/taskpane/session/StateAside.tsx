// "Apart zetten en opnieuw beginnen" (issue 9): offered where a tab says the stored data is unreadable.
// The unreadable part stays in the document, apart (WordPort.setStateAside); the add-in starts with
// empty data. Runs through the session, so it waits for any other operation and re-reads after.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "../strings";
import { useDocumentSession } from "./DocumentSession";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

const text = strings.stateAside;

/**
 * The explanation and the button. `origin` is the notice origin for the outcome: the tab shows its
 * OperationStatus outside this action, which is gone once the part is set aside.
 */
export function StateAsideAction({ origin }: { origin: string }) {
  const styles = useStyles();
  const session = useDocumentSession();
  const setAside = () =>
    void session.run({ label: text.running, origin }, async (context) => {
      const count = await session.port.setStateAside();
      await context.reread();
      return count === 0 ? { intent: "info", title: text.nothing } : { intent: "success", title: text.done };
    });
  return (
    <div className={styles.box}>
      <Text>{text.explanation}</Text>
      <Button onClick={setAside} disabledFocusable={session.operation !== null}>
        {text.button}
      </Button>
    </div>
  );
}
