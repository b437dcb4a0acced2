import { Badge, Button, Divider, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { blockCatalogue } from "../../config/blocks";
import { sectionCatalogue } from "../../config/sections";
import { blockPresence, documentParamTexts, paramsByName, type BlockPresence } from "../../domain/blockPresence";
import { renderBlock, templateParams, type BlockDefinition } from "../../domain/blocks";
import { insertionAnchor, paragraphRef, type ParagraphAnchor } from "../../domain/placement";
import { blockIdFromTag, blockTag, paramNameFromTag } from "../../domain/rendered";
import { detectSections, type DetectedSection } from "../../domain/sections";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { currentParameterData } from "../../domain/storedState";
import { strings } from "../strings";
import { useDocumentSession, type PlannedTarget } from "../session/DocumentSession";
import { OperationStatus } from "../session/NoticeBar";
import { BlockForm, type PositionChoice } from "./BlockForm";
import { initialInput, referenceYear, type ParamInputs } from "./paramInput";
import { ParameterPanel } from "./ParameterPanel";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  // The title keeps at least 12rem; when state and actions don't fit beside it (at 300 and 350 px they
  // don't) they wrap to the next line, so a badge or button never covers or squeezes the title.
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  title: { flex: "1 1 12rem", minWidth: 0, overflowWrap: "anywhere" },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, marginLeft: "auto" },
  sub: { paddingLeft: tokens.spacingHorizontalL },
});

const allParams = paramsByName(blockCatalogue);
const catalogueById = new Map(blockCatalogue.map((def) => [def.id, def]));

function presenceIn(snapshot: DocumentSnapshot): { sections: DetectedSection[]; presence: Map<string, BlockPresence> } {
  const sections = detectSections(snapshot, sectionCatalogue);
  return { sections, presence: blockPresence(snapshot, sections, blockCatalogue) };
}

/**
 * Where block `def` goes at its place in the nota, planned on `snapshot`. The key names the target the
 * drafter sees: the block still missing, next to the same section. Null when it is in the document now.
 */
export function insertionTarget(def: BlockDefinition, snapshot: DocumentSnapshot): PlannedTarget<ParagraphAnchor | null> | null {
  const { sections, presence } = presenceIn(snapshot);
  const state = presence.get(def.id)?.state ?? "absent";
  if (state === "block") return null;
  const anchor = insertionAnchor(def.id, sectionCatalogue, sections, snapshot);
  const neighbour = anchor
    ? (sections.find((s) => (anchor.where === "after" ? s.end : s.start) === anchor.paragraph)?.id ?? anchor.text)
    : "start";
  return { key: `${state}|${anchor?.where ?? ""}|${neighbour}`, value: anchor };
}

/** Blocks in the document whose values this Word cannot see: plain-text controls below WordApi 1.5. */
function hidesValues(snapshot: DocumentSnapshot): boolean {
  const withValues = new Set(
    snapshot.contentControls.filter((control) => control.parentTag !== null && paramNameFromTag(control.tag) !== null).map((c) => c.parentTag),
  );
  return snapshot.contentControls.some((control) => {
    if (control.parentTag !== null || withValues.has(control.tag)) return false;
    const id = blockIdFromTag(control.tag);
    const def = id === null ? undefined : catalogueById.get(id);
    return def !== undefined && templateParams(def).some((name) => allParams.get(name)?.type !== "boolean");
  });
}

