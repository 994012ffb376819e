import { type Messages, useT } from '../../i18n/index.ts';
import type { FieldProblem } from './newCooperationForm.ts';

/** The new cooperation form's words about its fields' problems, shown under each field. */
const id = {
  required: 'Wajib diisi.',
  tooLong: 'Terlalu panjang: paling banyak {max} karakter.',
  invalid: 'Isian ini tidak sah.',
  summary: '{n} isian perlu diperbaiki; masing-masing ditandai di bawah isiannya.',
};

const en: Record<keyof typeof id, string> = {
  required: 'Required.',
  tooLong: 'Too long: at most {max} characters.',
  invalid: 'This entry is not valid.',
  summary: '{n} fields need fixing; each is marked below it.',
};

const messages: Messages<keyof typeof id> = { id, en };

/** The form's problem words in the interface language. */
export function useNewCooperationT() {
  const t = useT(messages);
  return {
    problem: (p: FieldProblem) => (p.kind === 'tooLong' ? t('tooLong', { max: p.max }) : t(p.kind)),
    summary: (n: number) => t('summary', { n }),
  };
}
