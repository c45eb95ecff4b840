import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotation';
import { AnnotationIndex } from './annotation-index';

/** The index holds marks; here each is only its annotation. */
const marks = (annotations: readonly Annotation[]) => annotations.map((annotation) => ({ annotation }));
const refs = (found: readonly { annotation: Annotation }[]) => found.map((item) => item.annotation.ref);

const annotation = (start: number, end: number, ref = `${start}-${end}`): Annotation => ({ kind: 'person', ref, start, end });

describe('AnnotationIndex', () => {
  it('finds the entity under the pointer inside a quotation, innermost first', () => {
    const quote: Annotation = { kind: 'quote', ref: 'q1', start: 10, end: 80 };
    const name = annotation(30, 40, 'e1');
    const index = new AnnotationIndex(marks([name, quote, annotation(90, 95)]));
    expect(refs(index.at(35))).toEqual(['e1', 'q1']);
    expect(refs(index.at(50))).toEqual(['q1']);
    expect(index.at(80)).toEqual([]);
    expect(index.at(5)).toEqual([]);
  });

  it('finds a long quotation that opened long before many short names', () => {
    const names = Array.from({ length: 50 }, (_, i) => annotation(100 + i * 10, 105 + i * 10));
    const index = new AnnotationIndex(marks([{ kind: 'quote', ref: 'q', start: 0, end: 1000 }, ...names]));
    expect(refs(index.at(997))).toEqual(['q']);
  });

  it('agrees with a plain scan for any set of spans', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, length]) => annotation(start, start + length));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.nat(270), (annotations, offset) => {
        const index = new AnnotationIndex(marks(annotations));
        const expected = annotations.filter((a) => a.start <= offset && offset < a.end);
        const found = index.at(offset).map((item) => item.annotation);
        expect(found).toHaveLength(expected.length);
        expect(new Set(found)).toEqual(new Set(expected));
        for (let i = 1; i < found.length; i++) {
          expect(found[i]!.end - found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end - found[i - 1]!.start);
        }
      }),
    );
  });

  it('lists the mentions of one entity in text order', () => {
    const index = new AnnotationIndex(marks([annotation(50, 55, 'a'), annotation(10, 15, 'a'), annotation(20, 25, 'b')]));
    expect(index.of('a').map((item) => item.annotation.start)).toEqual([10, 50]);
  });

  it('answers for marks given already in the analysis order as for marks given out of order', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, length]) => annotation(start, start + length));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.nat(270), (annotations, offset) => {
        const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
        const given = marks(annotations);
        const ordered = given.slice().sort((a, b) => a.annotation.start - b.annotation.start || b.annotation.end - a.annotation.end);
        expect(new Set(new AnnotationIndex(ordered).at(offset))).toEqual(new Set(new AnnotationIndex(given).at(offset)));
        expect(new AnnotationIndex(ordered).of(sorted[0]?.ref ?? '').map((item) => item.annotation)).toEqual(sorted.filter((a) => a.ref === sorted[0]?.ref));
      }),
    );
  });
});
