import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';
import { translate } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('give every message the same placeholders in both languages', () => {
    const mismatched = (Object.keys(id) as MessageKey[]).filter(
      (key) => JSON.stringify(placeholders(id[key])) !== JSON.stringify(placeholders(en[key])),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('id', 'members.added', { name: 'Kabag' })).toBe('Kabag ditambahkan.');
    expect(translate('en', 'members.added', {})).toBe('{name} added.');
  });
});
