// Finds a checklist's phrases in document text (issue 9). Phrases are text, never regular expressions:
// each is normalised like the document (src/domain/text.ts: case, accents, white space, Word's control
// characters, line-break hyphens) and all of them are looked for at once with an Aho-Corasick
// automaton, so a scan costs one step per character of the text, whatever the phrases hold, plus one
// per hit. Whole words only; a trailing `*` stands for the rest of a word ("gevolg*": "gevolgen").
import { normaliseForMatching } from "./text";

/** Why a phrase cannot be used; the checklist loader reports it by item and field. */
export type PhraseProblem =
  /** Nothing left after normalisation (empty, only spaces or control characters, or only `*`). */
  | "empty"
  /** A `*` other than one at the very end. */
  | "star-inside"
  /** A trailing `*` that does not follow a letter or digit ("geen *", "(ACKE)*"). */
  | "star-not-after-word";

export interface CompiledPhrase {
  /** The phrase as written. */
  phrase: string;
  /** The normalised text looked for (without the `*`). */
  key: string;
  /** True for a trailing `*`: the match runs on to the end of the word. */
  wordEnding: boolean;
}

/** The phrase normalised for matching, or the reason it cannot be used. */
export function compilePhrase(phrase: string): CompiledPhrase | { problem: PhraseProblem } {
  let body = phrase.trim();
  const wordEnding = body.endsWith("*");
  if (wordEnding) body = body.slice(0, -1);
  if (body.includes("*")) return { problem: body.replace(/\*/g, "").trim() === "" ? "empty" : "star-inside" };
  const key = normaliseForMatching(body).text.trim();
  if (key === "") return { problem: "empty" };
  if (wordEnding && (body.trimEnd() !== body || !isWordUnit(key.charCodeAt(key.length - 1), key[key.length - 1]))) {
    return { problem: "star-not-after-word" };
  }
  return { phrase, key, wordEnding };
}

/** Counts the matcher's steps, for tests that prove a scan is linear without timing it. */
export interface WorkCounter {
  steps: number;
}

/** A whole-word hit of phrase `phrase` (its index in the set) at [start, end) of the scanned (normalised) text. */
export interface PhraseHit {
  phrase: number;
  start: number;
  end: number;
}

/**
 * A set of phrases compiled into one automaton. Building costs the phrases' total length (times the
 * number of phrases sharing an ending, for the output lists); `scan` is linear in the text.
 */
