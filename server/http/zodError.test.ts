import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationFromZod } from './zodError.ts';

const schema = z.object({
  title: z.string().trim().min(1).max(10),
  kind: z.enum(['mou', 'pks']),
  parties: z.array(z.object({ name: z.string().min(1) })).min(2),
  count: z.number().int().optional(),
});

const errorOf = (input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return validationFromZod(r.error);
};

describe('zod failures become one readable bilingual message naming the field', () => {
  it('missing field', () => {
    const e = errorOf({ kind: 'mou', parties: [{ name: 'a' }, { name: 'b' }] });
    expect(e.status).toBe(400);
    expect(e.id).toBe('validation.invalid');
    expect(e.field).toBe('title');
    expect(e.message).toBe('Isian "title" wajib diisi.');
    expect(e.messageEn).toBe('Field "title" is required.');
  });

  it('empty string, too long, wrong type', () => {
    const base = { kind: 'mou', parties: [{ name: 'a' }, { name: 'b' }] };
    expect(errorOf({ ...base, title: '  ' }).message).toBe('Isian "title" tidak boleh kosong.');
    expect(errorOf({ ...base, title: 'x'.repeat(11) }).messageEn).toBe(
      'Field "title" must be at most 10 characters.',
    );
    expect(errorOf({ ...base, title: 'x', count: 'tiga' }).message).toBe('Isian "count" harus berupa angka.');
  });

  it('enum values and nested paths', () => {
    const e = errorOf({ title: 'x', kind: 'kontrak', parties: [{ name: 'a' }, { name: 'b' }] });
    expect(e.message).toBe('Isian "kind" harus salah satu dari: mou, pks.');
    const nested = errorOf({ title: 'x', kind: 'mou', parties: [{ name: 'a' }, { name: '' }] });
    expect(nested.field).toBe('parties.1.name');
    const few = errorOf({ title: 'x', kind: 'mou', parties: [{ name: 'a' }] });
    expect(few.message).toBe('Isian "parties" paling sedikit 2 butir.');
  });

  it('counts further problems instead of listing them', () => {
    const e = errorOf({});
    expect(e.message).toMatch(/^Isian "title" wajib diisi\. \(dan 2 masalah lain\)$/);
    expect(e.messageEn).toMatch(/\(and 2 more\)$/);
  });
});
