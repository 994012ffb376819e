import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import actions from './actions/routes.ts';
import amendments from './amendments/routes.ts';
import approvals from './approvals/routes.ts';
import auth from './auth/routes.ts';
import calendar from './calendar/routes.ts';
import clauseLibrary from './clause-library/routes.ts';
import cooperations from './cooperations/routes.ts';
import documents from './documents/routes.ts';
import evaluations from './evaluations/routes.ts';
import events from './events/routes.ts';
import exportDocx from './export/routes.ts';
import history from './history/routes.ts';
import implementation from './implementation/routes.ts';
import importDocx from './import/routes.ts';
import invitations from './invitations/routes.ts';
import liaisons from './liaisons/routes.ts';
import lifecycle from './lifecycle/routes.ts';
import logos from './logos/routes.ts';
import me from './me/routes.ts';
import meetings from './meetings/routes.ts';
import members from './members/routes.ts';
import notifications from './notifications/routes.ts';
import obligationReports from './obligation-reports/routes.ts';
import obligations from './obligations/routes.ts';
import points from './points/routes.ts';
import publicReports from './public-reports/routes.ts';
import settings from './settings/routes.ts';
import suggestionImport from './suggestion-import/routes.ts';
import suggestions from './suggestions/routes.ts';
import units from './units/routes.ts';
import variantExport from './variant-export/routes.ts';
import variants from './variants/routes.ts';

/** A route module: registers its routes on `app` (its own encapsulated scope). */
export type RouteModule = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

/** Every API route module, registered in this order by `buildApp`. Add new resources here. */
export const routeModules: RouteModule[] = [
  auth,
  me,
  cooperations,
  members,
  invitations,
  documents,
  amendments,
  clauseLibrary,
  exportDocx,
  importDocx,
  approvals,
  lifecycle,
  meetings,
  points,
  actions,
  liaisons,
  units,
  events,
  history,
  logos,
  settings,
  suggestions,
  suggestionImport,
  variants,
  variantExport,
  notifications,
  calendar,
  obligations,
  evaluations,
  obligationReports,
  publicReports,
  implementation,
];
