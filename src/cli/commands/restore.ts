// `gongkai restore FILE` lives beside backup (same target, same errors); re-exported for the index.
export { restoreCommand } from './backup.ts';
