import { describe, expect, it } from 'vitest';
import kerryJson from '../../tests/fixtures/reports/kerry-syria.json';
import type { StoryReport } from '../shared/report';
import { toWebAnnotations } from './to-web-annotations';

const kerry = kerryJson as StoryReport;
type Collection = { '@context': string; type: string; total: number; first: { items: Array<Record<string, any>> } };

describe('toWebAnnotations', () => {
  it('makes a W3C collection: one identifying annotation per surface form, one per quotation', () => {
    let n = 0;
    const collection = toWebAnnotations(kerry, { now: '2026-11-25T10:00:00.000Z', newId: () => `urn:uuid:${++n}` }) as Collection;
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const forms = kerry.entities.reduce((sum, entity) => sum + new Set(entity.aliases).size, 0);
    expect(collection.total).toBe(forms + kerry.quotes.length);
    const kerryForms = collection.first.items.filter((item) => item.body[0].value === 'John Kerry');
    expect(kerryForms.map((item) => item.target.selector)).toEqual([
      { type: 'TextQuoteSelector', exact: 'John Kerry' },
      { type: 'TextQuoteSelector', exact: 'Kerry' },
    ]);
    expect(kerryForms[0]).toMatchObject({ id: 'urn:uuid:1', type: 'Annotation', motivation: 'identifying', target: { source: kerry.url } });
    const quote = collection.first.items.find((item) => item.target.selector.exact === 'springboard');
    expect(quote?.motivation).toBe('describing');
    expect(quote?.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: 'Speaker: Bashar al-Assad' });
  });

  it('gives every mention its own annotation with prefix and suffix when the page tells them', () => {
    const mentions = [
      { ref: 'person-1', exact: 'John Kerry', prefix: 'allies\n\n', suffix: ' has second' },
      { ref: 'person-1', exact: 'Kerry', prefix: 'One of ', suffix: '’s key goals' },
      { ref: 'quote-1', exact: 'broad agreement', prefix: 'reached a “', suffix: '” on some' },
    ];
    const collection = toWebAnnotations(kerry, { now: '2026-11-25T10:00:00.000Z', mentions }) as Collection;
    expect(collection.total).toBe(3);
    expect(collection.first.items[1]?.target.selector).toEqual({ type: 'TextQuoteSelector', exact: 'Kerry', prefix: 'One of ', suffix: '’s key goals' });
    expect(collection.first.items[2]?.body[0]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'quotation' });
    expect(String(collection.first.items[0]?.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
