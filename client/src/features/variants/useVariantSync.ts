import { useEffect, useRef } from 'react';
import type { StreamEvent } from '../../../../shared/api/events.ts';
import type { EditorScreen } from '../editor/context.ts';
import { concerns, useCooperationEvents } from '../meetings/useCooperationEvents.ts';
import { getTier, listOverrides, listUnits } from './api.ts';
import { useVariantEditor } from './store.ts';
import { useGathered } from './useGathered.ts';

/** How long typing must pause before a variant's overrides are read again. */
const AFTER_TYPING_MS = 1200;

/** Whether an event changes what the editor of `documentId` shows of its tiers. */
function touches(event: StreamEvent, documentId: string): boolean {
  switch (event.type) {
    case 'variant.overrides':
      return event.documentId === documentId;
    case 'variants.synced':
      return event.masterId === documentId || event.documentIds.includes(documentId);
    case 'variants.created':
      return event.masterId === documentId;
    case 'document.master':
      return event.documentId === documentId;
    default:
      return event.type === 'stream.reset';
  }
}

/**
 * Keeps {@link useVariantEditor} true for the open document: its tier, its unit and, for a
 * variant, its overrides, read again on the events of the two tiers and after a pause in typing
 * (an edit here may make a clause differ from the master, or return it to the master's text).
 */
export function useVariantSync(screen: EditorScreen): void {
  const { document, cooperation, editor } = screen;
  const documentId = document.id;
  const tier = useVariantEditor((s) => (s.documentId === documentId ? s.tier : null));

  const readTier = useGathered(() => {
    getTier(documentId).then(
      (t) => {
        if (useVariantEditor.getState().documentId !== documentId) return;
        useVariantEditor.getState().set({ tier: t });
      },
      () => {}, // an older server without the tiers: the document is an ordinary one
    );
  });
  const readOverrides = useGathered(() => {
    listOverrides(documentId).then(
      (list) => {
        if (useVariantEditor.getState().documentId !== documentId) return;
        useVariantEditor.getState().set({ overrides: list.overrides });
      },
      () => {},
    );
  });

  useEffect(() => {
    useVariantEditor
      .getState()
      .set({ documentId, tier: null, unit: null, overrides: [], comparing: null, reviewing: false });
    readTier();
    return () => useVariantEditor.getState().set({ documentId: null, reload: () => {} });
  }, [documentId, readTier]);

  const isVariant = tier?.tier === 'variant';
  const unitId = tier?.unitId ?? null;
  useEffect(() => {
    if (!isVariant) return;
    useVariantEditor.getState().set({ reload: readOverrides });
    readOverrides();
  }, [isVariant, readOverrides]);

  const readUnitNow = useRef(() => {});
  readUnitNow.current = () => {
    if (!unitId) return;
    listUnits(cooperation.id).then(
      (units) => {
        if (useVariantEditor.getState().documentId !== documentId) return;
        useVariantEditor.getState().set({ unit: units.find((u) => u.id === unitId) ?? null });
      },
      () => {},
    );
  };
  const readUnit = useGathered(() => readUnitNow.current());
  // The first reading at once: the banner names the unit as soon as it can.
  useEffect(() => {
    if (unitId) readUnitNow.current();
  }, [unitId]);

  useCooperationEvents(cooperation.id, (event) => {
    if (unitId && concerns(event, 'units')) readUnit();
    if (!touches(event, documentId)) return;
    readTier();
    if (isVariant) readOverrides();
  });

  // Typing in a variant may override a clause, or bring it back to the master's text.
  useEffect(() => {
    if (!isVariant) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const changed = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(readOverrides, AFTER_TYPING_MS);
    };
    editor.on('update', changed);
    return () => {
      editor.off('update', changed);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, isVariant, readOverrides]);
}
