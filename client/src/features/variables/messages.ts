import { type Messages, useT } from '../../i18n/index.ts';

/** The words of the variables menu (a master PKS's variables; their own labels are in shared/variables/). */
const id = {
  'menu.button': 'Sisipkan variabel',
  'menu.hint': 'Diisi per OPD saat PKS diunduh',
  'menu.heading': 'Variabel PKS induk',
};

const en: Record<keyof typeof id, string> = {
  'menu.button': 'Insert variable',
  'menu.hint': "Filled with each OPD's value when the agreement is downloaded",
  'menu.heading': 'Master agreement variables',
};

export const variableMessages: Messages<keyof typeof id> = { id, en };

/** Translate function of the variables menu. */
export const useVariablesT = () => useT(variableMessages);