export class PhraseSet {
  readonly phrases: readonly CompiledPhrase[];
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];
  /**
   * The automaton as a table (state × character class → state), so a step is two array reads: built
   * when it has at most `denseLimit` cells, else the scan follows failure links (same hits).
   */
  private readonly dense: DenseTable | null = null;

  /** `denseLimit`: the largest transition table to build (cells); tests set 0 to exercise the other scan. */
  constructor(phrases: readonly CompiledPhrase[], options: { denseLimit?: number } = {}) {
    this.phrases = phrases;
    this.lengths = phrases.map((phrase) => phrase.key.length);
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.key.length; i++) {
        const unit = phrase.key.charCodeAt(i);
        let target = this.next[state].get(unit);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.next[state].set(unit, target);
        }
        state = target;
      }
      this.outputs[state].push(index);
    });
    // Failure links breadth first: a state's link is the longest proper suffix that is also a state.
    const queue: number[] = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [unit, target] of this.next[state]) {
        let link = this.fail[state];
        while (link !== 0 && !this.next[link].has(unit)) link = this.fail[link];
        const candidate = this.next[link].get(unit);
        this.fail[target] = candidate !== undefined && candidate !== target ? candidate : 0;
        this.outputs[target] = [...this.outputs[target], ...this.outputs[this.fail[target]]];
        queue.push(target);
      }
    }
    this.dense = this.buildTable([0, ...queue], options.denseLimit ?? DENSE_LIMIT);
  }

  /** The transition table over the phrases' characters (class 0: any other character), in breadth-first `order`. */
  private buildTable(order: readonly number[], limit: number): DenseTable | null {
    const units = new Set<number>();
    for (const phrase of this.phrases) for (let i = 0; i < phrase.key.length; i++) units.add(phrase.key.charCodeAt(i));
    const width = units.size + 1;
    if (width * this.next.length > limit) return null;
    const classes = new Uint16Array(0x10000);
    [...units].forEach((unit, k) => (classes[unit] = k + 1));
    const delta = new Int32Array(width * this.next.length);
    // A state's missing transitions are its failure link's, which comes earlier in breadth-first order.
    for (const state of order) {
      const row = state * width;
      const fallback = this.fail[state] * width;
      for (let k = 1; k < width; k++) delta[row + k] = state === 0 ? 0 : delta[fallback + k];
      for (const [unit, target] of this.next[state]) delta[row + classes[unit]] = target;
    }
    const final = new Uint8Array(this.next.length);
    this.outputs.forEach((found, state) => (final[state] = found.length > 0 ? 1 : 0));
    return { classes, width, delta, final };
  }

  /**
   * Every whole-word hit in `text` (normalised with `normaliseForMatching`), in the order the hits end,
   * passed to `onHit`. A hit starts at the text's start or after a character that is not a letter or
   * digit (unless the phrase itself starts with one), and ends likewise; with a trailing `*` it runs
   * on to the end of the word. Linear in `text.length` plus the hits; never throws for any text.
   */
  scan(text: string, onHit: (hit: PhraseHit) => void, counter?: WorkCounter): void {
    let state = 0;
    let steps = 0;
    const dense = this.dense;
    if (dense !== null) {
      // The hot loop of a long document: one table step per character, the hits checked only in
      // states where a phrase ends.
      const { classes, width, delta, final } = dense;
      for (let i = 0; i < text.length; i++) {
        state = delta[state * width + classes[text.charCodeAt(i)]];
        if (final[state] === 1) steps += this.report(text, state, i, onHit, counter);
      }
      if (counter) counter.steps += steps + text.length;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let target = this.next[state].get(unit);
      while (target === undefined && state !== 0) {
        state = this.fail[state];
        target = this.next[state].get(unit);
        steps++;
      }
      state = target ?? 0;
      steps++;
      if (this.outputs[state].length > 0) steps += this.report(text, state, i, onHit, counter);
    }
    if (counter) counter.steps += steps;
  }

  /** Reports the whole-word hits of the phrases ending in `state` at `i`; returns the steps taken. */
  private report(text: string, state: number, i: number, onHit: (hit: PhraseHit) => void, counter?: WorkCounter): number {
    const found = this.outputs[state];
    for (let k = 0; k < found.length; k++) {
      const index = found[k];
      const hit = this.wholeWord(text, index, i + 1 - this.lengths[index], i + 1, counter);
      if (hit) onHit(hit);
    }
    return found.length;
  }

  private wholeWord(text: string, index: number, start: number, end: number, counter?: WorkCounter): PhraseHit | null {
    const key = this.phrases[index].key;
    if (isWordUnit(key.charCodeAt(0), key[0]) && start > 0 && isWordUnit(text.charCodeAt(start - 1), text[start - 1])) return null;
    let stop = end;
    if (this.phrases[index].wordEnding) {
      while (stop < text.length && isWordUnit(text.charCodeAt(stop), text[stop])) stop++;
      if (counter) counter.steps += stop - end;
    } else if (isWordUnit(key.charCodeAt(key.length - 1), key[key.length - 1]) && end < text.length && isWordUnit(text.charCodeAt(end), text[end])) {
      return null;
    }
    return { phrase: index, start, end: stop };
  }
}

interface DenseTable {
  /** Character → class (0: a character no phrase has). */
  classes: Uint16Array;
  width: number;
  /** state × width + class → next state. */
  delta: Int32Array;
  /** 1 where a phrase ends. */
  final: Uint8Array;
}

// 4 million cells (16 MB): a checklist's phrases stay far below; a hostile one falls back to failure links.
const DENSE_LIMIT = 1 << 22;

const WORD_UNIT = /[\p{L}\p{N}]/u;
const wordUnitCache = new Map<number, boolean>();

/** A letter or digit (one UTF-16 unit of normalised text). */
function isWordUnit(code: number, unit: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let word = wordUnitCache.get(code);
  if (word === undefined) {
    word = WORD_UNIT.test(unit);
    wordUnitCache.set(code, word);
  }
  return word;
}
