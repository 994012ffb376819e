import type { ComponentProps } from 'react';
import { useMeetingsT } from '../../meetings/messages.ts';
import type { Point } from '../api.ts';
import { PointCard } from './PointCard.tsx';

type CardProps = Omit<ComponentProps<typeof PointCard>, 'point' | 'cooperation'>;

/**
 * Discussion points as a list of cards, each with the props `cardProps` gives it; "no points"
 * (in `emptyClassName`) stands above the list once the points are read (`loaded`) and none is there.
 */
export function PointList({
  points,
  loaded,
  cooperation,
  cardProps,
  emptyClassName = 'muted small',
}: {
  points: Point[];
  loaded: boolean;
  cooperation: ComponentProps<typeof PointCard>['cooperation'];
  cardProps: (point: Point) => CardProps;
  emptyClassName?: string;
}) {
  const t = useMeetingsT();
  return (
    <>
      {loaded && points.length === 0 && <p className={emptyClassName}>{t('points.empty')}</p>}
      <ul className="point-list">
        {points.map((p) => (
          <li key={p.id}>
            <PointCard point={p} cooperation={cooperation} {...cardProps(p)} />
          </li>
        ))}
      </ul>
    </>
  );
}
