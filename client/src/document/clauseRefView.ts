import type { NodeViewRendererProps } from '@tiptap/core';
import type { Decoration } from '@tiptap/pm/view';
import { ClauseRef } from '../../../shared/schema/nodes/inline.ts';
import type { ClauseRefSpec } from './numbering.ts';

/** Text of a cross-reference from the numbering decoration laid on it. */
function refTextOf(decorations: readonly Decoration[]): string | null | undefined {
  for (const d of decorations) {
    const spec = d.spec as Partial<ClauseRefSpec>;
    if ('refText' in spec) return spec.refText ?? null;
  }
  return undefined;
}

/**
 * A cross-reference shows "Pasal 3 ayat (2)" from the live numbering — "ayat (2)" inside Pasal 3
 * itself (`referenceText`) — and follows its target when clauses and ayat move; when the target
 * is gone it turns red and says so. The text comes from a decoration, so the view updates
 * whenever the numbering does (or the reference moves into another Pasal), not only when the
 * node changes.
 */
export function clauseRefView(brokenLabel: () => string) {
  return ({ decorations }: NodeViewRendererProps) => {
    const dom = document.createElement('span');
    dom.className = 'clause-ref';
    dom.contentEditable = 'false';
    const render = (decos: readonly Decoration[]) => {
      const text = refTextOf(decos);
      const broken = text === null;
      dom.textContent = broken ? 'Pasal ?' : (text ?? 'Pasal …');
      dom.classList.toggle('broken', broken);
      if (broken) {
        dom.setAttribute('title', brokenLabel());
        dom.setAttribute('aria-invalid', 'true');
      } else {
        dom.removeAttribute('title');
        dom.removeAttribute('aria-invalid');
      }
    };
    render(decorations as readonly Decoration[]);
    return {
      dom,
      update: (node: import('@tiptap/pm/model').Node, decos: readonly Decoration[]) => {
        if (node.type.name !== ClauseRef.name) return false;
        render(decos);
        return true;
      },
      ignoreMutation: () => true,
    };
  };
}

/** The shared ClauseRef node with the client's view on top (same schema, one list). */
export const ClauseRefWithView = (brokenLabel: () => string) =>
  ClauseRef.extend({ addNodeView: () => clauseRefView(brokenLabel) });
