/**
 * Worker thread of `trainLinearSvm`: claims one-vs-rest classes of the shared problem until none is free and writes
 * their weights into the shared output. A failure gives its class back, for another thread to train.
 */
import { workerData } from 'node:worker_threads';
import { trainFreeClasses, type SvmWorkerData } from './linear-svm';

try {
  trainFreeClasses(workerData as SvmWorkerData);
} catch {
  // The class is free again; the main thread trains it (and reports the error if it fails there too).
}
