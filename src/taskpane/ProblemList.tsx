import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * An error bar saying why something the user chose was not taken (a checklist, a company list):
 * `title`, an optional `intro` line, then each problem as a list item (Dutch, from the caller).
 */
export function ProblemList({ title, intro, lines }: { title: string; intro?: string; lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-notice="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {intro !== undefined && <div>{intro}</div>}
        <ul className={styles.problems}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
