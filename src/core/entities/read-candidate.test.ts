import { describe, expect, it } from 'vitest';
import { entitiesOf, named } from './entities-of';

describe('titles glued to names', () => {
  it('leaves what an office is of out of its holder’s name', () => {
    expect(named(entitiesOf('Deputy Director of Public Prosecution Ana-Lise Brenner took the decision. Ms Brenner said it was final.'))).toEqual(['person:Ana-Lise Brenner']);
  });

  it('reads what an office is of as a name where no holder follows', () => {
    const entities = entitiesOf('“We will be where players are,” Dara Quell, CEO of Brindlewick, adds.');
    expect(named(entities)).toEqual(['person:Dara Quell', 'organization:Brindlewick']);
  });

  it('parts an envoy’s country from the envoy', () => {
    expect(named(entitiesOf('A former special envoy to Ukraine Martin Albrecht changed his account.'))).toEqual(['place:Ukraine', 'person:Martin Albrecht']);
  });

  it('leaves a sport’s position letter out of a player’s name', () => {
    expect(named(entitiesOf('Harriers: F Tomas Ekwueme missed his third game with a sore knee.'))).toEqual(['person:Tomas Ekwueme']);
  });

  it('reads a name set off after a title as the person who holds it', () => {
    expect(named(entitiesOf('In June, the then Home Secretary, Rashid Okonkwo-Bell, approved the order.'))).toEqual(['person:Rashid Okonkwo-Bell']);
  });
});

describe('organizations named like people', () => {
  it('reads production houses, brokers and studios by their head word', () => {
    expect(named(entitiesOf('Harold Vance Productions denied it. Analysts at Marlow Institutional Equities agreed, as did indie developer Lantern Works’ team.'))).toEqual([
      'organization:Harold Vance Productions',
      'organization:Marlow Institutional Equities',
      'organization:Lantern Works',
    ]);
  });

  it('reads a city’s name and a capitalised plural as a team, and the plural alone as the team too', () => {
    const entities = entitiesOf('The Chicago Comets beat the Harriers on Tuesday. The Comets, who have won five straight, meet again in Chicago.');
    expect(named(entities)).toEqual(['organization:Chicago Comets', 'organization:Harriers', 'place:Chicago']);
    expect(entities[0]?.aliases).toEqual(['Chicago Comets', 'Comets']);
  });

  it('ties a body’s name without its head word to the body, where nothing else types it', () => {
    const entities = entitiesOf('Silver Lantern Records signed her in 2010. She left Silver Lantern last fall.');
    expect(named(entities)).toEqual(['organization:Silver Lantern Records']);
    expect(entities[0]?.aliases).toEqual(['Silver Lantern Records', 'Silver Lantern']);
  });
});

describe('bodies after prepositions', () => {
  it('reads a company by what is counted at it and an outlet by the statement made to it, not as places', () => {
    expect(named(entitiesOf('Subscriptions lifted revenue at Quellcorp. The label said in a statement to Night Ledger that it would appeal. The memo was obtained by Harbourline.'))).toEqual([
      'organization:Quellcorp',
      'organization:Night Ledger',
      'organization:Harbourline',
    ]);
  });

  it('still reads "from" and "at" before an unknown name as a place', () => {
    expect(named(entitiesOf('Mara Quint, from Tallowby, was at home. Gusts of 90mph were recorded at Penmorwen.'))).toEqual(['person:Mara Quint', 'place:Tallowby', 'place:Penmorwen']);
  });
});

