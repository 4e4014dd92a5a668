import type { MigrationStep } from '../step-types';
import { workspaceKey } from './0003_workspace_key';

/**
 * The regional workspace's TypeScript migration steps (A9), by migration number, as migrations/steps.ts lists the
 * fund's: compiled into the app while the SQL files travel as resources.
 */
export const regionMigrationSteps: ReadonlyMap<number, MigrationStep> = new Map([[3, workspaceKey]]);
