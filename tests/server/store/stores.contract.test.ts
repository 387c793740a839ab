import { describe } from 'vitest';
import { postgresAdapter, sqliteAdapter } from './support/store-adapters';
import { pgUnavailableReason } from '../../support/pg-database';
import { storeContext } from './support/store-context';
import { ingestContract } from './contract/ingest-contract';
import { eventsAndPullContract } from './contract/events-pull-contract';
import { formsContract } from './contract/forms-contract';
import { escuchaderoAndReportsContract } from './contract/escuchadero-reports-contract';
import { authContract } from './contract/auth-contract';
import { openContract } from './contract/open-contract';
import { commitmentsContract } from './contract/commitments-contract';
import { publicationsContract } from './contract/publications-contract';
import { settingsContract } from './contract/settings-contract';
import { listadoOrderContract } from './contract/listado-order-contract';

/**
 * One store contract, run against every adapter: SQLite on a temp file always; PostgreSQL on a database of its
 * own (created and dropped here) when the server at CABILDO_TEST_PG_URL (default 127.0.0.1:5432) answers.
 */
const pgSkipReason = await pgUnavailableReason();
if (pgSkipReason !== undefined) console.warn(`Contrato de almacenamiento en PostgreSQL omitido: ${pgSkipReason}`);

for (const [adapter, skipReason] of [
  [sqliteAdapter, undefined],
  [postgresAdapter, pgSkipReason],
] as const) {
  describe.skipIf(skipReason !== undefined)(`store contract: ${adapter.name}${skipReason ? ` (omitido: ${skipReason})` : ''}`, () => {
    const ctx = storeContext(adapter);
    ingestContract(ctx);
    eventsAndPullContract(ctx);
    formsContract(ctx);
    escuchaderoAndReportsContract(ctx);
    authContract(ctx);
    openContract(ctx);
    commitmentsContract(ctx);
    publicationsContract(ctx);
    settingsContract(ctx);
    listadoOrderContract(ctx);
  });
}