describe('capitalised words that are no names', () => {
  it('drops fiscal periods, time zones, technology abbreviations and an index cut from its number', () => {
    expect(named(entitiesOf('Sales fell in Q3 at Brellin Stores. A call is set for 9 a.m. ET. Its VR/AR unit must hire ASAP. Shares lagged the S&P 500.'))).toEqual(['organization:Brellin Stores']);
  });

  it('drops a verb’s "-ing" form that opens its sentence before a name', () => {
    expect(named(entitiesOf('Questioning Dara Quell, the lawyer pressed on. Quell said nothing.'))).toEqual(['person:Dara Quell']);
  });

  it('drops a doer’s noun that opens its sentence before a given name and a surname', () => {
    expect(named(entitiesOf('Tom Bell wrote the code. Commenter Ana Roe (who wrote the first story) noted that the fork was new.'))).toEqual(['person:Tom Bell', 'person:Ana Roe']);
  });

  it('reads one unknown word judged right or owning a theory as a person', () => {
    expect(named(entitiesOf('It has become clear to researchers that Tarrant was right and the mind works unseen.'))).toEqual(['person:Tarrant']);
    expect(named(entitiesOf('The study builds on Tarrant’s theory of the mind.'))).toEqual(['person:Tarrant']);
  });

  it('drops a role that opens its sentence and an opener glued to a known body', () => {
    expect(named(entitiesOf('Analysts say prices will rise. Key Security Council members met on Monday.'))).toEqual(['organization:Security Council']);
  });

  it('reads two known places joined by a hyphen as both places', () => {
    expect(named(entitiesOf('Hopes of a China-US trade deal lifted shares in India.'))).toEqual(['place:China', 'place:US', 'place:India']);
  });

  it('reads "Forum" as a body’s head word', () => {
    expect(named(entitiesOf('Tal Ronen, a fellow at the right-wing Marrow Policy Forum, disagreed.'))).toEqual(['person:Tal Ronen', 'organization:Marrow Policy Forum']);
  });
});

describe('names ending in ’s, and sentence adverbs', () => {
  it('reads a name with ’s before a stock ticker as a company', () => {
    expect(named(entitiesOf('Its rival Dorne’s (DRN) stock is off too. Dorne’s reports earnings Wednesday.'))).toEqual(['organization:Dorne']);
  });

  it('drops a sentence adverb opening a sentence before a list', () => {
    expect(named(entitiesOf('Separately, the US and Canada signed the deal.'))).toEqual(['place:US', 'place:Canada']);
  });
});

describe('places by the words around them, and initials', () => {
  it('reads a name after a compass point and "of", after "the northern", and before "settlement" as a place', () => {
    expect(named(entitiesOf('Vara Quint, 55, lives in a village southwest of Tallowmere. The northern Kessel Ridge has seen no rain. Crowds visited the Bet Orvan settlement bloc.'))).toEqual([
      'person:Vara Quint',
      'place:Tallowmere',
      'place:Kessel Ridge',
      'place:Bet Orvan',
    ]);
  });

  it('keeps a known city apart from a longer region named after it', () => {
    expect(named(entitiesOf('Crews in San Francisco worked late. Winds hit the northern San Francisco Bay Area.'))).toEqual(['place:San Francisco', 'place:San Francisco Bay Area']);
  });

  it('ties initials with "&", without the company form or the state, to the body', () => {
    const entities = entitiesOf('Northern Gas & Power Co. cut supply. NG&P said it was safe. The Oregon Public Energy Board met, and the PEB fined NG&P.');
    expect(named(entities)).toEqual(['organization:Northern Gas & Power Co', 'organization:Oregon Public Energy Board']);
  });
});

describe('people no given-name list knows, and the firms they work for', () => {
  it('reads a double-barrelled surname and a player’s numbers as a person’s', () => {
    expect(named(entitiesOf('Late on, Kentaro Vellis-Amadu drilled a 3-pointer, and Oduya Brannock had 15.'))).toEqual(['person:Kentaro Vellis-Amadu', 'person:Oduya Brannock']);
  });

  it('reads a full name whose surname the story writes alone as a sentence’s subject as a person', () => {
    const entities = entitiesOf('He did not clash with Rajko Tellund this time. Tellund had eight points.');
    expect(named(entities)).toEqual(['person:Rajko Tellund']);
    expect(entities[0]?.aliases).toEqual(['Rajko Tellund', 'Tellund']);
  });

  it('reads a name before "analyst" and a person’s name as the analyst’s firm', () => {
    expect(named(entitiesOf('In a note, Quarrington analyst Dara Quell cut her target.'))).toEqual(['organization:Quarrington', 'person:Dara Quell']);
  });

  it('reads a name before a capitalised role and what it is of as a person', () => {
    expect(named(entitiesOf('“Rates will fall,” said Oduya Brannock, Director of Strategy at Marlow Securities.'))).toEqual(['person:Oduya Brannock', 'organization:Marlow Securities']);
  });
});

