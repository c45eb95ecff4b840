import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities';
import { givenNameGender } from '../entities/gazetteer';
import { modelFromBlocks } from '../text-model';
import { findQuotes } from './find-quotes';

/** The speaker of the story's last quotation. */
function lastSpeaker(...paragraphs: string[]): string | null | undefined {
  const model = modelFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
  return findQuotes(model, findEntities(model)).at(-1)?.speaker;
}

describe('speakers as news writes them', () => {
  it('finds the speaker of a title-case headline among the people the story introduces', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Mother Warns Of Online Pills That "Killed Her Daughter"' },
      { kind: 'paragraph', text: 'Her mother, Angela Hartley, said the pills were sold openly.' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Angela Hartley');
  });

  it('gives a headline’s shortened quotation the speaker of the body’s fuller one', () => {
    const model = modelFromBlocks([
      { kind: 'headline', text: 'Landlord raised rents ‘so tenants would not notice’, court told' },
      { kind: 'paragraph', text: 'Prosecutor Dana Roe said the rises came “in small steps, so that tenants would not notice.”' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Dana Roe');
  });

  it.each([
    ['a pronoun after two people', ['Jane Doe, 45, lost her son in 2017. Her husband, Tom Doe, was at work. “I knew something was wrong,” she said.'], 'Jane Doe'],
    ['a surname that told reporters', ['Mark Ellison met Sen. Paula Grant on Tuesday. “We had a frank talk,” Ellison told reporters.'], 'Mark Ellison'],
    ['a name after its relation', ['“It burned her up from within,” said her mother, Carla Whitley.'], 'Carla Whitley'],
    ['a titled name in apposition', ['The coroner, Dr. Ian Marsh, said the pills were “highly toxic.”'], 'Ian Marsh'],
    ['a role capitalised before the name', ['Economist Raj Patel calls it the “birth lottery.”'], 'Raj Patel'],
    ['the company’s chief, named after the title', ['Facebook CEO Mark Zuckerberg was asked about privacy. “We didn’t take a broad enough view,” Zuckerberg said.'], 'Mark Zuckerberg'],
    ['a statement with a lawyer’s name', ['“This is a tragedy,” Hana Kovac, the family’s lawyer, said in a statement.'], 'Hana Kovac'],
    ['a colon after an introduction', ['Asked about the vote, Premier Li Wen said: “We respect the result.”'], 'Li Wen'],
    ['a relative clause between the name and the verb', ['Greta Lindqvist, who founded the group in 2010, said the cuts were “devastating.”'], 'Greta Lindqvist'],
    ['a person described by a role', ['Mark Zuckerberg faced senators for five hours. “We made mistakes,” the Facebook CEO said.'], 'Mark Zuckerberg'],
    ['a person described by wealth or trade', ['Walter Brisk bought the club in May. “It was very nice,” the casino tycoon told reporters.'], 'Walter Brisk'],
    ['a person described as a political figure', ['Ada Voss toured the plant on Friday. “We need these jobs,” the veteran politician said.'], 'Ada Voss'],
    ['the body behind a report', ['The Brookfield Institute studied 4,000 families. Mobility is “a birth lottery,” the report said.'], 'Brookfield Institute'],
    ['a person by the role the story gave them', ['Eloise’s mother, Fiona Parry, was at home.', 'Her daughter was “a bright, bubbly girl,” Eloise’s mother said.'], 'Fiona Parry'],
    ['a shared surname as the person last named in full', ['Sophie Hartley, 24, took the pills.', 'Her mother, Angela Hartley, spoke at the hearing.', '“Nobody warned her,” Hartley said.'], 'Angela Hartley'],
    ['"he" as the subject named after a role and a comma', ['“Hand them in,” Inspector Paul Grimes said.', 'The coroner, John Ellery, recorded a verdict. He said the drug was “extremely dangerous.”'], 'John Ellery'],
    ['"the agency" as the agency named a little before', ['The pills contained DNP, the Food Standards Agency said. West Mercia Police are investigating.', 'In a statement the agency said: “DNP is not fit for human consumption.”'], 'Food Standards Agency'],
    ['the subject of a clause a participle hangs on', ['Budget talks collapsed after Senator Dana Roe walked out, accusing her rivals of “bad faith.”'], 'Dana Roe'],
    ['the person a role opening the sentence stands for, before a participle', ['Judge Mira Castell heard the case.', 'The judge refused the request, saying she was “not persuaded.”'], 'Mira Castell'],
    ['the person in apposition to an opening role, before a participle', ['The leader of the Harbour Party, Ilse Maren, condemned the attack, saying in a statement that it “changes nothing.”'], 'Ilse Maren'],
    ['a body before its relative clause', ['The Northern Referees Board, which manages officials in Scotland, said it would “look again.”'], 'Northern Referees Board'],
    ['not a place after a preposition', ['“The roads are gone,” Saba Oduya, a relief coordinator in Tromsø, told reporters.'], 'Saba Oduya'],
    ['the body behind its possessed report', ['The Tarn Valley Commission studied the plan.', 'The commission’s analysis, released last week, warned that the cut “cannot last.”'], 'Tarn Valley Commission'],
    ['whoever the story said issued the statement', ['Halden Foods said in a statement that it would close.', 'The Wexby Workers Union called it cruel.', '“We will rebuild,” the statement said.'], 'Halden Foods'],
    ['nobody, for a statement of people the story does not name', ['The Wexby Workers Union met on Monday. County commissioners said in a joint statement that they had hired auditors.', '“Your money is safe,” the statement said.'], null],
    ['not the name after "asked whether"', ['Jan Orlik, the party leader, said talks were over. Pavel Hradek, 54, disagreed.', 'Orlik struck a softer tone later. Asked whether he would meet Hradek, he smiled. “Of course. I always meet him.”'], 'Jan Orlik'],
    ['the person a sentence opening "For X," is about', ['Tom Hale lives in Leeds.', 'For Ana Ruiz, a teacher in Leeds, the answer is simple. “Pay us properly.”'], 'Ana Ruiz'],
    ['the author of a message a club passed on, for "posted a message from him:"', ['Tom Hale was sent off. Harbour City lost.', 'Hale stayed silent. Harbour FC posted a message from him on Sunday: “I let everyone down.”'], 'Tom Hale'],
    ['the body a statement came from, for "read a statement from X"', ['The Harbour Trust owns the site. Tom Hale works there.', '“We are saddened,” read a statement from the Harbour Trust.'], 'Harbour Trust'],
    ['the person, not the body a statement came from, for "X said in a statement from Y"', ['The Harbour Party lost the vote.', '“We will be back,” Tom Hale said in a statement from the Harbour Party.'], 'Tom Hale'],
    ['nobody, for the unnamed lawyers a name owns', ['Tom Hale sued Acme Corp. in March.', 'In the filing, Hale’s lawyers wrote that Acme had “ignored every warning.”'], null],
    ['the writer "her" stands for, for "Her letter said"', ['Ana Ruiz resigned on Friday. Tom Hale replaced her.', 'Her resignation letter said she had been “worn down.”'], 'Ana Ruiz'],
    ['the writer, not the outlet in a participle’s parenthesis, for "Her letter, seen by X, said"', ['Ana Ruiz resigned on Friday.', 'Her resignation letter, seen by Reuters, said she had been “worn down.”'], 'Ana Ruiz'],
    ['the subject after an opening clause in the sentence before', ['Ivo Marek, the manager, was angry.', 'Asked if his team had been unlucky, Marek shook his head. “No. We stopped playing.”'], 'Ivo Marek'],
    ['a role opening a lede, named in the next paragraph', ['The father of a teenager who died after taking a diet powder told an inquest he had “begged” his son to stop.', 'His father, Stephen Marlow, said the boy had trained obsessively.'], 'Stephen Marlow'],
    ['the person a body’s name qualifies, before a participle', ['Lumio chief executive Dara Quell on Tuesday defended the deal, telling investors it would “pay for itself.”'], 'Dara Quell'],
    ['the agent of a passive verb of naming', ['The Coastal Wildlife Department counted the whales.', 'The strandings have been described as “heartbreaking” by the wildlife department.'], 'Coastal Wildlife Department'],
    ['the name a relative clause hangs on, for a gerund', ['The rhetoric came from the Harbour Party, which tried to rally support by saying that rivals were “coming out in droves.”'], 'Harbour Party'],
    ['the subject after an opening phrase and a role, for "She added:"', ['Dr. Lorna Vale, the state epidemiologist, spoke first.', 'At a clinic in Lubbock, nurse Tamsin Oke said the room was full. She added:', '“People are scared now.”'], 'Tamsin Oke'],
    ['a subject in apposition to a long role', ['The Harbour Union Commission chairperson, Thabo Ngwenya, called for calm. “Rivers should unite us,” he said.'], 'Thabo Ngwenya'],
    ['nobody, for an unnamed official of a named body', ['The Centers for Disease Control and Prevention (CDC) sent doses. A CDC official, who was not authorized to speak publicly, said more would follow “as soon as possible.”'], null],
    ['"she" after a paragraph going on with "she", back to the person it opened with', ['“Start early,” Senator Ruth Calder wrote.', 'The mayor’s niece, Ada Brill, studies law in Dover. Asked whether she would run one day, she laughed.', '“Ask me in ten years,” she said.'], 'Ada Brill'],
    ['"he" after a quotation’s own first sentence, as the subject of the paragraph before', ['“We were lucky,” coach Sam Ortega said.', 'Lev Adair, who scored twice, was asked about the winner.', '“Honestly? I just kept running,” he said.'], 'Lev Adair'],
    ['the name after an owner’s role, after an inverted verb', ['Dana Holt sued the firm last year.', '“They knew all along,” said Holt’s lawyer, Victor Amani.'], 'Victor Amani'],
    ['nobody, for an owner’s role the story never names', ['Dana Holt sued the firm last year.', '“They knew all along,” said Holt’s lawyer.'], null],
    ['"the commission" as the one commission, named long before', ['The Product Safety Commission announced the recall on Thursday.', 'Brenna Co. makes the pots. Larkin Retail and Oduya Stores sold them.', 'Ina Roe, Bo Lind, Cal Vey and Dee Marsh were burned. Their lawyer, Tom Ashe, sued Brenna Co. in Ohio.', 'Analysts at Fenwick Securities cut their rating.', '“Stop using it now,” the commission said.'], 'Product Safety Commission'],
    ['the body behind a report, past a clause with a number in it', ['A study by the Brandt Institute was published on Monday.', 'The report, which followed 40,000 children over 30 years, calls the gap a “postcode lottery.”'], 'Brandt Institute'],
    ['nobody, for an office the story never names its holder', ['Attorney-General Simon Prentice defended the bill. Its critic, Fiona Tran, called it “a mistake.”', 'The Prime Minister has said that the law is needed “to keep everyone safe.”'], null],
    ['the holder of an office the story named with its title', ['Prime Minister Dawit Alemu opened the dam. Its engineer, Ana Roe, called it “a marvel.”', 'The Prime Minister said the dam was “for every family.”'], 'Dawit Alemu'],
    ['the sender of a message, for "the message read"', ['Lena Hart had messaged her sister, Mia, an hour before.', '“Feel like I’m on fire,” the message read.'], 'Lena Hart'],
    ['a name before its apposition with "a"', ['Fatima Haddad, a lawyer, said the plan “cannot work.”'], 'Fatima Haddad'],
    ['"he added" as the speaker of the inverted attribution just before, not an earlier paragraph’s subject', ['Later, Amal Rahimi told reporters that “the door is open.”', '“This is a disaster,” said Pieter van der Berg. He added: “We will rebuild.”'], 'Pieter van der Berg'],
    ['"she" as the witness introduced before, not a name inside her own quotation', ['The court heard from Nadia Frost, the club’s former treasurer. “I warned Maria Lutz twice,” she told the court.'], 'Nadia Frost'],
    ['"she" as the name after a possessive role, not the owner opening the sentence', ['Nora Quist, 30, found Jessie crying in the garden.', 'Jessie’s nan, Wendy, was at his bedside every day. “He never once complained,” she said.'], 'Wendy'],
    ['the person after "in the words of"', ['Few were surprised. In the words of Mira Solberg, a researcher at the Nordvik Institute, “small is beautiful.”'], 'Mira Solberg'],
    ['the person named in the sentence after, for "Those were the words X used"', ['Pia Lund ran the shop for years.', 'Omar Haddad, the landlord, sued her in May.', '“Nothing was ever taken.” Those were the words Lund used in a police interview.'], 'Pia Lund'],
    ['the firm whose analysts "they" are', ['Lumeno sells earbuds. Analysts at Brackley Capital, who cover the stock, were unmoved. “It is a niche,” they wrote in a note.'], 'Brackley Capital'],
    ['nobody, for "they" after people of no named body', ['Lumeno sells earbuds. Some analysts were unmoved. “It is a niche,” they wrote in a note.'], null],
    ['the mother the story is about, for "the mum-of-three"', ['Ella Dunn, 34, from Leeds, lost her job in May. Dunn said the letter came “out of the blue.”', 'Her sister, Jo, drove her to the interview.', 'Speaking at home, the mum-of-three said: “I am starting again.”'], 'Ella Dunn'],
    ['the mother named as a woman, for "the mum-of-two", over a child named more often', ['Nora Vale, 29, found Jessie crying. Jessie had swallowed a coin. Jessie is fine now.', 'Speaking at home, the mum-of-two said: “I was terrified.”'], 'Nora Vale'],
    ['"she" as a woman the story calls a mother, whatever her given name suggests', ['In the words of his coach, Marta Silva, “he reads the game early.”', 'His mother, Nikita, said she had cried. “I could not watch the end,” she told reporters.'], 'Nikita'],
    ['nobody, for "one of them" after unnamed people, not the people they talk about', ['Ines Varga and Paul Kemp ran the ward; now they barely speak, according to two nurses. “They were close once,” one of them said.'], null],
    ['the person named in the sentence after, for "The words were X’s"', ['Lena Brandt chaired the meeting.', '“Nobody leaves until it is fixed.” The words were Rolf Amsel’s, spoken at a staff meeting in June.'], 'Rolf Amsel'],
    ['the person a party and a state describe, for "the Vermont Democrat said"', ['Sen. Clara Voss has spent the summer selling her bill.', '“I am not here to make friends,” the Vermont Democrat said.'], 'Clara Voss'],
    ['the body whose ads speak, for "the league’s ads call"', ['The Harbour Growers League has spent $2 million on advertising. Its director, Ivan Roth, called the plan “a disaster” in a statement. The league’s ads call it “a tax on farmers.”'], 'Harbour Growers League'],
    ['the company behind a product page, after "according to"', ['Corvel Labs makes a smart kettle, the Brewmo. Analyst Tia Marsh likes it.', 'According to the product page, the Brewmo boils water “in under a minute.”'], 'Corvel Labs'],
    ['the person who posted a video, for "the caption reads"', ['“It was a shock,” Nina Patel, 31, told the Daily Courier.', 'The video she posted on Friday has been watched a million times on Tiktova. “Rent day, again,” the caption reads.'], 'Nina Patel'],
    ['nobody, for an unnamed woman, not a name in her relative clause', ['Tom Hale was sentenced on Monday.', 'A woman in the gallery, who said she was Hale’s sister, called out “we love you” as he was led away.'], null],
    ['the subject of "muttered"', ['Dev Mistry, who appeared by video link from a prison, shook his head and muttered “that is not fair” as the decision was read out.'], 'Dev Mistry'],
    ['"she" after "the senator" opening the sentence before, as the story’s woman senator, not a nearer name', ['Sen. Ruth Ames has staked her second term on the bill. “It is the bill,” Ames said.', 'Farmers are split. Dale Kemp says the cap would save his farm. His neighbor, Annette Boyle, is not so sure. “Dale has a point,” Boyle said. Kemp laughed. “Annette was always the smart one,” he said.', 'Its chairman, Sen. Tom Okafor of Georgia, has promised “a fair hearing” but not a date.', 'Asked what happens if the bill fails, the senator did not hesitate. “Then I bring it back,” she said.'], 'Ruth Ames'],
    ['the one person the story titles so, for a lede’s "a magistrate found"', ['A man accused of ramming a police car was refused bail after a magistrate found he posed an “unacceptable risk”.', 'Tom Hale, 40, of Marrowby, faced court on Monday.', 'Magistrate Ruth Ogden said the risk was too great.'], 'Ruth Ogden'],
    ['the one person the story titles so, for a lede’s "a judge ruled"', ['A man who set fire to a shed was refused bail after a judge ruled he posed an “unacceptable risk” to his neighbours.', 'Tom Hale, 40, of Marrowby, faced court on Monday.', 'Judge Ruth Ogden said the risk was too great.'], 'Ruth Ogden'],
    ['nobody, for a lede’s "a judge ruled" where the story titles two judges', ['A man was refused bail after a judge ruled he posed an “unacceptable risk”.', 'Judge Ruth Ogden heard the case. Judge Ben Marr heard the appeal.'], null],
    ['the body opening the sentence before, for "they said"', ['Tom Akers made his debut on Saturday.', 'Pellow Rovers, where Akers played for two seasons, are delighted. “We always knew he was special,” they said in a post on social media.'], 'Pellow Rovers'],
    ['nobody, for "they" after people', ['Tom Akers made his debut for Pellow Rovers on Saturday.', 'His parents, Ian and Ann Akers, were in the stand. “We always knew he was special,” they said.'], null],
    ['the sender of a text, for "X texted"', ['Ella Marsh, 21, died in April.', '“I’m so sorry,” Ella texted a friend shortly before she died.'], 'Ella Marsh'],
    ['"he" as the name after a role with an adjective and a comma', ['“The laws are a mess,” Senator Mark Whitby told Sky News.', 'The union’s national secretary, Paul Grange, was scathing. “This is a grab for power,” he said on Twitter.'], 'Paul Grange'],
    ['the subject of the clause a colon ends, with no verb of saying', ['Paul Grange, the union’s secretary, spoke on Monday. Mark Vane, a senator, agreed.', 'In a column on Tuesday, Grange went further: “The minister should resign.”'], 'Paul Grange'],
    ['the owner of the words, for "In X’s words, “…”"', ['Nadia Volkov studies phone records. Simon Brandt disagrees with her.', 'In Volkov’s words, “the envelope tells you everything”.'], 'Nadia Volkov'],
    ['the person "her" stands for, for "In her own words, “…”"', ['Simon Brandt wrote the bill. Nadia Volkov studies phone records.', 'In her own words, “the envelope tells you everything”.'], 'Nadia Volkov'],
    ['"he" as the titled name after a role and a comma, over the man quoted before', ['Tom Reed drives the tractor up the slope. “The old vines give half the fruit,” he says.', 'The study’s lead author, Dr. Ander Quell, is blunter than most academics. “I would not make that bet,” he says.'], 'Ander Quell'],
    ['"she" past a paragraph of narration as the woman the story is about, not a man whose given name no list knows', ['Ingrid Molen, an architect who built floating homes, died on Sunday. Ms. Molen was 88.', '“She never fought the sea,” said Joost Brink, who worked in her office for 17 years.', 'She was born in 1937 in Zierikzee. Her family spent three days on the roof of their house.', '“I remember the silence more than the water,” she told a newspaper in 2003.'], 'Ingrid Molen'],
    ['"she" in the paragraph after a woman whose given name no list knows, as her', ['Ingrid Molen, an architect, died on Sunday.', '“It was a shock,” said Adaeze Brink, who worked in her office.', '“I remember the silence more than the water,” she said.'], 'Adaeze Brink'],
    ['"he" past a paragraph of narration as the man a courtesy title calls so, whatever list knows his name', ['Tom Reed, a reporter, met Mr Obuya at the palace. Tom Reed asked about the deal.', '“We will sign,” Mr Obuya said.', 'The deal has been delayed twice since 2019. Critics blame the finance ministry.', '“It is a good deal,” he said.'], 'Obuya'],
    ['the person the story gave that age, for "the 45-year-old said"', ['Jane Roe, 45, ran the bakery with Tom Hale.', '“I am sorry,” the 45-year-old said.'], 'Jane Roe'],
    ['the subject after a quotation opening the sentence, for "she said, adding: “…”"', ['Tom Hale ran the bakery. Jane Roe sold bread.', '“It was fine,” she said, adding: “We will reopen.”'], 'Jane Roe'],
    ['nobody, for the unnamed spokesman a name owns', ['Jane Roe ran the bakery.', '“No comment,” Roe’s spokesman said.'], null],
    ['the body called by its name’s head word, for "the trust said"', ['The Harbour Trust owns the site.', '“We will rebuild,” the trust said in a statement.'], 'Harbour Trust'],
    ['the body a noun after an inverted verb stands for, for "said the company"', ['Acme Foods makes ovens.', '“We are sorry,” said the company.'], 'Acme Foods'],
    ['the body behind a report after an inverted verb, for "says the report"', ['The Harbour Institute studied 400 towns.', '“Mobility is falling,” says the report.'], 'Harbour Institute'],
    ['the person the story gave that age, for "said the 45-year-old"', ['Jane Roe, 45, ran the bakery with Tom Hale.', '“I am sorry,” said the 45-year-old.'], 'Jane Roe'],
    ['"she" as the sentence’s subject, not the daughter named after her', ['Jane Roe ran the bakery with her daughter, Mia.', '“We will rebuild,” she said of the shop.'], 'Jane Roe'],
    ['the body a short form opening the sentence stands for', ['Brellin Corp makes ovens.', 'Brellin said in a statement that it was “deeply saddened.”'], 'Brellin Corp'],
    ['the name after a dash that credits the quotation', ['Tom Hale ran the bakery.', '“We were ready.” — Jane Roe, a nurse'], 'Jane Roe'],
    ['the holder of a hyphenated office the story named with its title', ['Attorney-General Jane Roe defended the bill. Tom Hale opposed it.', 'The Attorney-General insists the data is “safe.”'], 'Jane Roe'],
    ['"he" past a paragraph of narration as the man the story’s own "He …" told the gender of', ['Tom Reed, a reporter, met Adebayo Obuya at the palace. Tom Reed asked about the deal.', 'Obuya has led the country since 2010. He rarely gives interviews.', '“We will sign,” Obuya said.', 'The deal has been delayed twice since 2019. Critics blame the finance ministry.', '“It is a good deal,” he said.'], 'Adebayo Obuya'],
    ['nobody, where the story names no one', ['Police said the death was “not suspicious.”'], null],
    ['nobody, for an unnamed spokesman', ['“We are investigating,” a West Mercia Police spokesman said.'], null],
    ['nobody, for the reporter’s own scare quotes', ['The study found what its authors called a “birth lottery.”'], null],
    ['"he" as the player a team and a position introduce, not the coach quoted before', ['“We played well,” coach Dan Reeves said.', 'Hawks defenseman Tom Birch, who joked about the sticks, could see the frustration on his friend’s face.', '“He is used to scoring,” he said.'], 'Tom Birch'],
    ['nobody, for the office of a prosecutor the story does not name, not the last body named', ['The caller asked about the Harbor Union.', '“Somebody ought to pay,” the prosecutor’s office said.'], null],
    ['the body whose name says whose office it is', ['The Kent County Prosecutor’s Office charged Tom Hale.', '“He made threats,” the prosecutor’s office said.'], 'Kent County Prosecutor’s Office'],
    ['"he" as the subject after a long subordinate clause, over the man quoted last', ['“Streaming is binary,” says Tom Early, a vice president at Halden.', '“We are ready,” said Jack Baser, a director at Lumio.', 'While the lineup is light on exclusive titles (only three games have been announced), Early says more could come. “Our objective is to win,” he says.'], 'Tom Early'],
    ['the body that spoke on a platform, not the platform, for "the group added"', ['Acme Corp cut 500 jobs. The Harbor Workers Union said on Twitter that the plan was late.', '“They are not keeping their promise,” the group added.'], 'Harbor Workers Union'],
    ['the body the story introduced with the noun, over the nearest body', ['The group, Harbor Tenants Coalition, formed last month.', 'Acme Corp said it would meet the tenants.', '“We are still waiting,” the group said.'], 'Harbor Tenants Coalition'],
    ['the body that sent a letter "stating that they"', ['The group, Harbor Tenants Coalition, sent a letter to the board stating that they “want answers.”'], 'Harbor Tenants Coalition'],
    ['the body in apposition to the phrase opening the sentence before, for "they said"', ['The company that runs the awards, Harbor Events Group, denies that anything is settled.', '“Any final agreement must be made with us,” they said.'], 'Harbor Events Group'],
    ['the subject of the clause a "but said" goes on, not the name after "said"', ['Ana Roe runs the launch firm. She gave no date for crewed flights, but said Acme would fly the rocket “a lot” first.'], 'Ana Roe'],
    ['"he" after an opening phrase, handed on by a sentence opened by "He"', ['Tom Hale, 55, pleaded guilty to threatening Ozem Turak.', 'He was arrested in April for the call to the offices of Turak.', 'During the call, he asked about the Harbor Union, called Turak a “traitor” and said, “somebody ought to pay,” the prosecutor’s office said.'], 'Tom Hale'],
    ['the body that assured someone of the quoted words', ['The Harbor Health Agency assured the public on Monday, in a post on its website, that the risk was “extremely low.”'], 'Harbor Health Agency'],
    ['the person after an inverted "reports"', ['Tom Hale covered the outbreak.', '“The sites were disinfected,” reports Ana Roe.'], 'Ana Roe'],
    ['nobody, for "the spokesperson" the story never named, not the nearest person', ['Tom Hale met the agency’s staff. A spokesperson who did not wish to be named said in a statement that the agency never gives vaccines.', '“It is not feasible,” the spokesperson said.'], null],
    ['the speaker after the quotation past a long apposition', ['“This is how it begins,” Dr. Ana Roe Vela, a member of the group and a signatory to the letter, told NBC News.'], 'Ana Roe Vela'],
    ['the name after a verb inverted after a comma, for "…, reports Roe"', ['Tom Hale runs the clinic.', 'All “relevant sites” were also disinfected, reports Ana Roe.'], 'Ana Roe'],
    ['"she" as the person the story’s own "She" told a woman, whatever a list of given names says', ['Tom Hale has worked with Kim Doe.', 'Then, last week, Taylor Reed posted on Twitter accusing the label.', 'She claimed the label had lied.', '“I just want to sing,” she said.'], 'Taylor Reed'],
    ['"she" as a woman named a little before, over a nearer name of no known gender', ['Mary Reed’s albums were bought by a company owned by manager Scooter Brax.', 'In a post at the time she described this as the “worst case scenario”.'], 'Mary Reed'],
    ['the body that issued the statement, for "the statement continued"', ['On Monday, Harbor Records issued a statement that seemed to settle the row.', 'The statement, which was obtained by Variety Media Group, was short.', '“Artists do not need our approval,” the statement continued.'], 'Harbor Records'],
    ['the body named with the word that qualifies "company", for "the production company said"', ['Lumen Productions met Acme Corp in May.', '“We never agreed,” the production company said.'], 'Lumen Productions'],
    ['the body whose adverb of manner stands before its verb, for "The company flat-out denied it in a statement"', ['Tom Hale sued Orvane Records in March.', 'The company flat-out denied the claims in a statement posted online. “We never blocked him,” the statement read.'], 'Orvane Records'],
    ['the body, not a name qualifying a thing, for "the company"', ['Tom Hale accused Orvane Records of blocking a Spotify series about his band.', 'The company denied it in a statement. “We blocked nothing,” the statement read.'], 'Orvane Records'],
    ['the body that issued a statement quoted at length before, for "the statement continued"', ['On Monday, Kelso Growers Association issued a statement about the dispute with the growers of the valley, which began in the spring.', 'The statement, which was sent to reporters after the Riverside Pickers Union complained, said the company had “nothing to hide.”', '“We have kept every promise we made to the growers of the valley, we have paid every invoice on time, and we have opened our books to the auditors twice this year alone. Nothing in the claims made this week survives a reading of those books, and we will say so in any court that asks. We ask only that the growers judge us by what we have done over twenty years and not by what was said about us in the last five days. The orchards on the east bank were planted by our founders, and the packing sheds by the river were built with loans we repaid in full. Every season we have hired pickers from the towns nearby and paid them above the going rate, and every season we have bought fruit from the small farms at a fair price when the markets fell. Those who now say otherwise have never walked the rows with us, and they are welcome to do so at any time they choose,” the statement said.', '“We will not be moved,” the statement continued.'], 'Kelso Growers Association'],
    ['the body named after its members, for "the nurses said"', ['The nurses, members of a new group Nurses for Safe Streets, wrote to the mayor.', 'Tom Hale, the mayor, did not reply.', '“The streets are not safe,” the nurses said.'], 'Nurses for Safe Streets'],
    ['the speaker before the quotation, past a plural noun in -s after a quantifier, for "in all states to “…”"', ['The nurses, members of a new group Nurses for Safe Streets, wrote to the mayor.', 'The nurses said they have a network of nurses licensed to work in all states and with the Harbor Health Board to “build a system that works.”'], 'Nurses for Safe Streets'],
    ['the body the story introduced with the collective noun that gathered them, for "a group of nurses … the nurses said"', ['A group of nurses, angry at the closures, wrote to the mayor on Monday.', 'The group, Harbor Care Alliance, was formed last year. Tom Hale, the mayor, did not reply.', '“We cannot wait for another winter,” the nurses said.'], 'Harbor Care Alliance'],
    ['nobody, not the journal the research appeared in, for "The authors of the research published in the journal X argued"', ['The authors of the research published in the journal Marine Policy Review argued that the bans have brought “real gains for the reefs.”'], null],
    ['nobody, for the "it" of a body the story does not name, for "Norway’s foreign ministry said it viewed the vote as “…”"', ['The Harbor Council met on Monday.', 'Norway’s foreign ministry said it viewed the vote as “a step backwards.”'], null],
    ['"he" as the man, not a name the story calls a woman, for "X is one of the first women …"', ['Tom Hale left a message for Sam Kerrigan.', 'In the message, he made threats. Kerrigan is one of the first two women elected to the council.', 'A clerk recalled that he said, “I will find you.”'], 'Tom Hale'],
    ['the subject, not the owner of a noun after the verb, for "described Hale’s call as “…”"', ['Ana Roe, a former aide, described Tom Hale’s call to the governor as “deeply improper.”'], 'Ana Roe'],
    ['the person the next paragraph names, for "a career officer who described the call as “…”"', ['The panel heard from four officials, including a career officer who described the call as “improper.”', 'Lt. Col. Ana Roe told lawmakers it was her duty to report the call.'], 'Ana Roe'],
    ['the body of the people who signed it, for "says the letter signed by seven nurses"', ['A group of nurses wrote to the mayor on Monday. The group, Harbor Care Alliance, was formed last year.', 'Tom Hale, the mayor, did not reply. The Harbor Health Board said it would study the plan.', '“We cannot wait for another winter,” says the letter signed by seven nurses.'], 'Harbor Care Alliance'],
    ['nobody, for the unnamed rep a name owns', ['Jane Roe sang at the gala.', 'Roe’s rep told reporters that this was untrue. “They are trying to deflect.”'], null],
    ['nobody, for the unnamed source a reporter’s name owns', ['Reporter Tom Hale’s source inside the camp, a refugee who asked not to be named, said the claim is “absolutely not true.”'], null],
    ['the body that rejected something as the quoted words', ['The Ministry of Defence rejected the accusations as “patently false.”'], 'Ministry of Defence'],
    ['the person who sees something as the quoted words', ['Lena Ward, research director at Halden Group, sees the lineup as its “Achilles heel.”'], 'Lena Ward'],
    ['"he" as the subject a long lead and a role introduce', ['“I now recall,” Tom Hale said.', 'Last week Treasury Department official Mark Ellis revealed the call to investigators, saying he recalled it “vividly.”'], 'Mark Ellis'],
    ['the person whose words the paragraph before reported, over the last one quoted', ['“The consensus is broken,” said Avi Stern, a fellow at the Harbor Forum.', 'Omar Nasser said it was only the latest move to force a surrender.', '“They wanted us on our knees. We stand tall.”'], 'Omar Nasser'],
  ])('finds %s', (_form, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toBe(speaker);
  });
});

describe('a quotation whose attribution comes after the next one in its sentence', () => {
  it('reads past a title in quotation marks that qualifies the role of the attribution, for "“…,” the “Tidewater” actor said"', () => {
    const model = modelFromBlocks([
      { kind: 'paragraph', text: 'Tom Hale and his wife have three children.' },
      { kind: 'paragraph', text: '“We never take it for granted,” the “Tidewater” actor said on a podcast.' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Tom Hale');
  });

  it('gives a fragment the speaker named after the fragment that follows it', () => {
    const model = modelFromBlocks([{ kind: 'paragraph', text: 'The outages have been “terribly disruptive” and the firm is acting, but for now “we will not gamble with safety,” chief executive Ana Roe said.' }]);
    expect(findQuotes(model, findEntities(model)).map((quote) => quote.speaker)).toEqual(['Ana Roe', 'Ana Roe']);
  });

  it('leaves a fragment the reporter’s verb introduces to that verb', () => {
    const model = modelFromBlocks([{ kind: 'paragraph', text: 'Tom Hale called the plan “a disgrace” and then, “we will fight it,” Ana Roe said.' }]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Tom Hale');
  });
});

describe('given names both name lists hold', () => {
  it.each([
    ['“he” past a woman whose name is mostly women’s', 'Tomas Brandt opposed the plan for months. On Tuesday he sat beside the treasurer, Kim Walsh. “We lost this one,” he said.', 'Tomas Brandt'],
    ['“she” past a man whose name is mostly men’s', 'Marta Lind chaired the hearing. Beside her sat the auditor, Terry Olsen. “The figures do not add up,” she said.', 'Marta Lind'],
  ])('resolves %s by the sex most bearers of the name are', (_, text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker);
  });

  it.each([
    ['a name given as often to either sex', 'Judge Tom Hale ruled on Monday. Casey Lund said she would appeal the ruling. “It is settled law,” he said.'],
    ['a name the lists do not know', 'Judge Tom Hale ruled on Monday. Ngozi Lund, 34, told reporters she would appeal the ruling. “It is settled law,” he said.'],
  ])('tells the sex of %s from the pronoun its own verb of saying reports with', (_, text) => {
    expect(lastSpeaker(text)).toBe('Tom Hale');
  });

  it('gives a name one list holds the sex most of its bearers are, where births say the list is wrong', () => {
    expect(givenNameGender('Claude')).toBe('male');
    expect(givenNameGender('Madison')).toBe('female');
    expect(lastSpeaker('Nora Pike chaired the hearing. Beside her sat the auditor, Claude Ortiz. “The figures do not add up,” she said.')).toBe('Nora Pike');
  });

  it('keeps a name given as often to either sex open to both pronouns', () => {
    expect(givenNameGender('Casey')).toBe('either');
    expect(givenNameGender('Kim')).toBe('female');
    expect(givenNameGender('Terry')).toBe('male');
  });
});

describe('quotation marks as archive copies write them', () => {
  it('starts a sentence at two apostrophes, so a quotation after "said X, … who said she" is X’s, not the person a relative clause passed', () => {
    const speaker = lastSpeaker(
      'Senator Bernard Oakes has rebuffed pressure.',
      "''You will see many tactics,'' said Ana Roe, 32, a former aide for the Oakes campaign in Dayton who said she planned to march. ''I do not like being arrested. But we must speak.''",
    );
    expect(speaker).toBe('Ana Roe');
  });
});

describe('a noun of saying after a name in a headline', () => {
  it.each([
    ['title case', 'Roe Says Rivals Hacked Party, Calls Petrov Remarks ‘Troubling’'],
    ['sentence case', 'Roe calls Petrov comments “reckless”'],
  ])('reads "remarks" after a verb’s named object as a noun, not as that name speaking (%s)', (_, headline) => {
    const model = modelFromBlocks([
      { kind: 'headline', text: headline },
      { kind: 'paragraph', text: 'Senator Ana Roe said rivals had hacked the party and accused Tom Hale of backing Ivan Petrov.' },
    ]);
    expect(findQuotes(model, findEntities(model))[0]?.speaker).toBe('Ana Roe');
  });
});

describe('a participle after an attribution set off by commas', () => {
  it('gives ", X said, adding, “…”" to X, not to the subject that opens the sentence', () => {
    const speaker = lastSpeaker('Adel Varga sat under the fans where he last saw Omar Tevis. Tevis did not mingle but left as soon as prayers ended, Varga said, adding, “He was not very religious.”');
    expect(speaker).toBe('Adel Varga');
  });
});

describe('someone who speaks for a body or a person', () => {
  it.each([
    ['after a verb', 'A spokesperson for the Tarn Foreign Office reiterated that camps “are illegal under the law”.'],
    ['before a colon', 'The bridge will shut. A spokesman for Lunesdale District Council added: “We understand the disruption.”'],
    ['for a body the story named before', 'Lunesdale District Council closed the bridge. A spokesperson for the council added: “We understand the disruption.”'],
  ])('is unnamed, not the body spoken for (%s)', (_, text) => {
    expect(lastSpeaker(text)).toBeNull();
  });
});

describe('words of saying inside names', () => {
  it('reads "States" of "the United States" as the name’s, not a verb whose subject speaks the quotation after it', () => {
    const speaker = lastSpeaker(
      'Tom Hale won the primary. Jorge Ruiz spoke on Monday.',
      'Ruiz said that the “danger” came from Hale’s ability to exploit anger in the United States while “allowing hateful views to surface.”',
    );
    expect(speaker).toBe('Jorge Ruiz');
  });
});

describe('a participle after a quotation’s attribution', () => {
  it('gives "…,” X added, saying “…”" to X, not to the subject that opens the sentence', () => {
    const speaker = lastSpeaker('Tom Hale leads the agency. Ana Roe criticised him.', 'Hale cannot say that “from his point of view,” Roe added, saying it should be “up to the judges.”');
    expect(speaker).toBe('Ana Roe');
  });
});

describe('verbs of saying news uses less often', () => {
  it.each(['lamented', 'reiterated', 'contended', 'asserted', 'maintained', 'recounted'])('attributes a quotation after "X %s that"', (verb) => {
    const speaker = lastSpeaker('Tom Hale won the primary. Jorge Ruiz spoke on Monday.', `Ruiz ${verb} that the “danger” came from Hale’s rise.`);
    expect(speaker).toBe('Jorge Ruiz');
  });
});

describe('words a possessive owns', () => {
  it.each([
    ['a name', 'Gov. Ana Roe blamed the media for making an issue of Tom Hale’s claim that Mayor Ivan Petrov “founded the gang,” saying they were nitpicking.', 'Tom Hale'],
    ['a pronoun', 'Tom Hale spoke for an hour. Critics mocked his promise that the city would be “safe by spring.”', 'Tom Hale'],
  ])('gives a quotation in "X’s claim that …" to its owner (%s)', (_, text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker);
  });
});

describe('a name after a body and a role', () => {
  it('finds "said <body> political scientist <name>" though the name ends past six words', () => {
    expect(lastSpeaker('“Voters wanted someone blunt,” said Harwick State University political scientist Brenna Holt.')).toBe('Brenna Holt');
  });
});
