import type { ValueTransformer } from 'typeorm';

/**
 * pg returns bigint (cents) and numeric (coordinates) columns as strings; both hold values a
 * JS number represents exactly here.
 */
export const numberColumn: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
