import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A file every copy of the UI's public folder has: how a candidate folder is recognized. */
const MARKER = join('i18n', 'en.json');

/**
 * The UI's public files that printed reports use too: its translations (one dictionary of labels for
 * the screen and the page) and its boundary maps. They are those of the built UI (`ACCORD_STATIC_DIR`,
 * as the server runs in production) or, in a clone run from source (the API tests), `frontend/public`.
 * Read once each, on first use, so that a server without them still starts (and says what it misses).
 */
export class PublicAssets {
  private readonly cache = new Map<string, unknown>();
  private folder: string | undefined;

  constructor(private readonly staticDir: string | undefined) {}

  /** A JSON file under the public folder, e.g. `i18n/fr.json`; parsed once. */
  json<T>(path: string): T {
    if (!this.cache.has(path)) this.cache.set(path, JSON.parse(readFileSync(join(this.root(), path), 'utf8')));
    return this.cache.get(path) as T;
  }

  private root(): string {
    this.folder ??= this.candidates().find((candidate) => existsSync(join(candidate, MARKER)));
    if (!this.folder) {
      throw new Error(
        "Printed reports need the UI's public files (i18n/, maps/): set ACCORD_STATIC_DIR to the built UI",
      );
    }
    return this.folder;
  }

  /** The built UI if configured, then frontend/public of the clone the server runs from. */
  private candidates(): string[] {
    const clones = [process.cwd()];
    for (let folder = resolve(__dirname); dirname(folder) !== folder; folder = dirname(folder)) clones.push(folder);
    return [
      ...(this.staticDir ? [resolve(this.staticDir)] : []),
      ...clones.map((clone) => join(clone, 'frontend', 'public')),
    ];
  }
}
