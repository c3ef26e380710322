/** One typo between two words: defined once, with the reading's spelling variants (src/read/actor-rules/spelling-variants.ts). */
export { oneEdit } from '../read/actor-rules/spelling-variants';
