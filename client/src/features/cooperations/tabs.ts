import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { ActionsTab } from '../actions/components/ActionsTab.tsx';
import { LiaisonsTab } from '../liaisons/components/LiaisonsTab.tsx';
import { MeetingsTab } from '../meetings/components/MeetingsTab.tsx';
import { ObligationsTab } from '../obligations/components/ObligationsTab.tsx';
import { PointsTab } from '../points/components/PointsTab.tsx';
import { PublicReportsTab } from '../publicReports/components/PublicReportsTab.tsx';
import { UnitsTab } from '../units/components/UnitsTab.tsx';
import type { Cooperation } from './api.ts';
import { DocumentsTab } from './components/DocumentsTab.tsx';
import { MembersTab } from './components/MembersTab.tsx';

/** What every tab of the Kerja sama screen receives. */
export interface CooperationTabProps {
  cooperation: Cooperation;
  /** Refetch the cooperation after a change (a member added, a document created). */
  reload: () => void;
}

/** One tab: its URL segment under /k/:cooperationId ('' for the default tab), label and component. */
export interface CooperationTab {
  path: string;
  label: MessageKey;
  /** Position in the tab bar (Dokumen 10, Rapat 20, Poin 30, Pelaksanaan 35, Tindak lanjut 40, Laporan masyarakat 45, Penghubung 50, OPD 60, Anggota 90). */
  order: number;
  Component: ComponentType<CooperationTabProps>;
  /**
   * A segment under the tab's path for one of its records (`:obligationId`), shown by the same
   * component, so each record has an address of its own and the tab stays marked there.
   */
  detail?: string;
}

/**
 * The tabs of the Kerja sama screen. A feature adds its tab with one line here
 * (e.g. `{ path: 'rapat', label: 'coop.tab.meetings', order: 20, Component: MeetingsTab }`);
 * the routes and the tab bar are built from this list.
 */
export const cooperationTabs: CooperationTab[] = (
  [
    { path: '', label: 'coop.tab.documents', order: 10, Component: DocumentsTab },
    { path: 'rapat', label: 'coop.tab.meetings', order: 20, Component: MeetingsTab },
    { path: 'poin', label: 'coop.tab.points', order: 30, Component: PointsTab },
    {
      path: 'pelaksanaan',
      label: 'coop.tab.implementation',
      order: 35,
      Component: ObligationsTab,
      detail: ':obligationId',
    },
    { path: 'tindak-lanjut', label: 'coop.tab.actions', order: 40, Component: ActionsTab },
    { path: 'laporan', label: 'coop.tab.publicReports', order: 45, Component: PublicReportsTab },
    { path: 'penghubung', label: 'coop.tab.liaisons', order: 50, Component: LiaisonsTab },
    { path: 'opd', label: 'coop.tab.units', order: 60, Component: UnitsTab, detail: ':unitId' },
    { path: 'anggota', label: 'coop.tab.members', order: 90, Component: MembersTab },
  ] satisfies CooperationTab[]
).sort((a, b) => a.order - b.order);
