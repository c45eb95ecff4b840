import { describe, expect, test } from 'vitest';
import { normaliseWords } from './normalise-words';

describe('normaliseWords', () => {
  test('case, accents, apostrophes, quotation marks and punctuation do not count', () => {
    expect(normaliseWords('Kerry’s “broad agreement,” said Café-owner O\'Brien — in 2016!')).toEqual([
      'kerrys', 'broad', 'agreement', 'said', 'cafe', 'owner', 'obrien', 'in', '2016',
    ]);
  });

  test('ligatures and full-width letters fold to plain ones', () => {
    expect(normaliseWords('ﬁnal ＵＮ vote')).toEqual(['final', 'un', 'vote']);
  });

  test('scripts written without spaces give one word a character; others keep their words', () => {
    expect(normaliseWords('東京都の会議 Москва сегодня')).toEqual(['東', '京', '都', 'の', '会', '議', 'москва', 'сегодня']);
  });

  test('a text\'s words do not depend on what else it holds: plain English text reads as it does beside accented words', () => {
    const plain = 'The U.S. envoy’s “talks” — in 2016 — went on; O\'Neill`s team (and Mr. Smith) left at 5 p.m.\tToday\'s vote – a first.';
    expect(normaliseWords(plain)).toEqual([
      'the', 'u', 's', 'envoys', 'talks', 'in', '2016', 'went', 'on', 'oneills', 'team', 'and', 'mr', 'smith', 'left', 'at', '5', 'p', 'm', 'todays', 'vote', 'a', 'first',
    ]);
    expect(normaliseWords(`${plain} café`)).toEqual([...normaliseWords(plain), 'cafe']);
  });
});
