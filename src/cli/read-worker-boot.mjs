// Thread entry: Node 20 resolves a worker's entry before loader hooks apply, so register tsx here
// and then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
