import { createSignal } from 'solid-js';
import type { DataServices } from './data-services';

let starting: Promise<DataServices> | undefined;
const [ready, setReady] = createSignal<DataServices>();
const [failure, setFailure] = createSignal<unknown>();
let announceStarted: (services: DataServices) => void = () => undefined;

/** The data services once loaded (undefined while the chunk and the database open). */
export const services = ready;
export const servicesFailure = failure;

/**
 * Resolves when the data layer has started, whoever started it, without starting it: a citizen's page
 * waits on this rather than opening the database at first paint (it opens with the first save).
 */
export const dataServicesStarted: Promise<DataServices> = new Promise((resolve) => (announceStarted = resolve));

/** Starts the data layer once; every action awaits this same promise. */
export function dataServices(): Promise<DataServices> {
  starting ??= import('./data-services')
    .then((m) => m.startDataServices())
    .then(
      (value) => {
        setReady(() => value);
        announceStarted(value);
        return value;
      },
      (error: unknown) => {
        setFailure(() => error);
        starting = undefined; // let a later action try again
        throw error;
      },
    );
  return starting;
}
