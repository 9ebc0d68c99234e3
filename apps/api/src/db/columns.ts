import type { ValueTransformer } from 'typeorm';

/** bigint columns hold cents; pg returns int8 as string, these fit a JS number exactly. */
export const centsTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** numeric columns (coordinates) come back as strings from pg. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
