// Writes data/syllables.json: the Vietnamese syllables of @cspell/dict-vi-vn (MIT), lower case, NFC, sorted,
// one space-separated string (the checker builds its lookup set from it). The dictionary ships as a cspell trie;
// cspell-trie-lib reads it. Both are devDependencies of @soat/rules: run `pnpm data:syllables` in packages/rules
// after upgrading the dictionary or editing data/syllable-additions.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const dictDir = dirname(require.resolve('@cspell/dict-vi-vn/cspell-ext.json'));
const { version } = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8'));
const trie = importTrie(
  gunzipSync(readFileSync(join(dictDir, 'vi.trie.gz')))
    .toString('utf8')
    .split('\n'),
);

// The list also holds a few abbreviations and foreign words ("UBND", "HTML", "Unicode"): only words that are
// entirely letters and not all capitals are syllables; "Nguyễn" and "Nẵng" are kept, lower-cased.
const syllables = new Set();
for (const raw of iteratorTrieWords(trie)) {
  const word = raw.normalize('NFC');
  if (/^\p{L}+$/u.test(word) && word !== word.toUpperCase()) syllables.add(word.toLowerCase());
}
// Then the syllables the dictionary lacks ("nòng" of "nòng cốt"), each found on real documents (data/syllable-additions.json).
const additions = JSON.parse(readFileSync(join(root, 'data/syllable-additions.json'), 'utf8'));
for (const word of additions.syllables) {
  if (word !== word.normalize('NFC') || !/^\p{Ll}+$/u.test(word))
    throw new Error(`syllable-additions.json: "${word}" is not one lower-case NFC word`);
  if (syllables.has(word)) throw new Error(`syllable-additions.json: "${word}" is already in the dictionary`);
  syllables.add(word);
}
const sorted = [...syllables].sort();
const table = {
  source: `@cspell/dict-vi-vn ${version} (MIT License, Copyright (c) 2017-2025 Street Side Software), https://github.com/streetsidesoftware/cspell-dicts/tree/main/dictionaries/vi_VN, and the ${additions.syllables.length} syllables of data/syllable-additions.json; extracted by packages/rules/scripts/gen-syllables.mjs`,
  syllables: sorted.join(' '),
};
writeFileSync(join(root, 'data/syllables.json'), `${JSON.stringify(table, null, 2)}\n`);
console.log(`syllables.json: ${sorted.length} syllables`);
