import type { CSSProperties } from 'react';

/**
 * Free text typed by people (notes, pop-ups, audit values): keeps its line breaks and wraps
 * anywhere, so a long unbroken string (a URL, a reference, 300 x's) stays inside its card.
 */
export const longText: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };
