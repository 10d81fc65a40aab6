// Types of the Accord clause checker's report (schema version 2). The same
// shape as `accord check --format json`; see ARCHITECTURE.md.

export type Verdict = 'supports' | 'violates' | 'mixed' | 'not_addressed';

/** A span of the original text. `text.slice(utf16[0], utf16[1]) === span.text`. */
export interface Span {
  /** Byte offsets [start, end) into the UTF-8 text. */
  bytes: [number, number];
  /** UTF-16 code-unit offsets [start, end): JavaScript string indices. */
  utf16: [number, number];
  text: string;
}

export interface Evidence {
  /** Stable rule ID, e.g. "ENC001". */
  rule: string;
  /** Index into `Report.provisions` of the provision (article) it was found in. */
  provision: number;
  verdict: Exclude<Verdict, 'not_addressed'>;
  /** One sentence a non-lawyer understands. */
  explanation: string;
  spans: Span[];
}

export interface Seed {
  /** The seed file, for traceability (`001_724cf03f2b1c9e73.txt`). */
  file: string;
  /** The document's title and date, from the set's `[[seeds]]` table ("" when the set has none). */
  title: string;
  date: string;
  section: string;
  quote: string;
}

export interface PrincipleReport {
  id: string;
  title: string;
  group: string;
  verdict: Verdict;
  /** +1 supports, 0 mixed or not addressed, -1 violates. */
  score: -1 | 0 | 1;
  explanation: string;
  evidence: Evidence[];
  seed: Seed;
  /** The catalog's wording to use instead; present only when `verdict` is "violates" or "mixed". */
  better_wording?: string;
}

/**
 * A concrete edit that mends what a rule found: replace `span` of the text
 * with `replacement` (an empty span inserts it):
 * `text.slice(0, s.span.utf16[0]) + s.replacement + text.slice(s.span.utf16[1])`.
 */
export interface Suggestion {
  /** The rule whose finding it mends, e.g. "ENC001". */
  rule: string;
  principle: string;
  span: Extent;
  replacement: string;
}

export interface Alignment {
  /** 0–100, or null when no principle is engaged. */
  score: number | null;
  label: string;
  summary: string;
}

/** Where a stretch of the text lies, without the text. */
export interface Extent {
  bytes: [number, number];
  utf16: [number, number];
}

/** One provision (article) of the text, in text order. */
export interface Provision {
  /** "Article 5", or null for text without a heading. */
  label: string | null;
  /** The heading's title, when it has one. */
  title: string | null;
  /** From its heading to the end of its text. */
  span: Extent;
  /** Every principle reported: its verdict on this provision alone. */
  verdicts: Record<string, Verdict>;
  /** The alignment score of this provision alone, null when not engaged. */
  score: number | null;
}

export interface Reading {
  /** Index into `Report.provisions` of the provision read otherwise. */
  provision: number;
  choices: string[];
  verdicts: Record<string, Verdict>;
}

export interface Report {
  schema_version: 2;
  set: { id: string; name: string; version: string };
  status: 'analysed' | 'empty';
  message?: string;
  alignment: Alignment;
  /** Every principle of the set, in catalog order (or those asked for). */
  principles: PrincipleReport[];
  /** One entry per article (one for a text without headings); empty when there was nothing to analyse. */
  provisions: Provision[];
  alternatives: { readings: number; analysed: number; capped: boolean; differing: Reading[] };
  /** Concrete edits for the rules that know their repair, in text order (may be empty). */
  suggestions: Suggestion[];
}

export interface Principle {
  id: string;
  group: string;
  title: string;
  summary: string;
  seeds: Seed[];
  doc: { checks: string; why: string; violating_example: string; better_wording: string };
}

export interface Group {
  id: string;
  name: string;
}

export interface AnalyzeOptions {
  /** Only report these principle IDs. */
  principles?: string[];
}

/** Analyse a clause with the built-in Tech Accord principles. Throws on bad input. */
export function analyze(text: string, options?: AnalyzeOptions): Report;
/** A verdict that moved between two versions. */
export interface Change {
  /** The provision's name ("Article 2"); null for the whole text's verdicts. */
  provision: string | null;
  principle: string;
  before: Verdict;
  after: Verdict;
  /** Toward violates (supports → anything else, not_addressed → mixed or violates, mixed → violates) is worse. */
  direction: 'better' | 'worse';
}

/** A run of words of a word diff. */
export interface DiffPiece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ProvisionDiff {
  /** Its name in the new text (in the old one when removed). */
  provision: string;
  /** Index in the old text's provisions, null when added. */
  before: number | null;
  /** Index in the new text's provisions, null when removed. */
  after: number | null;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** Word diff, old to new (empty when unchanged). */
  diff: DiffPiece[];
  changes: Change[];
}

/** Two versions compared: the same shape as `accord diff --format json`. */
export interface Comparison {
  schema_version: 2;
  before: Alignment;
  after: Alignment;
  /** Both versions' provisions, matched by label then by similarity, in the new text's order. */
  provisions: ProvisionDiff[];
  /** Every provision verdict that moved. */
  changes: Change[];
  /** The whole text's verdicts that moved. */
  overall: Change[];
  /** True when a provision's verdict got worse. */
  worse: boolean;
}

/** Compare two versions of a text with the built-in principles. Synchronous; throws on bad input. */
export function compare(oldText: string, newText: string): Comparison;
export function principles(): Principle[];
export function groups(): Group[];
export function explain(id: string): Principle | undefined;
export function version(): { package: string; catalog: string; catalog_id: string };

export interface Checker {
  analyze(text: string, options?: AnalyzeOptions): Report;
  compare(oldText: string, newText: string): Comparison;
  principles(): Principle[];
  /** One principle of this set, or undefined for an unknown ID (as `explain`). */
  explain(id: string): Principle | undefined;
  free(): void;
}

/**
 * Load a principle set, TOML or JSON text (told apart by the first non-blank
 * character). Throws an Error giving each fault's line, column and path
 * (`line 33, column 11: rules[0].verdict: unknown variant …`).
 */
export function loadRules(source: string): Checker;