describe('laboratories', () => {
  it('reads "Laboratory" as a body’s head word, and a possessive after a person’s "of" as the end of the name', () => {
    expect(named(entitiesOf('“It is fun,” said geologist Rosalind Vey of NASA’s Deep Field Laboratory in Ohio.'))).toEqual([
      'person:Rosalind Vey',
      'organization:NASA',
      'organization:Deep Field Laboratory',
      'place:Ohio',
    ]);
  });
});

describe('a lone capital and its exclamation mark', () => {
  it('keeps "X! News" whole, in one sentence', () => {
    expect(named(entitiesOf('She will perform, according to a report by Z! News. Her label declined to comment.'))).toEqual(['organization:Z! News']);
  });
});

describe('a name between a closing straight mark and a verb of saying', () => {
  it('reads the one word as a name, not a sentence’s first word', () => {
    expect(named(entitiesOf('"We waited two hours for the ferry," Tarrow said.', '"Is that fair?" Quellin asked.'))).toEqual(['person:Tarrow', 'person:Quellin']);
  });

  it('keeps a role noun there no name', () => {
    expect(named(entitiesOf('"It will reopen," Officials said.'))).toEqual([]);
  });
});

describe('an office’s place before a name', () => {
  it('takes no demonym for the place of an office, nor the body after it for a person', () => {
    expect(named(entitiesOf('Dara Quist is the chairman of Nordic Hearts for Lindqvist, she said.'))).toEqual(['person:Dara Quist']);
  });
});

describe('an apposition naming what a person heads', () => {
  it('reads a name before ", Head of …" as a person’s', () => {
    expect(named(entitiesOf('Rajesh Varkey, Head of Research at Tarvel Securities, expects rates to hold until spring.'))).toEqual(['person:Rajesh Varkey', 'organization:Tarvel Securities']);
  });
});

describe('company forms', () => {
  it('reads a name ending in a company form as a company, even after "in"', () => {
    expect(named(entitiesOf('The patents stay in Harlow Co. until the sale, and Tarvel Plc keeps the rest.'))).toEqual(['organization:Harlow Co', 'organization:Tarvel Plc']);
  });
});

describe('the maker of a brand', () => {
  it('reads one word, no given name, after a brand’s "developer" or "publisher" as the company', () => {
    expect(named(entitiesOf('Ana Roe reported the flaw to Skyforge developer Ostrel in May.'))).toEqual(['person:Ana Roe', 'organization:Ostrel']);
  });

  it('keeps a person named in full after the role', () => {
    expect(named(entitiesOf('Skyforge developer Ana Ostrel fixed the flaw.'))).toEqual(['person:Ana Ostrel']);
  });
});

describe('business partners', () => {
  it('reads one word, no given name, that a company has partnered with as a company', () => {
    expect(named(entitiesOf('Google has partnered with Ostrel to sell the lenses.'))).toEqual(['organization:Google', 'organization:Ostrel']);
  });
});

describe('names before a model number', () => {
  it('reads no name from a product or a unit before its number, and keeps its maker', () => {
    expect(named(entitiesOf('Ana Roe prefers the Vexa 4 Pro to a Google Zentra 1080 card, and works in Building 24 near Harwick.'))).toEqual(['person:Ana Roe', 'organization:Google', 'place:Harwick']);
  });

  it('keeps a score line’s sides and a known name before a number', () => {
    expect(named(entitiesOf('Comets 4, Harriers 1: Tom Bell scored twice.', 'Ana Roe flew a Boeing 737 home.'))).toEqual(['organization:Comets', 'organization:Harriers', 'person:Tom Bell', 'person:Ana Roe', 'organization:Boeing']);
  });
});

describe('a reporting verb glued to a name', () => {
  it('ends a person’s name before a reporting verb that lost its space', () => {
    expect(named(entitiesOf('As the reporter Ana Roewrites, the city council ignored the rules.'))).toEqual(['person:Ana Roe']);
  });
});
