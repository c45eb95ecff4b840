// The peers, bundled apart from our code and injected beside it: Mozilla Readability, compromise and
// mark.js, exactly as published on npm.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import nlp from 'compromise';
import Mark from 'mark.js';

globalThis.__storyLensPeers = { isProbablyReaderable, Readability, nlp, Mark };
