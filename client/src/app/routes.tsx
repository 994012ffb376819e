import { createBrowserRouter, Outlet } from 'react-router-dom';
import { LoginPage } from '../features/auth/components/LoginPage.tsx';
import { LostAccessRedirect } from '../features/auth/components/LostAccess.tsx';
import {
  CooperationPage,
  CooperationTabRoute,
} from '../features/cooperations/components/CooperationPage.tsx';
import { HomePage } from '../features/cooperations/components/HomePage.tsx';
import { cooperationTabs } from '../features/cooperations/tabs.ts';
import { InvitationPage } from '../features/invitations/components/InvitationPage.tsx';
import { useT } from '../i18n/index.ts';
import { BusyBar } from './BusyBar.tsx';
import { GlobalShortcuts } from './GlobalShortcuts.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { RouteError } from './RouteError.tsx';
import { ShortcutsSheet } from './ShortcutsSheet.tsx';
import { Toasts } from './Toasts.tsx';

/** Shown while a lazily loaded screen's code arrives. */
function RouteLoading() {
  const t = useT();
  return (
    <p className="centered-note" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Everything on every screen: keyboard help, toasts, the busy bar, global keys, leaving a cooperation withdrawn. */
function Root() {
  return (
    <>
      <Outlet />
      <LostAccessRedirect />
      <GlobalShortcuts />
      <ShortcutsSheet />
      <Toasts />
      <BusyBar />
    </>
  );
}

/**
 * Every screen has its own URL, so any of them can be shared and opens the same place:
 * /login, /undangan/:token, /, /k/:cooperationId[/<tab>[/<record>]], /k/:cooperationId/dokumen/:documentId[?panel=info],
 * /k/:cooperationId/dokumen/:documentId/varian (a master PKS's board of variants).
 */
export const router = createBrowserRouter([
  {
    element: <Root />,
    // Whatever fails to render, anywhere, shows a way out instead of a bare error.
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // An invitation link opens signed in or not: it accepts, or creates the account.
      { path: '/undangan/:token', element: <InvitationPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/', element: <HomePage /> },
          {
            path: '/k/:cooperationId',
            element: <CooperationPage />,
            children: cooperationTabs.flatMap((tab) => [
              tab.path
                ? { path: tab.path, element: <CooperationTabRoute tab={tab} /> }
                : { index: true, element: <CooperationTabRoute tab={tab} /> },
              ...(tab.detail
                ? [{ path: `${tab.path}/${tab.detail}`, element: <CooperationTabRoute tab={tab} /> }]
                : []),
            ]),
          },
          {
            path: '/k/:cooperationId/dokumen/:documentId',
            // The editor (Tiptap, Yjs) is most of the code: load it only when a document opens.
            HydrateFallback: RouteLoading,
            // The editor renders what others send (presence, the document): if that ever breaks
            // it, the error shows inside the app's frame, with the toasts and shortcuts kept.
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('../features/editor/components/EditorPage.tsx')).EditorPage,
            }),
          },
          {
            // Bandingkan: two versions of a document compared, with restore (?from=&to=).
            path: '/k/:cooperationId/dokumen/:documentId/bandingkan',
            HydrateFallback: RouteLoading,
            lazy: async () => ({
              Component: (await import('../features/history/components/ComparePage.tsx')).ComparePage,
            }),
          },
          {
            // One version of a document, read-only.
            path: '/k/:cooperationId/dokumen/:documentId/versi/:versionId',
            HydrateFallback: RouteLoading,
            lazy: async () => ({
              Component: (await import('../features/history/components/VersionPage.tsx')).VersionPage,
            }),
          },
          {
            // The board of a master PKS's variants, one row per OPD (?status=&tertunda=&q=&urut=).
            path: '/k/:cooperationId/dokumen/:documentId/varian',
            HydrateFallback: RouteLoading,
            lazy: async () => ({
              Component: (await import('../features/variants/components/BoardPage.tsx')).BoardPage,
            }),
          },
          {
            // Meeting mode: agenda, the live document (the editor) and the points of the meeting.
            path: '/k/:cooperationId/rapat/:meetingId',
            HydrateFallback: RouteLoading,
            errorElement: <RouteError />,
            lazy: async () => ({
              Component: (await import('../features/meetings/components/MeetingRoomPage.tsx'))
                .MeetingRoomPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
