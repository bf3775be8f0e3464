/**
 * Indonesian and English must say the same things: every key in one language exists in the other,
 * nothing is left empty, and each {{placeholder}} a sentence uses is in both versions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const load = (lng: string, ns: string) => flatten(JSON.parse(fs.readFileSync(path.join(dir, lng, `${ns}.json`), 'utf8')));
/** Indonesian needs one form for counted things; English needs _one and _other. Both are the same sentence. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (texts: Map<string, string>) => [...new Set([...texts.keys()].map((k) => k.replace(PLURAL, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const namespaces = fs.readdirSync(path.join(dir, 'id')).map((f) => f.replace(/\.json$/, ''));

describe.each(namespaces)('locale namespace %s', (ns) => {
  const id = load('id', ns);
  const en = load('en', ns);

  it('has the same keys in Indonesian and English', () => {
    expect(baseKeys(en)).toEqual(baseKeys(id));
  });

  it('leaves no text empty and keeps the same placeholders', () => {
    for (const [lng, texts] of [
      ['id', id],
      ['en', en],
    ] as const) {
      for (const [key, text] of texts) expect(text.trim(), `${lng} ${key}`).not.toBe('');
    }
    // Singular forms may say "once" instead of the number; the general forms must agree.
    for (const [key, text] of id) {
      if (PLURAL.test(key) && !key.endsWith('_other')) continue;
      const english = en.get(key) ?? '';
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('gives every counted sentence its general plural form', () => {
    for (const texts of [id, en]) {
      for (const key of texts.keys()) if (PLURAL.test(key)) expect(texts.has(key.replace(PLURAL, '_other')), key).toBe(true);
    }
  });
});

it('has every namespace in both languages', () => {
  expect(fs.readdirSync(path.join(dir, 'en')).sort()).toEqual(fs.readdirSync(path.join(dir, 'id')).sort());
});
