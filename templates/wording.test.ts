import { describe, expect, it } from 'vitest';
import { textOf } from '../shared/clauses.ts';
import { buildParties } from './fixtures.ts';
import { instantiateTemplate } from './index.ts';

describe('party wording in the templates', () => {
  it.each(['mou', 'pks'] as const)(
    'writes PIHAK KESATU throughout a %s when the cooperation counts that way',
    (kind) => {
      const kesatu = textOf(instantiateTemplate(kind, { parties: buildParties(), wording: 'kesatu' }).body);
      expect(kesatu).toContain('selanjutnya disebut PIHAK KESATU');
      expect(kesatu).not.toContain('PIHAK PERTAMA');
      expect(kesatu).toContain('PIHAK KEDUA');
      const pertama = textOf(instantiateTemplate(kind, { parties: buildParties() }).body);
      expect(pertama).toContain('PIHAK PERTAMA');
      expect(pertama).not.toContain('PIHAK KESATU');
    },
  );
});