/** The standard blocks of a nota: which are in the document, insert the missing ones, update values. */
export function BlokkenTab() {
  const styles = useStyles();
  const session = useDocumentSession();
  const { snapshot, operation, port, features } = session;
  const busy = operation !== null;
  const [openBlock, setOpenBlock] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  // One value per name across blocks: a `nota:param:<name>` means the same thing everywhere.
  const [inputs, setInputs] = useState<ParamInputs>({});

  const { presence } = useMemo(() => (snapshot ? presenceIn(snapshot) : { presence: null }), [snapshot]);
  const paramTexts = useMemo(() => (snapshot ? documentParamTexts(snapshot) : new Map<string, string>()), [snapshot]);
  const storedData = useMemo(() => (snapshot ? currentParameterData(snapshot) : {}), [snapshot]);
  const year = useMemo(() => referenceYear(snapshot ? snapshot.paragraphs.map((p) => p.text) : [], Object.values(storedData)), [snapshot, storedData]);
  const presentParams = useMemo(
    () =>
      [...paramTexts].flatMap(([name, text]) => {
        const param = allParams.get(name);
        return param ? [{ param, text, stored: storedData[name] }] : [];
      }),
    [paramTexts, storedData],
  );
  // The help text's example must be a block the drafter can still insert, never one already in the nota.
  const missingExample = useMemo(
    () => (presence ? blockCatalogue.find((def) => def.heading && (presence.get(def.id)?.state ?? "absent") === "absent" && def.params.some((p) => p.type !== "boolean"))?.title : undefined),
    [presence],
  );
  const valuesHidden = useMemo(() => !features.plainTextControls && snapshot !== null && hidesValues(snapshot), [features, snapshot]);

  // After an insertion the focus goes to the block's row, once the list shows it as present.
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`blok-${focusRow}`)?.focus();
    setFocusRow(null);
  }, [focusRow, presence]);

  const open = (def: BlockDefinition) => {
    session.dismissNotice();
    // Fill each field once: what the document says, else the default; never overwrite typing.
    setInputs((current) => {
      const next = { ...current };
      for (const param of def.params) next[param.name] ??= initialInput(param, paramTexts.get(param.name), year, storedData[param.name]);
      return next;
    });
    setOpenBlock(def.id);
  };
  const close = (def: BlockDefinition) => {
    setOpenBlock(null);
    document.getElementById(`open-${def.id}`)?.focus();
  };

  const insert = (def: BlockDefinition, values: Record<string, string>, choice: PositionChoice) =>
    void session.run({ label: strings.blokken.inserting(def.title), origin: `block:${def.id}` }, async (context) => {
      const block = renderBlock(def, values);
      if (choice === "cursor") await port.insertBlock(block, { kind: "cursor" });
      else {
        const outcome = await context.onTarget(
          (current) => insertionTarget(def, current),
          async (anchor) => {
            await port.insertBlock(block, { kind: "nota-order", anchor });
            return { changed: false, result: null };
          },
        );
        if (outcome.status !== "done") return { intent: "warning", title: strings.blokken.targetMoved(def.title), body: strings.blokken.targetMovedBody };
      }
      setOpenBlock(null);
      setFocusRow(def.id);
      // The block is in: a failed re-read must not read as a failed insertion (the drafter would insert it again).
      try {
        await context.reread();
      } catch {
        return { intent: "warning", title: strings.blokken.inserted(def.title), body: strings.blokken.rereadFailed };
      }
      return { intent: "success", title: strings.blokken.inserted(def.title), body: strings.blokken.insertedBody };
    });

  const goTo = (def: BlockDefinition) =>
    void session.run({ label: strings.blokken.goingTo(def.title), origin: `block:${def.id}` }, async (context) => {
      const outcome = await context.onTarget(
        (current) => {
          const state = presenceIn(current).presence.get(def.id);
          if (state?.state === "block") return { key: "block", value: () => port.selectByTag(blockTag(def.id)) };
          if (state?.state === "heading") return { key: "heading", value: () => port.selectParagraph(paragraphRef(current, state.paragraph)) };
          return null;
        },
        async (select) => ((await select()) ? { changed: false, result: null } : { changed: true }),
      );
      return outcome.status === "done" ? null : { intent: "warning", title: strings.blokken.goToVanished(def.title), body: strings.blokken.goToVanishedBody };
    });

  const update = (texts: Record<string, string>, labels: string[], data: Record<string, string>) =>
    void session.run({ label: strings.parameters.updating, origin: "parameters" }, async (context) => {
      const names = Object.keys(texts);
      if (names.length === 0) return { intent: "info", title: strings.parameters.nothingChanged };
      const places = await port.updateParameters(texts, data);
      await context.reread();
      // The drafter removed the blocks holding them since the last read: say so, the panel now shows what is left.
      if (places === 0) return { intent: "warning", title: strings.parameters.vanished(labels) };
      // Forms opened earlier must not write the old value back with the next block.
      setInputs((current) => ({ ...current, ...texts }));
      return { intent: "success", title: strings.parameters.updated(labels, places) };
    });

  return (
    <div className={styles.tab}>
      <Text>{strings.blokken.intro}</Text>
      <div className={styles.toolbar}>
        <Button onClick={() => void session.refresh()} disabled={busy}>
          {strings.blokken.refresh}
        </Button>
        <Link href="assets/help.html#blokken" target="_blank" rel="noopener" aria-label={strings.helpLabel}>
          {strings.help}
        </Link>
      </div>
      <OperationStatus origin="document" />
      {presence && (
        <ul className={styles.list} aria-label={strings.blokken.listLabel}>
          {blockCatalogue.map((def) => (
            <BlockRow
              key={def.id}
              def={def}
              presence={presence.get(def.id) ?? { state: "absent" }}
              open={openBlock === def.id}
              busy={busy}
              onToggle={() => (openBlock === def.id ? close(def) : open(def))}
              onGoTo={() => goTo(def)}
            >
              <BlockForm
                def={def}
                presence={presence.get(def.id) ?? { state: "absent" }}
                inputs={inputs}
                year={year}
                busy={busy}
                onInputChange={(name, value) => setInputs((current) => ({ ...current, [name]: value }))}
                onInsert={(values, choice) => insert(def, values, choice)}
                onClose={() => close(def)}
              />
            </BlockRow>
          ))}
        </ul>
      )}
      {snapshot && (
        <>
          <Divider />
          <ParameterPanel present={presentParams} valuesHidden={valuesHidden} missingExample={missingExample} busy={busy} year={year} onUpdate={update} />
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
      <Badge appearance="tint" color="warning">{def.heading ? strings.blokken.stateHeading : strings.blokken.stateLine}</Badge>
    ) : (
      <Badge appearance="outline" color="informative">{strings.blokken.stateAbsent}</Badge>
    );
  const titleId = `blok-${def.id}-titel`;
  return (
    <li id={`blok-${def.id}`} tabIndex={-1} aria-labelledby={titleId} className={`${styles.item} ${def.headingLevel > 2 ? styles.sub : ""}`}>
      <div className={styles.row}>
        <Text id={titleId} className={styles.title} weight="semibold" data-role="block-title">
          {def.title}
        </Text>
        <span className={styles.meta}>
          {badge}
          {presence.state !== "absent" && (
            <Button size="small" onClick={onGoTo} disabled={busy} aria-label={strings.blokken.goToLabel(def.title)}>
              {strings.blokken.goTo}
            </Button>
          )}
          {presence.state !== "block" && (
            <Button
              id={`open-${def.id}`}
              size="small"
              onClick={onToggle}
              aria-expanded={open}
              aria-label={open ? strings.blokken.closeLabel(def.title) : strings.blokken.open(def.title)}
            >
              {open ? strings.blokken.close : strings.blokken.openShort}
            </Button>
          )}
        </span>
      </div>
      {open && presence.state !== "block" && children}
      <OperationStatus origin={`block:${def.id}`} />
    </li>
  );
}
