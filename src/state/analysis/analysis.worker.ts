/**
 * The analysis worker: time scales (mathjs eigs), sensitivities and the uncertainty ensemble, off
 * the page's main thread. Created when the explanation section first opens. A second worker of the
 * same code computes the projection line (see ../projection/workerProjector.ts). A newer uncertainty
 * request stops an older one at its next slice.
 */
import { projectNow, seriesBuffers } from '../projection/projector.ts';
import { ensemble, explain } from './compute.ts';
import type { AnalysisReply, AnalysisRequest } from './protocol.ts';

const post = (reply: AnalysisReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);
const breath = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let latestEnsemble = -1;

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'project') {
      // The arrays are handed over, not copied.
      const result = projectNow(request.request);
      post({ type: 'project', id: request.id, result }, seriesBuffers(result));
      return;
    }
    if (request.type === 'explain') {
      post({ type: 'explain', id: request.id, result: explain(request.inputs) });
      return;
    }
    latestEnsemble = request.id;
    const result = await ensemble(request.plan, request.sets, request.seed, {
      proceed: async (done, total) => {
        // Let queued messages (a newer request) arrive before going on.
        await breath();
        if (latestEnsemble !== request.id) return false;
        post({ type: 'progress', id: request.id, done, total });
        return true;
      },
    });
    if (result) post({ type: 'uncertainty', id: request.id, result });
  } catch (e) {
    post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
};
