import { mergeAttributes, type NodeConfig } from '@tiptap/core';
import { newId } from '../../ids.ts';
import { pasted } from './pastedElement.ts';

/**
 * How a node with content is read from and written to HTML: one `tag` element marked
 * `data-type="<type>"`, its content inside. The mark is what lets copied text paste back as the
 * same node.
 */
export function dataTypeElement(tag: string, type: string): Pick<NodeConfig, 'parseHTML' | 'renderHTML'> {
  return {
    parseHTML: () => [{ tag: `${tag}[data-type="${type}"]` }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, { 'data-type': type }), 0],
  };
}

/** `id` attribute kept in the Y.Doc and in HTML as data-id; filled by the uniqueIds extension. */
export const idAttribute = {
  id: {
    default: null as string | null,
    parseHTML: (el: unknown) => pasted(el).getAttribute('data-id') ?? newId(),
    renderHTML: (attrs: Record<string, unknown>) => (attrs.id ? { 'data-id': attrs.id } : {}),
  },
};
