import { describe, expect, it } from 'vitest';
import { meetingMessages, meetingText } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('meeting messages', () => {
  it('say every message in both languages with the same placeholders', () => {
    const { id, en } = meetingMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const mismatched = (Object.keys(id) as (keyof typeof id)[]).filter(
      (key) =>
        !id[key].trim() ||
        !en[key].trim() ||
        JSON.stringify(placeholders(id[key])) !== JSON.stringify(placeholders(en[key])),
    );
    expect(mismatched).toEqual([]);
  });

  it('fill parameters and leave unknown ones visible', () => {
    expect(meetingText('id', 'liaisons.imported', { count: 3 })).toBe('3 penghubung ditambahkan.');
    expect(meetingText('en', 'liaisons.imported')).toBe('{count} liaisons added.');
  });
});
