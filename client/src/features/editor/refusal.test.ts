import { describe, expect, it } from 'vitest';
import { RefusalReason } from '../../../../shared/protocol.ts';
import { editorMessages } from './messages.ts';
import { refusalEndsWriting, refusalMessage } from './refusal.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('refusal messages', () => {
  it('give every refusal reason a message of its own, in both languages', () => {
    const keys = Object.values(RefusalReason).map(refusalMessage);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('refused.other');
    for (const key of keys) {
      expect(editorMessages.id[key]).toMatch(/\S/);
      expect(editorMessages.en[key]).toMatch(/\S/);
    }
    expect(editorMessages.id[refusalMessage('locked')]).toBe(
      'Dokumen ini sudah final; perubahan Anda yang belum tersimpan tidak diterima.',
    );
    expect(editorMessages.en[refusalMessage('locked')]).toBe(
      'This document is final; your unsaved changes were not accepted.',
    );
  });

  it('name a reason they do not know instead of guessing one', () => {
    expect(refusalMessage('')).toBe('refused.other');
    expect(refusalMessage('toString')).toBe('refused.other');
    expect(placeholders(editorMessages.id['refused.other'])).toEqual(['reason']);
  });

  it('read the document and the role again only when writing ended', () => {
    expect(refusalEndsWriting(RefusalReason.locked)).toBe(true);
    expect(refusalEndsWriting(RefusalReason.readOnly)).toBe(true);
    expect(refusalEndsWriting(RefusalReason.invalid)).toBe(false);
  });

  it('say every editor message in both languages with the same placeholders', () => {
    const { id, en } = editorMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const mismatched = (Object.keys(id) as (keyof typeof id)[]).filter(
      (key) => JSON.stringify(placeholders(id[key])) !== JSON.stringify(placeholders(en[key])),
    );
    expect(mismatched).toEqual([]);
  });
});
