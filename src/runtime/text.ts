/**
 * @file Text to token ids as Keras's `TextVectorization` does it with its defaults: standardize
 * `lower_and_strip_punctuation`, split on whitespace, a vocabulary of the most frequent tokens
 * (index 0 the padding '', 1 the out-of-vocabulary '[UNK]'), and int sequences truncated or padded
 * at the end to a fixed length. The vocabulary is learnt from the training texts (Keras `adapt`),
 * travels in the checkpoint and bundle (`DataInfo.text`), and `dlc run` tokenizes new text with it.
 */

/** How a text column became token ids. */
export interface TextVectorizer {
  /** The CSV column the text came from: `dlc run` takes `{ "<column>": "a review" }`. */
  readonly column: string;
  /** Token by id: [0] = '' (padding), [1] = '[UNK]', then by descending count (ties by code-point order). */
  readonly vocabulary: readonly string[];
  readonly sequenceLength: number;
}

export const PAD = '';
export const OOV = '[UNK]';

/** Keras's default punctuation class (string.punctuation), stripped after lower-casing. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Lower case, punctuation removed, split on whitespace. */
export function tokens(text: string): string[] {
  return text.toLowerCase().replace(PUNCTUATION, '').split(/\s+/).filter((t) => t.length > 0);
}

/** The `maxTokens` most frequent tokens of `texts` (padding and '[UNK]' counted, as Keras counts them). */
export function learnVocabulary(texts: Iterable<string>, maxTokens: number): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of tokens(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [PAD, OOV, ...ranked.slice(0, Math.max(0, maxTokens - 2)).map(([w]) => w)];
}

/** Token ids of one text, `sequenceLength` long: truncated at the end, padded with 0. */
export function vectorize(text: string, v: Pick<TextVectorizer, 'vocabulary' | 'sequenceLength'>): Int32Array {
  const index = indexOf(v.vocabulary);
  const out = new Int32Array(v.sequenceLength);
  const ws = tokens(text);
  for (let i = 0; i < Math.min(ws.length, v.sequenceLength); i++) out[i] = index.get(ws[i]!) ?? 1;
  return out;
}

/** Token → id, built once per vocabulary (every text of a file, a batch or a run looks words up in the same map). */
const INDEXES = new WeakMap<readonly string[], Map<string, number>>();
function indexOf(vocabulary: readonly string[]): Map<string, number> {
  let m = INDEXES.get(vocabulary);
  if (!m) INDEXES.set(vocabulary, (m = new Map(vocabulary.map((w, i) => [w, i]))));
  return m;
}

/**
 * For a bundle trained on a text column: a string or a list of strings given to `predict` / `classify`
 * becomes its only input's token ids (one row per text, the rest of the batch padding); anything else
 * is returned as it was.
 */
export function textFeeds(specs: readonly { name: string; shape: readonly number[] }[], inputs: unknown, v: TextVectorizer | undefined): { named: unknown; rows: number | undefined } {
  const texts = typeof inputs === 'string' ? [inputs] : Array.isArray(inputs) && inputs.length > 0 && inputs.every((t) => typeof t === 'string') ? (inputs as string[]) : undefined;
  if (!v || specs.length !== 1 || !texts) return { named: inputs, rows: undefined };
  const batch = specs[0]!.shape[0] ?? 1;
  if (texts.length > batch) throw new Error(`input '${specs[0]!.name}' takes at most ${batch} text${batch === 1 ? '' : 's'} per call (the bundle's batch size), got ${texts.length}`);
  const ids = new Int32Array(batch * v.sequenceLength);
  texts.forEach((t, i) => ids.set(vectorize(t, v), i * v.sequenceLength));
  return { named: { [specs[0]!.name]: ids }, rows: texts.length };
}
