import type { Result } from './result';
import { err, ok } from './result';

/**
 * Small composable parsers for values that arrive from outside (messages, storage, imported files).
 * Each parser answers a fresh value holding only the fields it knows, or the path of the first
 * problem, so untrusted data is never stored or handed on as it came.
 */
export type Parser<T> = (raw: unknown, path: string) => Result<T, string>;

const fail = (path: string, message: string): Result<never, string> => err(`${path || 'value'}: ${message}`);

const isPlainPrototype = (proto: unknown): boolean => proto === null || proto === Object.prototype;

export const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

export const text =
  (maxLength: number): Parser<string> =>
  (raw, path) => {
    if (typeof raw !== 'string') return fail(path, 'expected a string');
    return raw.length > maxLength ? fail(path, `longer than ${maxLength} characters`) : ok(raw);
  };

export const integer =
  (min: number, max: number): Parser<number> =>
  (raw, path) =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max
      ? ok(raw)
      : fail(path, `expected an integer in [${min}, ${max}]`);

export const number =
  (min: number, max: number): Parser<number> =>
  (raw, path) =>
    typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max
      ? ok(raw)
      : fail(path, `expected a number in [${min}, ${max}]`);

export const boolean: Parser<boolean> = (raw, path) => (typeof raw === 'boolean' ? ok(raw) : fail(path, 'expected true or false'));

export const literal =
  <T extends string | number>(...allowed: readonly T[]): Parser<T> =>
  (raw, path) =>
    allowed.includes(raw as T) ? ok(raw as T) : fail(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);

export const nullable =
  <T>(parser: Parser<T>): Parser<T | null> =>
  (raw, path) =>
    raw === null ? ok(null) : parser(raw, path);

/** An optional field: absent (or undefined) reads as `fallback`. */
export const optional =
  <T, F>(parser: Parser<T>, fallback: F): Parser<T | F> =>
  (raw, path) =>
    raw === undefined ? ok(fallback) : parser(raw, path);

export const list =
  <T>(item: Parser<T>, maxItems: number): Parser<T[]> =>
  (raw, path) => {
    if (!Array.isArray(raw)) return fail(path, 'expected a list');
    if (raw.length > maxItems) return fail(path, `more than ${maxItems} items`);
    const out: T[] = [];
    for (const [index, value] of raw.entries()) {
      const parsed = item(value, `${path}[${index}]`);
      if (!parsed.ok) return parsed;
      out.push(parsed.value);
    }
    return ok(out);
  };

type Shape = Record<string, Parser<unknown>>;
export type Parsed<S extends Shape> = { [K in keyof S]: S[K] extends Parser<infer T> ? T : never };

/** An object with exactly the fields of `shape` (unknown fields are left out of the answer). */
export const object =
  <S extends Shape>(shape: S): Parser<Parsed<S>> =>
  (raw, path) => {
    if (!isRecord(raw)) return fail(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const [key, parser] of Object.entries(shape)) {
      const parsed = parser(Object.hasOwn(raw, key) ? raw[key] : undefined, path ? `${path}.${key}` : key);
      if (!parsed.ok) return parsed;
      if (parsed.value !== undefined) out[key] = parsed.value;
    }
    return ok(out as Parsed<S>);
  };

/** Any JSON value (plain objects, lists, strings, finite numbers, booleans, null) within limits. */
export const json =
  (maxDepth: number, maxChars: number): Parser<unknown> =>
  (raw, path) => {
    let chars = 0;
    const visit = (value: unknown, depth: number): boolean => {
      if (depth > maxDepth) return false;
      if (value === null || typeof value === 'boolean') return (chars += 4) <= maxChars;
      if (typeof value === 'number') return Number.isFinite(value) && (chars += 8) <= maxChars;
      if (typeof value === 'string') return (chars += value.length + 2) <= maxChars;
      if (Array.isArray(value)) return value.every((item) => visit(item, depth + 1));
      if (isRecord(value) && isPlainPrototype(Object.getPrototypeOf(value))) {
        return Object.entries(value).every(([key, item]) => (chars += key.length + 3) <= maxChars && visit(item, depth + 1));
      }
      return false;
    };
    return visit(raw, 0) ? ok(raw) : fail(path, `not plain JSON within ${maxChars} characters and ${maxDepth} levels`);
  };
