import type { Label } from '../schema.js';

/** The stance labels in the order the models give their probabilities. */
export const LABELS: readonly Label[] = ['bullish', 'skeptical', 'neutral'];
