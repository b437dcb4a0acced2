// The office.js the browser tests inject: `Office` plus a `Word` whose documents are the batch-faithful
// fake of the adapter's tests (tests/word/fakeWord.ts), so the production pane drives the real adapter
// (src/word) against office-js semantics: commands queue until `sync`, properties need load + sync, a
// failing command rejects its sync and drops the rest of the batch while earlier commands stay applied.
//
// globalSetup.ts bundles this file for the browser; browser.ts serves the bundle at office.js's URL,
// preceded by `window.__FAKE_OFFICE_OPTIONS__ = {...}` (FakeOfficeOptions in hostTypes.ts). The test
// reads the document back with `page.evaluate(() => window.fakeWord.read())`.
//
// The adapter names enum values as string literals ("After", "Heading3", "PlainText"), so `Word` needs
// no enums; `Word.run` and `Office.context.requirements.isSetSupported` are what it calls at run time.
import { FakeContext, FakeDocument, FakeWordError, type Control } from "../word/fakeWord";
import type { FakeOfficeOptions, FakeWordHost, HostDocument } from "./hostTypes";

const DEFAULT_THEME = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };

const options: FakeOfficeOptions = window.__FAKE_OFFICE_OPTIONS__ ?? {};
const inWord = options.host !== null;
const requirementSets = options.requirementSets ?? { WordApi: "1.3" };
// A new Word document holds one empty paragraph.
const model = new FakeDocument(options.document ?? { paragraphs: [{}] });
const pendingFailures = [...(options.failOn ?? [])];
const counters = { runCount: 0, syncCount: 0, rejected: [] as string[] };

/** One Word.run's request context: the fake's, with the host's failures, counters and pending commands. */
class HostContext extends FakeContext {
  pending = 0;

  override enqueue(name: string, command: () => void): void {
    this.pending += 1;
    super.enqueue(name, () => {
      const failure = pendingFailures.findIndex((prefix) => name.startsWith(prefix));
      if (failure >= 0) {
        pendingFailures.splice(failure, 1);
        counters.rejected.push(name);
        throw new FakeWordError("GeneralException", `${name} was rejected by the test host`);
      }
      command();
    });
  }

  override async sync(): Promise<void> {
    this.pending = 0;
    counters.syncCount += 1;
    await super.sync();
  }
}

/** Like office-js: a fresh context per batch, the batch must return a promise, queued commands are flushed at the end. */
async function run<T>(...args: unknown[]): Promise<T> {
  const batch = args[args.length - 1];
  if (typeof batch !== "function") throw new FakeWordError("InvalidArgument", "Word.run needs a batch function");
  counters.runCount += 1;
  const context = new HostContext(model);
  const pendingResult: unknown = batch(context);
  if (!(pendingResult instanceof Promise)) throw new FakeWordError("RunMustReturnPromise", "the batch function must return a promise");
  const result = (await pendingResult) as T;
  if (context.pending > 0) await context.sync();
  return result;
}

function describeControl(control: Control) {
  return {
    id: control.id,
    tag: control.tag,
    title: control.title,
    text: model.controlText(control),
    plainText: control.plainText,
    inline: control.inline,
    parentTag: control.parent?.tag ?? null,
  };
}

function read(): HostDocument {
  return {
    paragraphs: model.paragraphs.map((para) => ({
      text: model.text(para),
      styleBuiltIn: para.styleBuiltIn,
      list: para.list ? { ...para.list } : null,
      controls: para.blocks.map((control) => control.tag),
    })),
    controls: model.controls().map(describeControl),
    lines: model.describe(),
    selectedTag: model.selected?.tag ?? null,
    selectedText: model.selectedText
      ? { paragraph: model.paragraphs.indexOf(model.selectedText.para), text: model.text(model.selectedText.para).slice(model.selectedText.span.start, model.selectedText.span.end) }
      : null,
    selectedParagraph: model.selection ? model.paragraphs.indexOf(model.selection) : null,
    comments: model.comments.map((comment) => ({ content: comment.content, paragraph: model.paragraphs.indexOf(comment.para), quoted: comment.quoted })),
    runCount: counters.runCount,
    syncCount: counters.syncCount,
    rejected: [...counters.rejected],
  };
}

function versionAtLeast(have: string, want = "1.1"): boolean {
  const [haveMajor, haveMinor = 0] = have.split(".").map(Number);
  const [wantMajor, wantMinor = 0] = want.split(".").map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
}

const host: FakeWordHost = {
  model,
  read,
  failOn(command) {
    pendingFailures.push(command);
  },
};

const readyInfo = { host: inWord ? "Word" : null, platform: inWord ? "OfficeOnline" : null };

Object.assign(window, {
  fakeWord: host,
  Word: { run },
  Office: {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: inWord
      ? {
          host: "Word",
          officeTheme: { ...DEFAULT_THEME, ...options.theme },
          requirements: {
            isSetSupported: (name: string, version?: string) => name in requirementSets && versionAtLeast(requirementSets[name], version),
          },
        }
      : {},
    // office.js calls back once it has initialised, never synchronously.
    onReady(callback?: (info: typeof readyInfo) => void) {
      return Promise.resolve().then(() => {
        callback?.(readyInfo);
        return readyInfo;
      });
    },
  },
});
