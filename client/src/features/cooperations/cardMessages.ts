import { type Messages, useT } from '../../i18n/index.ts';

/** The words of a cooperation's card on the Beranda that the common messages lack. */
const id = {
  'variants.count': '{count} PKS OPD',
  'variants.open': '{count} PKS OPD dari {title}: buka papannya',
};

const en: Record<keyof typeof id, string> = {
  'variants.count': '{count} unit PKS',
  'variants.open': '{count} unit PKS of {title}: open their board',
};

const messages: Messages<keyof typeof id> = { id, en };

/** The words of the Beranda card in the interface language. */
export const useCardT = () => useT(messages);
