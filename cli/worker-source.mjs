// The worker's module when the command line runs from its TypeScript source (tests; `node --import tsx cli/main.ts`):
// worker threads do not inherit the main thread's tsx loader in Node 20, so the worker registers it, then loads
// cli/worker.ts. The built command line uses dist/cli-worker.js instead.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
