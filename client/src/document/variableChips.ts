import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { create } from 'zustand';
import { Variable } from '../../../shared/schema/nodes/variable.ts';
import { variableLabel } from '../../../shared/variables/names.ts';
import { useLanguage } from '../i18n/index.ts';

/**
 * What the open document's chips show: in a variant (a PKS made for one OPD), each variable's
 * value, a missing one marked; in a master or a single PKS, only the values given (those it
 * cites from its MoU), the others their labels. The editor screen sets it from the document the
 * API gives (`chipValues` in features/variables/).
 */
export const useVariableChips = create<{ variant: boolean; values: Record<string, string> }>(() => ({
  variant: false,
  values: {},
}));

/**
 * A variable as a chip: not editable, in a colour no party has, its label in the interface
 * language; with a value (a variant's, a master's MoU citation) the value, the variable's label
 * in the tooltip. It follows the language and the values as they change.
 */
function variableView({ node }: NodeViewRendererProps) {
  const dom = document.createElement('span');
  dom.className = 'variable-chip';
  dom.contentEditable = 'false';
  let current = node;
  const render = () => {
    const name = current.attrs.name as string | null;
    const label = variableLabel(name, useLanguage.getState().language);
    const { variant, values } = useVariableChips.getState();
    const value = values[name ?? '']?.trim();
    dom.dataset.name = name ?? '';
    dom.textContent = value || label;
    dom.classList.toggle('filled', Boolean(value));
    dom.classList.toggle('missing', variant && !value);
    dom.title = value ? label : variant ? `${label} — ?` : label;
  };
  render();
  const stops = [useLanguage.subscribe(render), useVariableChips.subscribe(render)];
  return {
    dom,
    update: (next: PMNode) => {
      if (next.type.name !== Variable.name) return false;
      current = next;
      render();
      return true;
    },
    ignoreMutation: () => true,
    destroy: () => {
      for (const stop of stops) stop();
    },
  };
}

/** The shared variable node with the client's chip on top (same schema, one list). */
export const VariableWithView = Variable.extend({ addNodeView: () => variableView });
