/**
 * @file Listing an image folder the way Keras' image_dataset_from_directory does: one subfolder per
 * class, class names sorted, images found recursively (symlinks followed, loops refused), and the
 * `train/` + `validation/` (+ `test/`) layout of flow_from_directory users.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataError } from './dataset.ts';
import { isImageFile } from './image-decode.ts';

export interface ImageEntry {
  readonly path: string;
  readonly label: number;
  readonly bytes: number;
  readonly mtimeMs: number;
}

export interface ImageSplitList {
  readonly root: string;
  readonly entries: readonly ImageEntry[];
  /** Files in class folders that are not images by extension (ignored, as Keras does), a few by name. */
  readonly ignored: readonly string[];
}

export interface ImageFolderList {
  readonly classNames: readonly string[];
  readonly train: ImageSplitList;
  readonly validation?: ImageSplitList;
  readonly test?: ImageSplitList;
}

export { DataError } from './dataset.ts';

const VALIDATION_NAMES = ['validation', 'val', 'valid'];

/** Lists `dir`; a `train/` subfolder beside only validation/test ones selects the split layout. */
export function listImageFolder(dir: string): ImageFolderList {
  const root = resolve(dir);
  const subs = subfolders(root, dir);
  const names = subs.map((s) => s.toLowerCase());
  const isSplitLayout = names.includes('train') && names.every((n) => n === 'train' || n === 'test' || VALIDATION_NAMES.includes(n));
  if (!isSplitLayout) {
    const classNames = checkClasses(root, dir, subs);
    return { classNames, train: listSplit(root, classNames) };
  }
  const pick = (want: readonly string[]) => subs.find((s) => want.includes(s.toLowerCase()));
  const trainDir = join(root, pick(['train'])!);
  const classNames = checkClasses(trainDir, join(dir, pick(['train'])!), subfolders(trainDir, trainDir));
  const other = (want: readonly string[]): ImageSplitList | undefined => {
    const name = pick(want);
    if (!name) return undefined;
    const d = join(root, name);
    const extra = subfolders(d, d).filter((c) => !classNames.includes(c));
    if (extra.length) throw new DataError(`${join(dir, name)} has class folders that train/ lacks: ${extra.join(', ')}; every class needs training images`);
    return listSplit(d, classNames, true);
  };
  const validation = other(VALIDATION_NAMES);
  const test = other(['test']);
  return { classNames, train: listSplit(trainDir, classNames), ...(validation ? { validation } : {}), ...(test ? { test } : {}) };
}

function subfolders(root: string, shown: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(code === 'ENOENT' ? `the image folder ${shown} does not exist (looked in ${root})` : code === 'ENOTDIR' ? `${shown} is a file, not a folder of class subfolders` : `cannot read the image folder ${shown} (${code})`);
  }
  // Code-point order, like Python's sorted(): class indices match Keras on the same folder.
  return names.filter((n) => !n.startsWith('.') && statOrNull(join(root, n))?.isDirectory()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkClasses(root: string, shown: string, classes: readonly string[]): string[] {
  if (classes.length === 0) throw new DataError(`${shown} has no class subfolders: put each class's images in a folder of its own, e.g. ${join(shown, 'cats')}/ and ${join(shown, 'dogs')}/`);
  if (classes.length === 1) throw new DataError(`${shown} has only one class folder ('${classes[0]}'); a classifier needs at least two (one subfolder per class)`);
  void root;
  return [...classes];
}

/** Every image under each class folder, in (class, sorted path) order. */
function listSplit(root: string, classNames: readonly string[], allowEmpty = false): ImageSplitList {
  const entries: ImageEntry[] = [];
  const ignored: string[] = [];
  classNames.forEach((name, label) => {
    const before = entries.length;
    walk(join(root, name), new Set(), (path, st) => {
      if (isImageFile(path)) entries.push({ path, label, bytes: st.size, mtimeMs: st.mtimeMs });
      else ignored.push(relative(root, path));
    });
    if (entries.length === before && !allowEmpty) throw new DataError(`the class folder ${join(root, name)} holds no images (.jpg, .jpeg, .png, .webp, .gif, .bmp); add images or remove the folder`);
  });
  return { root, entries, ignored };
}

function walk(dir: string, seen: Set<string>, visit: (path: string, st: Stats) => void): void {
  const real = safeRealpath(dir);
  if (seen.has(real)) throw new DataError(`${dir} is a symlink loop (it leads back to ${real}); remove the link`);
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    throw new DataError(`cannot read the folder ${dir} (${(e as NodeJS.ErrnoException).code})`);
  }
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const p = join(dir, n);
    const st = statOrNull(p);
    if (!st) throw new DataError(`${p} cannot be read (a broken symlink or no permission)`);
    if (st.isDirectory()) walk(p, new Set(seen), visit);
    else if (st.isFile()) visit(p, st);
  }
}

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new DataError(`${p} is a symlink loop; remove the link`);
    return null;
  }
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
