import { Badge, Button, Divider, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { blockCatalogue } from "../../config/blocks";
import { sectionCatalogue } from "../../config/sections";
import { blockPresence, documentParamTexts, paramsByName, type BlockPresence } from "../../domain/blockPresence";
import { renderBlock, type BlockDefinition } from "../../domain/blocks";
import { insertionAnchor, paragraphRef } from "../../domain/placement";
import { blockTag } from "../../domain/rendered";
import { detectSections, type DetectedSection } from "../../domain/sections";
import type { DocumentSnapshot } from "../../domain/snapshot";
import type { InsertPosition } from "../../word/port";
import { strings } from "../strings";
import { useWordPort } from "../wordPortContext";
import { BlockForm, type PositionChoice } from "./BlockForm";
import { NoticeBar } from "./NoticeBar";
import { initialInput, referenceYear, type ParamInputs } from "./paramInput";
import { ParameterPanel } from "./ParameterPanel";
import { WordOperationError } from "../../word/errors";
import { wordErrorNotice, type Notice } from "./wordErrorMessage";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Title, state and action in fixed columns: a long title wraps in its own column.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end" },
  sub: { paddingLeft: tokens.spacingHorizontalL },
});

const allParams = paramsByName(blockCatalogue);

/** The standard blocks of a nota: which are in the document, insert the missing ones, update parameters. */
export function BlokkenTab() {
  const styles = useStyles();
  const port = useWordPort();
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [openBlock, setOpenBlock] = useState<string | null>(null);
  // One value per parameter name across blocks: a `nota:param:<name>` means the same thing everywhere.
  const [inputs, setInputs] = useState<ParamInputs>({});

  const read = useCallback(async () => {
    setSnapshot(await port.readSnapshot());
  }, [port]);

  const run = useCallback(
    async (label: string, operation: () => Promise<Notice | null>) => {
      setBusy(label);
      setNotice(null);
      try {
        setNotice(await operation());
      } catch (error) {
        setNotice(wordErrorNotice(error));
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  useEffect(() => {
    void run(strings.blokken.reading, async () => {
      await read();
      return null;
    });
  }, [read, run]);

  const sections = useMemo<DetectedSection[]>(() => (snapshot ? detectSections(snapshot, sectionCatalogue) : []), [snapshot]);
  const presence = useMemo(() => (snapshot ? blockPresence(snapshot, sections, blockCatalogue) : null), [snapshot, sections]);
  const paramTexts = useMemo(() => (snapshot ? documentParamTexts(snapshot) : new Map<string, string>()), [snapshot]);
  const year = useMemo(
    () => referenceYear([...paramTexts].filter(([name]) => allParams.get(name)?.type === "date").map(([, text]) => text)),
    [paramTexts],
  );
  const presentParams = useMemo(
    () =>
      [...paramTexts].flatMap(([name, text]) => {
        const param = allParams.get(name);
        return param ? [{ param, text }] : [];
      }),
    [paramTexts],
  );

  const toggle = (def: BlockDefinition) => {
    if (openBlock === def.id) return setOpenBlock(null);
    // Fill each field once: what the document says, else the default; never overwrite typing.
    setInputs((current) => {
      const next = { ...current };
      for (const param of def.params) next[param.name] ??= initialInput(param, paramTexts.get(param.name), year);
      return next;
    });
    setOpenBlock(def.id);
  };

  const insert = (def: BlockDefinition, values: Record<string, string>, choice: PositionChoice) =>
    run(strings.blokken.inserting(def.title), async () => {
      if (!snapshot) return null;
      const position: InsertPosition =
        choice === "cursor"
          ? { kind: "cursor" }
          : { kind: "nota-order", anchor: insertionAnchor(def.id, sectionCatalogue, sections, snapshot) };
      try {
        await port.insertBlock(renderBlock(def, values), position);
      } catch (error) {
        // The drafter edited since the last read: read again so the next try is planned on the document as it is.
        if (error instanceof WordOperationError && error.kind === "document-changed") await read();
        throw error;
      }
      setOpenBlock(null);
      // The block is in: a failed re-read must not read as a failed insertion (the drafter would insert it again).
      try {
        await read();
      } catch {
        return { intent: "warning", title: strings.blokken.inserted(def.title), body: strings.blokken.rereadFailed };
      }
      return { intent: "success", title: strings.blokken.inserted(def.title) };
    });

  const goTo = (def: BlockDefinition, state: BlockPresence) =>
    run(strings.blokken.goTo, async () => {
      if (state.state === "block") {
        return (await port.selectByTag(blockTag(def.id))) ? null : { intent: "warning", title: strings.blokken.goToMissing(def.title) };
      }
      if (state.state !== "heading" || !snapshot) return null;
      if (await port.selectParagraph(paragraphRef(snapshot, state.paragraph))) return null;
      // The drafter edited since the last read: read again so the next try finds the heading where it is now.
      await read();
      return { intent: "warning", title: strings.blokken.goToChanged(def.title) };
    });

  const update = (texts: Record<string, string>) =>
    run(strings.parameters.updating, async () => {
      const names = Object.keys(texts);
      if (names.length === 0) return { intent: "info", title: strings.parameters.nothingChanged };
      const places = await port.updateParameters(texts);
      // Forms opened earlier must not write the old value back with the next block.
      setInputs((current) => ({ ...current, ...texts }));
      await read();
      return { intent: "success", title: strings.parameters.updated(names.length, places) };
    });

  return (
    <div className={styles.tab}>
      <div className={styles.toolbar}>
        <Text>{strings.blokken.intro}</Text>
        <Button onClick={() => void run(strings.blokken.reading, async () => (await read(), null))} disabled={busy !== null}>
          {strings.blokken.refresh}
        </Button>
      </div>
      {notice && <NoticeBar notice={notice} />}
      {busy && !openBlock && <Spinner size="small" label={busy} />}
      {presence && (
        <ul className={styles.list} aria-label={strings.blokken.listLabel}>
          {blockCatalogue.map((def) => (
            <BlockRow
              key={def.id}
              def={def}
              presence={presence.get(def.id) ?? { state: "absent" }}
              open={openBlock === def.id}
              busy={busy !== null}
              onToggle={() => toggle(def)}
              onGoTo={() => void goTo(def, presence.get(def.id) ?? { state: "absent" })}
            >
              <BlockForm
                def={def}
                presence={presence.get(def.id) ?? { state: "absent" }}
                inputs={inputs}
                year={year}
                busy={busy !== null}
                onInputChange={(name, value) => setInputs((current) => ({ ...current, [name]: value }))}
                onInsert={(values, choice) => void insert(def, values, choice)}
              />
            </BlockRow>
          ))}
        </ul>
      )}
      {snapshot && (
        <>
          <Divider />
          <ParameterPanel present={presentParams} busy={busy !== null} year={year} onUpdate={(texts) => void update(texts)} />
        </>
      )}
    </div>
  );
}

interface BlockRowProps {
  def: BlockDefinition;
  presence: BlockPresence;
  open: boolean;
  busy: boolean;
  onToggle(): void;
  onGoTo(): void;
  children: ReactNode;
}

function BlockRow({ def, presence, open, busy, onToggle, onGoTo, children }: BlockRowProps) {
  const styles = useStyles();
  const badge =
    presence.state === "block" ? (
      <Badge appearance="tint" color="success">{strings.blokken.stateBlock}</Badge>
    ) : presence.state === "heading" ? (
      <Badge appearance="tint" color="warning">{strings.blokken.stateHeading}</Badge>
    ) : (
      <Badge appearance="outline" color="informative">{strings.blokken.stateAbsent}</Badge>
    );
  return (
    <li>
      <div className={`${styles.row} ${def.headingLevel > 2 ? styles.sub : ""}`}>
        <Text className={styles.title} weight="semibold">
          {def.title}
        </Text>
        {badge}
        <div className={styles.actions}>
          {presence.state !== "absent" && (
            <Button size="small" onClick={onGoTo} disabled={busy} aria-label={strings.blokken.goToLabel(def.title)}>
              {strings.blokken.goTo}
            </Button>
          )}
          {presence.state !== "block" && (
            <Button
              size="small"
              onClick={onToggle}
              aria-expanded={open}
              aria-label={open ? strings.blokken.close : strings.blokken.open(def.title)}
            >
              {open ? strings.blokken.close : strings.blokken.openShort}
            </Button>
          )}
        </div>
      </div>
      {open && presence.state !== "block" && children}
    </li>
  );
}
