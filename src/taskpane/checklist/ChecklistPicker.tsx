import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { loadChecklistText } from "../../config/checklist";
import { checklistProblemText } from "../../config/checklistMessages";
import { defaultChecklist } from "../../config/defaultChecklist";
import type { CompiledChecklist } from "../../domain/checklist";
import { ProblemList } from "../ProblemList";
import { strings } from "../strings";
import {
  CHECKLIST_FETCH_TIMEOUT_MS,
  CHECKLIST_MAX_BYTES,
  fetchChecklistText,
  readChecklistFile,
  remember,
  remembered,
  type SourceFailure,
  type SourceText,
} from "./checklistSource";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flex: "1 1 10rem", minWidth: 0, overflowWrap: "anywhere" },
  urlRow: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  url: { flex: "1 1 12rem", minWidth: 0 },
  hidden: { display: "none" },
});

/** Why a checklist was not taken: the failure of reading it, or its problems item by item. */
type Refusal = { what: string; lines: string[] };

function failureText(failure: SourceFailure): string {
  const texts = strings.checklist;
  switch (failure.kind) {
    case "not-https":
      return texts.notHttps;
    case "too-large":
      return texts.tooLarge(Math.round(CHECKLIST_MAX_BYTES / 1024));
    case "timeout":
      return texts.timeout(CHECKLIST_FETCH_TIMEOUT_MS / 1000);
    case "http":
      return texts.httpStatus(failure.status);
    case "unreachable":
      return texts.unreachable;
    case "unreadable-file":
      return texts.unreadableFile;
  }
}

/**
 * Which checklist the tab checks against: the default, a file (FileReader), or an https address
 * (remembered; loaded again when the pane opens). A file or address that fails changes nothing and
 * says why, problem by problem.
 */
export function ChecklistPicker({ checklist, onChange }: { checklist: CompiledChecklist; onChange(checklist: CompiledChecklist): void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState(() => remembered("url") ?? "");
  const [loading, setLoading] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [loadedName, setLoadedName] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const take = (source: SourceText, what: string, after?: () => void) => {
    if (!source.ok) {
      setRefusal({ what, lines: [failureText(source.failure)] });
      return;
    }
    const loaded = loadChecklistText(source.text);
    if (!loaded.ok) {
      setRefusal({ what, lines: loaded.problems.map(checklistProblemText) });
      return;
    }
    setRefusal(null);
    setLoadedName(loaded.checklist.checklist.name);
    after?.();
    onChange(loaded.checklist);
  };

  const fetchUrl = async (address: string, remembering: boolean) => {
    setLoading(true);
    setLoadedName(null);
    const source = await fetchChecklistText(address);
    setLoading(false);
    take(source, strings.checklist.refusedUrl, remembering ? () => remember("url", address) : undefined);
  };

  // A remembered address is the reviewer's choice: load it when the pane opens.
  const initialUrl = useRef(remembered("url"));
  useEffect(() => {
    // Once, on mount: `initialUrl` never changes.
    if (initialUrl.current) void fetchUrl(initialUrl.current, false);
  }, []);

  const pickFile = async (file: File) => {
    setLoadedName(null);
    take(await readChecklistFile(file), strings.checklist.refusedFile(file.name));
  };

  const useDefault = () => {
    remember("url", null);
    setUrl("");
    setRefusal(null);
    setLoadedName(defaultChecklist.checklist.name);
    onChange(defaultChecklist);
  };

  return (
    <section className={styles.picker} aria-label={strings.checklist.chooseLabel}>
      <div className={styles.row}>
        <Text className={styles.name} weight="semibold">
          {strings.checklist.current(checklist.checklist.name)}
        </Text>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? strings.checklist.chooseDone : strings.checklist.choose}
        </Button>
      </div>
      {open && (
        <>
          <div className={styles.row}>
            <Button size="small" onClick={useDefault}>
              {strings.checklist.useDefault}
            </Button>
            <Button size="small" onClick={() => fileInput.current?.click()}>
              {strings.checklist.pickFile}
            </Button>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept=".json,application/json"
              data-testid="checklist-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = "";
                if (file) void pickFile(file);
              }}
            />
          </div>
          <form
            className={styles.urlRow}
            onSubmit={(event) => {
              event.preventDefault();
              void fetchUrl(url.trim(), true);
            }}
          >
            <Field className={styles.url} label={strings.checklist.url} hint={strings.checklist.urlHint}>
              <Input type="url" value={url} onChange={(_, data) => setUrl(data.value)} placeholder="https://" />
            </Field>
            <Button size="small" type="submit" disabled={loading || url.trim() === ""}>
              {strings.checklist.fetch}
            </Button>
          </form>
        </>
      )}
      {loading && <Spinner size="tiny" labelPosition="after" label={strings.checklist.fetching} />}
      {loadedName !== null && !loading && (
        <MessageBar intent="success" data-notice="success">
          <MessageBarBody>{strings.checklist.loaded(loadedName)}</MessageBarBody>
        </MessageBar>
      )}
      {refusal && (
        <ProblemList
          title={strings.checklist.refused(refusal.what)}
          intro={refusal.lines.length > 1 ? strings.checklist.problems(refusal.lines.length) : undefined}
          lines={refusal.lines}
        />
      )}
    </section>
  );
}
