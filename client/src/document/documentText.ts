import type { Node as PMNode } from '@tiptap/pm/model';
import { wordingOfText } from '../../../shared/api/agreementSettings.ts';
import type { PartyWording } from '../../../shared/words.ts';

/** The wording each top-level node's own text uses (null: neither), kept while it is the same object. */
const wordingOfTop = new WeakMap<PMNode, PartyWording | null>();

/** The wording `top`'s text uses, read once per node object. */
function topWording(top: PMNode): PartyWording | null {
  let found = wordingOfTop.get(top);
  if (found === undefined) {
    const text = top.textContent;
    // Each wording is found when the text gives it against the other as the fallback.
    found =
      wordingOfText(text, 'pertama') === 'kesatu'
        ? 'kesatu'
        : wordingOfText(text, 'kesatu') === 'pertama'
          ? 'pertama'
          : null;
    wordingOfTop.set(top, found);
  }
  return found;
}

/**
 * `wordingOfText` of the document's text, read from each top-level node's kept result: a
 * keystroke or another person's change builds one Pasal anew, so only its text is read again
 * (reading the whole text on each transaction cost a millisecond at 100 Pasal). "PIHAK
 * KESATU" anywhere wins over "PIHAK PERTAMA", as in the whole text; a phrase is looked for
 * within one top-level node, where a komparisi writes it.
 */
export function documentWording(doc: PMNode, fallback: PartyWording): PartyWording {
  let pertama = false;
  let kesatu = false;
  doc.forEach((top) => {
    const found = topWording(top);
    if (found === 'kesatu') kesatu = true;
    else if (found === 'pertama') pertama = true;
  });
  return kesatu ? 'kesatu' : pertama ? 'pertama' : fallback;
}
