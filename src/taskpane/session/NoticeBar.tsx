import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { strings } from "../strings";
import { useDocumentSession } from "./DocumentSession";
import type { Notice } from "./notices";

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer" },
  code: { display: "block", whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
});

/**
 * A notice where the drafter's eye is: rendered next to the action it answers and scrolled into view
 * when it appears. Screen readers hear it through the session's live region, so this one is silent.
 */
export function NoticeBar({ notice }: { notice: Notice }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  return (
    <MessageBar ref={ref} intent={notice.intent} layout="multiline" data-notice={notice.intent}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body && <div>{notice.body}</div>}
        {notice.detail && (
          <details
            className={styles.details}
            onToggle={(event) => {
              // Opened at the bottom of the pane, the detail would unfold out of sight.
              if (event.currentTarget.open) event.currentTarget.scrollIntoView?.({ block: "nearest" });
            }}
          >
            <summary className={styles.summary}>{strings.technicalDetails}</summary>
            {strings.technicalDetailsHint}
            <code className={styles.code}>{notice.detail}</code>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The running operation (spinner with its own label) or the last notice, when they belong to `origin`. */
export function OperationStatus({ origin }: { origin: string }) {
  const { operation, notice } = useDocumentSession();
  if (operation?.origin === origin) return <Spinner size="tiny" labelPosition="after" label={operation.label} />;
  if (notice?.origin === origin) return <NoticeBar notice={notice} />;
  return null;
}
