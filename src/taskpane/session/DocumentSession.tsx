// The one document session of the task pane (issue 7): the snapshot every tab works from, the one
// running operation with its own label, the last notice, and the rule for a document the drafter
// changed between two clicks. Tabs get it from context; nothing of it lives in a tab.
import { makeStyles } from "@fluentui/react-components";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { WordOperationError } from "../../word/errors";
import type { WordPort } from "../../word/port";
import { strings } from "../strings";
import { visuallyHidden } from "../visuallyHidden";
import { errorNotice, type Notice } from "./notices";

/** Where a result belongs on screen: "document" (the whole pane), "block:<id>", "parameters", … */
export type Origin = string;

export interface Operation {
  /** Dutch, says what is happening ("‘Aanleiding’ wordt ingevoegd…"). */
  label: string;
  origin: Origin;
}

export interface SessionNotice extends Notice {
  origin: Origin;
}

/** What the host offers that changes what the pane can show. */
export interface SessionFeatures {
  /** WordApi 1.5: plain-text content controls (the parameter values `nota new` writes) can be read. */
  plainTextControls: boolean;
}

/** A target planned from a snapshot; two plans are the same target when their keys are equal. */
export interface PlannedTarget<T> {
  key: string;
  value: T;
}

export type TargetOutcome<R> = { status: "done"; result: R } | { status: "vanished" } | { status: "moved" };

export interface OperationContext {
  /** Reads the document again; the session and every tab see the new snapshot. */
  reread(): Promise<DocumentSnapshot>;
  /**
   * The changed-document rule: plans the target on the snapshot and attempts the operation. When Word
   * answers that the document changed (`attempt` returns "changed" or throws `document-changed`), reads
   * it again and goes on when the plan on the new snapshot is the same target; "vanished" when the
   * target is gone, "moved" when it is another one now (then nothing was done).
   */
  onTarget<T, R>(
    plan: (snapshot: DocumentSnapshot) => PlannedTarget<T> | null,
    attempt: (target: T) => Promise<{ changed: true } | { changed: false; result: R }>,
  ): Promise<TargetOutcome<R>>;
}

export interface DocumentSession {
  port: WordPort;
  features: SessionFeatures;
  snapshot: DocumentSnapshot | null;
  operation: Operation | null;
  notice: SessionNotice | null;
  /**
   * Runs one operation: its label shows while it runs, the previous notice goes away at its start, its
   * own notice (or the failure's) is set at its end. Resolves to that notice; null when the action
   * returned none. One operation at a time: while one runs, another resolves to null at once.
   */
  run(operation: Operation, action: (context: OperationContext) => Promise<Notice | null>): Promise<SessionNotice | null>;
  /** "Opnieuw lezen". */
  refresh(): Promise<void>;
  /** Takes the last notice away: the drafter has moved on (opened another form). */
  dismissNotice(): void;
}

const SessionContext = createContext<DocumentSession | null>(null);

/** The session of the tab or component calling it; throws outside a DocumentSessionProvider. */
export function useDocumentSession(): DocumentSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("DocumentSessionProvider is missing: render tabs inside it.");
  return session;
}

const useStyles = makeStyles({
  live: visuallyHidden,
});

const isDocumentChanged = (error: unknown) => error instanceof WordOperationError && error.kind === "document-changed";

/**
 * Holds the document session for everything below it and reads the document once when mounted. Renders
 * two visually hidden live regions (polite status, assertive alert) that always exist, so each new
 * notice is announced by screen readers wherever it is drawn.
 */
export function DocumentSessionProvider({ port, features, children }: { port: WordPort; features: SessionFeatures; children: ReactNode }) {
  const styles = useStyles();
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [operation, setOperation] = useState<Operation | null>(null);
  const [notice, setNotice] = useState<SessionNotice | null>(null);
  const snapshotRef = useRef<DocumentSnapshot | null>(null);
  const runningRef = useRef(false);

  const reread = useCallback(async () => {
    const fresh = await port.readSnapshot();
    snapshotRef.current = fresh;
    setSnapshot(fresh);
    return fresh;
  }, [port]);

  const run = useCallback<DocumentSession["run"]>(
    async (op, action) => {
      if (runningRef.current) return null;
      runningRef.current = true;
      setOperation(op);
      setNotice(null);
      let result: SessionNotice | null;
      try {
        const context: OperationContext = {
          reread,
          onTarget: async (plan, attempt) => {
            // Planned on the snapshot the drafter is looking at (read first if there is none yet).
            let base = snapshotRef.current ?? (await reread());
            const first = plan(base);
            if (!first) return { status: "vanished" };
            let target = first;
            for (let round = 0; round < 2; round++) {
              try {
                const outcome = await attempt(target.value);
                if (!outcome.changed) return { status: "done", result: outcome.result };
              } catch (error) {
                if (!isDocumentChanged(error)) throw error;
              }
              if (round === 1) break;
              base = await reread();
              const again = plan(base);
              if (!again) return { status: "vanished" };
              if (again.key !== first.key) return { status: "moved" };
              target = again;
            }
            return { status: "moved" };
          },
        };
        const done = await action(context);
        result = done ? { ...done, origin: op.origin } : null;
      } catch (error) {
        result = { ...errorNotice(error), origin: op.origin };
      } finally {
        runningRef.current = false;
        setOperation(null);
      }
      setNotice(result);
      return result;
    },
    [reread],
  );

  const refresh = useCallback(async () => {
    await run({ label: strings.blokken.reading, origin: "document" }, async () => {
      await reread();
      return null;
    });
  }, [run, reread]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  const value = useMemo<DocumentSession>(
    () => ({ port, features, snapshot, operation, notice, run, refresh, dismissNotice }),
    [port, features, snapshot, operation, notice, run, refresh, dismissNotice],
  );
  const spoken = notice ? [notice.title, notice.body].filter(Boolean).join(" ") : "";
  return (
    <SessionContext.Provider value={value}>
      {children}
      {/* Always in the page, so a new text in them is announced. */}
      <div role="status" aria-live="polite" className={styles.live}>
        {notice && notice.intent !== "error" ? spoken : ""}
      </div>
      <div role="alert" aria-live="assertive" className={styles.live}>
        {notice?.intent === "error" ? spoken : ""}
      </div>
    </SessionContext.Provider>
  );
}
