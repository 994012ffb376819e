import { type Messages, useT } from '../../i18n/index.ts';

/**
 * The words of a master PKS and its variants outside their own screens: the variables menu (a
 * master's variables; their own labels are in shared/variables/), the Beranda line that folds a
 * master's variants, and the Info tab's note on who signs a variant for its OPD.
 */
const id = {
  'menu.button': 'Sisipkan variabel',
  'menu.hint': 'Diisi per OPD saat PKS diunduh',
  'menu.heading': 'Variabel PKS induk',
  'card.variants': '{count} PKS OPD',
  'card.variantsOpen': '{count} PKS OPD dari {title}: buka papannya',
  'info.unitSigns': 'Ditandatangani oleh Kepala OPD',
  'info.unitSignsLink': 'lihat tab OPD',
};

const en: Record<keyof typeof id, string> = {
  'menu.button': 'Insert variable',
  'menu.hint': "Filled with each OPD's value when the agreement is downloaded",
  'menu.heading': 'Master agreement variables',
  'card.variants': '{count} unit PKS',
  'card.variantsOpen': '{count} unit PKS of {title}: open their board',
  'info.unitSigns': 'Signed by the OPD head',
  'info.unitSignsLink': 'see the OPD tab',
};

export const variableMessages: Messages<keyof typeof id> = { id, en };

/** Translate function of the words above. */
export const useVariablesT = () => useT(variableMessages);
