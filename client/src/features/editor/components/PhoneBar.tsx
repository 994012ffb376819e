import { useEffect, useRef } from 'react';
import { usePointDraft } from '../../points/pointDraft.ts';
import { useEditorT } from '../messages.ts';

/** Which side column is open as a drawer over the document on a narrow screen. */
export type Drawer = 'left' | 'right' | null;

interface PhoneBarProps {
  drawer: Drawer;
  onDrawer: (drawer: Drawer) => void;
  /** Names of the two side columns (the meeting room's are its agenda and its points). */
  leftLabel?: string;
  rightLabel?: string;
}

/**
 * The compact bar shown instead of the side columns below 900 px: one button per column,
 * each opening that column as a drawer over the document (pressing it again closes it).
 */
export function PhoneBar({ drawer, onDrawer, leftLabel, rightLabel }: PhoneBarProps) {
  const te = useEditorT();
  const bar = useRef<HTMLDivElement>(null);
  // Words offered for a point by the "Tambah poin" bubble go to the point form in the
  // right-hand column: on a narrow screen (this bar shown) its drawer opens, or the form would
  // stay hidden.
  useEffect(
    () =>
      usePointDraft.subscribe((now, before) => {
        if (now.pending && !before.pending && bar.current?.offsetParent) onDrawer('right');
      }),
    [onDrawer],
  );
  const sides = [
    { side: 'left', label: leftLabel ?? te('drawer.left'), icon: '☰' },
    { side: 'right', label: rightLabel ?? te('drawer.right'), icon: '▤' },
  ] as const;
  return (
    <div ref={bar} className="phone-bar" role="toolbar" aria-label={te('drawer.bar')}>
      {sides.map(({ side, label, icon }) => (
        <button
          key={side}
          type="button"
          className="button"
          aria-expanded={drawer === side}
          aria-controls={`workspace-drawer-${side}`}
          onClick={() => onDrawer(drawer === side ? null : side)}
        >
          <span aria-hidden="true">{icon}</span> {label}
        </button>
      ))}
    </div>
  );
}
