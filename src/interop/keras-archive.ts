/** @file Keras 3 `.keras` archives: a zip holding config.json, metadata.json and model.weights.h5. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readKerasH5 } from './hdf5.ts';
import { ImportError, layerTypesOf, type WeightFile } from './source.ts';

/** Unzips the archive, and reads its weights file through a temporary copy (h5wasm reads files, not buffers, in Node). */
export async function readKerasArchive(path: string): Promise<WeightFile> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path), { filter: (f) => f.name === 'model.weights.h5' || f.name === 'config.json' });
  } catch (e) {
    throw new ImportError(`${path} is not a readable .keras archive (${e instanceof Error ? e.message : String(e)})`, 'the file may be truncated; save it again with model.save("model.keras")');
  }
  const h5 = entries['model.weights.h5'];
  if (!h5) throw new ImportError(`${path} is a zip archive without model.weights.h5, so not a Keras 3 .keras file`);
  const dir = mkdtempSync(join(tmpdir(), 'dlc-keras-'));
  try {
    const file = join(dir, 'model.weights.h5');
    writeFileSync(file, h5);
    const { weights, ignored } = await readKerasH5(file).catch((e: unknown) => {
      throw e instanceof ImportError ? new ImportError(e.message.split(file).join(`${path} (model.weights.h5)`), e.hint) : e;
    });
    const config = entries['config.json'];
    return { path, format: 'Keras 3 .keras archive', weights, ignored, ...(config ? { layerTypes: layerTypesOf(new TextDecoder().decode(config)) } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
