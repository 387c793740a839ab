import { staffUser } from '../auth/access-signals';

/*
 * The server decides (route policies): every staff role but the field staff reads commitments, planning writes
 * them. The screens only hide what the account could not use, so field staff see no refusals on an event page.
 */
export const canReadCommitments = (): boolean => ['administrador', 'planeacion', 'consulta'].includes(staffUser()?.role ?? '');
export const canWriteCommitments = (): boolean => ['administrador', 'planeacion'].includes(staffUser()?.role ?? '');
