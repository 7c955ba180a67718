/**
 * @file The split a trained model is judged on (`dlc evaluate`, `dlc build --report`): the data's test
 * split, else the validation split training held out, else the training split. A model whose
 * `train: { validationSplit }` held samples out while the data has no validation split of its own gets
 * the same samples again, split with the training run's seed (a checkpoint records it).
 */
import { splitFraction, type Dataset, type Split } from './dataset.ts';

export type SplitName = 'test' | 'validation' | 'train';

/** The dataset with `validationSplit` held out of its training split as `dlc train --seed seed` did. */
export function withHeldOut(d: Dataset, validationSplit: number | undefined, seed: number | undefined): Dataset {
  if (d.validation || !validationSplit || seed === undefined) return d;
  const [train, validation] = splitFraction(d, d.train, validationSplit, seed);
  return { ...d, train, validation };
}

/** Every split the dataset has, in the order they are preferred for judging a model. */
export function judgedSplits(d: Dataset): { name: SplitName; split: Split }[] {
  const all: [SplitName, Split | undefined][] = [['test', d.test], ['validation', d.validation], ['train', d.train]];
  return all.filter((e): e is [SplitName, Split] => e[1] !== undefined).map(([name, split]) => ({ name, split }));
}
