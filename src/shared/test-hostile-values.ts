import fc from 'fast-check';

/**
 * Values a hostile or broken sender can put in a message, for the message fuzz tests: anything at
 * all, the edges of each JSON type, strings past every message limit, nesting deep enough to
 * overflow a recursive reader, and the keys that reach prototypes (`__proto__`, `constructor`) or
 * shadow the methods a careless reader calls (`toString`, `valueOf`, `hasOwnProperty`).
 * Test-only: nothing in the extension imports it.
 */

/** past the content script's 8,000,000-character limit on one message */
export const HUGE_STRING = 'x'.repeat(8_000_001);
/** past the popup's 10,000-character limit, and every field's */
export const LONG_STRING = 'y'.repeat(100_001);

const nested = (depth: number, wrap: (inner: unknown) => unknown): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = wrap(value);
  return value;
};
export const DEEP_OBJECT = nested(5_000, (inner) => ({ a: inner }));
export const DEEP_ARRAY = nested(5_000, (inner) => [inner]);

/** Own `__proto__` and `constructor` keys, as JSON.parse and structured clone make them. */
export const PROTOTYPE_KEYS = JSON.parse(
  '{"__proto__": {"polluted": true, "type": "data:clear", "tabId": 1}, "constructor": {"prototype": {"polluted": true}}, "toString": 1, "valueOf": 1, "hasOwnProperty": 1}',
) as Record<string, unknown>;
/** A value no `String(value)` or property-key conversion survives. */
export const UNCONVERTIBLE = Object.assign(Object.create(null) as object, { toString: 1, valueOf: 1 });

export const EDGE_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  1.5,
  2 ** 53,
  '',
  ' ',
  '\u0000',
  '\ud800',
  null,
  undefined,
  true,
  [],
  {},
  [null],
  LONG_STRING,
  HUGE_STRING,
  DEEP_OBJECT,
  DEEP_ARRAY,
  PROTOTYPE_KEYS,
  UNCONVERTIBLE,
];

/** One hostile value: anything fast-check makes, or one of the edges above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything() },
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.double() },
);

/**
 * A message of one of `types` with hostile fields: the call's own parameter names (and the prototype
 * keys) given hostile values, or `base`'s well-formed payload with one field at `paths` replaced.
 */
export function messagesOf(types: readonly string[], keys: readonly string[], bases: Record<string, () => Record<string, unknown>> = {}) {
  const fieldNames = fc.constantFrom(...keys, 'type', '__proto__', 'constructor', 'toString');
  const loose = fc
    .record({ type: fc.constantFrom(...types), fields: fc.dictionary(fieldNames, hostileValue, { maxKeys: 4 }) })
    .map(({ type, fields }) => ({ ...fields, type }) as unknown);
  const based = Object.keys(bases);
  if (based.length === 0) return loose;
  const spoiled = fc
    .record({ type: fc.constantFrom(...based), path: fc.array(fc.oneof(fc.constantFrom(...keys), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }), value: hostileValue })
    .map(({ type, path, value }) => ({ ...replaceAt(bases[type]!(), path, value), type }) as unknown);
  return fc.oneof(loose, spoiled);
}

/** `value` with the field at `path` (as deep as it exists; then one level more) replaced. */
function replaceAt(value: Record<string, unknown>, path: ReadonlyArray<string | number>, replacement: unknown): Record<string, unknown> {
  let at: Record<string | number, unknown> = value;
  for (const [step, key] of path.entries()) {
    const inner = at[key];
    if (step === path.length - 1 || typeof inner !== 'object' || inner === null) {
      at[key] = replacement;
      break;
    }
    at = inner as Record<string | number, unknown>;
  }
  return value;
}
