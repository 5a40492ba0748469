// Worker-thread entry: workers do not inherit the parent's TypeScript loader, so register tsx here
// before loading the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./check-reports-worker-body.ts');
