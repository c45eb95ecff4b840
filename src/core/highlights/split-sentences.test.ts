import { describe, expect, test } from 'vitest';
import { splitSentences } from './split-sentences';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  test('splits at full stops, question and exclamation marks', () => {
    expect(sentences('The talks ended. Nobody agreed? They will meet again!  Soon.')).toEqual([
      'The talks ended.',
      'Nobody agreed?',
      'They will meet again!',
      'Soon.',
    ]);
  });

  test('titles, initials and "Jan." or "No." before a number do not end a sentence', () => {
    expect(sentences('Mr. Kerry met Dr. Jane Q. Public on Jan. 5 in St. Louis. Gen. Smith and J.K. Rowling did not. No. 10 said no.')).toEqual([
      'Mr. Kerry met Dr. Jane Q. Public on Jan. 5 in St. Louis.',
      'Gen. Smith and J.K. Rowling did not.',
      'No. 10 said no.',
    ]);
  });

  test('an acronym ends a sentence only where a new one clearly starts', () => {
    expect(sentences('Officials in the U.S. Senate agreed. The family moved to the U.K. They stayed. It ended at 4 p.m. Eastern time.')).toEqual([
      'Officials in the U.S. Senate agreed.',
      'The family moved to the U.K.',
      'They stayed.',
      'It ended at 4 p.m. Eastern time.',
    ]);
  });

  test('closing quotation marks belong to the sentence they end', () => {
    expect(sentences('He called it a “messy and prolonged battle.” Kerry said “No.” Then he left.')).toEqual([
      'He called it a “messy and prolonged battle.”',
      'Kerry said “No.”',
      'Then he left.',
    ]);
  });

  test('a question inside a quotation does not end a sentence that goes on', () => {
    expect(sentences('“Why now?” she asked. “Because,” he said, “we can.” "Really?" Yes.')).toEqual([
      '“Why now?” she asked.',
      '“Because,” he said, “we can.”',
      '"Really?"',
      'Yes.',
    ]);
  });

  test('decimals, lower-case continuations and a missing final stop stay whole', () => {
    expect(sentences('Growth was 3.5 percent. prices rose... and fell. The end')).toEqual([
      'Growth was 3.5 percent. prices rose... and fell.',
      'The end',
    ]);
  });

  test('spans are shifted by the block offset and never hold surrounding white space', () => {
    const text = '  First one.   Second one.  ';
    expect(splitSentences(text, 100)).toEqual([
      { start: 102, end: 112 },
      { start: 115, end: 126 },
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });

  test('ideographic full stops end a sentence without a space after them', () => {
    expect(sentences('東京都は計画を発表した。知事は「守る」と述べた！ Then English.')).toEqual([
      '東京都は計画を発表した。',
      '知事は「守る」と述べた！',
      'Then English.',
    ]);
  });

  test('the word before a stop is read whole, in any script and however long the sentence has run', () => {
    // letters outside the Basic Multilingual Plane: "𝐀." is an initial, "𝐀𝐁𝐂." a word that ends the sentence
    expect(sentences('They met 𝐀. Smith at the 𝐀𝐁𝐂. Then they left.')).toEqual(['They met 𝐀. Smith at the 𝐀𝐁𝐂.', 'Then they left.']);
    const runOn = Array.from({ length: 300 }, () => 'the U.S. Senate and the U.K. Parliament met').join(', ');
    expect(sentences(`${runOn}. The talks ended in the U.S.A. They resume today.`)).toEqual([
      `${runOn}.`,
      'The talks ended in the U.S.A.',
      'They resume today.',
    ]);
  });
});

