import { type Messages, useT } from '../../i18n/index.ts';

/** The words of a member's unit (OPD) on the members page. */
const id = {
  column: 'OPD',
  unitOf: 'OPD {name}',
  none: '—',
  placed: '{name} kini anggota {unit}.',
  removed: '{name} tidak lagi tergabung dalam OPD mana pun.',
};

const en: Record<keyof typeof id, string> = {
  column: 'OPD (unit)',
  unitOf: 'OPD (unit) of {name}',
  none: '—',
  placed: '{name} now belongs to {unit}.',
  removed: '{name} no longer belongs to any OPD.',
};

const messages: Messages<keyof typeof id> = { id, en };

/** The words of a member's unit in the interface language. */
export const useMemberUnitT = () => useT(messages);
