// Worker thread: checks the queries it is sent and posts the diagnostics back, in the same order.
import { parentPort } from 'node:worker_threads';
import { checkKql } from './language-service';

parentPort?.on('message', (queries: string[]) => {
  parentPort?.postMessage(queries.map((q) => checkKql(q)));
});
