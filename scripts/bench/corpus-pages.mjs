// The shared corpus's pages (../shared/corpus/pages, absent in a user's clone) as the benchmark scripts serve them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus's index ([{ name, kind }]), or [] where the folder is absent. */
export function readCorpusIndex(corpusDir) {
  return existsSync(join(corpusDir, 'INDEX.json')) ? JSON.parse(readFileSync(join(corpusDir, 'INDEX.json'), 'utf8')) : [];
}

/** The pages that are not stories: the fixture homepage and the corpus's pages of other kinds. */
export function notArticlePages(server, corpus) {
  return [
    { name: 'kerry-syria/homepage', url: server.url('fixtures/kerry-syria/homepage.html') },
    ...corpus.filter((p) => p.kind !== 'news').map((p) => ({ name: p.name, url: server.url(`corpus/${p.name}/source.html`) })),
  ];
}
