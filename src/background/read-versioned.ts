import type { Parser } from '../shared/parse-value';
import { isRecord } from '../shared/parse-value';
import type { Result } from '../shared/result';
import { err } from '../shared/result';

/** Turns a record of version `v` into one of version `v + 1` (it must set `v` itself). */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * Reads a stored record of any earlier schema version: applies the migrations from its version up to
 * `current`, then checks the result. A record from a newer Story Lens, without a version, or failing
 * its check is an error value (the caller drops and logs it), never an exception.
 */
export function readVersioned<T>(
  raw: unknown,
  current: number,
  migrations: Readonly<Record<number, Migration>>,
  parse: Parser<T>,
): Result<T, string> {
  if (!isRecord(raw)) return err('not an object');
  let record = raw;
  for (let steps = 0; record.v !== current; steps += 1) {
    const version = record.v;
    if (typeof version !== 'number' || !Number.isInteger(version)) return err('no schema version');
    if (version > current) return err(`schema version ${version} is newer than this Story Lens (${current})`);
    const migrate = migrations[version];
    if (!migrate || steps > current) return err(`no migration from schema version ${version}`);
    try {
      record = migrate(record);
    } catch (error) {
      return err(`migration from version ${version} failed: ${String(error)}`);
    }
  }
  return parse(record, '');
}
