/** The app's analysis client: the worker, started the first time the section asks for it. */
import { WorkerClient, type AnalysisClient } from './client.ts';
import { createAnalysisWorker } from './workerSource.ts';

export const createWorkerClient = (): AnalysisClient => new WorkerClient(createAnalysisWorker());
